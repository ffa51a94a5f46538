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
 * Words of the text. A hyphenated word is split when a part is one letter or `splitAt` says a part is a
 * cue word ("DAUGHTER-KRISSY", "CARAFATE-W."), and kept whole otherwise ("Forman-Lyons").
 */
export function tokenize(text: string, splitAt?: (lowerPart: string) => boolean): Token[] {
  const tokens: Token[] = [];
  const push = (start: number, word: string, shape?: Token['shape']) =>
    tokens.push({ start, end: start + word.length, text: word, lower: word.toLowerCase(), shape: shape ?? shapeOf(word), index: tokens.length });
  const add = (start: number, word: string, shape?: Token['shape']) => {
    // "Amanda's", "Meza’s": the possessive is not part of the name.
    if (word.length > 3 && (word.endsWith("'s") || word.endsWith('’s') || word.endsWith("'S"))) {
      word = word.slice(0, -2);
      shape = undefined;
    }
    if (word.includes('-')) {
      const parts = word.split('-');
      if (parts.some((p) => p.length === 1 || splitAt?.(p.toLowerCase()))) {
        let offset = start;
        for (const p of parts) { if (p) push(offset, p); offset += p.length + 1; }
        return;
      }
    }
    push(start, word, shape);
  };
  // Most mail and notes are plain ASCII: scan char codes instead of running a Unicode regex.
  if (!NON_ASCII.test(text)) {
    const n = text.length;
    let i = 0;
    while (i < n) {
      if (!isAsciiLetter(text.charCodeAt(i))) { i++; continue; }
      const start = i;
      i++;
      for (;;) {
        while (i < n && isAsciiLetter(text.charCodeAt(i))) i++;
        const c = text.charCodeAt(i);
        if ((c === 39 || c === 45) && i + 1 < n && isAsciiLetter(text.charCodeAt(i + 1))) { i += 2; continue; }
        break;
      }
      add(start, text.slice(start, i), asciiShape(text, start, i));
    }
    return tokens;
  }
  for (const m of text.matchAll(WORD)) add(m.index!, m[0]);
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
