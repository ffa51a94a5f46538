import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './support/test-table';

const MATCH: [string, string][] = [
  ['Pt transferred from Calvert Hospital for cath', 'Calvert Hospital'],
  ['DISCHARGE TO GREENFIELD REHAB TOMORROW', 'GREENFIELD REHAB'],
  ['She went to St. Mary Hospital by ambulance.', 'St. Mary'],
  ['followed at gh by her cardiologist', 'gh'],
  ['found unresponsive -> MGH EW today', 'MGH'],
  ['Her sister called from Seattle.', 'Seattle'],
  ['Mr. Leiva flew to LEPPEN on Tuesday morning.', 'LEPPEN'],
  ['I am in Store Merløse for a business trip', 'Store Merløse'],
  ['a man who grew up in Remniku.', 'Remniku'],
  ['Bojka, originally from Dolores, and I am 64', 'Dolores'],
  ['The band came from Villafranca del Cid last year', 'Villafranca del Cid'],
  ['mr. elliott flew to finnbogastadir on friday morning.', 'finnbogastadir'],
  ['social--pt married, lives in catonsville, husband did not come', 'catonsville'],
  ['OLD RECORDS FROM ANNAPOLIS, MD). CONTIN DISCUSSION', 'ANNAPOLIS'],
  ['My sister lives near Kenosha, WI and works there.', 'Kenosha'],
  ['start IV insulin per U Maryland scale', 'U Maryland'],
  ['TAKEN TO LAUREL REGIONAL WHERE CKS WERE POSITIVE', 'LAUREL REGIONAL'],
  ['PATIENT WAS SEEN BY GBMC NURSE FOR ARRANGEMENTS', 'GBMC'],
  ['will transfer to Westbrandt 2 or Westbrandt 3 tonight', 'Westbrandt'],
  ['PMH FROM F-MICU/WESTBRANDT/CCU TEAMS. SENT TO WESTBRANDT 2 AFTER CATH', 'WESTBRANDT'],
  ['The family lives in Pelloway, about an hour away.', 'Pelloway'],
];
const NO_MATCH: [string, string][] = [
  ['Back to cath lab this afternoon', 'cath'],
  ['trach care done, mouth care given', 'trach'],
  ['Pt transferred from OSH overnight', 'OSH'],
  ['Discussed cardiac rehab options', 'cardiac rehab'],
  ['LIMA to LAD graft patent', 'LIMA'],
  ['Will flush the line which is patent', 'flush'],
  ['Cough and secretions, suction needed', 'Cough'],
  ['Reading the chart now', 'Reading'],
  ['The team will touch base tomorrow', 'touch'],
  ['STOOL DESPITE BEING PLACED ON BEDPAN 6-8 TIMES', 'BEDPAN'],
  ['started on Kefzol 1gm q8h overnight', 'Kefzol'],
  ['waiting for Atrovent MDI from Pharmacy ordered Q4hr', 'Pharmacy'],
  ['BP labile, titrating DOPAMINE 8-12mcg/k/min', 'DOPAMINE'],
  ['allow PaCO2 to return to baseline', 'PaCO2'],
  ['Hi team, the Budget Review moved to Tuesday. Thanks, Sarah', 'Budget Review'],
  // HIPAA Safe Harbor: states and countries alone are not identifiers.
  ['I will be travelling to Czech Republic next week', 'Czech Republic'],
  ['We moved here from Netherlands', 'Netherlands'],
  ['She moved from Texas to Canada last year', 'Texas'],
  ['She moved from Texas to Canada last year', 'Canada'],
  ['SON WILLIAM WENT BACK TO CALIFORNIA, DAUGHTER STAYS', 'CALIFORNIA'],
  ['Another son is in Europe at present', 'Europe'],
  ['She came to visit her sister in New Mexico', 'Mexico'],
  ['heart rate increased until he returned to baseline, then titrated down', 'baseline'],
  ['all were in agreement. pt was extubated', 'agreement'],
  ['Pt arrived at MICU from the ED', 'MICU'],
  ['Family went to Mass and then to Dr Lee', 'Mass'],
  ['We moved to The Budget Office', 'Budget'],
  ['She moved into Mary\'s apartment', 'Mary'],
];

describe('location recognizer', () => {
  it.each(MATCH)('finds a location in %j', (text, expected) => expectFound(text, 'location', expected));
  it.each(NO_MATCH)('finds no location in %j', (text, fragment) => expectNotFound(text, 'location', fragment));
});
