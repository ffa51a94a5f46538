import { describe, expect, it } from 'vitest';
import { scan } from '../lib/detect/scan';
import { ssn } from './ssn';
import { reported } from './validators/testing';

const found = (text: string) => reported(ssn, text).map((m) => m.text);

describe('ssn recognizer', () => {
  it.each([
    ['078-05-1123', '078-05-1123'],
    ['SSN: 078 05 1123', '078 05 1123'],
    ['ssn 078.05.1123 on file', '078.05.1123'],
    ['His social security number is 853-37-1694', '853-37-1694'],
    ['SSN 078051121', '078051121'],
    ['social security no. 219-09-9998', '219-09-9998'],
    ['078-051121', '078-051121'],
    ['07805-1121', '07805-1121'],
    ['SSN XXX-XX-1123 on file', 'XXX-XX-1123'],
    ['***-**-1123', '***-**-1123'],
    ['last 4 of SSN 1123', '1123'],
    ['SSN ending in 1123', '1123'],
    ['the last four digits of her social security number are 1123', '1123'],
    ['verify with DOB and last 4 of social: 1123', '1123'],
    ['078051121', '078051121'],
    ['Pasted from the chart:\n  078051121.\nThanks', '078051121'],
  ])('finds %j', (text, value) => {
    expect(found(text)).toContain(value);
  });

  it.each([
    ['078-05-1120', 'Woolworth wallet sample'],
    ['SSN 219-09-9999', 'SSA 1940 advertising sample'],
    ['social security number 123-45-6789', 'form placeholder'],
    ['SSN: 000000000', 'all zeros'],
    ['SSN 666000000', 'area 666 (bare, with cue)'],
    ['SSN 978-12-3456', 'area 9xx even with an SSN cue'],
    ['SSN 078 00 1123', 'group 00 (spaced)'],
    ['SSN 078.05.0000', 'serial 0000 (dotted)'],
    ['000-12-3456', 'area 000'],
    ['666-12-3456', 'area 666'],
    ['912-34-5678', 'area 9xx (ITIN range)'],
    ['123-00-4567', 'group 00'],
    ['123-45-0000', 'serial 0000'],
    ['the count was 078051121 today', 'bare 9 digits inside a sentence, no cue'],
    ['078051120', 'alone on its line but the Woolworth sample'],
    ['000000000', 'alone on its line but area 000'],
    ['666000000', 'alone on its line but area 666'],
    ['078051121 units', 'not alone: a word follows'],
    ['0780511201', 'ten digits'],
    ['Order 123456789 shipped', 'order number'],
    ['693-09.4444', 'mixed separators'],
    ['Boston, MA 02115-1234', 'ZIP+4 after state code'],
    ['call (415) 555-0132', 'phone number'],
    ['DOB 12-05-1988', 'date'],
    ['Metoprolol 25 mg twice daily, K 4.1, Na 139', 'dosages and lab values'],
    ['1-078-05-1123', 'part of a longer number'],
    ['Zip codes 02115, 07805-1121 and 90210', 'ZIP+4 in a list of zips'],
    ['order #07805-1121 shipped', 'order number'],
    ['SSN XXX-XX-0000', 'masked with serial 0000'],
    ['card XXXX-XXXX-XXXX-1123', 'masked card, not the SSN shape'],
    ['last 4 of the order 1123', 'last four of something else'],
    ['social worker ends in 1123', 'social is not an SSN word here'],
    ['SSN ending 2024-11', 'a date-like value'],
    ['XXX-XX-11234', 'too many digits'],
  ])('ignores %j (%s)', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('explains the validator and cue through scan()', () => {
    const result = scan('Patient SSN: 078-05-1123, please update the chart.');
    const finding = result.findings.find((f) => f.type === 'ssn');
    expect(finding?.text).toBe('078-05-1123');
    expect(finding?.explanation).toMatchObject({ rule: 'ssn', validator: 'pass', cue: 'ssn' });
  });
});
