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
    // withdrawal and misuse
    ['He takes methadone daily. He missed two doses at the hospital and is sweating, I think it is withdrawal.', 'withdrawal'],
    ['PTSD with co-occurring alcohol misuse.', 'alcohol misuse'],
    ['Concern for polysubstance use.', 'polysubstance use'],
    // levels of care
    ['Relapsed in March; currently in IOP at a recovery program.', 'IOP'],
    ['Completed 28 days of inpatient rehab; no alcohol since.', 'inpatient rehab'],
    ['Intensive outpatient program after detox.', 'Intensive outpatient program'],
    // instruments
    ['AUDIT-C score 7 today.', 'AUDIT-C'],
    ['CAGE 3/4 for alcohol.', 'CAGE'],
    ['Positive on the CRAFFT screen.', 'CRAFFT'],
    ['He goes to meetings and is 6 months sober.', '6 months sober'],
    ['He was using fentanyl daily until March.', 'using fentanyl'],
    ['UDS positive for THC and cocaine.', 'positive for THC'],
    ['THC in the urine drug screen.', 'THC'],
    // street drugs in the patient's words, overdose shorthand, hyphen-qualified scale names
    ["used fentanyl twice, didnt OD or anything", "fentanyl"],
    ["She OD'd last spring.", "OD'd"],
    ["run COWS-guided inductions", "COWS"],
    // ICD-10 F10-F19 codes
    ["Dx F11.20 opioid dependence, uncomplicated", "F11.20"],
    // tobacco and cannabis vapes
    ['A woman in her 60s, former smoker, presents with a cough', 'former smoker'],
    ['found a THC cart in her backpack', 'THC cart'],
    // Drug-test metabolites from fresh35
    ['UDS positive for THC-COOH and benzoylecgonine.', 'benzoylecgonine'],
    // Drinks counted per night or day (fresh36); water, coffee and catering
    ['Pt drinking 4-5 glasses of wine a night since the divorce.', 'drinking 4-5 glasses of wine a night'],
    ['He drinks 6 beers a day on weekends.', 'drinks 6 beers a day'],
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
    // everyday withdrawal, rehab, IOP, AUDIT
    'The ATM withdrawal limit is $500.',
    'Her withdrawal from the course is approved.',
    'Inpatient rehab after the hip replacement went well.',
    'IOP 18 OD, 22 OS; glaucoma follow-up.',
    'The AUDIT findings are due Friday.',
    'A CAGE for the parrot arrived.',
    'The drug use policy was updated for all staff.',
    'Withdrawal of the offer was sent to the candidate.',
    'Her leukemia relapse was treated with chemo.',
    'Cardiac rehab three times a week; no alcohol since the MI.',
    'Opioid use after surgery was minimal.',
    'Using the new printer is easy.',
    'THC Corp shipped the order.',
    // street drugs in the patient's words, overdose shorthand, hyphen-qualified scale names
    "We used fentanyl for sedation during the procedure.",
    "Visual acuity OD 20/40, OD pressure 18.",
    "fentanyl 50 mcg IV given for pain",
    // ICD-10 F10-F19 codes
    "Room F11 is closed.",
    // tobacco and cannabis vapes
    'the smoke detector test is Friday',
    'former staff smoked salmon at the party',
    // Drug-test metabolites from fresh35
    'The cooh sound in the vents is fixed.',
    // Drinks counted per night or day (fresh36); water, coffee and catering
    'Remember to drink 8 glasses of water a day.',
    'We are having 4 drinks stations at the gala.',
    'The team drank 2 pots of coffee a day during go-live.',
  ]);
});
