import { withinOneEdit } from '../../lib/detect/edit-distance';
import { compromiseWords } from '../lexicons/compromise-lexicon';
import { HEALTH_LEXICON_WORDS } from '../lexicons/health';
import { ENGLISH_NEAR_TERMS } from '../lexicons/health/english-near-terms';
import { GIVEN_NAMES, SURNAMES } from '../lexicons/name-gazetteer';
import type { FindingType } from '../../lib/detect/types';
import type { RawMatch, Recognizer, ScanContext } from '../types';
import { perScan } from './per-scan';
import { gateOpenAt, startGate, wordStartKeys, wordTable } from './word-starts';

/**
 * Patients type drug names as they hear them: "lisinipril", "metforman", "amoxicilin". A lexicon finds only
 * the spelling it lists, so this finds words one edit (a wrong, missing, extra or swapped letter) away from a
 * long listed name. Kept narrow on purpose, since every English word near a drug name would be a false alarm:
 * - the first three letters must be right (patients rarely get the start wrong), which also lets the scan try
 *   only words whose first letters begin a listed name (the word-start gate);
 * - names and typed words both have at least seven letters, where one edit rarely turns one word into another;
 * - words the caller knows (English, clinical, names) are never misspellings (asked only of the few words
 *   one edit from a name, so the caller may use a slow test);
 * - a word ending like an English inflection ("-ing", "-ed") whose near name does not is an English word.
 */
export interface Misspelling {
  start: number;
  end: number;
  /** The listed name the word is one edit away from. */
  intended: string;
}

const MIN_LENGTH = 7;
const MAX_LENGTH = 24;
const ENGLISH_ENDING = /(?:ing|ed|ly|ness|ment|ments|ful|able|ible|ous|ive|ers|ies|tion|tions|sion|ism|ist)$/;
const LETTERS = /^[a-z]+$/;

export function misspellingFinder(
  names: Iterable<string>,
  isKnownWord: (word: string) => boolean,
): (ctx: ScanContext) => Misspelling[] {
  // The names a word may be one edit from, by its first three letters and its length: a name one letter
  // shorter, as long or one longer, in the order listed. Most words the gate lets through start like some name
  // ("pro", "con") but are not within a letter of its length; keyed by length too, they cost one look-up.
  const candidatesOf = new Map<number, string[]>();
  const listed = new Set<string>();
  for (const raw of names) {
    const name = raw.toLowerCase();
    if (name.length < MIN_LENGTH || !LETTERS.test(name)) continue;
    if (listed.has(name)) continue;
    listed.add(name);
    for (let length = name.length - 1; length <= Math.min(name.length + 1, MAX_LENGTH); length++) {
      const key = candidateKey(prefixKey(name, 0), length);
      const list = candidatesOf.get(key);
      if (list) list.push(name);
      else candidatesOf.set(key, [name]);
    }
  }
  const gate = startGate(listed, true);

  return (ctx) => {
    const out: Misspelling[] = [];
    if (!gate) return out;
    const lower = ctx.lower;
    const keys = wordStartKeys(ctx);
    const words = spellableWords(ctx);
    for (let w = 0; w < words.length; w += 3) {
      if (!gateOpenAt(gate, keys[words[w]!]!)) continue;
      const start = words[w + 1]!;
      const end = words[w + 2]!;
      const length = end - start;
      const candidates = candidatesOf.get(candidateKey(prefixKey(lower, start), length));
      if (!candidates) continue;
      // Names are MIN_LENGTH or longer, so each candidate and the word are long enough together.
      const word = lower.slice(start, end);
      if (listed.has(word)) continue;
      for (const name of candidates) {
        if (!withinOneEdit(word, name)) continue;
        if (ENGLISH_ENDING.test(word) && !sameEnding(word, name)) break;
        // Asked last: only the few words one edit from a drug name get this far.
        if (!isKnownWord(word)) out.push({ start, end, intended: name });
        break;
      }
    }
    return out;
  };
}

