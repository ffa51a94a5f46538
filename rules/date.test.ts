import { describe, expect, it } from 'vitest';
import { found, expectFound, expectNotFound } from './support/test-table';

const MATCH: [string, string][] = [
  ['Seen on 1/2/2024 in clinic.', '1/2/2024'],
  ['Labs from 01-02-24 were normal.', '01-02-24'],
  ['Admitted 2024-01-02 via the ER.', '2024-01-02'],
  ['Appointment Jan 2 2024 at noon.', 'Jan 2 2024'],
  ['Born 2 January 2024.', '2 January 2024'],
  ['Discharge date 2-JAN-2024.', '2-JAN-2024'],
  ['Vaccinated 21.5.2021.', '21.5.2021'],
  ['transferred to the floor 7/22', '7/22'],
  ['PMH: s/p MI 1992, HTN', '1992'],
  ["cabg in '92, redo later", "'92"],
  ['stent placed 12/82, reoccluded', '12/82'],
  ['MI in the 1980s after surgery', '1980s'],
  ['PMH: CABG 84, MVR', '84'],
  ['Today is 2024-03-15T14:30Z\n or not?', '2024-03-15T14:30Z'],
  ['Stamp 2024-06-05T09:15:30.500-07:00 logged', '09:15:30.500-07:00'],
  ['Today is May-21', 'May-21'],
  ['Started May-2021', 'May-2021'],
  ['Today is,5/21,and it is sunny', '5/21'],
  ['will talk to pt tomorrow. 10/6 Cardiac: stable', '10/6'],
  ['arrived to CCU at 2300 10/15. CCU: neuro intact', '10/15'],
  ['LITHIUM TOXICITY-9/2/92. ALLERGIES: NKDA', '9/2/92'],
  ['PRESENT HX:8/30 DECREASED MENTAL STATUS', '8/30'],
  ['S/P MI x2(2/21, 4/21), S/P stent', '4/21'],
  ["ceftaz rec'd 8/2 - 8/10. currently on levo", '8/10'],
  ['Pt removed NGT 8/27 pm. NPO', '8/27'],
  ['taxol x1. 3/13 admit to OSH w/ CHF', '3/13'],
  ['cultures drawn from A-line on the 11th. One set', '11th'],
  ['d/c home in sept. and then to a nursing home', 'sept'],
  ['During 1971, the company invested heavily', '1971'],
  // A lab value before its day, a day cue before a number, a part of day after.
  ['ID: HAD ELEVATED WBC 16.0 8/22. REMAINS AFEBRILE', '8/22'],
  ['improvement of Cr to 2.9 today (3.3 3/25). HD today', '3/25'],
  ['HCT DRIFTING DOWN TO 28.7 FROM 30 3/9 AM, AFTER BLEEDS', '3/9'],
  ['QUIAC POS ,HCT 30 POST 3/3 TX . BS 200', '3/3'],
  ['PT IS S/P CABG X3 10/5. NEURO: A&O', '10/5'],
  ['LINES: PICC PLACED IN R AC 11/17, ART LINE IN R RAD', '11/17'],
  ['Vent settings unchanged since 3/5, weaning slowly', '3/5'],
  ['Will attempt to wean and extubate 6/17. Increase TF', '6/17'],
  ['perminant pacer placed on 7/8. BP 94-113/42', '7/8'],
  ['She was seen 10/5 by the surgeon and is doing well', '10/5'],
  ['Her next appointment 3/14 is with cardiology', '3/14'],
  ["PMH MI '92, CABG X3 '92, REDO '95", "X3 '92"],
  ['RECEIVING RADIATION, HAD TREATMENTS 10/03/10/04 AND DUE AGAIN', '10/03/10/04'],
  ['nursing note\n11/21.93 \nneuro: alert', '11/21.93'],
  ['He returned to OR on 7-8 for coiling of the aneurysm', '7-8'],
  ['progress note\n1->2 nov, 96\n1900 - 0700', '1->2'],
  ['Seen 3 to 5 March for dressing changes', '3 to'],
  ['PMHX CVA in 94 and 00 affected (R) side', '00'],
  ['PMH: CABG 81, 85, HTN', '85'],
  ['Orientation: knows it is 2020, not sure of month', '2020'],
  ['Hct 28.1 (3/4), 30.2 today', '3/4'],
  ['I will be out 12/24-1/2, back after that', '12/24'],
  ['I will be out 12/24-1/2, back after that', '1/2'],
  ['Trial of CPAP on 3/15 went well, follow up 4/1', '3/15'],
  ['Trial of CPAP on 3/15 went well, follow up 4/1', '4/1'],
  ['c/o pain since 4/10, worse at night', '4/10'],
  ['pain meds given on 4/10 and 4/11', '4/10'],
  ['Team meeting 3/4 re her home vent settings', '3/4'],
  ['seen by neuro 11/15, GCS 14', '11/15'],
  ['PMH: cabg 1995, htn, dm', '1995'],
  ['PMH: AAA REPAIR 94, CHOLE 92', '94'],
  ['PMH: CABG X3 92, MVR 95', '92'],
  ['Her last visit was 1/2.', '1/2'],
  ['She has PT 2/3 and OT 2/4', '2/3'],
  ['rescheduled to 1/2, please confirm', '1/2'],
  ['out between 1/2 and 1/5', '1/2'],
  ['MICU 3/4-3/5 NPN', '3/4'],
  ['Trial of void 3/12, then home', '3/12'],
  ['Research trial 5/10 visit confirmed', '5/10'],
  ['Subject: chair changes wk of 4/14 - Westgate Dialysis', '4/14'],
  ['Float pool needs, week of 12/8:', '12/8'],
  // lower-case May with an ordinal, a year or a date cue; a weekday and its day of the month
  ['Re: Declan Kiely, date of birth may 4th 1941, got a statement', 'may 4th 1941'],
  ['so i missed my shot appt on friday the 14th for the depo', 'friday the 14th'],
  ['See you Tuesday, the 3rd at noon.', 'Tuesday, the 3rd'],
  // a year after a label naming an event
  ['Device: ICD SN: BWR604118H Implanted: 2019 by Dr. Okafor', '2019'],
  // a range of months
  ['carboplatin/paclitaxel 2/2025-4/2025, then durvalumab', '4/2025'],
  ['carboplatin/paclitaxel 2/2025-4/2025, then durvalumab', '2/2025'],
  // a year after a verb of treatment or testing
  ['chronic hepatitis C, treated 2019 with SVR.', '2019'],
  ['Progressive SNHL since ~2015. Current aids', '2015'],
  ['bilateral aids, fit 2022, verified', '2022'],
  // two dates joined by a dash
  ['$185 07/29/25-09/02/25 90837 x4', '07/29/25'],
  ['Tue 12/2     Cedar Park Apartments', '12/2'],
  ['Baby was delivered 11/3 by C-section', '11/3'],
];
const NO_MATCH: [string, string][] = [
  ['Percocet 5/325 mg one tab q6h', '5/325'],
  ['BP 120/80, HR 72', '120/80'],
  ['Give 1/2 NS at 100 cc/hr', '1/2'],
  ['Pain 8/10 in the chest', '8/10'],
  ['Placed on PSV 10/5 with 40% FiO2', '10/5'],
  ['Upgrade to version 1.2.3 tonight', '1.2.3'],
  ['Creatinine 1.2, K 4.5', '1.2'],
  ['Night shift 1900 - 0700 uneventful', '1900'],
  ['Gave 2000 units heparin', '2000'],
  ['HOB 30\' at all times', "30'"],
  ['Ratio of 3/4 of the dose given', '3/4'],
  ['AC 600x12/5/40% tolerated', '12/5/40'],
  ['We may meet soon', 'may'],
  ['Room 12 and bed 31', '12'],
  ['Today is5/21and it is sunny', '5/21'],
  ['Today is2024-06-05T09:15:30.500-07:00', '2024-06-05'],
  ['Pt c/o CP, 5/10, ECG done', '5/10'],
  ['on CPAP .4%, 5/18. No vent changes', '5/18'],
  ['Third attempt: the 2nd time today', '2nd'],
  ['Moved to the 5th floor overnight', '5th'],
  ['No change in dec. of swelling', 'dec'],
  ['Drugs that may help', 'may'],
  // Ventilator settings in their clause, or named right after the pair.
  ['PSV increased to 10/5 overnight to rest Pt.', '10/5'],
  ['PULM=RESTED OVER NIGHT-SIMV/PS, 40%, 600X4, & 5/10 W SATS UPPER', '5/10'],
  ["SETTINGS-40%, TV 400'S, RR 14-19, & 5/10. SATS ACCEPTABLE", '5/10'],
  ['Abg acceptable on 5/5. Waiting for him to wake up', '5/5'],
  ['RESP: Pt remained on 5/5, 40% till 4PM', '5/5'],
  ['PT. EXTUBATED FROM 5/5 PSV/CPAP ONTO 40% MASK', '5/5'],
  ['ABG 7.35/66/55 ON 10/5 BIPAP 65% 02.', '10/5'],
  ['all pressors off. Vent\nchanged over to 5/5. Family in', '5/5'],
  ['pt cpap/ps mode decreased to 8/5 c good pt tol today', '8/5'],
  ['pt tried on 5/5 today, did well but gas sub par', '5/5'],
  ['PEEP 5/10 and rate 12', '5/10'],
  ['PS 10/5 overnight', '10/5'],
  // Pain scores, strength and murmur grades, blood pressures and fractions.
  ['given NTG with decrease in CP to 3/10, BP remained 96-110/45', '3/10'],
  ['Pt c/o midsternal chest pressure 6/10. EKG unchanged', '6/10'],
  ['C/O 5/10 Mediastinal/incisional pain after Toradol', '5/10'],
  ['PT STATED HE HAD 3/10 INCISIONAL PAIN.', '3/10'],
  ['Motor strength 4/5 in all extremities', '4/5'],
  ['2/6 SEM at the left sternal border', '2/6'],
  ["st 100-110's. bp 120-140'2/70's. no am labs", '2/70'],
  ['brth snds very diminished lt 1/2 ^. otherwise clear', '1/2'],
  ['Take 1 1/2 tabs at bedtime', '1/2'],
  ['Mix at 3/4 strength', '3/4'],
  ['A ratio 2/3 of the volume', '2/3'],
  ["Ambulated 30' with 2 assist", "30'"],
  ["HR 70-80' nsr with occ pvc's", "80'"],
  ["HOB up 10-15' only", "15'"],
  ['Family present till approx 2030. Plan: rest', '2030'],
  ['Lie flat until 2000.', '2000'],
  ['Diuresed and dumped 2000+ overnight', '2000'],
  ['Was on 2-3 L NC overnight', '2-3'],
  ['Dose given on 2-3 occasions', '2-3'],
  ['Pt had 1 to 2 may help with sleep', '2 may'],
  ['K 4/4.5 today', '4/4.5'],
  ['Take 1/2.5 mg tabs', '1/2.5'],
  ['HTN 10, 20 mg lisinopril', '20'],
  ['resp: crackles up 1/3-1/2. sat 94% on 2lnc', '1/2'],
  ['Take 2-1/2 tabs at night', '1/2'],
  ['Vent settings Psv 15, Cpap 5, Fio2 30%, with flowby 6/2. Spont vols 500', '6/2'],
  ['CPAP 10/15 overnight', '10/15'],
  ['weaned to 5/5 this am', '5/5'],
  ['Pain 4/10 at rest', '4/10'],
  ['GCS 11/15 this am, pupils equal', '11/15'],
  ['Pt GCS improved to 10/15 after naloxone', '10/15'],
  ['Apgars 8/9 at delivery', '8/9'],
  ['Labs: Ca 10.2, Mg 2.0', '10'],
  ['FX 10.5 cm laceration closed', '10'],
  ['DDD PACER 70, AFIB', '70'],
  ['cath 95% LAD lesion', '95'],
  ['BP DROP 1/2 AFTER RECEIVING DOSE', '1/2'],
  ['LUNGS CRACKLES 1/3-1/2. SAT 94%', '1/3'],
  ['LUNGS CRACKLES 1/3-1/2. SAT 94%', '1/2'],
  ['rales up 1/4 on R and at bases', '1/4'],
  ['gave about 1/3 of the dose', '1/3'],
  ['IVF D5 1/2 NS at 100cc/hr', '1/2'],
  ['On weaning trial 5/5, VTs 400s', '5/5'],
  ['Vent mode 10/5, rate 12', '10/5'],
  ['Lab sent 1/2 of the sample back', '1/2'],
  ['Take 1/2 tab for the week of pain', '1/2'],
  ['Week of 3 shifts, 2/3 nights', '2/3'],
  ['SEP-1 bundle compliance was 71% in Q3', 'SEP-1'],
  // lower-case May with an ordinal, a year or a date cue; a weekday and its day of the month
  ['you may 5 times try the door', 'may 5'],
  ['it was the 2nd for him this year', '2nd'],
  ['Friday the team meets at 14 past', 'Friday'],
  // a year after a label naming an event
  ['Tube placed 10:2019 per log', '2019'],
  // a range of months
  ['crackles 1/3-1/2 up bilaterally', '1/2'],
  ['took 2/3-3/4 of the dose', '3/4'],
  // a year after a verb of treatment or testing
  ['we tested 2000 samples this month', '2000'],
  ['screened 1500 members last year', '1500'],
  ['started 2000 units of heparin', '2000'],
  // two dates joined by a dash
  ['part 12/34/56-78/90/12', '12/34/56'],
  // the year inside an id
  ['Invoice # INV-2025-04417 is past due', '2025'],
  ['Request - Tanaka, Hiroshi - Auth SNF-2025-0771346', '2025'],
];

