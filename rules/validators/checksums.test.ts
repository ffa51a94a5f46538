import { describe, expect, it } from 'vitest';
import { deaValid, gtinValid, itinStructureValid, ssnStructureValid, vinCheckDigitValid } from './checksums';
import { ibanValid } from './iban';
import { luhnValid, npiValid } from './luhn';

describe('checksum validators', () => {
  it.each([
    ['luhn', luhnValid, '4111 1111 1111 1111', true],
    ['luhn', luhnValid, '4012-8888-8888-1881', true],
    ['luhn', luhnValid, '4012-8888-8888-1882', false],
    ['luhn', luhnValid, '0', false],
    ['npi', npiValid, '1234567893', true],
    ['npi', npiValid, '1234567890', false],
    ['npi', npiValid, '3234567893', false],
    ['iban', ibanValid, 'GB82 WEST 1234 5698 7654 32', true],
    ['iban', ibanValid, 'DE89370400440532013000', true],
    ['iban', ibanValid, 'gb82west12345698765432', true],
    ['iban', ibanValid, 'GB82 WEST 1234 5698 7654 33', false],
    ['iban', ibanValid, 'GB82WEST123456987654', false],
    ['iban', ibanValid, 'QQ82WEST12345698765432', false],
    ['dea', deaValid, 'AB1234563', true],
    ['dea', deaValid, 'AB1234564', false],
    ['dea', deaValid, 'IB1234563', false],
    ['vin', vinCheckDigitValid, '1M8GDM9AXKP042788', true],
    ['vin', vinCheckDigitValid, '11111111111111111', true],
    ['vin', vinCheckDigitValid, '1M8GDM9A1KP042788', false],
    ['vin', vinCheckDigitValid, '1M8GDM9AXKP04278O', false],
    ['gtin', gtinValid, '00884838046359', false],
    ['gtin', gtinValid, '00614141999996', true],
    ['gtin', gtinValid, '4006381333931', true],
    ['ssn', ssnStructureValid, '078051121', true],
    ['ssn', ssnStructureValid, '078051120', false],
    ['ssn', ssnStructureValid, '000121234', false],
    ['ssn', ssnStructureValid, '666121234', false],
    ['ssn', ssnStructureValid, '912121234', false],
    ['ssn', ssnStructureValid, '123001234', false],
    ['ssn', ssnStructureValid, '123450000', false],
    ['ssn', ssnStructureValid, '219099999', false],
    ['ssn', ssnStructureValid, '219099998', true],
    ['ssn', ssnStructureValid, '123456789', false],
    ['ssn', ssnStructureValid, '111111111', false],
    ['ssn', ssnStructureValid, '665121234', true],
    ['ssn', ssnStructureValid, '667121234', true],
    ['ssn', ssnStructureValid, '899121234', true],
    ['ssn', ssnStructureValid, '900121234', false],
    ['ssn', ssnStructureValid, '999121234', false],
    ['ssn', ssnStructureValid, '001011234', true],
    ['ssn', ssnStructureValid, '123010001', true],
    ['ssn', ssnStructureValid, '12345678', false],
    ['ssn', ssnStructureValid, '078-05-1121', false],
    ['itin', itinStructureValid, '911701234', true],
    ['itin', itinStructureValid, '911531234', true],
    ['itin', itinStructureValid, '911891234', false],
    ['itin', itinStructureValid, '811701234', false],
  ] as const)('%s(%s) = %s', (_name, check, value, expected) => {
    expect(check(value)).toBe(expected);
  });
});
