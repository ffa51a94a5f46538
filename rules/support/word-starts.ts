import { perScan, scanMemo } from './per-scan';
import { HASH_START, hashStep, spellingHash } from './spelling-hash';

/**
 * Running a regex only where it can match. A lexicon or "label then value" regex run with the 'g' flag is
 * tried by the regex engine at every character of a note, yet it can only match where a word begins, and
 * only where that word starts with the first letters of one of its terms. These helpers list the word starts
 * of a scan once, and try a sticky copy of the regex at the starts whose first three characters begin one
 * of its words: the same matches, for a fraction of the attempts (a 1 KB note has ~1000 positions and ~150
 * word starts, of which a lexicon's first letters pass a handful).
 */

/** Word characters in the sense of `[A-Za-z0-9_]`, the edge the lexicon and label regexes check. */
const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);

/**
 * Per scan: where each word starts, how long it is (its run of [A-Za-z0-9_]) and its spelling's hash
 * (`spellingHash`), in text order.
 */
interface Words { starts: Int32Array; lengths: Int32Array; hashes: Int32Array }
/** Scratch rows the walk writes into (kept between scans, grown as needed): the scan keeps exact-length copies. */
let scratchStarts = new Int32Array(1024);
let scratchLengths = new Int32Array(1024);
let scratchHashes = new Int32Array(1024);

/** One walk over the text for the three tables: the lengths and hashes come free as a word is read. */
const words = perScan((ctx: { readonly lower: string }): Words => {
  const lower = ctx.lower;
  const n = lower.length;
  let count = 0;
  let i = 0;
  // Local copies of the scratch rows: the loop writes them at every word.
  let starts = scratchStarts;
  let lengths = scratchLengths;
  let hashes = scratchHashes;
  while (i < n) {
    let c = lower.charCodeAt(i);
    if (!isWordCode(c)) { i++; continue; }
    const start = i;
    let hash = HASH_START;
    do {
      hash = hashStep(hash, c);
      c = lower.charCodeAt(++i);
    } while (i < n && isWordCode(c));
    if (count === starts.length) {
      const moreStarts = new Int32Array(count * 2);
      moreStarts.set(starts);
      scratchStarts = starts = moreStarts;
      const moreLengths = new Int32Array(count * 2);
      moreLengths.set(lengths);
      scratchLengths = lengths = moreLengths;
      const moreHashes = new Int32Array(count * 2);
      moreHashes.set(hashes);
      scratchHashes = hashes = moreHashes;
    }
    starts[count] = start;
    hashes[count] = hash;
    lengths[count++] = i - start;
  }
  return { starts: starts.slice(0, count), lengths: lengths.slice(0, count), hashes: hashes.slice(0, count) };
});

/**
 * Offsets where an ASCII word begins in the scan's lower-cased text (a word character after a non-word one).
 * Computed once per scan context however many recognizers ask.
 */
export const wordStarts = (ctx: { readonly lower: string }): Int32Array => words(ctx).starts;
/** Per scan: every word's start and length (its run of [A-Za-z0-9_]), in text order. */
export const wordTable = (ctx: { readonly lower: string }): { readonly starts: Int32Array; readonly lengths: Int32Array } => words(ctx);

/** Character codes above ASCII share one bucket: the gate stays small and errs on the side of trying. */
const bucket = (c: number) => (c > 127 ? 127 : c | 0);
/**
 * A word start's key: its first two characters as a 14-bit slot, above its first three folded into 17 bits
 * (2^17 − 1 is prime, so the fold spreads the 2^21 triples evenly; two triples sharing a bit only make the
 * gate open more often).
 */
const TRIPLE_BITS = 131071;
const startKey = (c0: number, c1: number, c2: number) => {
  const slot = (bucket(c0) << 7) | bucket(c1);
  return (slot << 17) | (((slot << 7) | bucket(c2)) % TRIPLE_BITS);
};

