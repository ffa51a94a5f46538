import { describe, expect, it } from 'vitest';
import { expectFound, expectNotFound, found } from './support/test-table';
import { tablesIn } from './support/tables';

const LOG = [
  'Screen# | Patient              | MRN       | DOB        | Elig',
  'S-014   | Bernard Achterberg   | 8812093   | 02/11/1957 | N',
  'S-015   | Margarita Ibáñez     | 8790551   | 09/30/1949 | Y',
].join('\n');
const ROSTER = [
  'DATE        | IN-HOUSE          | BACKUP (HOME)      | OB ANES',
  'Mon 4/7    | Will Foster       | Anneliese Brandt   | Rajesh Iyer',
  'Tue 4/8    | Mark Delgado      | Will Foster        | Rajesh Iyer',
  'Wed 4/9    | Sofia Karras      | Mark Delgado       | June Whitaker',
].join('\n');

type ColumnType = 'mrn' | 'other_id' | 'name' | 'account_number' | 'health_plan_id' | 'phone' | 'vehicle_id' | 'device_id';
const MATCH: [string, string, ColumnType][] = [
  [LOG, '8812093', 'mrn'],
  [LOG, '8790551', 'mrn'],
  [LOG, 'S-015', 'other_id'],
  [LOG, 'Bernard Achterberg', 'name'],
  ['Name | Acct # | Balance\nRuth Ames | HA-50231178 | $310\nLeo Park | HA-50231179 | $85', 'HA-50231178', 'account_number'],
  ['| Resident | Member ID |\n|---|---|\n| Ruth Ames | WQH448201937 |\n| Leo Park | WQH448201938 |', 'WQH448201937', 'health_plan_id'],
  ['Name\tPhone\nRuth Ames\t617-555-0101\nLeo Park\t617-555-0102', '617-555-0102', 'phone'],
  ['Plate | Owner | Dept\nMO 7KD-294 | Faith Boateng | Lab\nKS 418 GRT | Liam Byrne | Radiology', 'KS 418 GRT', 'vehicle_id'],
  ['Plate | Owner | Dept\nMO 7KD-294 | Faith Boateng | Lab\nKS 418 GRT | Liam Byrne | Radiology', 'Liam Byrne', 'name'],
  // a column of names holds names that are English words too
  // serial numbers of the devices listed
  ['| Room | Device | Serial |\n| Booth 1 | GSI AudioStar Pro | AS7-440912 |\n| Booth 2 | Interacoustics AC40 | 1047733 |', '1047733', 'device_id'],
  ['| Serial | Model | Shipped |\n| VXN-0871102 | ActiVAC 3 | 03/11/2025 |\n| SNP-220915 | PICO 14 | 04/29/2025 |', 'SNP-220915', 'device_id'],
  [ROSTER, 'Will Foster', 'name'],
  [ROSTER, 'June Whitaker', 'name'],
];
const NO_MATCH: [string, string, ColumnType][] = [
  // a header without an identifier's label, a value that is no identifier, text that is no table
  ['Item | Qty | Price\nGloves | 400 | $12\nMasks | 1200 | $30', '1200', 'mrn'],
  ['Unit | Census | MRN audit\n4 West | 22 | done\n5 North | 18 | done', '22', 'mrn'],
  [LOG, 'N', 'name'],
  ['MRN | Note\nunknown | pending\nn/a | pending', 'unknown', 'mrn'],
  ['The MRN 8812093 | was typed in a sentence', 'was typed', 'mrn'],
  ['Patient | Status\nBed 4 | ready\nBed 5 | cleaning', 'Bed 4', 'name'],
  ['Reminders | Owner\nHand hygiene audit | Quality\nBadge renewals | Security', 'Badge renewals', 'name'],
  ['Task | Status\nOrder gloves | done\nCall vendor | open', 'Call vendor', 'name'],
  ['Plate | Size\nDinner | 10 in\nSalad | 8 in', '10 in', 'vehicle_id'],
  ['Serial | Status\npending | open\nn/a | closed', 'pending', 'device_id'],
  ['Serial | Title\n1 | Intro to HIPAA\n2 | Phishing', 'Intro to HIPAA', 'device_id'],
  [ROSTER, 'Mon 4/7', 'name'],
];

describe('table-column recognizer', () => {
  it.each(MATCH)('finds in %j: %j', (text, expected, type) => expectFound(text, type, expected));
  it.each(NO_MATCH)('finds nothing in %j: %j', (text, fragment, type) => expectNotFound(text, type, fragment));
  it('reads a header, skips borders and divider rows, and keeps offsets into the text', () => {
    const [table] = tablesIn('| Resident | Member ID |\n|---|---|\n| Ruth Ames | WQH4482 |\n| Leo Park | WQH4483 |');
    expect(table!.header!.map((c) => c.text)).toEqual(['Resident', 'Member ID']);
    expect(table!.rows.map((r) => r.map((c) => c.text))).toEqual([['Ruth Ames', 'WQH4482'], ['Leo Park', 'WQH4483']]);
  });
  it('finds no table in running text with one pipe', () => {
    expect(tablesIn('Call us | we answer 24/7.')).toEqual([]);
    expect(found('Call us | we answer 24/7.', 'name')).toEqual([]);
  });
});
