import { describe } from 'vitest';
import { procedureCode } from './procedure-code';
import { recognizerTable } from './lexicons/health/table';

describe('procedure-code recognizer', () => {
  recognizerTable(procedureCode, [
    // a CPT label, and the codes listed after it
    ['cochlear implantation, left (CPT 69930) Dx: SNHL', '69930'],
    ['radioembolization (CPT 37243, 79445) Diagnosis', '79445'],
    ['CPT code: 27447 approved', '27447'],
    ['Category II: CPT 3074F recorded', '3074F'],
    // billing words near the code, before or after it
    ['92625 was billed in error, ordered but not performed', '92625'],
    ['Most CO-50s are 97110 (therapeutic exercise) billed with M54.', '97110'],
    ["I'll void and rebill w/ just 64650 x2 + the drug units", '64650'],
    ['INCLUDED in the global package (59400 vaginal, 59510 cesarean, 59610 VBAC)', '59510'],
    ['DOS denied:\n04/02/25  98941 CMT 3-4 regions + 97140 manual therapy', '97140'],
    // a claim's rows after the first accepted one
    ['DOS denied:\n04/02/25  98941 CMT 3-4 regions\n04/09/25  98941 + 97112\n04/16/25  98941 + 97140', '97112'],
    // a price on the line, units after the code
    ['02/03/25  73610  x-ray L ankle 3v            $118.00', '73610'],
    ['D0274  | bitewings, 4 films  | $58', 'D0274'],
    ['DOS 03/03/25-03/09/25, H0020 x7, methadone 85 mg daily', 'H0020'],
    // HCPCS codes of devices in a prior-auth request; a parenthesized list of codes
    ['prior authorization for a transfemoral prosthesis:\n- L5856 microprocessor knee', 'L5856'],
    ['1 visit + up to 6 sessions CBT (90791, 90837)', '90837'],
    // ranges and pairs of codes; "billable"
    ['- Evals (97165-97167, 92523) = 1 unit.', '97167'],
    ['Billed same day as G0438/G0439: add modifier 33', 'G0439'],
    ['Billable: 99490 (20+ min)', '99490'],
    // a J code is a drug given in the office
    ['HCPCS: J0178 x2 units', 'J0178'],
    // a dental CDT code in a dental message; a claim line names its code
    ['Claim: D2740 crown, porcelain/ceramic #14', 'D2740'],
    ['D0120 periodic oral eval and D1110 prophy', 'D1110'],
    ['Night guard D9944 is excluded under his dental plan', 'D9944'],
    // Rows of codes on a statement; an id label ending the line above labels nothing below; street and agenda lists
    ['The $186.40 is from your visit on 8/14. That visit included:\n- 99213 office visit\n- 11721 debridement of nails, 6 or more', '99213'],
    ['The $186.40 is from your visit on 8/14. That visit included:\n- 99213 office visit\n- 11721 debridement of nails, 6 or more', '11721'],
    ['Lines denied:\n  95165 antigen prep ..... $312.00  CO-197 no auth\n  95117 2+ injections x 7 .... $226.80  CO-197 no auth', '95117'],
    // A services line (fresh41); a street number after a billing word, a postal code after a statement
    ['Services: 99214 + G2086 (office-based OUD tx, initial month), then G2087', '99214'],
    ['Services: 99214 + G2086 (office-based OUD tx, initial month), then G2087', 'G2086'],
  ], [
    'the CPT book is on my desk',
    'order 69930 units of gauze',
    'CPT 2024 update webinar',
    'licence D1234 on file',
    'Room D2740 is the server closet',
    'Form D1110 for the state tax office',
    // ZIP codes after a state, even beside billing words
    'Remit claims to PO Box 12, Spokane, WA 99204.',
    'Billing office: 400 Main St, Helena MT 59400',
    'Mail the superbill to ZIP code 97110.',
    'Unit 5022 Box 1225\nDPO AE 44085, billing question',
    'Please update the billing address with 27534 Rue Haute 63 for this card',
    'Dial-in 617-555-0148, code 77120#, to discuss the billing calendar.',
    'ERA/835 files: the payer ID moves from 77014 to AHP01 for all claims.',
    'Remit to PO Box 12, Spokane, WA 99204-1234 for the billing office.',
    'Call ext 10234/10235 about the charge.',
    // id labels before the number
    'Invoice #73610 is past due; the charge is $118.',
    'Claim 98941 was denied for timely filing.',
    'Lot J0178 of the gloves was recalled; charge it to supply.',
    'Suite 10234 billing office',
    // numbers outside every CPT section, decimals, prices and id runs
    'We billed 02500 hours of overtime this quarter.',
    'charges of $97110 this month',
    'units 97.110 and 97,110 in the report',
    'Account PT-97110-4421 billed twice',
    // five-digit numbers with no billing near them
    'The 5K starts at 10:00; bib numbers 10234 to 10290.',
    'Staff raised 12000 dollars for the food bank.',
    'Employee ID 45821, badge reissued.',
    'Our fax queue has 20114 pages.',
    // Rows of codes on a statement; an id label ending the line above labels nothing below; street and agenda lists
    'Directions ($5 parking):\n- 44120 Main St\n- 44121 Oak St',
    'Agenda\n1. 25000 raised\n2. 25001 walkers',
    'Parking is $12 a day.\nThe door code is 44120.',
    // A services line (fresh41); a street number after a billing word, a postal code after a statement
    'Claim questions? Remit to: 10450 Oak Blvd, Dayton OH',
    'May I request to have the statement sent to 1737 Cheriton Dr, South Africa 68793?',
  ]);
});