/** The key of every word start of the scan (same order as `wordStarts`), computed once. */
export const wordStartKeys = perScan((ctx: { readonly lower: string }): Int32Array => {
  const starts = wordStarts(ctx);
  const lower = ctx.lower;
  const keys = new Int32Array(starts.length);
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k]!;
    keys[k] = startKey(lower.charCodeAt(s), lower.charCodeAt(s + 1), lower.charCodeAt(s + 2));
  }
  return keys;
});

/**
 * The beginnings a gated regex can match at: first characters open whatever follows (a one-letter word, or
 * a separator second), first pairs open any third character (a two-letter word, or a separator third), and
 * exact triples.
 */
export interface StartGate { firsts: Uint8Array; pairs: Uint8Array; triples: Uint32Array }

/** What `\s`, a hyphen or an apostrophe can be in the text (non-ASCII shares the last bucket). */
const SEPARATORS = [32, 9, 10, 11, 12, 13, 45, 39, 127];
/** Separators a word may be written with, without or with another of: space, hyphen, apostrophe. */
const isLoose = (c: number) => c === 32 || c === 45 || c === 39;

function openTriple(gate: StartGate, c0: number, c1: number, c2: number) {
  const t = startKey(c0, c1, c2) & 0x1ffff;
  gate.triples[t >>> 5]! |= 1 << (t & 31);
}

/**
 * Open the beginnings `w` can take in the text. A space, hyphen or apostrophe in its first three characters
 * may be written as any separator or left out ("a-fib", "a fib", "afib"); other punctuation is taken as
 * written when `literal`, otherwise it opens everything after it.
 */
function openWord(gate: StartGate, w: string, literal: boolean): void {
  const c0 = w.charCodeAt(0);
  if (w.length < 2) { gate.firsts[c0] = 1; return; }
  const c1 = w.charCodeAt(1);
  if (!isWordCode(c1)) {
    if (isLoose(c1)) {
      for (const sep of SEPARATORS) gate.pairs[(c0 << 7) | sep] = 1;
      openWord(gate, w[0]! + w.slice(2), literal);
    } else if (literal) gate.pairs[(c0 << 7) | bucket(c1)] = 1;
    else gate.firsts[c0] = 1;
    return;
  }
  if (w.length < 3) { gate.pairs[(c0 << 7) | bucket(c1)] = 1; return; }
  const c2 = w.charCodeAt(2);
  if (!isWordCode(c2)) {
    if (isLoose(c2)) {
      for (const sep of SEPARATORS) openTriple(gate, c0, c1, sep);
      openWord(gate, w.slice(0, 2) + w.slice(3), literal);
    } else if (literal) openTriple(gate, c0, c1, c2);
    else gate.pairs[(c0 << 7) | bucket(c1)] = 1;
    return;
  }
  openTriple(gate, c0, c1, c2);
}

/**
 * The first three characters (lower-cased) that a match can begin with; undefined when a word does not begin
 * with an ASCII word character, or there are no words (then the regex must run everywhere). A large lexicon
 * begins with most two-letter pairs of English, so two characters let it try at most word starts; three
 * rule out most. A word shorter than three characters opens whatever follows it. `literal`: the words are
 * lexicon terms, whose punctuation other than space, hyphen and apostrophe matches only itself ("h. pylori");
 * otherwise punctuation opens everything after it (a pattern's "h." may be written "h").
 */
export function startGate(words: Iterable<string>, literal = false): StartGate | undefined {
  const gate: StartGate = { firsts: new Uint8Array(128), pairs: new Uint8Array(128 * 128), triples: new Uint32Array((TRIPLE_BITS >>> 5) + 1) };
  let any = false;
  for (const word of words) {
    any = true;
    const w = word.toLowerCase();
    const c0 = w.charCodeAt(0);
    if (!(c0 < 128 && isWordCode(c0))) return undefined;
    openWord(gate, w, literal);
  }
  return any ? gate : undefined;
}

/** Whether the gate lets the regex try at the word start whose key (`wordStartKeys`) is `key`. */
export function gateOpenAt(gate: StartGate, key: number): boolean {
  const slot = key >>> 17;
  if (gate.firsts[slot >>> 7] === 1 || gate.pairs[slot] === 1) return true;
  const t = key & 0x1ffff;
  return (gate.triples[t >>> 5]! & (1 << (t & 31))) !== 0;
}

