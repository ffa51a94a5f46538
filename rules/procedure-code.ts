import { US_STATES } from './lexicons/places';
import { allMatches, regexSearch } from './support/word-starts';
import type { RawMatch, Recognizer } from './types';

/**
 * Procedures named by their billing codes, the way claims, denials, fee schedules and prior-auth requests name
 * them: CPT (five digits, or four and F/T: "99213", "3074F"), HCPCS Level II (a letter and four digits: "L5856" a
 * prosthetic knee, "H0020" methadone administration, "J0178" a drug given in the office) and CDT ("D2740").
 *
 * Five characters look like many other things (ZIP codes, rooms, invoices, part and form numbers), so a code
 * counts only where the text around it codes or bills: a CPT/HCPCS/CDT label, a billing word near it ("billed",
 * "units", "denied", "global", "fee"), a price on its line, units right after it ("x2"), a parenthesized list of
 * codes, or a dental message for a CDT code. Codes listed beside an accepted one (a claim's rows, "98941 + 97140")
 * are accepted with it. A number right after an id label ("Room", "Invoice #", "Lot") or a state ("WA 99204", a
 * ZIP) never is.
 */

/** A CPT code (four digits and a digit, F or T) or a HCPCS Level II / CDT code (a letter and four digits). */
const CODE = String.raw`(?:\d{4}[\dFT]|[A-EGHJ-MP-V]\d{4})`;
/** Not inside a price, a decimal, an id run or a path. */
const NOT_AFTER = String.raw`(?<![\w$#.,/-])`;
/** CPT, HCPCS or CDT shaped: five word characters, no decimal, price or id run around them. */
const CODE_SHAPE = new RegExp(String.raw`${NOT_AFTER}${CODE}(?!\w|[.,]\d|-\d{3}(?!\d\d(?![\w-]))|#)`, 'g');
/** The second code of a range or a pair ("97165-97167", "G0438/G0439"), which CODE_SHAPE skips after its dash. */
const SECOND_OF_PAIR = new RegExp(String.raw`${NOT_AFTER}${CODE}[-/](?<value>${CODE})(?![\w-])`, 'g');
/** Codes inside a parenthesized list. */
const CODE_IN_LIST = new RegExp(String.raw`${NOT_AFTER}${CODE}(?!\w)`, 'g');
const HCPCS_CODE = /^[A-EGHJ-MP-V]\d{4}$/;
/** "H0020", "J0178", "D2740": a HCPCS Level II or CDT code, never a claim or record number (other-id asks). */
export const isHcpcsCode = (value: string) => HCPCS_CODE.test(value);
const CODE_SEARCH = regexSearch(CODE_SHAPE, { wordLength: 5 });

