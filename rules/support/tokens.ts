import { CREDENTIALS, HONORIFICS, RELATIONS, ROLES } from '../lexicons/people-cues';

/** A word of the normalized text, with the facts every people/place recognizer asks about it. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** 'title' = Capitalized, 'upper' = ALL CAPS (2+ letters), 'lower', 'initial' = one capital letter. */
  shape: 'title' | 'upper' | 'lower' | 'initial' | 'mixed';
  /** Index in the token list. */
  index: number;
  /**
   * Number of the lower-case word ("Smith", "SMITH" and "smith" share one), the same in every scan until
   * the table of words is renewed (see `wordTableEpoch`): recognizers keep per-word facts in arrays by it.
   */
  wordId: number;
}

// Letters with inner apostrophes/hyphens ("O'Brien", "Stord-Painter", "Jean-Luc") form one word.
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu;

function shapeOf(word: string): Token['shape'] {
  const first = word[0]!;
  const rest = word.slice(1);
  const firstUpper = first !== first.toLowerCase();
  if (!rest) return firstUpper ? 'initial' : 'lower';
  const restLower = rest === rest.toLowerCase();
  const restUpper = rest === rest.toUpperCase();
  if (firstUpper && restUpper) return 'upper';
  if (firstUpper && restLower) return 'title';
  if (!firstUpper && restLower) return 'lower';
  // "McDonald", "DeGiorgio", "O'Brien" read as capitalized names.
  return firstUpper ? 'title' : 'mixed';
}

/**
 * The table of spellings. A scan of ~1,000 words meets a few hundred distinct ones, and the same words
 * again in every note: each spelling is kept once, with its lower case and shape, and a token found again
 * reuses them. A token then costs one object and no strings, and its `lower` is a long-lived string whose
 * hash V8 has already computed, so the many Set look-ups of the recognizers do not hash it again.
 *
 * Open addressing over a hash of the characters, read straight from the text: a word seen before is found
 * without slicing it out.
 */
interface Spelling {
  text: string;
  lower: string;
  shape: Token['shape'];
  wordId: number;
}

// Bounded: a long session of odd words renews the table (and the word numbers) rather than grow it.
const MAX_SPELLINGS = 1 << 17;
let hashes = new Int32Array(1 << 12);
let spellings: (Spelling | undefined)[] = new Array(1 << 12);
let spellingCount = 0;
let wordIds = new Map<string, number>();
let epoch = 0;

/** Changes whenever word numbers are renewed: a recognizer's per-word array is stale then. */
export const wordTableEpoch = () => epoch;

// FNV-1a over UTF-16 code units.
function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h;
}

function sameChars(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

// V8 keeps a slice of 13 or more characters as a view into the whole text: the table keeps a copy instead,
// so that it does not hold every scanned page alive.
const detached = (s: string): string => (s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string));

function grow(): void {
  const oldSpellings = spellings;
  const oldHashes = hashes;
  hashes = new Int32Array(oldHashes.length * 2);
  spellings = new Array(oldSpellings.length * 2);
  const mask = hashes.length - 1;
  for (let s = 0; s < oldSpellings.length; s++) {
    const sp = oldSpellings[s];
    if (!sp) continue;
    let slot = oldHashes[s]! & mask;
    while (hashes[slot] !== 0) slot = (slot + 1) & mask;
    spellings[slot] = sp;
    hashes[slot] = oldHashes[s]!;
  }
}

function renew(): void {
  hashes = new Int32Array(1 << 12);
  spellings = new Array(1 << 12);
  spellingCount = 0;
  wordIds = new Map();
  epoch++;
}

/** The spelling of text[start, end), added to the table when new; `h` is hashRange of it. */
function spellingAt(text: string, start: number, end: number, h = hashRange(text, start, end)): Spelling {
  // 0 marks an empty slot.
  if (h === 0) h = 1;
  const mask = hashes.length - 1;
  let slot = h & mask;
  for (let hs = hashes[slot]!; hs !== 0; hs = hashes[slot]!) {
    if (hs === h) {
      const sp = spellings[slot]!;
      if (sameChars(sp.text, text, start, end)) return sp;
    }
    slot = (slot + 1) & mask;
  }
  if (spellingCount >= MAX_SPELLINGS) { renew(); return spellingAt(text, start, end, h); }
  const word = detached(text.slice(start, end));
  const lower = word.toLowerCase();
  let wordId = wordIds.get(lower);
  if (wordId === undefined) wordIds.set(lower, (wordId = wordIds.size));
  const sp: Spelling = { text: word, lower, shape: shapeOf(word), wordId };
  spellings[slot] = sp;
  hashes[slot] = h;
  // Kept at most half full, so that probes stay short.
  if (++spellingCount * 2 > hashes.length) grow();
  return sp;
}

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/**
 * Words of the text. A hyphenated word is split when a part is one letter or `splitAt` says a part is a
 * cue word ("DAUGHTER-KRISSY", "CARAFATE-W."), and kept whole otherwise ("Forman-Lyons").
 */