/** Whether the gate lets the regex try at word start `s` of `lower`. */
export const gateOpen = (gate: StartGate, lower: string, s: number) =>
  gateOpenAt(gate, startKey(lower.charCodeAt(s), lower.charCodeAt(s + 1), lower.charCodeAt(s + 2)));

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
  gate: StartGate | undefined,
  wordLength?: number,
  keys?: Int32Array,
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let next = 0;
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k]!;
    if (s < next) continue;
    if (gate && !(keys ? gateOpenAt(gate, keys[k]!) : gateOpen(gate, lower, s))) continue;
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
  /** `startsWith` are lexicon terms: punctuation other than space, hyphen and apostrophe is literal. */
  literal?: boolean;
}

/*
 * Which word starts each search's gate opens, found for all gated searches at once. Asking every gate about
 * every word start cost (word starts × searches) probes, about 15 million per pass over the physionet notes
 * while the gates open only one start in ten. So the gates of `regexSearch` are registered, and a table
 * lists for each two-letter slot the gates its first letter or pair opens, and for each folded triple the
 * gates whose triples have its bit: one walk over a scan's word starts hands each gate the starts it opens,
 * in order, the same ones `gateOpenAt` would let through.
 */
const registered: { gate: StartGate; firstWords?: readonly string[] }[] = [];

/**
 * The words a lexicon term's match can begin with, as the word table cuts the text (runs of [A-Za-z0-9_]): a
 * lexicon regex tried at a word whose first three letters begin one of its terms ("pat" for "patellar tendon"
 * at "patient") failed 49 times in 50, and each failed try cost as much as a match. An optional hyphen or
 * apostrophe written ends the word there and left out joins it to what follows ("a-fib": "a" or "afib",
 * "crohn's": "crohn" or "crohns"); a space or other punctuation ends it; a one-word term may take a plural -s.
 */
export function firstWordsOf(term: string): string[] {
  const t = term.trim().replace(/\s+/g, ' ').toLowerCase();
  const out: string[] = [];
  let word = '';
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (isWordCode(c)) { word += t[i]; continue; }
    out.push(word);
    if (c !== 45 && c !== 39) return out;
  }
  out.push(word, word + 's');
  return out;
}

interface GateIndex {
  /** How many registered gates the index covers. */
  count: number;
  /** Gates of lexicon terms by the hash of a first word they open: the hash's ids, each gate once. */
  byWord: Map<number, Int32Array>;
  /** Gates opened by a slot (first letter or first pair): ids at slotIds[slotOffsets[slot] .. slotOffsets[slot + 1]). */
  slotOffsets: Int32Array;
  slotIds: Int32Array;
  /** Gates whose triples have bit t: ids at tripleIds[tripleOffsets[t] .. tripleOffsets[t + 1]). */
  tripleOffsets: Int32Array;
  tripleIds: Int32Array;
}
let gateIndex: GateIndex | undefined;

/** Compressed rows: the ids of each key, at ids[offsets[key] .. offsets[key + 1]), from (key, id) pairs. */
function rows(keyCount: number, keys: number[], ids: number[]): { offsets: Int32Array; ids: Int32Array } {
  const offsets = new Int32Array(keyCount + 1);
  for (const key of keys) offsets[key + 1]!++;
  for (let key = 0; key < keyCount; key++) offsets[key + 1]! += offsets[key]!;
  const fill = offsets.slice(0, keyCount);
  const out = new Int32Array(ids.length);
  for (let j = 0; j < keys.length; j++) out[fill[keys[j]!]!++] = ids[j]!;
  return { offsets, ids: out };
}

