import { cueMatcher } from '../lib/detect/cues';
import type { RawMatch, Recognizer, ScanContext } from './types';
import { labeledValueRegex } from './validators/labeled';
import { allMatches } from './support/word-starts';

/**
 * Phone, fax and pager numbers. Formats that only look like "some digits in groups" (international numbers
 * written without +, 7-digit locals) need a cue; NANP numbers with separators, +CC numbers and pagers after
 * "pager"/"beeper" stand on their own. A "fax"/"f:" cue makes the finding a fax.
 */

interface PhoneShape {
  name: string;
  regex: RegExp;
  confidence: number;
  minDigits: number;
  maxDigits: number;
  accept?: (value: string) => boolean;
  /** A check of the words before the number, for shapes that part and order numbers share. */
  acceptBefore?: (before: string) => boolean;
}

/**
 * Words that make a bare local-looking number something else: "Part 555-0171", "Lot 123-4567", "Order #", a range
 * of values ("SVR is in the 900-1300", "between 400-1200") and a lab table's reference range after a unit ("168
 * pg/mL | 232-1245").
 */
const NOT_A_PHONE_BEFORE = /(?:(?:mg|g|pg|ng|mcg|ug|µg)\/(?:dl|ml|l)|(?:mmol|meq|umol|µmol|nmol)\/l|(?:u|iu|uiu|miu)\/(?:l|ml)|k\/ul)[ \t]*[|,;]?[ \t]*$|(?:(?:part|lot|order|invoice|po|item|catalog|model|serial|ticket|case|claim|ref|reference|account|acct|batch|ndc|cpt|room|rm|suite|bed|score|version|build|release|sku|id|qty|mrn|record)[.\s]*(?:#|no\.?|number)?[.\s]*[:#]?|\b(?:the|between|from|of|to|about|around|approximately|approx|range|ranged|was|were|is|(?<!\b(?:me|us|him|her|them|call|text|reach|page|line)\s+)at))\s*$/i;

const EXT = '(?:\\s*(?:x|ext\\.?|extension)\\s*\\d{1,6})?';
// A dash may follow only when a word does ("555-1234-Office"), not more digits.
const END = '(?![\\w/:]|-\\d|[.,]\\d)';

/** National part of a NANP number: 10 digits after an optional 1 / +1 / 001 and before any extension. */
function nanpNational(value: string): string {
  const digits = value.replace(/(?:x|ext\.?|extension)\s*\d+$/i, '').replace(/\D/g, '');
  return digits.length === 11 ? digits.slice(1) : digits.length === 13 ? digits.slice(3) : digits;
}

/** NANP area codes start 2-9 ("123-456-7890" is not dialable). */
function nanpValid(value: string): boolean {
  return /^[2-9]\d{9}$/.test(nanpNational(value));
}

/** Exchanges also start 2-9; one starting 0/1 is a typo or a made-up number: still a phone, less sure. */
const exchangeValid = (value: string) => /^\d{3}[2-9]/.test(nanpNational(value));

/** Dates, clock times and year lists written with spaces or dashes are not phone numbers. */
function looksLikeDateOrTimes(value: string): boolean {
  const groups = value.replace(/[()]/g, '').split(/[ .-]+/);
  if (groups.length === 3) {
    const [a, b, c] = groups.map(Number) as [number, number, number];
    if (groups[2]!.length === 4 && a >= 1 && a <= 31 && b >= 1 && b <= 31 && (c < 1900 ? false : c <= 2100)) return true;
    if (groups[0]!.length === 4 && a >= 1900 && a <= 2100 && b >= 1 && b <= 12 && c >= 1 && c <= 31) return true;
  }
  return groups.every((g) => g.length === 4 && (/^(?:[01]\d|2[0-3])[0-5]\d$/.test(g) || /^(?:19|20)\d\d$/.test(g)));
}

/** Mixed "." with spaces is a list of decimals ("12.50 13.25"), 3-2-4 is the SSN shape, 4-4-2 an NDC code,
 * four dotted groups of 1-3 digits an IP address. */
function groupingPlausible(value: string): boolean {
  if (value.includes('.') && /[ -]/.test(value.replace(/\s*(?:x|ext\.?|extension)\s*\d+$/i, ''))) return false;
  if (/^\d{4,5}-\d{3,4}-\d{1,2}$/.test(value) || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(value)) return false;
  return !/^\d{3}([ .-])\d{2}\1\d{4}$/.test(value);
}

/** "300-1000", "150-4500", "250-1000": a range of round values (a lab's normal range, a dose), rising, not a number to dial. */
function roundRange(value: string): boolean {
  const [a, b] = value.split(/[-.]/).map(Number) as [number, number];
  return b > a && a % 5 === 0 && b % 50 === 0;
}

const SHAPES: PhoneShape[] = [
  {
    // A local seven-digit number as a field of a signature or contact line: "Alma Reyes, LADC, counselor
    // 555-0171", "Provider services: 555-0112.", "(wife) 555-0148", "Linnea (555-0129)", "text me at 555-0176", a
    // signature's own line, or after a ZIP. It stands alone after a comma, colon, bar or parenthesis (or a word) and
    // ends its line, clause or field; part, lot and order numbers are told apart by the word before them.
    name: 'local in a field',
    // Also after a one-letter label ("P 555-0133 | F 555-0134"), a "#" ("callback # 555-0177") or the dot leaders
    // of a directory ("Main reception ........ 555-0100"), and before an extension ("555-0110 x3", "ext 214").
    // After an e-mail address and a slash ("jdoe@example.org / 555-0161"), any word ("Ph", "Horáková"), and before a
    // dash that opens a remark ("555-0178 - prefers calls after 4") or "or" ("555-0125 or foundation@...").
    regex: /(?<=(?:[,:|)#/]|\.{2,}|\p{L}\p{Ll}|\b[PFTMCOHWpftmcohw]\.?|\b\d{5})[ \t]{1,3}|\(|^[ \t]*)[2-9]\d{2}[-.]\d{4}(?=[ \t]*(?:$|[,|;)]|\.(?!\d)|\((?!\d))|[ \t]+\(|[ \t]+(?:with|for|if|or|anytime|any time|after|before|thx|thanks|thank you|pls|please|is willing|is the|is her|is his|can|will)\b|[ \t]+[-–—]{1,2}[ \t]+\p{L}|[ \t]*(?:x|ext\.?|extension)[ \t]*\d)/gmu,
    confidence: 0.6, minDigits: 7, maxDigits: 7,
    accept: (value) => !roundRange(value),
    // "Dusty at 555-0127", "Justice Oyelaran, RN at 555-0117", "Tamsin, at 555-0142": a person (or a credential) before "at".
    // "my # is 555-0163", "his cell is 555-0126": whose number it is, said with "is".
    acceptBefore: (before) => !NOT_A_PHONE_BEFORE.test(before) || /(?:\b\p{Lu}\p{Ll}+|\b(?:RN|MD|NP|DO|PA|LPN|LCSW|PharmD|PhD)),?[ \t]+at[ \t]+$/u.test(before) ||
      /\b(?:my|his|her|their|your|our|the)[ \t]+(?:#|number|num|cell|phone|cell phone|home phone|callback)[ \t]+is[ \t]+$/i.test(before) ||
      // "phoned to the charge nurse at 555-0150": a role reached at the number.
      /\b(?:nurse|desk|line|office|station|manager|coordinator|supervisor|physician|pharmacist|team|unit)[ \t]+at[ \t]+$/i.test(before),
  },
  {
    name: 'nanp formatted',
    regex: new RegExp(`(?<![\\d+./])(?<!\\d-)(?:(?:\\+|00)?1[ .-]?)?(?:\\(\\d{3}\\)[ .-]?|\\d{3}[ .-]?)\\d{3}[ .-]\\d{4}${EXT}${END}`, 'g'),
    confidence: 0.7, minDigits: 10, maxDigits: 13, accept: nanpValid,
  },
  {
    // A NANP number behind a country code written without "+" ("91-415-555-0132", "44 415 555 0132"): the
    // 3-3-4 tail must itself be a dialable NANP number (area and exchange 2-9), so a part number rarely fits.
    // Not with dots: "10.415.555.0132" is a version or an OID.
    name: 'country code without plus',
    regex: new RegExp(`(?<![\\w+.\\-/:,$])(?:[2-9]\\d{0,2}|1\\d{1,2})([ -])\\d{3}\\1\\d{3}\\1\\d{4}${EXT}${END}`, 'g'),
    confidence: 0.55, minDigits: 11, maxDigits: 13,
    accept: (v) => /^[2-9]\d{2}[2-9]\d{6}$/.test(v.replace(/\s*(?:x|ext\.?|extension)\s*\d+$/i, '').replace(/\D/g, '').slice(-10)),
  },
  {
    name: 'nanp bare 10 digits',
    regex: new RegExp(`(?<![\\w+.\\-/])[2-9]\\d{2}[2-9]\\d{6}${END}`, 'g'),
    confidence: 0.35, minDigits: 10, maxDigits: 10,
  },
  {
    name: 'international +CC',
    regex: new RegExp(`(?<![\\w+])\\+\\d{1,3}(?:[ .-]?\\(\\d{1,4}\\)|[ .-]?\\d{1,8}){1,7}${EXT}${END}`, 'g'),
    confidence: 0.7, minDigits: 8, maxDigits: 15,
  },
  {
    // A comma right before counts as a list separator unless a digit precedes it ("1,0800" is a number). An area
    // code never starts 00 ("00-884-1207" is a record number; 00 dials abroad).
    name: 'trunk prefix 0',
    regex: new RegExp(`(?<![\\w.+\\-/$])(?<!\\d,)(?:\\(0[1-9]\\d{0,3}\\)|0[1-9]\\d{0,3})(?:[ .-]\\d{2,8}){1,4}${EXT}${END}`, 'g'),
    confidence: 0.5, minDigits: 9, maxDigits: 12,
    accept: (v) => groupingPlausible(v) && !looksLikeDateOrTimes(v),
  },
  {
    name: 'cn mobile',
    regex: /(?<![\w+.\-/])1[3-9]\d{9}(?![\w\-/]|[.,]\d)/g,
    confidence: 0.5, minDigits: 11, maxDigits: 11,
  },
  {
    name: 'digit groups',
    regex: new RegExp(`(?<![\\w.+\\-/:,$])(?:\\(\\d{1,4}\\)\\s?|\\d{2,4}[ .-])(?:\\d{2,6}[ .-]){0,3}\\d{2,6}${EXT}${END}`, 'g'),
    confidence: 0.35, minDigits: 7, maxDigits: 12,
    accept: (v) => groupingPlausible(v) && !looksLikeDateOrTimes(v),
  },
  {
    // "(301 273 4516)" or with a slipped fifth digit: US-shaped even without separators a dialer would use.
    name: 'nanp spaced',
    regex: /(?<![\w.+\-/:,$])\(?[2-9]\d{2} [2-9]\d{2} \d{4,5}\)?(?![\w/:]|-\d|[.,]\d)/g,
    confidence: 0.5, minDigits: 10, maxDigits: 11,
  },
];

/** Pager numbers are short (4-6 digits) and only count right after the word ("Pager: #54321", "PG 33445"). */
const PAGER = labeledValueRegex(['pager', 'beeper', 'pgr', 'bpr', 'beep', 'beeper number', 'pager number'], `\\d{4,6}${END}`);
const PAGE_SHORT = labeledValueRegex(['pg', 'page'], `\\d{5}${END}`);

// Phone words only: "home", "work", "office" and "number" precede vitals and counts too often in notes
// ("work up 150 200 300"); they count only glued to "#" or after the number.
const PHONE_CUES = cueMatcher([
  'phone', 'telephone', 'tel', 'ph#', 'phone#', 'mobile', 'cell', 'cell#', 'cellphone', 'desk', 'home#', 'work#',
  'contact', 'call', 'called', 'calling', 'reach', 'reached', 'sms', 'whatsapp', 'pager', 'beeper', 'answering',
  'messages', 'dial', 'landline', 'fax', 'fax#', 'facsimile', 'fx',
]);
const FAX_CUES = new Set(['fax', 'fax#', 'facsimile', 'fx']);
const TRAILING_CUES = cueMatcher(['office', 'mobile', 'cell', 'home', 'work', 'fax', 'phone', 'desk', 'pager']);
const F_COLON = /\bf\s*[:#]\s*$/i;
/** "P 555-0133 | F 555-0134": a capital F alone, as a field label. */
const F_LABEL = /(?:^|[|•·,]|\s)F\.?[ \t]+$/;

const CUE_BOOST = 0.35;

function countDigits(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** The cue that types the number: one right after it ("555-1234 fax") unless that is a label for what follows. */
function typingCue(ctx: ScanContext, start: number, end: number): { cue?: string; fax: boolean } {
  const trailing = TRAILING_CUES.after(ctx.lower, end, 8);
  if (trailing) {
    const at = ctx.lower.indexOf(trailing, end);
    const between = ctx.lower.slice(end, at);
    const labelForNext = /^\s*[:#]/.test(ctx.lower.slice(at + trailing.length, at + trailing.length + 3));
    if (!between.includes('\n') && !labelForNext) return { cue: trailing, fax: trailing === 'fax' };
  }
  const before = PHONE_CUES.before(ctx.lower, start, 30);
  if (before) return { cue: before, fax: FAX_CUES.has(before) };
  if (F_COLON.test(ctx.text.slice(Math.max(0, start - 4), start)) || F_LABEL.test(ctx.text.slice(Math.max(0, start - 5), start))) return { cue: 'f:', fax: true };
  return { fax: false };
}

export const phone: Recognizer = {
  id: 'phone',
  description: 'Phone, fax and pager numbers: NANP, +CC international, trunk-prefixed and cue-backed local formats',
  types: ['phone', 'fax'],
  find(ctx) {
    const out: RawMatch[] = [];
    // Several shapes can match the same span ("617-555-0123" is also digit groups): keep the most confident.
    const bySpan = new Map<number, number>();
    for (const shape of SHAPES) {
      for (const m of allMatches(shape.regex, ctx.text)) {
        const value = m[0];
        const digits = countDigits(value);
        if (digits < shape.minDigits || digits > shape.maxDigits + (/[x]|ext/i.test(value) ? 6 : 0)) continue;
        if (shape.accept && !shape.accept(value)) continue;
        const start = m.index!;
        const end = start + value.length;
        if (shape.acceptBefore && !shape.acceptBefore(ctx.text.slice(Math.max(0, start - 24), start))) continue;
        const { cue, fax } = typingCue(ctx, start, end);
        const base = shape.accept === nanpValid && !exchangeValid(value) ? shape.confidence - 0.15 : shape.confidence;
        const confidence = Math.min(1, base + (cue ? CUE_BOOST : 0));
        const key = start * 0x200000 + end;
        const seen = bySpan.get(key);
        if (seen !== undefined && out[seen]!.confidence >= confidence) continue;
        if (seen === undefined) bySpan.set(key, out.length);
        out[seen ?? out.length] = { type: fax ? 'fax' : 'phone', start, end, confidence, pattern: shape.name, cue,
          validator: shape.accept === nanpValid ? 'pass' : 'none' };
      }
    }
    for (const regex of [PAGER, PAGE_SHORT]) {
      for (const m of allMatches(regex, ctx.text)) {
        const value = m.groups!.value!;
        const start = m.index! + m[0].length - value.length;
        out.push({ type: 'phone', start, end: start + value.length, confidence: 0.75, pattern: 'pager after cue',
          cue: m[0].slice(0, m[0].search(/[\s:#=.\-\d]/)).toLowerCase() });
      }
    }
    return out;
  },
};
