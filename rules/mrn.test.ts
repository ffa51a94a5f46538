import { describe, expect, it } from 'vitest';
import { scan } from '../lib/detect/scan';
import { mrn } from './mrn';
import { reported } from './validators/testing';

const found = (text: string) => reported(mrn, text).map((m) => m.text);

describe('mrn recognizer', () => {
  it.each([
    ['MRN: 00482913', '00482913'],
    ['MRN# 4471203', '4471203'],
    ['DOB: 1983-02-14\nICN: 1012847730V558214', '1012847730V558214'],
    ['medical record number 123-45-678', '123-45-678'],
    ['MR # A1234567', 'A1234567'],
    ['Chart #88231-07', '88231-07'],
    ['patient ID is 99120334', '99120334'],
    ['ref MRN0012345 for labs', 'MRN0012345'],
    // a census or roster row: the number after a "Last, First" name
    ['02:14 Adjei, Mercy 5561208 troponin I 2.41', '5561208'],
    ['Pt: Whitlow, June #04417823 Device: loop recorder', '04417823'],
    ['Referral - Yildiz, Emre 5/2/43 #4410928 82yo M', '4410928'],
    ['born 23 Jul 1961, hospital no. KX-00418276 I would be', 'KX-00418276'],
    // a lab call's header row in capitals or with a site prefix (fresh70)
    ['NGUYEN, THAO   04/11/1987   31175602   A25-118403', '31175602'],
    ['crit call\nOyelaran, Tunde  08/30/1962  SV-0051977\nK 6.8', 'SV-0051977'],
    ['Subject: crit value\n\n00733518 / 07-14-1947 / potassium 6.1', '00733518'],
    ['fyi for dr kaur to sign\n\n2204871  09/14/1958  6/3\nspirometry pre/post', '2204871'],
    ['fyi Priya 2210977 - K 2.9, phos 2.2 on am BMP', '2210977'],
    ['re: Ngozi Adeyemi-Clarke / 0094417 / 5-14-91\nJess, front desk', '0094417'],
    ['Psych evaluation – Dominic Marchetti, 0094718\nSummary for the surgical team', '0094718'],
    ['call her at 2: Svetlana Morozova (00738215), DOB 4/30/1972', '00738215'],
    ['Tomasz Wiśniewski 11/03/1979 · 5520817', '5520817'],
    ['Nguyen, Thi Lan 03/14/1958 4471902 CHF f/u + echo', '4471902'],
    ['| MRN | SV-0048213 |', 'SV-0048213'],
    ['okafor, grace 4/12/58 3318842\novarian ca', '3318842'],
  ])('finds %j', (text, value) => {
    expect(found(text)).toContain(value);
  });

  it.each([
    ['MR 2+ on echo, TR mild'],
    ['chart reviewed 2019'],
    ['ICN rounds at 0700'],
    ['see chart 12/05/2019'],
    ['medical record reviewed, no changes'],
    ['MRN: pending'],
    ['Order #12345678 for CBC'],
    ['Room 4412, bed 2'],
    ['patient tolerated 1200 ml'],
    ['dispense 30 tablets, refills 2'],
    ['chart 2019-12-05'],
    ['primrn 1234567'],
    ['Boston, MA 021345 is not a zip+4'],
    ['Invoice for Smith, John 2025-0114'],
    ['Room 4, Bed 2 1234567 ohms'],
    ['The hospital no longer uses the 2019 form.'],
    // a credential after the comma; a Medicare Advantage member number is the plan's, not the chart's
    ['Priya Raman, RPSGT #RP-118802, expires 5/31/25'],
    ['OKAFOR, NPI 1588667729'],
    ['Adeyemi, Abimbola 07/22/1946 MA-61738204'],
    ['see invoice, batch 4/12/58 3318842'],
    // a number after a word that labels some other number; a date-shaped number; a recent date after a number
    ['Order 4471203 - CBC pending'],
    ['Fax 6170147 - attn records'],
    ['Invoice 20250611 - paid'],
    ['Room 2210977 (isolation)'],
    ['Claim 88213047, denied'],
    ['Build 20250612 -\n'],
    ['4471203 / 06-12-2024 / restock'],
    // a label's number after two Capitalized words; a service date after this year's start
    ['Purchase Order, 4471203\n'],
    ['Invoice Number (20250611)'],
    ['Shipped Monday 06/12/2024 4471203'],
  ])('ignores %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('reports an MRN through scan() with the rule and pattern', () => {
    const finding = scan('Please pull MRN: 00482913 before rounds.').findings.find((f) => f.type === 'mrn');
    expect(finding).toMatchObject({ text: '00482913', explanation: { rule: 'mrn', pattern: 'labeled mrn' } });
  });
});
