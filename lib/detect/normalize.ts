/**
 * Normalization before matching, with an offset map back to the original text so marks land on what the
 * user typed. Evasions it undoes: full-width digits (NFKC), zero-width and soft-hyphen characters,
 * Cyrillic/Greek look-alikes inside Latin words, Unicode dashes/quotes, and digits split by spaces or dots
 * ("W 8 8 1 2 4 4 0 9").
 */
export interface NormalizedText {
  text: string;
  /** For each UTF-16 unit of `text`: the original offset where its source character starts. */
  origStart: Int32Array;
  /** For each UTF-16 unit of `text`: the original offset just past its source character. */
  origEnd: Int32Array;
}

/** Look-alikes folded to ASCII only when they sit in a word that also has Latin letters or digits. */
const HOMOGLYPHS: Record<string, string> = {
  'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x', 'і': 'i', 'ј': 'j', 'ѕ': 's',
  'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w', 'һ': 'h', 'ӏ': 'l', 'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M',
  'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T', 'У': 'Y', 'Х': 'X', 'І': 'I', 'Ј': 'J', 'Ѕ': 'S',
  'ο': 'o', 'α': 'a', 'ν': 'v', 'ρ': 'p', 'τ': 't', 'ι': 'i', 'κ': 'k', 'Α': 'A', 'Β': 'B', 'Ε': 'E',
  'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Ο': 'O', 'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y',
  'Χ': 'X',
};
/** Always folded: punctuation variants that only change how a number or address is written. */
const PUNCTUATION: Record<string, string> = {
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\uFE63': '-', '\u2018': "'", '\u2019': "'", '\u201C': '"', '\u201D': '"', '\u2024': '.', '\u00A0': ' ',
  '\u2007': ' ', '\u202F': ' ',
};

const isInvisible = (c: number) =>
  c === 0x00ad || (c >= 0x200b && c <= 0x200f) || (c >= 0x2060 && c <= 0x2064) || c === 0xfeff || c === 0x180e;

/** A run of single characters split by spaces, dots or dashes: the only thing the rejoin pass changes. */
const SPACED_RUN = /(?<![A-Za-z0-9])[A-Za-z0-9](?:[ .-][A-Za-z0-9](?![A-Za-z0-9])){4,}/;

export function normalize(original: string): NormalizedText {
  // Fast path for the common case (plain ASCII, nothing split apart): an identity map, no per-char strings.
  if (!/[^\x00-\x7F]/.test(original) && !SPACED_RUN.test(original)) {
    const n = original.length;
    const origStart = new Int32Array(n);
    const origEnd = new Int32Array(n);
    for (let i = 0; i < n; i++) { origStart[i] = i; origEnd[i] = i + 1; }
    return { text: original, origStart, origEnd };
  }
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < original.length; ) {
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (!isInvisible(cp)) {
      const ch = width === 1 ? original[i]! : original.slice(i, i + width);
      // Plain ASCII needs no NFKC.
      const folded = cp < 0x80 ? ch : (PUNCTUATION[ch] ?? ch.normalize('NFKC'));
      for (let k = 0; k < folded.length; k++) {
        chars.push(folded[k]!);
        starts.push(i);
        ends.push(i + width);
      }
    }
    i += width;
  }
  foldHomoglyphs(chars);
  rejoinSpacedDigits(chars, starts, ends);
  return { text: chars.join(''), origStart: Int32Array.from(starts), origEnd: Int32Array.from(ends) };
}

const isLatinOrDigit = (c: string) => /[A-Za-z0-9]/.test(c);
const isLetterOrDigit = (c: string) => /[\p{L}\p{N}]/u.test(c);

function foldHomoglyphs(chars: string[]): void {
  let i = 0;
  while (i < chars.length) {
    if (!isLetterOrDigit(chars[i]!)) { i++; continue; }
    let j = i;
    let latin = false;
    let lookalike = false;
    while (j < chars.length && isLetterOrDigit(chars[j]!)) {
      if (isLatinOrDigit(chars[j]!)) latin = true;
      else if (HOMOGLYPHS[chars[j]!]) lookalike = true;
      j++;
    }
    if (latin && lookalike) {
      for (let k = i; k < j; k++) chars[k] = HOMOGLYPHS[chars[k]!] ?? chars[k]!;
    }
    i = j;
  }
}

/**
 * "W 8 8 1 2 4 4 0 9" or "1.2.3.4.5.6.7.8.9" → one token. Only runs of SINGLE characters joined by one
 * space or dot, with at least five tokens and four digits, so prose ("a b c") and dotted numbers
 * ("078.05.1123", "10.0.0.1") are left alone.
 */
function rejoinSpacedDigits(chars: string[], starts: number[], ends: number[]): void {
  const drop = new Uint8Array(chars.length);
  const isAlnum = (k: number) => k >= 0 && k < chars.length && /[A-Za-z0-9]/.test(chars[k]!);
  let i = 0;
  while (i < chars.length) {
    // A run starts at a single alnum char not preceded by an alnum.
    if (!isAlnum(i) || isAlnum(i - 1) || isAlnum(i + 1)) { i++; continue; }
    const tokens = [i];
    const seps: number[] = [];
    let k = i;
    let sep: string | undefined;
    while (k + 2 < chars.length) {
      const s = chars[k + 1]!;
      if ((s !== ' ' && s !== '.' && s !== '-') || (sep !== undefined && s !== sep)) break;
      if (!isAlnum(k + 2) || isAlnum(k + 3)) break;
      sep = s;
      seps.push(k + 1);
      tokens.push(k + 2);
      k += 2;
    }
    const digits = tokens.filter((t) => /[0-9]/.test(chars[t]!)).length;
    if (tokens.length >= 5 && digits >= 4) for (const s of seps) drop[s] = 1;
    i = k + 1;
  }
  let w = 0;
  for (let r = 0; r < chars.length; r++) {
    if (drop[r]) continue;
    chars[w] = chars[r]!;
    starts[w] = starts[r]!;
    ends[w] = ends[r]!;
    w++;
  }
  chars.length = w;
  starts.length = w;
  ends.length = w;
}

/** Map a [start, end) span of normalized text back to the original text. */
export function toOriginal(n: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) return { start: n.origStart[start] ?? 0, end: n.origStart[start] ?? 0 };
  return { start: n.origStart[start]!, end: n.origEnd[end - 1]! };
}
