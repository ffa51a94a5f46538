import { CREDENTIALS, HONORIFICS, RELATIONS, ROLES } from '../lexicons/people-cues';
import { perScan } from './per-scan';
import { HASH_START, hashStep } from './spelling-hash';

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
  /** What is known about the lower-case word, shared by every token spelled so in any scan. */
  word: WordFacts;
}

/**
 * A lower-case word and the facts the people and place recognizers derive from it alone. Each fact is worked out
 * on the first token that asks and kept here: a hash look-up per token and recognizer in its own memo cost
 * more than the rest of their token loops.
 */
export interface WordFacts {
  readonly lower: string;
  /** name.ts's bits about the word (`wordFlags`), -1 until asked. */
  nameFlags: number;
  /** location.ts's bits about the word (`factsOfWord`), -1 until asked. */
  placeFacts: number;
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

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

function asciiShape(text: string, start: number, end: number): Token['shape'] {
  const c0 = text.charCodeAt(start);
  const firstUpper = c0 >= 65 && c0 <= 90;
  if (end - start === 1) return firstUpper ? 'initial' : 'lower';
  let upper = 0;
  let lower = 0;
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  if (firstUpper && lower === 0) return 'upper';
  if (firstUpper) return 'title';
  return upper === 0 ? 'lower' : 'mixed';
}

/**
 * A token a word of the text makes, at `offset` to `end` from the word's start. Its lower-case spelling is kept
 * here too: a token is made from the piece's own fields, without reading its string or facts object.
 */
interface Piece { offset: number; end: number; text: string; lower: string; shape: Token['shape']; word: WordFacts }

// Bounded like the recognizers' memos: a huge paste of odd words must not grow them without end. Tokens made
// before a reset keep their facts objects; later ones get fresh ones.
const MAX_WORDS = 100_000;
const wordFacts = new Map<string, WordFacts>();
function factsOf(lower: string): WordFacts {
  let w = wordFacts.get(lower);
  if (!w) {
    if (wordFacts.size >= MAX_WORDS) wordFacts.clear();
    wordFacts.set(lower, (w = { lower, nameFlags: -1, placeFacts: -1 }));
  }
  return w;
}

/**
 * The tokens of one word of the text, worked out once per spelling. A possessive "'s" is dropped ("Amanda's",
 * "Meza’s": it is not part of the name); a hyphenated word is split when a part is one letter or `splitAt`
 * says a part is a cue word ("DAUGHTER-KRISSY", "CARAFATE-W."), and kept whole otherwise ("Forman-Lyons").
 * `shape` is the whole word's, when already known.
 */
function piecesOf(word: string, shape: Token['shape'] | undefined, splitAt?: (lowerPart: string) => boolean): Piece[] {
  const piece = (offset: number, text: string, s?: Token['shape']): Piece => {
    const word = factsOf(text.toLowerCase());
    return { offset, end: offset + text.length, text, lower: word.lower, shape: s ?? shapeOf(text), word };
  };
  if (word.length > 3 && (word.endsWith("'s") || word.endsWith('’s') || word.endsWith("'S"))) {
    word = word.slice(0, -2);
    shape = undefined;
  }
  if (word.includes('-')) {
    const parts = word.split('-');
    // "PA-C", "FNP-C": a credential's letter stays with it.
    if (!CREDENTIALS.has(word.toLowerCase()) && parts.some((p) => p.length === 1 || splitAt?.(p.toLowerCase()))) {
      const pieces: Piece[] = [];
      let offset = 0;
      for (const p of parts) { if (p) pieces.push(piece(offset, p)); offset += p.length + 1; }
      return pieces;
    }
  }
  return [piece(0, word, shape)];
}


/**
 * The ASCII spellings met so far with their pieces, looked up by the characters of the text: a word's hash is
 * computed while it is scanned and a candidate compared in place, so a word met before costs no new string and
 * no Map look-up (the first hash of a fresh string, worked out on the Map's slow path, took longer than the
 * rest of the word's tokenization). Open addressing, at most half full.
 */
class Spellings {
  /** Per slot, two cells: entry + 1 (0 = empty) and the entry's hash, side by side so a probe reads one line. */
  private slots = new Int32Array(2 << 12);
  private hashes: number[] = [];
  private spellings: string[] = [];
  private pieces: Piece[][] = [];

  find(text: string, start: number, end: number, hash: number): Piece[] | undefined {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const e = slots[2 * s]! - 1;
      if (e < 0) return undefined;
      if (slots[2 * s + 1] === hash && sameSpelling(this.spellings[e]!, text, start, end)) return this.pieces[e];
    }
  }

  add(spelling: string, hash: number, pieces: Piece[]): void {
    if (this.spellings.length >= MAX_WORDS) {
      this.slots = new Int32Array(2 << 12);
      this.hashes = [];
      this.spellings = [];
      this.pieces = [];
    }
    this.hashes.push(hash);
    this.spellings.push(spelling);
    this.pieces.push(pieces);
    if (this.spellings.length * 2 > this.slots.length >> 1) {
      this.slots = new Int32Array(this.slots.length * 2);
      for (let e = 0; e < this.hashes.length; e++) this.place(e);
    } else this.place(this.spellings.length - 1);
  }

  private place(e: number): void {
    const mask = (this.slots.length >> 1) - 1;
    const hash = this.hashes[e]!;
    let s = hash & mask;
    while (this.slots[2 * s] !== 0) s = (s + 1) & mask;
    this.slots[2 * s] = e + 1;
    this.slots[2 * s + 1] = hash;
  }
}

