import { describe } from 'vitest';
import { substanceUse } from './substance-use';
import { recognizerTable } from './lexicons/health/table';

describe('substance-use recognizer', () => {
  recognizerTable(substanceUse, [
    ['Dx opioid use disorder, severe.', 'opioid use disorder'],
    ['Stable on Suboxone 16 mg.', 'Suboxone'],
    ['buprenorphine induction Monday', 'buprenorphine'],
    ['The methadone clinic called.', 'methadone clinic'],
    ['Protected by 42 CFR Part 2.', '42 CFR Part 2'],
    ['AUD in early remission, drinking stopped in May.', 'AUD'],
    ['Referred to detox.', 'detox'],
    ['Enrolled in the MAT program for opioid use disorder.', 'MAT'],
    ['History of OUD.', 'OUD'],
  ], [
    'The invoice total is AUD 1,200.',
    'Please pay 500 AUD by Friday.',
    'Grab a yoga MAT from the closet.',
    'We need AA batteries for the remotes.',
    'Try a digital detox this weekend.',
    'Will you cover my shift?',
    'Positive feedback from the team.',
    'The cows are in the pasture.',
    'Read part 2 of the policy.',
    'Sedated on fentanyl drip overnight.',
    'The patient portal newsletter is out.',
  ]);
});
