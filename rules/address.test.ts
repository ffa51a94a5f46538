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
  ['Meet me at the corner of 76 Boulevard de Normandie and Eriksson Bridge.', 'Eriksson Bridge', 'address'],
  ['Timotea lives on Via dei Fiorentini 17 street.', 'Fiorentini 17', 'address'],
  ['He lives at Pod Floriánem 1677, Praha', 'Floriánem 1677', 'address'],
  ['Mrs. Barbara Yudina Apt. 675 62314 Mellemvej 32 Aalborg', 'Apt. 675', 'address'],
  ['20789 Allika 46\n Suite 501\n Riisa', 'Suite 501', 'address'],
  ['to support Factset in Bjert 6091 in its mission', '6091', 'zip'],
  ['Send it to 4500 N LAKE SHORE DRIVE, CHICAGO', 'LAKE SHORE DRIVE', 'address'],
  // Address blocks over several lines: town, region, country and postcode join the street.
  ['Billing address: Sara Schwarz\n    28245 Puruntie 82 Apt. 595\n   LAPPEENRANTA\n    SK\n    53650', 'LAPPEENRANTA', 'address'],
  ['Billing address: Sara Schwarz\n    28245 Puruntie 82 Apt. 595\n   LAPPEENRANTA\n    SK\n    53650', '53650', 'address'],
  ['William Hughes\n\n20789 Allika 46\n Suite 501\n Riisa\n\n Estonia 62488', 'Estonia 62488', 'address'],
  ['> 935 69 Gordon Terrace\n> Suite 828\n> BASHALL TOWN\n> United Kingdom 89800', 'United Kingdom', 'address'],
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
  ['GU: 3 WAY FOLEY IN PLACE & DRAINING', '3 WAY FOLEY', 'address'],
  ['BASLINE 1 ST DEGREE AV BLOCK AND COREG WAS HELD', '1 ST DEGREE AV', 'address'],
  ['ONE 8 BEAT RUN OF VT NOTED', '8 BEAT RUN', 'address'],
  ['pt given 8u reg insulin SQ. Plan: monitor', '8u reg insulin SQ', 'address'],
  ['RATE DECREASED TO 50 BY DR MASCI', '50 BY DR', 'address'],
  ['with nasal prongs off she is sating 91-04%. No sob', 'sating 91', 'address'],
  ['CURRENTLY PT IS ON DOPAMINE 5.0 MCG/MIN', 'DOPAMINE 5', 'address'],
  ['Pt seen to address goals set 8/18 Labs: 5.8', 'goals set 8', 'address'],
  ['Please return to clinic in 2 weeks.', 'clinic in 2', 'address'],
  ['Pt transferred in MICU 1800 stable', '1800', 'zip'],
  ['given 25 Units Dr. Smith aware', '25 Units Dr', 'address'],
  ['Hi team, the Budget Review moved to Room 4 at 2pm. Thanks, Sarah', 'Budget Review', 'address'],
  ['We met at the corner office and talked', 'corner office', 'address'],
  ['She lives at 19 Oak St\nThanks for the help\nBest regards', 'Thanks', 'address'],
  ['Ship to 12 Elm Road\nPhone: 555-0100', 'Phone', 'address'],
];

describe('address recognizer', () => {
  it.each(MATCH)('finds %j', (text, expected, type) => expectFound(text, type, expected));
  it.each(NO_MATCH)('finds nothing in %j', (text, fragment, type) => expectNotFound(text, type, fragment));
});
