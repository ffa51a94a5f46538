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

/**
 * Words of the text. A hyphenated word is split when a part is one letter or `splitAt` says a part is a
 * cue word ("DAUGHTER-KRISSY", "CARAFATE-W."), and kept whole otherwise ("Forman-Lyons").
 */
export function tokenize(text: string, splitAt?: (lowerPart: string) => boolean): Token[] {
  const tokens: Token[] = [];
  const push = (start: number, word: string) =>
    tokens.push({ start, end: start + word.length, text: word, lower: word.toLowerCase(), shape: shapeOf(word), index: tokens.length });
  for (const m of text.matchAll(WORD)) {
    const start = m.index!;
    const word = m[0];
    if (word.includes('-')) {
      const parts = word.split('-');
      if (parts.some((p) => p.length === 1 || splitAt?.(p.toLowerCase()))) {
        let offset = start;
        for (const p of parts) { if (p) push(offset, p); offset += p.length + 1; }
        continue;
      }
    }
    push(start, word);
  }
  return tokens;
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
