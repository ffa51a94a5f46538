import { describe, expect, it } from 'vitest';
import { scan } from '../lib/detect/scan';
import { licenseNumber } from './license-number';
import { reported } from './validators/testing';

const found = (text: string) => reported(licenseNumber, text).map((m) => m.text);

describe('license-number recognizer', () => {
  it.each([
    // the issuing state between the label and the number
    ['CDL OH: RT448219 exp 11/2026', 'RT448219'],
    ['DL (CA) #D1234567 on file', 'D1234567'],
    ["my driver's license number is 2270-66-1551", '2270-66-1551'],
    ['DL# F162823540116', 'F162823540116'],
    ['Lic #: RN-884512', 'RN-884512'],
    ['prescriber DEA AB1234563', 'AB1234563'],
    ['AB1234563', 'AB1234563'],
    ['NPI: 1234567893', '1234567893'],
    ['Prescriber: Dr. Anita Shah, NPI 1487759302', '1487759302'],
    ['NPI# 2987654321', '2987654321'],
    ['her driver license number as H02-47-8815 on the form', 'H02-47-8815'],
    // a DEA number read off a script even with a failing check digit; a lab's CLIA; a state with no colon (fresh44-47)
    ['DEA on the Rx reads BO4418276, please verify.', 'BO4418276'],
    ['Laboratory Director CLIA 11D2098765', '11D2098765'],
    ['CDL TX 28841930. DOB 10/22/1962.', 'TX 28841930'],
  ])('finds %j', (text, value) => {
    expect(found(text)).toContain(value);
  });

  it.each([
    ['AB1234564'],
    ['the dl is: OK'],
    ['CDL OH: pending'],
    ['NPI: 1234567890'],
    ['NPI 1111111111'],
    ['Prescriber Dr. Shah, 1487759302'],
    ['NPI 3487759302'],
    ['NPI 14877593021'],
    ['NPI approval rate 12.5%'],
    ['1234567893'],
    ['license as of 12/02/2024'],
    ['public 12345 comments'],
    ['glucose 110 mg/dL 1500 mL'],
    ['DEA audit is BO week'],
    ['CLIA waived tests only'],
    ['CDL TX pending renewal'],
    ['license renewed 2019'],
    ['licensed practical nurse'],
    ['ABCDEFG ABCDEFGH ABCDEFGHI'],
    ['C12T345672'],
    ['Order 123456789 shipped'],
    ['license expires 12-05-2025'],
  ])('ignores %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('reports a DEA number through scan() with its checksum', () => {
    const finding = scan('Rx signed, DEA AB1234563').findings.find((f) => f.type === 'license_number');
    expect(finding).toMatchObject({ text: 'AB1234563', explanation: { validator: 'pass', cue: 'dea' } });
  });
});
