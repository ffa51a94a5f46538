import { describe, expect, it } from 'vitest';
import { scan } from '../lib/detect/scan';
import { phone } from './phone';
import { reported } from './validators/testing';

const found = (text: string) => reported(phone, text);
const texts = (text: string) => found(text).map((m) => m.text);

describe('phone recognizer', () => {
  it.each([
    ['office line 020 7946 0018 (London)', '020 7946 0018', 'phone'],
    ['Alma Reyes, LADC, counselor 555-0171', '555-0171', 'phone'],
    // a local number after a person and 'at', a slash after an e-mail, a dash remark, 'or', an accented name, 'Ph'
    ['Questions -> Dusty at 555-0127 or come to sepsis huddle', '555-0127', 'phone'],
    ['please contact Justice Oyelaran, RN at 555-0117, or page', '555-0117', 'phone'],
    ['jchukwu@riverbend.example.org / 555-0161', '555-0161', 'phone'],
    ['Parent/guardian: Wren Yazzie (mom) 555-0178 - prefers calls after 4', '555-0178', 'phone'],
    ['Mariah Chance, Foundation, 555-0125 or foundation@example.org', '555-0125', 'phone'],
    ['HCP: daughter Jana Horáková 555-0139', '555-0139', 'phone'],
    ['MD, Shiprock Pediatrics | Ph 555-0171\nDate: 06/04/2024', '555-0171', 'phone'],
    ['reads everything, text me at 555-0176. im 16', '555-0176', 'phone'],
    ['Maricel Dizon, Board Liaison, 555-0122 with any questions.', '555-0122', 'phone'],
    ['Daughter Linnea (555-0129) is coming from Friendship', '555-0129', 'phone'],
    ['44 Orchard Ln, Hope, ME 04847 555-0188', '555-0188', 'phone'],
    ['Rose Abbott\n555-0188', '555-0188', 'phone'],
    ['Provider services: 555-0112. Full policy online.', '555-0112', 'phone'],
    ['Emergency contact: Loretta Birchwood (wife) 555-0148\nSubmitted by T.', '555-0148', 'phone'],
    ['Call me at (415) 555-0132.', '(415) 555-0132', 'phone'],
    ['cell# 410-322-1419 home', '410-322-1419', 'phone'],
    ['US: 415.555.0132', '415.555.0132', 'phone'],
    ['reach her at 301 944-5032 today', '301 944-5032', 'phone'],
    ['+1 415 555 0132', '+1 415 555 0132', 'phone'],
    ['+44 (20) 7123 4567', '+44 (20) 7123 4567', 'phone'],
    ['+33 1 42 68 53 00', '+33 1 42 68 53 00', 'phone'],
    ['Desk: +1-903-140-4508x769', '+1-903-140-4508x769', 'phone'],
    ['office 617-555-0199 ext. 204', '617-555-0199 ext. 204', 'phone'],
    ['My Japanese number is 090-1234-5678', '090-1234-5678', 'phone'],
    ['Phone: 0490 75 40 81', '0490 75 40 81', 'phone'],
    ['Mobile: 99 577450', '99 577450', 'phone'],
    ['Pager: #54321', '54321', 'phone'],
    ['PG 33445', '33445', 'phone'],
    ['beeper number 55037 for consents', '55037', 'phone'],
    ['Fax: 617-555-0100', '617-555-0100', 'fax'],
    ['f: (617) 555-0100', '(617) 555-0100', 'fax'],
    ['(579)888-3058 fax', '(579)888-3058', 'fax'],
    ['Office 410-164-4517', '410-164-4517', 'phone'],
    ['my international one is 91-415-555-0132', '91-415-555-0132', 'phone'],
    ['UK line 44 415 555 0132', '44 415 555 0132', 'phone'],
    ['Office,07700 063 966-Fax', '07700 063 966', 'fax'],
    // a one-letter label, a "#", dot leaders, an extension after a local number
    ['Riverbend, OR 97408 P 555-0133 | F 555-0134', '555-0133', 'phone'],
    ['Riverbend, OR 97408 P 555-0133 | F 555-0134', '555-0134', 'fax'],
    ['Riverbend Community Health Center 555-0100 ext 214', '555-0100', 'phone'],
    ['Thx, Yuki\nPractice Manager 555-0110 x3', '555-0110', 'phone'],
    ['Her callback # 555-0177, prefers after 3pm.', '555-0177', 'phone'],
    ['Main reception ........ 555-0100', '555-0100', 'phone'],
    // whose number it is, said with "is"; a name and a comma before "at" (fresh70/71)
    ['wait for my appt thurs? my # is 555-0163 thx', '555-0163', 'phone'],
    ['call the office manager, Tamsin, at 555-0142; request faxed', '555-0142', 'phone'],
    ['family: sister Marisol Vasquez 555-0178 is willing to take him', '555-0178', 'phone'],
    ['Criticals phoned to the charge nurse at 555-0150.', '555-0150', 'phone'],
  ] as const)('finds %j', (text, value, type) => {
    expect(found(text)).toContainEqual(expect.objectContaining({ text: value, type }));
  });

  it('types each number by its own label: "Phone: ... Fax: ..."', () => {
    expect(found('Phone: 617-555-0123 Fax: 617-555-0100').map((m) => [m.text, m.type])).toEqual([
      ['617-555-0123', 'phone'], ['617-555-0100', 'fax'],
    ]);
  });

  it.each([
    ['Seen on 12/05/2019 and 2019-12-05', 'dates'],
    ['Her MRN from the paperwork is 00-884-1207.', 'an area code never starts 00'],
    ['BP was at 120-1300 range', 'a range after at'],
    ['| Vitamin B12 | 168 pg/mL | 232-1245 | L |', "a lab table's reference range after a unit"],
    ['Order #: 555-0122 with the new lids', 'an order number before with'],
    ['Part # 555-0171 x 4 boxes', 'a part number before a count'],
    ['Invoice # 555-0171 ext 2 pending', 'an invoice number before an extension-like word'],
    ['we saw 555-0100 patients', 'a count'],
    ['Ref ........ 555-0100', 'a reference number after dot leaders'],
    ['grade 3 555-0123 x 4', 'numbers in a row'],
    ['Packet A 555-0143 sent', 'a letter that is no phone label'],
    ['Lot (123-4567) expired', 'a lot number in parentheses'],
    ['Order #: 555-0188', 'an order number'],
    ['The SVR was at 900-1300 today', 'a range of values'],
    ['follow-up 12-05-2019 at 10:30', 'dashed date and time'],
    ['Meds given at 0800 1200 1600 2000', 'medication times'],
    ['Labs: WBC 12.1, Hgb 9.8, Plt 245, K 4.1', 'lab values'],
    ['Metoprolol 25 mg po bid, heparin 5000 units sc q8h', 'dosages'],
    ['Boston, MA 02115', 'zip code'],
    ['years 1998 2004 2010', 'years'],
    ['Total charges $1,234,567.89', 'money'],
    ['Order #123-4567 shipped', 'order number without a phone cue'],
    ['BP 120/80, HR 88, RR 18, SpO2 97%', 'vital signs'],
    ['ask to page the team at 1400', 'page + time'],
    ['123-456-7890', 'not a dialable NANP number'],
    ['SSN 078-05-1123', 'SSN shape'],
    ['12.50 13.25 14.75', 'decimal list'],
    ['ABG 7.45/34/80 at 0600', 'blood gas'],
    ['I/O 1200-1500 cc today', 'fluid range'],
    ['A/C 600x12 peep 5 fio2 40%', 'vent settings'],
    ['Pt. on page 12 of the chart', 'page number'],
    ['NDC 0002-1433-80 dispensed', 'NDC code'],
    ['Room 4412, bed 2; tracking 1Z999AA10123456784', 'room and tracking numbers'],
    ['Ht 5 ft 10 in, Wt 82.5 kg, BMI 26.1', 'body measurements'],
    ['Transfused 2 units PRBC 2300-0100 overnight', 'time range'],
    ['part 12-123-456-7890 in stock', 'country code before a non-dialable tail (area 1xx)'],
    ['lot 91-415-155-0132', 'country code before a non-dialable tail (exchange 1xx)'],
    ['serial 1.2.415.555.0132', 'dotted version/OID'],
    ['Version 10.415.555.0132', 'dotted version'],
    ['totals 1,0800 12 34', 'thousands separator before a trunk-like group'],
    ['SKU 4412-415-555-0132', 'four-digit prefix is not a country code'],
    ['Part 555-0171, qty 4', 'a part number where a local phone would stand'],
    ['Ticket: 555-0171.', 'a ticket number after a colon'],
    ['her SVR is in the 900-1300, CO is fine', 'a range of values'],
    ['Ferritin 300-1000 or higher is expected', 'a round range before or'],
    ['Values at 300-1000.', 'a round range after at'],
    ['titrate the dose 250-1000 - per levels', 'a round range before a dash remark'],
    ['Lot 555-0123 - recalled', 'a lot number before a dash remark'],
    ['Lot is 555-0163 thx', 'a lot number said with is'],
    ['the range was 555-0163 thanks', 'a range said with was'],
    ['Lot 555-0123 is recalled', 'a lot number before is'],
    ['The total was at 555-0123.', 'a value at a number'],
  ])('ignores %j (%s)', (text) => {
    expect(texts(text)).toEqual([]);
  });

  it('reports the number through scan() as phone with its cue', () => {
    const result = scan('Daughter Krissy cell# 410-322-1419, call with updates.');
    const finding = result.findings.find((f) => f.type === 'phone');
    expect(finding?.text).toBe('410-322-1419');
    expect(finding?.explanation.rule).toBe('phone');
  });

  it('maps a number split by zero-width characters back to the original offsets', () => {
    const text = 'Call 617\u200B-555-0199 now';
    const finding = scan(text).findings.find((f) => f.type === 'phone');
    expect(finding?.text).toBe('617\u200B-555-0199');
  });
});
