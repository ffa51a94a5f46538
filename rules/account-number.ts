import { cueMatcher } from '../lib/detect/cues';
import type { RawMatch, Recognizer } from './types';
import { ibanValid } from './validators/iban';
import { ID_VALUE, labeledValueRegex, looksLikeDate } from './validators/labeled';
import { luhnValid } from './validators/luhn';
import { allMatches } from './support/word-starts';

/** Card numbers: 12-19 digits bare, in groups of four, or Amex 4-6-5; Luhn decides. */
const CARD = /(?<![\w.-])(?:\d{12,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}|\d{4}([ -])\d{6}\2\d{4,5})(?![\w-]|[.,]\d)/g;
/** IBAN candidate, compact or in groups of four; trimmed from the right until mod-97 holds. */
const IBAN = /(?<![\w-])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?(?!\w)/g;

const ACCOUNT_LABELS = [
  // Not "a/c": in ICU notes it is the ventilator mode (assist control, "A/C 600x12").
  'account number', 'account no', 'account #', 'account', 'acct', 'acct #', 'acct no', 'acc no',
  'bank account', 'checking account', 'savings account', 'patient account', 'patient account number', 'pt account',
  'billing account', 'billing number', 'guarantor account', 'hospital account', 'visit number',
  'encounter number', 'csn',
];
const LABELED = labeledValueRegex(ACCOUNT_LABELS, ID_VALUE);
const CARD_CUES = cueMatcher(['card', 'credit card', 'debit card', 'cc', 'visa', 'mastercard', 'amex', 'card number']);
const ALL_SAME = /^(\d)\1+$/;

/** Card issuer ranges start 2-6 (Mastercard 2-series, Amex/Diners/JCB, Visa, Mastercard, Discover/Maestro), or 1800/2131
 * (old JCB); a leading 1 is otherwise only UATP's 15 digits. */
const issuerPlausible = (digits: string) =>
  /^(?:[2-6]|1800)/.test(digits) || (digits[0] === '1' && digits.length === 15);

export const accountNumber: Recognizer = {
  id: 'account-number',
  description: 'Payment card numbers (Luhn), IBANs (mod-97), bank and patient account numbers after a label',
  types: ['account_number'],
  find(ctx) {
    const out: RawMatch[] = [];
    for (const m of allMatches(CARD, ctx.text)) {
      const digits = m[0].replace(/\D/g, '');
      if (digits.length < 12 || digits.length > 19 || ALL_SAME.test(digits) || !issuerPlausible(digits) || !luhnValid(digits)) continue;
      const cue = CARD_CUES.before(ctx.lower, m.index!, 40);
      // 12-digit Luhn passes are common by chance (1 in 10): those need a card cue.
      const confidence = (digits.length >= 13 ? 0.75 : 0.4) + (cue ? 0.2 : 0);
      out.push({ type: 'account_number', start: m.index!, end: m.index! + m[0].length, confidence, pattern: 'payment card', validator: 'pass', cue });
    }
    for (const m of allMatches(IBAN, ctx.text)) {
      let value = m[0];
      while (value.length >= 15 && !ibanValid(value)) {
        const cut = value.lastIndexOf(' ');
        if (cut < 0) { value = ''; break; }
        value = value.slice(0, cut);
      }
      if (value.length < 15 || !ibanValid(value)) continue;
      out.push({ type: 'account_number', start: m.index!, end: m.index! + value.length, confidence: 0.9, pattern: 'iban', validator: 'pass' });
    }
    for (const m of allMatches(LABELED, ctx.text)) {
      const value = m.groups!.value!;
      if (looksLikeDate(value) || /^(?:19|20)\d\d$/.test(value)) continue;
      const start = m.index! + m[0].length - value.length;
      out.push({ type: 'account_number', start, end: start + value.length, confidence: 0.8, pattern: 'labeled account number',
        cue: m[0].slice(0, m[0].length - value.length).trim().toLowerCase() });
    }
    return out;
  },
};
