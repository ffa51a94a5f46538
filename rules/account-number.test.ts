import { describe, expect, it } from 'vitest';
import { scan } from '../lib/detect/scan';
import { accountNumber } from './account-number';
import { reported } from './validators/testing';

const found = (text: string) => reported(accountNumber, text).map((m) => m.text);

describe('account-number recognizer', () => {
  it.each([
    ['4012888888881881', '4012888888881881'],
    ['Our account with them is CHR-55102-TN. Totals look high.', 'CHR-55102-TN'],
    ['card 4012-8888-8888-1881 on file', '4012-8888-8888-1881'],
    ['4012 8888 8888 1881', '4012 8888 8888 1881'],
    ['amex 3714 496353 98431', '3714 496353 98431'],
    ['122000000000003', '122000000000003'],
    ['My IBAN is GB82 WEST 1234 5698 7654 32 thanks', 'GB82 WEST 1234 5698 7654 32'],
    ['my iban is gb82west12345698765432', 'gb82west12345698765432'],
    ['bank account number: 000123456789', '000123456789'],
    ['Patient account # 7788123', '7788123'],
  ])('finds %j', (text, value) => {
    expect(found(text)).toContain(value);
  });

  it.each([
    ['Our account with them is closed.'],
    ['4012-8888-8888-1882'],
    ['my credit card number is 36168002586008'],
    ['1748503543012'],
    ['0000000000000000'],
    ['GB82 WEST 1234 5698 7654 33'],
    ['A/C 600x12 peep 5'],
    ['take into account 2 days of data'],
    ['Order 123456789012 shipped'],
    ['tracking 1Z999AA10123456784'],
    ['Invoice total $4,012.88'],
    ['account reviewed 2019'],
  ])('ignores %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('reports a card through scan() with the Luhn validator', () => {
    const finding = scan('Charge my card 4111 1111 1111 1111 for the copay').findings.find((f) => f.type === 'account_number');
    expect(finding).toMatchObject({ text: '4111 1111 1111 1111', explanation: { validator: 'pass' } });
  });
});
