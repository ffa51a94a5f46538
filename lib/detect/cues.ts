/**
 * Whole-word context cues. Presidio's users complain about substring context ("lic" inside "public"), so a cue
 * only counts when it is bounded by non-word characters on both sides.
 */
export interface CueMatcher {
  /** The first cue found in `lower[from, to)`, or undefined. */
  find(lower: string, from: number, to: number): string | undefined;
  /** The first cue in `lower[from, to)` with its offset in `lower`. */
  findAt(lower: string, from: number, to: number): { cue: string; index: number } | undefined;
  /** The cue nearest before `pos` within `window` characters. */
  before(lower: string, pos: number, window: number): string | undefined;
  /** The cue nearest after `pos` within `window` characters. */
  after(lower: string, pos: number, window: number): string | undefined;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function cueMatcher(words: readonly string[]): CueMatcher {
  if (words.length === 0) {
    return { find: () => undefined, findAt: () => undefined, before: () => undefined, after: () => undefined };
  }
  // Longest first so "date of birth" wins over "date".
  const alternatives = [...words].sort((a, b) => b.length - a.length).map((w) => escape(w.toLowerCase()));
  const source = `(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`;
  // Compiled once: building a RegExp per call cost more than the search itself (it runs for every candidate).
  const regex = new RegExp(source, 'gu');
  const WORD = /[\p{L}\p{N}_]/u;
  // A window's edge cuts words: "ice cream soc" is the first 15 characters of "ice cream social". A cue counts only
  // when it is bounded in the whole text, not just in the window.
  const bounded = (lower: string, from: number, m: RegExpExecArray) => {
    const start = from + m.index;
    const end = start + m[0].length;
    return !(start > 0 && WORD.test(lower[start - 1]!)) && !(end < lower.length && WORD.test(lower[end]!));
  };
  const all = (lower: string, from: number, to: number): RegExpExecArray[] => {
    const at = Math.max(0, from);
    const slice = lower.slice(at, Math.max(0, to));
    const found: RegExpExecArray[] = [];
    regex.lastIndex = 0;
    for (let m = regex.exec(slice); m; m = regex.exec(slice)) if (bounded(lower, at, m)) found.push(m);
    return found;
  };
  // Only the last cue needs every match; the first stops at the first (a whole-message search for a care word
  // listed every one of them to keep the first).
  const first = (lower: string, from: number, to: number): RegExpExecArray | null => {
    const at = Math.max(0, from);
    const slice = lower.slice(at, Math.max(0, to));
    regex.lastIndex = 0;
    for (let m = regex.exec(slice); m; m = regex.exec(slice)) if (bounded(lower, at, m)) return m;
    return null;
  };
  return {
    find(lower, from, to) {
      return first(lower, from, to)?.[0];
    },
    findAt(lower, from, to) {
      const m = first(lower, from, to);
      return m ? { cue: m[0], index: Math.max(0, from) + m.index } : undefined;
    },
    before(lower, pos, window) {
      const found = all(lower, pos - window, pos);
      return found[found.length - 1]?.[0];
    },
    after(lower, pos, window) {
      return first(lower, pos, pos + window)?.[0];
    },
  };
}
