import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './support/test-table';

const MATCH: [string, string, 'address' | 'zip'][] = [
  ['She lives at 19 Oakmont St. in town', '19 Oakmont St', 'address'],
  ['Send it to 4500 N Lake Shore Drive', 'Lake Shore Drive', 'address'],
  ['Endereço: Rua das Laranjeiras 1634', 'Rua das Laranjeiras 1634', 'address'],
  ['Osoite: Koivukuja 82, Espoo', 'Koivukuja 82', 'address'],
  ['Villacher Strasse 89, Wien', 'Villacher Strasse 89', 'address'],
  ['Unit 2, Apt. 595', 'Apt. 595', 'address'],
  ['Mail to PO Box 1234', 'PO Box 1234', 'address'],
  ['PSC 1234, Box 5678\nAPO AE 09876', 'APO AE 09876', 'address'],
  ['Springfield, IL 62701', 'Springfield, IL 62701', 'address'],
  ['Ship to Baltimore MD 21201-1234', '21201', 'zip'],
  ['my zip code is 35350', '35350', 'zip'],
];
const NO_MATCH: [string, string, 'address' | 'zip'][] = [
  ['HR 70 AV paced', '70 AV', 'address'],
  ['HR 80-100 ST with ectopy', '80-100 ST', 'address'],
  ['Lopressor 25 mg given', 'Lopressor 25', 'address'],
  ['Vent 650 X 10 PEEP 5', '650 X 10', 'address'],
  ['She was wearing 2 gowns', 'wearing 2', 'address'],
  ['Invoice 12345 paid', '12345', 'zip'],
  ['Gave 10000 units heparin', '10000', 'zip'],
  ['MRN 54321 on file', '54321', 'zip'],
  ['In 2024 we moved', '2024', 'zip'],
  ['Drew 12 vials at 0600', '0600', 'zip'],
  ['Stage 3 disease, grade 2', 'Stage 3', 'address'],
];

describe('address recognizer', () => {
  it.each(MATCH)('finds %j', (text, expected, type) => expectFound(text, type, expected));
  it.each(NO_MATCH)('finds nothing in %j', (text, fragment, type) => expectNotFound(text, type, fragment));
});
