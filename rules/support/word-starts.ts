/**
 * Running a regex only where it can match. A lexicon or "label then value" regex run with the 'g' flag is
 * tried by the regex engine at every character of a note, yet it can only match where a word begins, and
 * only where that word starts with the first letters of one of its terms. These helpers list the word starts
 * of a scan once, and try a sticky copy of the regex at the starts whose first two characters begin one of
 * its words: the same matches, for a fraction of the attempts (a 1 KB note has ~1000 positions and ~150
 * word starts, of which a lexicon's first letters pass a handful).
 */

/** Word characters in the sense of `[A-Za-z0-9_]`, the edge the lexicon and label regexes check. */
const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);

const memo = new WeakMap<object, Int32Array>();

/**
 * Offsets where an ASCII word begins in the scan's lower-cased text (a word character after a non-word one).
 * Computed once per scan context however many recognizers ask.
 */
export function wordStarts(ctx: { readonly lower: string }): Int32Array {
  let starts = memo.get(ctx);
  if (starts) return starts;
  const lower = ctx.lower;
  const found: number[] = [];
  let inWord = false;
  for (let i = 0; i < lower.length; i++) {
    const word = isWordCode(lower.charCodeAt(i));
    if (word && !inWord) found.push(i);
    inWord = word;
  }
  starts = Int32Array.from(found);
  memo.set(ctx, starts);
  return starts;
}

/** Character codes above ASCII share one bucket: the gate stays a small table and errs on the side of trying. */
const bucket = (c: number) => (c > 127 ? 127 : c | 0);
const slot = (c0: number, c1: number) => (bucket(c0) << 7) | bucket(c1);

/**
 * The first two characters (lower-cased) that a match can begin with, as a 128×128 table; undefined when a
 * word does not begin with an ASCII word character, or there are no words (then the regex must run everywhere). A one-letter word,
 * or one whose second character is a separator the regex treats loosely ("a-fib" also matches "afib", "u=u",
 * "s/n"), opens every second character.
 */
export function startGate(words: Iterable<string>): Uint8Array | undefined {
  const gate = new Uint8Array(128 * 128);
  let any = false;
  for (const word of words) {
    any = true;
    const w = word.toLowerCase();
    const c0 = w.charCodeAt(0);
    if (!(c0 < 128 && isWordCode(c0))) return undefined;
    const c1 = w.charCodeAt(1);
    if (w.length > 1 && isWordCode(c1)) gate[slot(c0, c1)] = 1;
    else for (let k = 0; k < 128; k++) gate[slot(c0, k)] = 1;
  }
  return any ? gate : undefined;
}

/** Whether the gate lets the regex try at word start `s` of `lower`. */
export const gateOpen = (gate: Uint8Array, lower: string, s: number) =>
  gate[slot(lower.charCodeAt(s), lower.charCodeAt(s + 1))] === 1;

/** Index of the first word start at or after `pos` (binary search; `starts.length` when there is none). */
export function firstStartAtOrAfter(starts: Int32Array, pos: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** For `startsWith`: a match that begins with a digit at a word start ("123-45-6789"). */
export const DIGITS: readonly string[] = [...'0123456789'];

/** A sticky copy of a global regex, to try at chosen offsets only. */
export const stickyCopy = (regex: RegExp) => new RegExp(regex.source, regex.flags.replace('g', '') + 'y');

/** Whether the word starting at `s` is exactly `length` word characters long. */
function wordHasLength(lower: string, s: number, length: number): boolean {
  if (isWordCode(lower.charCodeAt(s + length))) return false;
  for (let i = s + length - 1; i > s; i--) if (!isWordCode(lower.charCodeAt(i))) return false;
  return true;
}

/**
 * Every match `global` would find in `haystack`, found by trying `sticky` (the same pattern with the 'y' flag)
 * at the word starts the gate opens (all when there is no gate), and, with `wordLength`, only at words of
 * exactly that length (a VIN is one 17-character word). Matches come out in order and never overlap, as with a
 * global regex: a word start inside the previous match is skipped. `lower` is the lower-cased haystack the
 * filters read.
 */
export function execAtWordStarts(
  sticky: RegExp,
  haystack: string,
  lower: string,
  starts: Int32Array,
  gate: Uint8Array | undefined,
  wordLength?: number,
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let next = 0;
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k]!;
    if (s < next || (gate && !gateOpen(gate, lower, s))) continue;
    if (wordLength !== undefined && !wordHasLength(lower, s, wordLength)) continue;
    sticky.lastIndex = s;
    const m = sticky.exec(haystack);
    if (!m) continue;
    out.push(m);
    next = m.index + Math.max(1, m[0].length);
  }
  return out;
}

/** What a regex is known to begin with, for `regexSearch`. */
export interface WordStartHints {
  /** Words every match begins with, at a word start (the regex checks the edge itself). */
  startsWith?: readonly string[];
  /** The first word of every match (its run of [A-Za-z0-9_]) is exactly this long. */
  wordLength?: number;
}

/**
 * How a recognizer runs one of its global regexes over a scan: at the word starts its hints allow when it has
 * any (a sticky copy made once), over every position otherwise. Either way the matches are those of
 * `haystack.matchAll(regex)`; `ctx.lower` is what the hints are checked against.
 */
export function regexSearch(
  regex: RegExp,
  hints: WordStartHints = {},
): (ctx: { readonly lower: string }, haystack: string) => Iterable<RegExpExecArray> {
  const gate = startGate(hints.startsWith ?? []);
  if (!gate && hints.wordLength === undefined) {
    return (_ctx, haystack) => {
      regex.lastIndex = 0;
      return haystack.matchAll(regex);
    };
  }
  const sticky = stickyCopy(regex);
  return (ctx, haystack) => execAtWordStarts(sticky, haystack, ctx.lower, wordStarts(ctx), gate, hints.wordLength);
}