/** The index of every registered gate, built gate by gate from the cells each opens (once, at the first scan). */
function currentGateIndex(): GateIndex {
  if (gateIndex?.count === registered.length) return gateIndex;
  const slotKeys: number[] = [];
  const slotGates: number[] = [];
  const tripleKeys: number[] = [];
  const tripleGates: number[] = [];
  const wordGates = new Map<number, number[]>();
  for (let g = 0; g < registered.length; g++) {
    const { gate, firstWords } = registered[g]!;
    if (firstWords) {
      for (const word of firstWords) {
        const hash = spellingHash(word);
        const ids = wordGates.get(hash);
        if (!ids) wordGates.set(hash, [g]);
        else if (ids[ids.length - 1] !== g) ids.push(g);
      }
      continue;
    }
    for (let slot = 0; slot < 128 * 128; slot++) {
      if (gate.firsts[slot >>> 7] === 1 || gate.pairs[slot] === 1) { slotKeys.push(slot); slotGates.push(g); }
    }
    for (let w = 0; w < gate.triples.length; w++) {
      for (let bits = gate.triples[w]!; bits !== 0; bits &= bits - 1) {
        const t = (w << 5) | (31 - Math.clz32(bits & -bits));
        if (t < TRIPLE_BITS) { tripleKeys.push(t); tripleGates.push(g); }
      }
    }
  }
  const slots = rows(128 * 128, slotKeys, slotGates);
  const triples = rows(TRIPLE_BITS, tripleKeys, tripleGates);
  const byWord = new Map([...wordGates].map(([hash, ids]) => [hash, Int32Array.from(ids)]));
  gateIndex = { count: registered.length, byWord, slotOffsets: slots.offsets, slotIds: slots.ids, tripleOffsets: triples.offsets, tripleIds: triples.ids };
  return gateIndex;
}

/**
 * Per scan: for each registered gate (by id), the indices into `wordStarts` of the starts it opens, ascending, at
 * `ids[offsets[id] .. offsets[id + 1])`. Built in one walk that appends (gate, start) pairs to scratch rows and
 * one counting sort by gate, not a growing list per gate: a list per gate and scan cost more than the walk.
 */
interface Opened { count: number; offsets: Int32Array; ids: Int32Array }
/** `openedStarts`'s key in a scan's memo. */
const OPENED = {};
let pairGates = new Int32Array(4096);
let pairStarts = new Int32Array(4096);

function openedStarts(ctx: { readonly lower: string }): Opened {
  const scanned = scanMemo(ctx);
  let memo = scanned.get(OPENED) as Opened | undefined;
  // A search registered since (a recognizer built after the first scan) needs its starts too.
  if (memo && memo.count === registered.length) return memo;
  const index = currentGateIndex();
  const keys = wordStartKeys(ctx);
  const { hashes } = words(ctx);
  const { byWord, slotOffsets, slotIds, tripleOffsets, tripleIds } = index;
  const count = index.count;
  const perGate = new Int32Array(count + 1);
  // The start each gate was last opened at, so a gate opened by the slot as well as the triple counts once.
  const last = new Int32Array(count).fill(-1);
  let pairs = 0;
  // Local copies of the scratch rows: the loop reads them at every pair.
  let gates = pairGates;
  let opens = pairStarts;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    const slot = key >>> 17;
    const t = key & 0x1ffff;
    const lexicons = byWord.get(hashes[k]!);
    // Room for every gate of the three rows at this start.
    const most = pairs + (slotOffsets[slot + 1]! - slotOffsets[slot]!) + (tripleOffsets[t + 1]! - tripleOffsets[t]!) +
      (lexicons ? lexicons.length : 0);
    if (most > gates.length) {
      const size = Math.max(most, gates.length * 2);
      const moreGates = new Int32Array(size);
      moreGates.set(gates.subarray(0, pairs));
      pairGates = gates = moreGates;
      const moreOpens = new Int32Array(size);
      moreOpens.set(opens.subarray(0, pairs));
      pairStarts = opens = moreOpens;
    }
    for (let j = slotOffsets[slot]!, end = slotOffsets[slot + 1]!; j < end; j++) {
      const g = slotIds[j]!;
      last[g] = k;
      perGate[g + 1]!++;
      gates[pairs] = g;
      opens[pairs++] = k;
    }
    for (let j = tripleOffsets[t]!, end = tripleOffsets[t + 1]!; j < end; j++) {
      const g = tripleIds[j]!;
      if (last[g] === k) continue;
      perGate[g + 1]!++;
      gates[pairs] = g;
      opens[pairs++] = k;
    }
    // A lexicon's gate is in no slot or triple row: it opens at its words only.
    if (lexicons) {
      for (let j = 0; j < lexicons.length; j++) {
        const g = lexicons[j]!;
        perGate[g + 1]!++;
        gates[pairs] = g;
        opens[pairs++] = k;
      }
    }
  }
  for (let g = 0; g < count; g++) perGate[g + 1]! += perGate[g]!;
  // Stable by gate: each gate's starts stay ascending.
  const fill = perGate.slice(0, count);
  const ids = new Int32Array(pairs);
  for (let p = 0; p < pairs; p++) ids[fill[gates[p]!]!++] = opens[p]!;
  memo = { count, offsets: perGate, ids };
  scanned.set(OPENED, memo);
  return memo;
}