/**
 * Per scan, the words a misspelling finder may look at, as (word-table index, start, end) triples: a run of
 * MIN_LENGTH - 1 to MAX_LENGTH lower-case letters not glued to digits, an underscore or an apostrophe (a code
 * or a contraction, not a drug). Shared by every finder (diagnoses, drugs, procedures): most words are short,
 * and one pass sets them aside for all.
 */
const spellableWords = perScan((ctx: ScanContext): Int32Array => {
  const lower = ctx.lower;
  const { starts, lengths } = wordTable(ctx);
  const out: number[] = [];
  for (let k = 0; k < starts.length; k++) {
    // The word table's length (letters, digits, underscores) bounds the letter run.
    if (lengths[k]! < MIN_LENGTH - 1) continue;
    const start = starts[k]!;
    let end = start;
    while (end < lower.length && end - start <= MAX_LENGTH && isLetterCode(lower.charCodeAt(end))) end++;
    const length = end - start;
    if (length < MIN_LENGTH - 1 || length > MAX_LENGTH || isWordCode(lower.charCodeAt(end))) continue;
    out.push(k, start, end);
  }
  return Int32Array.from(out);
});

/** The first three letters of a word as one number, to look its candidate names up without a substring. */
const prefixKey = (s: string, at: number) => (s.charCodeAt(at) << 16) | (s.charCodeAt(at + 1) << 8) | s.charCodeAt(at + 2);
/** A first-three-letters key with a word length (at most MAX_LENGTH < 32): still a small integer. */
const candidateKey = (prefix: number, length: number) => prefix * 32 + length;
const isLetterCode = (c: number) => (c >= 97 && c <= 122);
const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 39;
const sameEnding = (word: string, name: string) => word.slice(-2) === name.slice(-2);

const english = compromiseWords();
const KNOWN_WORDS = new Set([...english.common, ...english.firstNames, ...english.lastNames, ...english.places,
  ...[...GIVEN_NAMES, ...SURNAMES].map((n) => n.toLowerCase())]);

/**
 * A word the rules know as something else, never a misspelling: English (compromise's words, and the English
 * words one edit from a health term, generated from a full dictionary), a name, or a clinical word.
 */
export const knownWord = (word: string) =>
  KNOWN_WORDS.has(word) || HEALTH_LEXICON_WORDS.has(word) || ENGLISH_NEAR_TERMS.has(word);

/** Right before a test, an operation or a condition a person has: "my colonscopy", "had a mamogram", "his arthritus". */
const UNDERGONE_BEFORE =
  /(?:^|[^a-z])(?:my|his|her|their|your|the|a|an|had|has|have|having|get|got|getting|scheduled|for|with|after|before|need|needs|about)\s+$/;

/**
 * Whether a misspelled word is talked about as the thing it misspells: its context in `ctx`, and the findings
 * the recognizer made from its listed terms.
 */
export type TalkedAbout = (ctx: ScanContext, m: Misspelling, listed: readonly RawMatch[]) => boolean;

/** By default: right after a possessive, an article or a verb of having. */
const undergone: TalkedAbout = (ctx, m) => UNDERGONE_BEFORE.test(ctx.lower.slice(Math.max(0, m.start - 12), m.start));

/**
 * A lexicon recognizer that also reports its one-word terms misspelled by one letter where `talkedAbout` says
 * the word is used as such ("i had my colonscopy", "the biopsey"), typed as `type`.
 */
export function withMisspellings(
  base: Recognizer, names: readonly string[], type: FindingType, talkedAbout: TalkedAbout = undergone,
): Recognizer {
  const find = misspellingFinder(names, knownWord);
  return {
    ...base,
    find(ctx) {
      const all: readonly RawMatch[] = base.find(ctx);
      const out = [...all];
      // Only what counts in any message vouches for a misspelling.
      const listed = all.filter((m) => !m.patientOnly);
      for (const m of find(ctx)) {
        if (!talkedAbout(ctx, m, listed)) continue;
        out.push({ type, start: m.start, end: m.end, confidence: 0.7, pattern: `misspelling-of:${m.intended}` });
      }
      return out;
    },
  };
}