describe('date recognizer', () => {
  it.each(MATCH)('finds a date in %j', (text, expected) => expectFound(text, 'date', expected));
  it.each(NO_MATCH)('finds no date in %j', (text, fragment) => expectNotFound(text, 'date', fragment));

  it.each([
    ['DOB: 3/14/1950', 'dob'],
    ['Admitted on 3/14/2024 with chest pain', 'admitted'],
    ['Discharged 3/15/2024 to home', 'discharged'],
    ['Follow-up appointment 4/2/2024', 'appointment'],
    ['Baby was delivered 11/3 by C-section', 'delivered'],
    ['Surgery 9/10 went well, home tomorrow', 'surgery'],
  ])('ties %j to a person with its cue', (text, cue) => {
    const dates = found(text, 'date');
    expect(dates.length).toBeGreaterThan(0);
    expect(dates[0]!.explanation.cue).toBe(cue);
  });

  it.each([
    ['Loaner units will be delivered Monday 11/3 to the dock'],
    ['Supplies delivered 11/3 were short two boxes'],
    ['WED 9/10 - Dr. Arroyo all day. IV sedation cases only in Surgery 1 and Surgery 2'],
  ])('leaves goods delivered and numbered rooms on %j without a personal cue', (text) => {
    const dates = found(text, 'date');
    expect(dates.length).toBeGreaterThan(0);
    expect(dates[0]!.explanation.cue).toBeUndefined();
  });

  it('leaves an office date without a personal cue', () => {
    const dates = found('Hi Mark, the budget meeting moved to Tuesday 3/4. Thanks, Sarah', 'date');
    expect(dates.map((d) => d.text)).toEqual(['3/4']);
    expect(dates[0]!.explanation.cue).toBeUndefined();
  });
});
