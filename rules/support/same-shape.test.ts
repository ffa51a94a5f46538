import { describe, expect, it } from 'vitest';
import { scan } from '../../lib/detect/scan';
import { shapeOf } from './same-shape';

const found = (text: string, type: string) => scan(text).findings.filter((f) => f.type === type).map((f) => f.text);

describe('same-shape identifiers', () => {
  it.each([
    ["Mom's own MRN LCH-00498120 linked to baby's LCH-00498121.", 'mrn', 'LCH-00498121'],
    ['We billed the wrong member ID XKG449102877 (her husband\'s ID) instead of hers, XKG449102878.', 'health_plan_id', 'XKG449102878'],
    ['Claims CLM-25-4471908 (DOS 05/06/2025) and CLM-25-5120366 (DOS 06/05/2025) were denied.', 'other_id', 'CLM-25-5120366'],
    ['Pump serial CS7-0419921 alarmed; replaced w/ CS7-0421309.', 'device_id', 'CS7-0421309'],
  ])('a value shaped like a labeled one is the same kind: %j', (text, type, value) => {
    expect(found(text, type)).toContain(value);
  });
  it.each([
    // plain digits have the shape of every count and price
    ['MRN 00719345. Called 3 times about invoice 00719346.', 'mrn', '00719346'],
    // a short code does not spread
    ['Account A-1234 is closed; see room A-1235.', 'account_number', 'A-1235'],
    // no labeled value to copy
    ['Order LCH-00498121 shipped Tuesday.', 'mrn', 'LCH-00498121'],
  ])('nothing else is: %j', (text, type, value) => {
    expect(found(text, type)).not.toContain(value);
  });
  it('a shape keeps letters and separators and counts each run of digits', () => {
    expect(shapeOf('LCH-00498120')).toBe('LCH-\\d{8}');
    expect(shapeOf('2219X0457')).toBe('\\d{4}X\\d{4}');
    expect(shapeOf('00719345')).toBeUndefined();
    expect(shapeOf('A1c')).toBeUndefined();
  });
});