/** Per scan: the word-start indices of each asked word length, ascending. */
const lengthLists = perScan((_ctx: { readonly lower: string }) => new Map<number, Int32Array>());

function startsOfLength(ctx: { readonly lower: string }, wordLength: number): Int32Array {
  const byLength = lengthLists(ctx);
  let list = byLength.get(wordLength);
  if (!list) {
    const { lengths } = words(ctx);
    let n = 0;
    for (let k = 0; k < lengths.length; k++) if (lengths[k] === wordLength) n++;
    list = new Int32Array(n);
    n = 0;
    for (let k = 0; k < lengths.length; k++) if (lengths[k] === wordLength) list[n++] = k;
    byLength.set(wordLength, list);
  }
  return list;
}

/**
 * Every match of a global regex, as `haystack.matchAll(regex)` yields them, collected at once: matchAll first
 * clones the regex (a species constructor call per search, which cost more than searching a short note), the
 * exec loop reuses it. An empty match moves on by one character (or code point, with 'u'/'v') like matchAll.
 */
export function allMatches(regex: RegExp, haystack: string): Iterable<RegExpExecArray> {
  // matchAll throws for a regex without 'g': keep that.
  if (!regex.global) return haystack.matchAll(regex);
  const out: RegExpExecArray[] = [];
  const fullUnicode = regex.unicode || regex.unicodeSets;
  regex.lastIndex = 0;
  for (let m = regex.exec(haystack); m; m = regex.exec(haystack)) {
    out.push(m);
    if (m[0] === '') {
      const i = regex.lastIndex;
      const c = haystack.charCodeAt(i);
      regex.lastIndex = i + (fullUnicode && c >= 0xd800 && c <= 0xdbff && i + 1 < haystack.length &&
        (haystack.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1);
    }
  }
  return out;
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
  const gate = startGate(hints.startsWith ?? [], hints.literal);
  const wordLength = hints.wordLength;
  if (!gate && wordLength === undefined) return (_ctx, haystack) => allMatches(regex, haystack);
  const sticky = stickyCopy(regex);
  const id = gate ? registered.push({ gate, firstWords: hints.literal ? (hints.startsWith ?? []).flatMap(firstWordsOf) : undefined }) - 1 : undefined;
  return (ctx, haystack) => {
    const { starts, lengths } = words(ctx);
    const out: RegExpExecArray[] = [];
    // The word-start indices to try, ascending: the gate's (filtered by length when there is one), or those of
    // the length. As in execAtWordStarts: in order, skipping starts inside the previous match.
    let list: Int32Array;
    let from: number;
    let to: number;
    if (id === undefined) {
      list = startsOfLength(ctx, wordLength!);
      from = 0;
      to = list.length;
    } else {
      const opened = openedStarts(ctx);
      list = opened.ids;
      from = opened.offsets[id]!;
      to = opened.offsets[id + 1]!;
    }
    let next = 0;
    for (let j = from; j < to; j++) {
      const k = list[j]!;
      if (id !== undefined && wordLength !== undefined && lengths[k] !== wordLength) continue;
      const s = starts[k]!;
      if (s < next) continue;
      sticky.lastIndex = s;
      const m = sticky.exec(haystack);
      if (!m) continue;
      out.push(m);
      next = m.index + Math.max(1, m[0].length);
    }
    return out;
  };
}
