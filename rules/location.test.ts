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
];

describe('location recognizer', () => {
  it.each(MATCH)('finds a location in %j', (text, expected) => expectFound(text, 'location', expected));
  it.each(NO_MATCH)('finds no location in %j', (text, fragment) => expectNotFound(text, 'location', fragment));
});