function sameSpelling(spelling: string, text: string, start: number, end: number): boolean {
  if (spelling.length !== end - start) return false;
  for (let k = 0; k < spelling.length; k++) if (spelling.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** Pieces by spelling, per `splitAt` (the pieces depend on it) and per alphabet (the shape is judged differently). */
interface PieceMemo { ascii: Spellings; unicode: Map<string, Piece[]> }
const pieceMemos = new WeakMap<object, PieceMemo>();
const noSplit = {};
function pieceMemo(splitAt?: (lowerPart: string) => boolean): PieceMemo {
  const key = splitAt ?? noSplit;
  let memo = pieceMemos.get(key);
  if (!memo) pieceMemos.set(key, (memo = { ascii: new Spellings(), unicode: new Map() }));
  return memo;
}

/**
 * Words of the text. A hyphenated word is split when a part is one letter or `splitAt` says a part is a
 * cue word ("DAUGHTER-KRISSY", "CARAFATE-W."), and kept whole otherwise ("Forman-Lyons").
 */
export function tokenize(text: string, splitAt?: (lowerPart: string) => boolean): Token[] {
  return tokenizeCounting(text, splitAt).tokens;
}

/**
 * `tokenize`, with the ASCII letters of a plain ASCII text counted on the way (every one of them is read as part of
 * a word), for the case judgement; undefined counts for other texts.
 */
function tokenizeCounting(text: string, splitAt?: (lowerPart: string) => boolean):
  { tokens: Token[]; letters?: number; upper?: number } {
  const tokens: Token[] = [];
  const memo = pieceMemo(splitAt);
  const push = (start: number, pieces: Piece[]) => {
    for (let j = 0; j < pieces.length; j++) {
      const p = pieces[j]!;
      tokens.push({ start: start + p.offset, end: start + p.end, text: p.text, lower: p.lower, shape: p.shape, index: tokens.length, word: p.word });
    }
  };
  // Most mail and notes are plain ASCII: scan char codes instead of running a Unicode regex.
  if (!NON_ASCII.test(text)) {
    const n = text.length;
    let i = 0;
    let letters = 0;
    let upper = 0;
    while (i < n) {
      if (!isAsciiLetter(text.charCodeAt(i))) { i++; continue; }
      const start = i;
      let hash = HASH_START;
      for (;;) {
        for (let c = text.charCodeAt(i); i < n && isAsciiLetter(c); c = text.charCodeAt(++i)) {
          hash = hashStep(hash, c);
          letters++;
          if (c <= 90) upper++;
        }
        const c = text.charCodeAt(i);
        // An inner apostrophe or hyphen before a letter: the letter continues the word.
        if ((c === 39 || c === 45) && i + 1 < n && isAsciiLetter(text.charCodeAt(i + 1))) { hash = hashStep(hash, c); i++; continue; }
        break;
      }
      let pieces = memo.ascii.find(text, start, i, hash);
      if (!pieces) {
        const word = text.slice(start, i);
        memo.ascii.add(word, hash, (pieces = piecesOf(word, asciiShape(text, start, i), splitAt)));
      }
      push(start, pieces);
    }
    return { tokens, letters, upper };
  }
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    let pieces = memo.unicode.get(word);
    if (!pieces) {
      if (memo.unicode.size >= MAX_WORDS) memo.unicode.clear();
      memo.unicode.set(word, (pieces = piecesOf(word, undefined, splitAt)));
    }
    push(m.index!, pieces);
  }
  return { tokens };
}

const NON_ASCII = /[^\x00-\x7F]/;

/** What the people and place recognizers share per scan: one tokenization, one case judgement. */
export interface SharedWords {
  tokens: Token[];
  informative: boolean;
}

const splitAtCue = (p: string) => RELATIONS.has(p) || ROLES.has(p) || HONORIFICS.has(p) || CREDENTIALS.has(p);

/** The words of a scan, tokenized once however many recognizers ask (kept on the scan's context object). */
export const sharedWords: (ctx: { readonly text: string }) => SharedWords = perScan((ctx: { readonly text: string }) => {
  const { tokens, letters, upper } = tokenizeCounting(ctx.text, splitAtCue);
  const informative = letters === undefined ? caseIsInformative(ctx.text) : informativeShare(upper!, letters - upper!);
  return { tokens, informative };
});

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
  return informativeShare(upper, lower);
}

/** The judgement of `caseIsInformative` from the counts of upper- and lower-case ASCII letters. */
function informativeShare(upper: number, lower: number): boolean {
  const letters = upper + lower;
  if (letters < 20) return true;
  const share = upper / letters;
  return share > 0.025 && share < 0.5;
}

/** The text between two tokens (punctuation and spaces). */
export const gapBetween = (text: string, a: Token, b: Token) => text.slice(a.end, b.start);

/** The index of the first token starting at or after text offset `at` (tokens.length when none does). */
export function firstTokenAtOrAfter(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (tokens[mid]!.start < at) lo = mid + 1; else hi = mid; }
  return lo;
}

/**
 * Whether text[start, end) stands alone in parentheses right after a Capitalized word: "Dawn Reilly (Cath Lab)",
 * "Hope Abdullah (ICU)" name a staff member's unit, not care given.
 */
export function inParensAfterName(text: string, start: number, end: number): boolean {
  return /\p{Lu}\p{Ll}+[ \t]*\([ \t]*$/u.test(text.slice(Math.max(0, start - 24), start)) && /^[ \t]*\)/.test(text.slice(end, end + 3));
}
