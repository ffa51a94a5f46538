import { scanMemo } from './per-scan';

/**
 * Whether a scan's lower-cased text contains a string, for the `needs` of the lexicon recognizers' patterns.
 * Asking `lower.includes(needle)` per needle per scan reads the whole note once for every needle the note
 * lacks, and most notes lack most of them: ~60 needles (test kinds, fracture and tear words...) came to ~26,000
 * searches per pass over the physionet notes, 1 in 14 found, 40+ ms. So the needles are registered when the
 * recognizers are built, and one pass of an Aho-Corasick automaton over the text finds which of them it holds:
 * the answer `includes` gives, for one read of the text.
 */

/** Registered needles, by id. */
const needles: string[] = [];
const ids = new Map<string, number>();

interface Automaton {
  /** How many registered needles it covers. */
  count: number;
  /** Symbol of each UTF-16 code unit: 0 for a unit no needle holds, else 1 + its index among the needles' units. */
  symbols: Uint8Array;
  /** Symbols per state (row width of `next`). */
  width: number;
  /** Transitions, state × width + symbol → next state × width (rows pre-multiplied, so the loop does no multiply). */
  next: Int32Array;
  /** States by depth, deepest last, with each state's failure state: reached-ness flows from deep to shallow. */
  order: Int32Array;
  fail: Int32Array;
  /** The state spelling each needle (-1: the empty needle, always contained). */
  endOf: Int32Array;
}
let automaton: Automaton | undefined;
/** More distinct code units than a byte of symbols holds: `includes` per needle instead (never met so far). */
let tooWide = false;

/** The automaton of every registered needle, rebuilt when needles were registered since (at module load only). */
function currentAutomaton(): Automaton | undefined {
  if (automaton?.count === needles.length) return automaton;
  const symbols = new Uint8Array(65536);
  let width = 1;
  for (const n of needles) {
    for (let i = 0; i < n.length; i++) {
      const c = n.charCodeAt(i);
      if (symbols[c] === 0) {
        if (width === 256) { tooWide = true; return undefined; }
        symbols[c] = width++;
      }
    }
  }
  // The trie: goto[state][symbol], -1 = none yet.
  const goto: Int32Array[] = [new Int32Array(width).fill(-1)];
  const endOf = new Int32Array(needles.length);
  needles.forEach((n, id) => {
    let s = 0;
    for (let i = 0; i < n.length; i++) {
      const a = symbols[n.charCodeAt(i)]!;
      if (goto[s]![a] === -1) { goto[s]![a] = goto.length; goto.push(new Int32Array(width).fill(-1)); }
      s = goto[s]![a]!;
    }
    endOf[id] = n.length === 0 ? -1 : s;
  });
  // Breadth first: failure links, and the full transition table (a missing edge follows the failure link's).
  const states = goto.length;
  const fail = new Int32Array(states);
  const next = new Int32Array(states * width);
  const order = new Int32Array(states);
  let head = 0;
  let tail = 0;
  order[tail++] = 0;
  while (head < tail) {
    const s = order[head++]!;
    for (let a = 0; a < width; a++) {
      const child = goto[s]![a]!;
      if (child !== -1 && a !== 0) {
        fail[child] = s === 0 ? 0 : next[fail[s]! * width + a]! / width;
        next[s * width + a] = child * width;
        order[tail++] = child;
      } else {
        next[s * width + a] = s === 0 ? 0 : next[fail[s]! * width + a]!;
      }
    }
  }
  automaton = { count: needles.length, symbols, width, next, order, fail, endOf };
  return automaton;
}

/** Per scan, under this key in its memo: which registered needles the text holds, by id (1 = contains). */
const FOUND = {};

function containedNeedles(ctx: { readonly lower: string }): Uint8Array | undefined {
  const scanned = scanMemo(ctx);
  let memo = scanned.get(FOUND) as { count: number; contains: Uint8Array } | undefined;
  if (memo && memo.count === needles.length) return memo.contains;
  const a = currentAutomaton();
  if (!a) return undefined;
  const { symbols, next, width, order, fail, endOf } = a;
  const lower = ctx.lower;
  // A state reached is a string the text holds, and so are its suffixes: its failure chain. Marked at the
  // state's row (state × width), as the loop holds it.
  const reached = new Uint8Array(next.length);
  let s = 0;
  for (let i = 0; i < lower.length; i++) {
    s = next[s + symbols[lower.charCodeAt(i)]!]!;
    reached[s] = 1;
  }
  for (let k = order.length - 1; k > 0; k--) {
    const state = order[k]!;
    if (reached[state * width] === 1) reached[fail[state]! * width] = 1;
  }
  const contains = new Uint8Array(needles.length);
  for (let id = 0; id < needles.length; id++) contains[id] = endOf[id]! < 0 || reached[endOf[id]! * width] === 1 ? 1 : 0;
  memo = { count: needles.length, contains };
  scanned.set(FOUND, memo);
  return contains;
}

/**
 * A test of whether a scan's `lower` contains `needle`, exactly `ctx.lower.includes(needle)`. Made once when a
 * recognizer is built; the texts are read once per scan for every needle registered so.
 */
export function containsTest(needle: string): (ctx: { readonly lower: string }) => boolean {
  let id = ids.get(needle);
  if (id === undefined) { id = needles.push(needle) - 1; ids.set(needle, id); }
  const at = id;
  return (ctx) => {
    const contains = tooWide ? undefined : containedNeedles(ctx);
    return contains ? contains[at] === 1 : ctx.lower.includes(needle);
  };
}
