import { describe, expect, it } from 'vitest';
import { isMinorBirthYear, minor } from './minor';
import { matchesOf, recognizerTable } from './lexicons/health/table';

describe('minor recognizer', () => {
  const young = String(new Date().getFullYear() - 11);
  recognizerTable(minor, [
    ['A 14-year-old with asthma.', '14-year-old'],
    ['9 yo M with fever', '9 yo'],
    [`Mother is 34 years old; infant DOB ${young}`, `DOB ${young}`],
    [`DOB ${young}`, `DOB ${young}`],
    ['My daughter (age 12) has a cough.', 'age 12'],
    ['This is a pediatric patient.', 'pediatric patient'],
    ['The patient is a minor.', 'is a minor'],
    ['6-month-old infant', '6-month-old'],
    ['Transferred to PICU.', 'PICU'],
    // an age said to or of the patient
    ['Because you are 16, you can make this appointment yourself.', '16'],
    ["She's 15 and wants to start birth control.", '15'],
    ['My son is 9, so the dose is weight based.', '9'],
    ['My son was born in 2019 and has asthma.', 'born in 2019'],
    // a child's age stated after the child's name
    ["His son Nikos is 15 and plays varsity soccer.", "15"],
    // a child's age in parentheses after the name
    ["my son Eli (8) has been wetting the bed", "8"],
    // a teenager writing her own age
    ['Autumn Tran dob 3/22/2010. im 15 and i saw dr Boateng on tues', '15'],
    ['text me at 555-0176. im 16 if that matters lol', '16'],
    ['i am 14 and my mom doesnt know', '14'],
  ], [
    'A 45-year-old with chest pain.',
    'DOB 1957',
    'Minor changes to the schedule.',
    'Only a minor delay.',
    'Kids ages 5-12 welcome at the picnic.',
    'Repeat colonoscopy in 5 years.',
    'Will you cover my shift?',
    'Positive feedback from the team.',
    'We have been open 25 years.',
    'Age 45 and over eligible.',
    // headers, topics and other numbers
    'Infant: Baby Girl Castillo',
    'Newborn screen normal. Hearing screen passed.',
    'Born 2024-10-02 at 31w4d, BW 1,620 g.',
    'You are 5 minutes late for the meeting.',
    'She is 24 weeks pregnant.',
    'You are 1 of 3 finalists.',
    'He is 45, so screening starts now.',
    'Infant CPR class on Saturday.',
    'The 2-week sprint ends Friday.',
    // a child's age stated after the child's name
    "His son Nikos is 25 and lives in Denver.",
    "Her team is 12 and growing.",
    // a child's age in parentheses after the name
    "my son Eli (28) visits on Fridays",
    "Suite Girl (2) on Main",
    // a teenager writing her own age
    'I\'m 15 minutes late to the huddle',
    'im 12 min away',
    'I am 16 weeks pregnant and tired',
  ]);

  it('reports the stated age, not a young DOB beside it', () => {
    expect(matchesOf(minor, `Marisol, 15 y/o, DOB 01/23/${young}. Requests Nexplanon.`)).toEqual(['15 y/o']);
  });

  it.each([
    ['2015', 2026, true], ['2008', 2026, false], ['2009', 2026, true], ['12', 2026, true], ['57', 2026, false],
  ] as const)('birth year %s is a minor in %i: %s', (year, now, expected) => {
    expect(isMinorBirthYear(year, new Date(now, 5, 1))).toBe(expected);
  });
});