/** An id label right before the number: it is that id, not a procedure. */
const ID_LABEL_BEFORE =
  /(?:^|[^a-z])(?<label>room|rm|suite|ste|bldg|building|bed|lot|batch|serial|s\/n|sn|model|part|item|sku|order|po|invoice|inv|ticket|case|claim|ref|reference|account|acct|member|policy|group|grp|id|mrn|ext|zip|zip\s+code|postal\s+code|box|form|section|sec|flight|route|bus|license|licence|lic|dea|npi|badge|employee|emp|tracking|confirmation|conf|auth|authorization|pa|pin|code\s+blue|extension|floor|office|dept|station|version|v|rev|no|number|tax|ein|tin)\s*(?:#|no\.?|number)?\s*[:#]?\s*$/;
/**
 * A label that names the code system: "CPT 99213", "HCPCS: J0178", "billing code 59400". A bare "code 77120" is a
 * dial-in or door code.
 */
const CODE_LABEL_BEFORE =
  /(?:^|[^a-z])(?:cpt|hcpcs|cdt|(?:billing|procedure|proc|service|e\/m)[ \t]+codes?|billed|bill|services[ \t]*:)\s*(?:codes?)?\s*[:#]?\s*\(?\s*$/;
/**
 * Words of billing and coding near a code. Units only counted ("2 units"): "Unit 5022 Box 1225" is a military
 * address; the billing office or address is a place, not a bill.
 */
const BILLING_WORD =
  /(?<![a-z])(?:cpt|hcpcs|cdt|bill|bills|billed|billing(?![ \t]+(?:address|office|department|dept|zip|contact|phone|fax|email|e-mail|manager|team|specialist|staff|hours))|rebill|rebilled|billable|charge|charges|charged|\d[ \t]*units?|modifiers?|denied|denial|denials|eob|e\/m|rvus?|fee|fees|allowed|reimburs\w*|global|coded|coding|superbill|prior\s+auth\w*|preauth\w*|authoriz\w*|copay|coinsurance|deductible|claim|claims|statement\s+runs?|balance\s+due)(?![a-z])/;
const BILLING_BEFORE = 150;
const BILLING_AFTER = 80;
const PAYER_ID_BEFORE = /payer[ \t]*(?:id|#|number)/;
/** Units right after a code: "J0178 x2 units", "H0020 x7". */
const UNITS_AFTER = /^[ \t]*x[ \t]?\d/;
/** Codes listed beside an accepted one (a claim's rows) are codes too, this far from it. */
const LIST_REACH = 120;
/** Words of a dental message, for its CDT codes. */
const DENTAL_CONTEXT =
  /(?<![a-z])(?:cdt|dental|dentist|tooth|teeth|crown|molar|perio\w*|hygien\w*|orthodont\w*|prophy\w*|oral|cavity|caries|implant|extraction|filling)(?![a-z])/;

/** The "states" of military mail: "DPO AE 44085" is a ZIP. */
const MILITARY_POST = new Set(['AA', 'AE', 'AP']);

type CodeKind = 'cpt-code' | 'hcpcs-code' | 'cdt-code';

/** The code system a candidate belongs to, or undefined when its digits are outside every CPT section. */
function kindOf(code: string): CodeKind | undefined {
  const first = code[0]!;
  if (first === 'D') return 'cdt-code';
  if (first >= 'A' && first <= 'Z') return 'hcpcs-code';
  if (code[4] === 'F' || code[4] === 'T') return 'cpt-code';
  // Anesthesia 00100–01999, then surgery through medicine 10004–99607: 02000–10003 and 99608+ are no CPT codes.
  const n = Number(code);
  return (n >= 100 && n <= 1999) || (n >= 10004 && n <= 99607) ? 'cpt-code' : undefined;
}

/** A price on the code's line: a fee schedule's or a statement's row. */
function priceOnLine(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  return /\$[ \t]?\d/.test(text.slice(lineStart, lineEnd));
}

/**
 * A row of a list of services: the line opens with the code (after a bullet or a number) and a description in words
 * follows, and the line above or below opens the same way ("- 99213 office visit" / "- 11721 debridement of nails").
 */
const CODE_ROW = new RegExp(String.raw`^[ \t]*(?:[-*•]|\d{1,2}[.)])?[ \t]*${CODE}[ \t]+[-–:]?[ \t]*[A-Za-z]{3,}`);
/** A street after a number: "44120 Main St", "2200 W. Harlan Ave". */
const STREET_AFTER = /^[ \t]+(?:[NSEW]\.?[ \t]+)?(?:[A-Z][a-z]+[ \t]+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Blvd|Ln|Lane|Way|Ct|Court|Pl|Pkwy|Hwy|Cir)\b/;
function inCodeRows(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', start);
  const line = (from: number, to: number) => text.slice(from, to < 0 ? text.length : to);
  if (!CODE_ROW.test(line(lineStart, lineEnd)) || !/^[ \t]*(?:[-*•]|\d{1,2}[.)])?[ \t]*$/.test(text.slice(lineStart, start))) return false;
  const prevStart = lineStart > 0 ? text.lastIndexOf('\n', lineStart - 2) + 1 : -1;
  const next = lineEnd < 0 ? undefined : line(lineEnd + 1, text.indexOf('\n', lineEnd + 1));
  return (prevStart >= 0 && CODE_ROW.test(text.slice(prevStart, lineStart - 1))) || (next !== undefined && CODE_ROW.test(next));
}

/** "(90791, 90837)", "(59400 vaginal, 59510 cesarean, 59610 VBAC)": a parenthesized list of two or more codes. */
function inCodeList(text: string, start: number): boolean {
  const open = text.lastIndexOf('(', start);
  if (open < 0 || start - open > 60 || text.slice(open, start).includes(')')) return false;
  const close = text.indexOf(')', start);
  if (close < 0 || close - open > 120) return false;
  const inside = text.slice(open + 1, close);
  const codes = inside.match(CODE_IN_LIST) ?? [];
  return codes.length >= 2 && !ID_LABEL_BEFORE.test(text.slice(Math.max(0, open - 24), open).toLowerCase());
}

export const procedureCode: Recognizer = {
  id: 'procedure-code',
  description: 'Procedures by billing code (CPT 99213, HCPCS L5856 or J0178, CDT D2740) where the text bills or codes them',
  types: ['procedure', 'medication'],
  find(ctx) {
    const { text, lower } = ctx;
    const candidates: { start: number; end: number; kind: CodeKind; accepted: boolean; cue?: string }[] = [];
    // Each candidate code, and where to read the label that speaks for it (a pair's labels speak for both codes).
    const found: { index: number; code: string; labelAt: number }[] = [];
    for (const m of CODE_SEARCH(ctx, text)) found.push({ index: m.index!, code: m[0], labelAt: m.index! });
    if (found.length && (text.includes('-') || text.includes('/'))) {
      for (const m of allMatches(SECOND_OF_PAIR, text)) {
        found.push({ index: m.index! + m[0].length - 5, code: m.groups!.value!, labelAt: m.index! });
      }
      found.sort((a, b) => a.index - b.index);
    }
    for (const { index: start, code, labelAt } of found) {
      const end = start + 5;
      const kind = kindOf(code);
      if (!kind) continue;
      // The label's words on the code's own line: "... CO-197 no auth" ending the line above labels nothing below.
      const before = lower.slice(Math.max(0, labelAt - 24, lower.lastIndexOf('\n', labelAt - 1) + 1), labelAt);
      // "Claim: D2740 crown": a claim line names its code; a claim number is digits.
      const label = ID_LABEL_BEFORE.exec(before)?.groups?.label;
      if (label !== undefined && !(label === 'claim' && kind !== 'cpt-code')) continue;
      const state = text.slice(Math.max(0, labelAt - 4), labelAt).match(/(?:^|[^A-Za-z])([A-Z]{2})[ \t]+$/);
      if (state && (US_STATES[state[1]!] || MILITARY_POST.has(state[1]!))) continue;
      // "Remit to: 10450 Oak Blvd": a street number.
      if (STREET_AFTER.test(text.slice(end, end + 30))) continue;
      // "the payer ID moves from 77014 to AHP01": clearinghouse payer IDs are five digits too.
      if (PAYER_ID_BEFORE.test(lower.slice(Math.max(0, start - 60), start))) continue;
      let cue: string | undefined;
      if (CODE_LABEL_BEFORE.test(before)) cue = 'code-label';
      else if (UNITS_AFTER.test(text.slice(end, end + 6))) cue = 'units';
      else if (priceOnLine(text, start, end)) cue = 'price';
      else if (BILLING_WORD.test(lower.slice(Math.max(0, start - BILLING_BEFORE), end + BILLING_AFTER))) cue = 'billing';
      else if (inCodeList(text, start)) cue = 'code-list';
      // Rows of codes in a message that speaks of money somewhere (a statement: "The $186.40 you're seeing is from
      // your visit"), never a list of street numbers ("- 44120 Main St").
      else if (inCodeRows(text, start) && (/\$[ \t]?\d/.test(text) || BILLING_WORD.test(lower))) cue = 'code-rows';
      else if (kind === 'cdt-code' && DENTAL_CONTEXT.test(lower.slice(Math.max(0, start - 200), end + 200))) cue = 'dental';
      candidates.push({ start, end, kind, accepted: cue !== undefined, cue });
    }
    // A claim's or fee schedule's rows: codes beside an accepted code are codes, repeated until nothing changes
    // (each pass can only accept more; at most one pass per candidate).
    for (let changed = true; changed;) {
      changed = false;
      for (const c of candidates) {
        if (c.accepted) continue;
        if (candidates.some((o) => o.accepted && Math.abs(o.start - c.start) <= LIST_REACH)) {
          c.accepted = true;
          c.cue = 'listed-with-code';
          changed = true;
        }
      }
    }
    const out: RawMatch[] = [];
    for (const c of candidates) {
      if (!c.accepted) continue;
      // HCPCS J codes are drugs given in the office ("J0178 x2 units" is aflibercept); the rest are services.
      const type = c.kind === 'hcpcs-code' && text[c.start] === 'J' ? 'medication' : 'procedure';
      out.push({ type, start: c.start, end: c.end, confidence: c.cue === 'listed-with-code' ? 0.7 : 0.8, pattern: c.kind, cue: c.cue });
    }
    return out;
  },
};