export function tokenize(text: string, splitAt?: (lowerPart: string) => boolean): Token[] {
  const tokens: Token[] = [];
  // Every token is made here, so that all have one hidden class and the recognizers' reads stay monomorphic.
  const push = (start: number, end: number, hash?: number) => {
    const sp = spellingAt(text, start, end, hash);
    tokens.push({ start, end, text: sp.text, lower: sp.lower, shape: sp.shape, index: tokens.length, wordId: sp.wordId });
  };
  // A word with an apostrophe or a hyphen: the possessive dropped, hyphenated cue words split.
  const addJoined = (start: number, word: string) => {
    // "Amanda's", "Meza’s": the possessive is not part of the name.
    if (word.length > 3 && (word.endsWith("'s") || word.endsWith('’s') || word.endsWith("'S"))) word = word.slice(0, -2);
    if (word.includes('-')) {
      const parts = word.split('-');
      if (parts.some((p) => p.length === 1 || splitAt?.(p.toLowerCase()))) {
        let offset = start;
        for (const p of parts) { if (p) push(offset, offset + p.length); offset += p.length + 1; }
        return;
      }
    }
    push(start, start + word.length);
  };
  // Most mail and notes are plain ASCII: scan char codes instead of running a Unicode regex.
  if (!NON_ASCII.test(text)) {
    const n = text.length;
    let i = 0;
    while (i < n) {
      if (!isAsciiLetter(text.charCodeAt(i))) { i++; continue; }
      const start = i;
      // The word's hash (as hashRange), taken while reading its letters.
      let h = Math.imul(0x811c9dc5 ^ text.charCodeAt(i), 0x01000193);
      let joined = false;
      i++;
      for (;;) {
        let c = text.charCodeAt(i);
        while (isAsciiLetter(c)) { h = Math.imul(h ^ c, 0x01000193); c = text.charCodeAt(++i); }
        if ((c === 39 || c === 45) && isAsciiLetter(text.charCodeAt(i + 1))) { i += 2; joined = true; continue; }
        break;
      }
      if (joined) addJoined(start, text.slice(start, i));
      else push(start, i, h);
    }
    return tokens;
  }
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    if (word.includes("'") || word.includes('’') || word.includes('-')) addJoined(m.index!, word);
    else push(m.index!, m.index! + word.length);
  }
  return tokens;
}

const NON_ASCII = /[^\x00-\x7F]/;
/** What the people and place recognizers share per scan: one tokenization, one case judgement. */
export interface SharedWords {
  tokens: Token[];
  informative: boolean;
}

const memo = new WeakMap<object, SharedWords>();
const splitAtCue = (p: string) => RELATIONS.has(p) || ROLES.has(p) || HONORIFICS.has(p) || CREDENTIALS.has(p);

/** The words of a scan, tokenized once however many recognizers ask (keyed by the scan's context object). */
export function sharedWords(ctx: { readonly text: string }): SharedWords {
  let w = memo.get(ctx);
  if (!w) {
    w = { tokens: tokenize(ctx.text, splitAtCue), informative: caseIsInformative(ctx.text) };
    memo.set(ctx, w);
  }
  return w;
}

/**
 * Whether capitals carry meaning in this text: in an ALL CAPS or an all lower-case note they do not, so
 * recognizers lean on lexicons and cues instead of "Capitalized word".
 */
export function caseIsInformative(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  const letters = upper + lower;
  if (letters < 20) return true;
  const share = upper / letters;
  return share > 0.025 && share < 0.5;
}

/** The text between two tokens (punctuation and spaces). */
export const gapBetween = (text: string, a: Token, b: Token) => text.slice(a.end, b.start);
