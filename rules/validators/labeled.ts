/**
 * "Label then value" patterns: `MRN: 12345678`, `member ID # W123456789`, `S/N 4471-AX`. The label is part of
 * the regex (so the cue is adjacent, not merely somewhere in a window) and only the value is reported.
 */

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A card's or a form's prefix, a space, then the number: "BCM 7720-4419-06", "NTE 4418-2260-01", "CLM 25-0219-884410",
 * "TX 28841930". Two to four letters (not a little word, a label or a phone's "line") and at least six digits, not a phone number.
 */
const ID_LETTERS_SPACE_DIGITS =
  '(?!(?:the|for|and|was|are|her|his|its|our|you|on|in|at|to|of|is|no|by|or|as|an|be|it|dos|dob|exp|due|age|per|via|see|pt|apt|ste|rm|room|unit|ext|fax|tel|ph|id|sn|acct|mrn|ssn|npi|dea|rx|ref|line|call|cell|text|toll|free|page)[ \\t])[A-Za-z]{2,4}[ \\t](?!1?-?[0-9]{3}-[0-9]{3}-[0-9]{4}(?![0-9]))(?=(?:[0-9-]*[0-9]){6})[0-9][0-9-]{4,20}[0-9](?![A-Za-z0-9/-]|[.,]\\d)';

/**
 * Identifier value: 4-24 letters/digits/dashes with at least one digit, not running on into more of a number, or a
 * prefix and a number split by a space.
 */
export const ID_VALUE = '(?:' + ID_LETTERS_SPACE_DIGITS + '|(?=[A-Za-z0-9-]*\\d)[A-Za-z0-9][A-Za-z0-9-]{2,22}[A-Za-z0-9](?![A-Za-z0-9/-]|[.,]\\d))';

/** The same with at least three digits, for generic labels like "ID" that also mean other things ("ID: TMAX-99"). */
export const ID_VALUE_3_DIGITS = '(?=(?:[A-Za-z-]*\\d){3})[A-Za-z0-9][A-Za-z0-9-]{2,22}[A-Za-z0-9](?![A-Za-z0-9/-]|[.,]\\d)';

/**
 * Between label and value: punctuation and filler words ("number", "no.", "is", "listed as", "on file", "from the card is"), at most a few, and
 * an opening parenthesis that holds the value ("have your member ID (GMU330918274) ready"), or a remark in
 * parentheses before the label's colon ("Medicaid ID (suspended while incarcerated): KY0093312457"). A table's
 * cell border ("| MRN | SV-0048213 |") is one more separator: a two-column form puts the label in the left cell.
 */
const CONNECTOR = '[\\s:#=.\\-]*(?:\\|[ \\t]*)?(?:\\([^()\\n]{1,40}\\)[ \\t]*:[\\s#=.\\-]*)?' +
  // Where the number was read: "MRN from the hospital card is PH2290154", "account # on the EOBs is BC-00388120".
  // "account with them is CHR-55102-TN".
  '(?:(?:(?:from|on|in)[ \\t]+(?:the|my|his|her|your|their|our)[ \\t]+[a-z]+(?:[ \\t]+[a-z]+)?|with[ \\t]+(?:us|them|you))[ \\t]+(?:is|reads|says|shows)\\b[\\s:#=.\\-]*)?' +
  '(?:(?:number|num|nbr|no|is|was|of|as|on[ \\t]+(?:file|record))\\b[\\s:#=.\\-]*){0,2}(?:\\([ \\t]*)?';

/** The labels each regex made by `labeledValueRegex` begins with, so a recognizer can try it at those words only. */
const LABELS = new WeakMap<RegExp, readonly string[]>();
export const labelsOf = (regex: RegExp): readonly string[] | undefined => LABELS.get(regex);

/**
 * One global, case-insensitive regex for `labels` (plain words; a space matches any run of spaces) followed by a
 * value. The label must start at a word boundary and end at one unless it ends in punctuation ("mr#").
 */
export function labeledValueRegex(labels: readonly string[], value: string = ID_VALUE): RegExp {
  const alternatives = [...labels]
    .sort((a, b) => b.length - a.length)
    .map((l) => escape(l.toLowerCase()).replace(/ /g, '\\s+') + (/[\p{L}\p{N}]$/u.test(l) ? '(?![\\p{L}\\p{N}_])' : ''));
  const regex = new RegExp(`(?<![\\p{L}\\p{N}_/])(?:${alternatives.join('|')})${CONNECTOR}(?<value>${value})`, 'giu');
  LABELS.set(regex, labels);
  return regex;
}

/** A value that is really a date ("2019-12-05", "12-05-19"): never an identifier. */
export const looksLikeDate = (value: string) =>
  /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{2,4})$/.test(value);

/** Right before a number, words that make it an order/invoice/part number or a ZIP code rather than a person's id. */
const NON_PERSONAL_BEFORE =
  /(?:#|\b(?:order|invoice|po|tracking|confirmation|item|part|lot|batch|catalog|model|ndc|cpt)\b[\s:#.]*(?:no\.?|number)?[\s:#.]*|\b(?:account|acct)\b[^\n]{0,16}?(?:\bis|:)\s*)$/i;
const ZIP_BEFORE = /(?:\b[A-Z]{2}\s*$|\b(?:zip|postal)(?:\s*codes?)?\b)/i;
const STATE_BEFORE = /\b[A-Z]{2}\s*$/;
const ZIP_WORD = /\b(?:zip|postal)(?:\s*codes?)?\b/i;

/** True when `text` just before `start` says the number is not a personal identifier (order #, NDC, ZIP+4). */
export function nonPersonalNumberContext(text: string, start: number, zipShaped: boolean): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (NON_PERSONAL_BEFORE.test(before.slice(-24))) return true;
  return zipShaped && (STATE_BEFORE.test(before.slice(-6)) || ZIP_WORD.test(before));
}
