import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './support/test-table';

const MATCH: [string, string][] = [
  ['Pt transferred from Calvert Hospital for cath', 'Calvert Hospital'],
  ['DISCHARGE TO GREENFIELD REHAB TOMORROW', 'GREENFIELD REHAB'],
  ['She went to St. Mary Hospital by ambulance.', 'St. Mary'],
  ['followed at gh by her cardiologist', 'gh'],
  ['found unresponsive -> MGH EW today', 'MGH'],
  ['Her sister called from Seattle.', 'Seattle'],
  ['I will be travelling to Czech Republic next week', 'Czech'],
  ['We moved here from Netherlands', 'Netherlands'],
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
];

describe('location recognizer', () => {
  it.each(MATCH)('finds a location in %j', (text, expected) => expectFound(text, 'location', expected));
  it.each(NO_MATCH)('finds no location in %j', (text, fragment) => expectNotFound(text, 'location', fragment));
});
