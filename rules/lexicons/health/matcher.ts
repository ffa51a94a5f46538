import type { FindingType } from '../../../lib/detect/types';
import type { RawMatch, Recognizer, ScanContext } from '../../types';
import { containsTest } from '../../support/needles';
import { perScan } from '../../support/per-scan';
import { clinicalInPatientMessage } from '../../support/patient-message';
import { allMatches, firstStartAtOrAfter, gateOpenAt, regexSearch, startGate, stickyCopy, wordStartKeys, wordStarts } from '../../support/word-starts';

/**
 * A group of lexicon terms that share a confidence and a matching rule. In a term, a space matches any run
 * of spaces or hyphens, a hyphen is optional ("a-fib" = "a fib" = "afib") and an apostrophe is optional
 * ("Huntington's" = "Huntingtons").
 */
export interface TermGroup {
  /** Name reported in the finding's explanation (`lexicon:<name>`). */
  name: string;
  terms: readonly string[];
  confidence: number;
  /** Abbreviations: "CAD" matches, "cad" in prose does not. */
  caseSensitive?: boolean;
  /** Ambiguous terms ("ART", "MAT") only count with one of the recognizer's cues nearby. */
  requireCue?: boolean;
  /** Overrides the recognizer's type (e.g. the medication lexicon inside a sensitive recognizer). */
  type?: FindingType;
  /** Cues for this group instead of the recognizer's (stricter context for a drug than for a symptom). */
  cues?: readonly string[];
}

/** Extra regex patterns beside the lexicon (codes, ages, "session #14"). */
export interface ExtraPattern {
  name: string;
  /** Global regex run on `ctx.text` (or `ctx.lower` when `lower` is set); a `value` group narrows the span. */
  regex: RegExp;
  lower?: boolean;
  confidence: number;
  requireCue?: boolean;
  /** Return false to drop the match (structure or value checks). */
  accept?: (m: RegExpExecArray, ctx: ScanContext) => boolean;
  type?: FindingType;
  /**
   * Text every match contains, lower-cased ("minor"), or texts one of which every message with a match holds
   * (a pattern that counts only beside its cues): a message without it skips the regex.
   */
  needs?: string | readonly string[];
  /** Words every match begins with, at a word start: the regex is tried only there (support/word-starts.ts). */
  startsWith?: readonly string[];
  /** The length of every match's first word ([A-Za-z0-9_] run), as in rules/pattern.ts: tried at such words only. */
  wordLength?: number;
}

export interface LexiconRecognizerSpec {
  id: string;
  description: string;
  type: FindingType;
  groups: readonly TermGroup[];
  patterns?: readonly ExtraPattern[];
  /** Whole-word cues for `requireCue` entries, searched on both sides within `cueWindow` characters. */
  cues?: readonly string[];
  cueWindow?: number;
  /** Confidence added when a cue is near a term that does not need one. */
  cueBoost?: number;
  /** Drop a match whose surroundings show another meaning ("AUD 500", "digital detox"). */
  reject?: (ctx: ScanContext, start: number, end: number, group: string) => boolean;
  /**
   * A second type for some of the matches, reported at the same place: a sensitive category's tests and therapies
   * are procedures too ("PHQ-9", "embryo transfer"). Matched once, by the rule that owns the term, rather than
   * listed again in the procedure lexicon (a second pass over every note for the same words).
   */
  alsoAs?: { type: FindingType; groups?: readonly string[]; when?: RegExp };
}

/**
 * A sensitive category said wrongly is worse than one missed (a 42 CFR Part 2 or HIV flag on a cardiology note): its
 * ambiguous terms stay cue-only even in a patient's message ("propranolol", "estradiol", "tenofovir", "ATM", "ART",
 * "rehab"), except the mental-health and substance-use words whose other readings the patient-message check knows
 * ("SI", "DBT", "anxious", "ETOH"). Diagnoses, drugs and procedures without their cue count in a patient's message.
 */
const SENSITIVE_GROUPS_FOR_PATIENTS = new Set(['mental-health-ambiguous', 'mental-health-ambiguous-abbreviations', 'substance-use-ambiguous']);
const HEALTH_TYPES = new Set<FindingType>(['diagnosis', 'medication', 'procedure']);
const promotable = (group: TermGroup, type: FindingType) => HEALTH_TYPES.has(group.type ?? type) || SENSITIVE_GROUPS_FOR_PATIENTS.has(group.name);

const WORD = '[A-Za-z0-9_]';
const escapeTerm = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * A regex alternation of lower-case phrases for the recognizers' own patterns, longest first (so "total knee" is
 * tried before "knee"); each run `separator` finds in a phrase (spaces by default, or spaces and hyphens) matches
 * any run of spaces or hyphens in the text.
 */
export const phraseAlternation = (words: readonly string[], separator: RegExp = / /g) =>
  [...words].sort((a, b) => b.length - a.length).map((w) => escapeTerm(w).replace(separator, '[\\s-]+')).join('|');

/**
 * Whole-word cue search in a window. Every cue occurrence of a text is found once per scan (the regex tried
 * only at the word starts whose first letters begin a cue, see support/word-starts.ts) and kept sorted, so a
 * window query is a binary search: a lexicon recognizer asks for a cue around each of its matches, thousands
 * per note set, and searching each window afresh (slicing the text, re-running the regex) dominated its time.
 * A cue counts when it lies wholly inside the window; its word edges are checked against the real text.
 */
function windowCueFinder(cues: readonly string[]) {
  if (cues.length === 0) return () => undefined;
  const alternatives = [...cues].map((c) => c.toLowerCase()).sort((a, b) => b.length - a.length).map(escapeTerm);
  const regex = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'gu');
  const sticky = stickyCopy(regex);
  const gate = startGate(cues);
  const occurrences = perScan((ctx: ScanContext) => {
    const starts: number[] = [];
    const ends: number[] = [];
    const words: string[] = [];
    if (!gate) {
      for (const m of allMatches(regex, ctx.lower)) { starts.push(m.index); ends.push(m.index + m[0].length); words.push(m[0]); }
    } else {
      const lower = ctx.lower;
      const all = wordStarts(ctx);
      const keys = wordStartKeys(ctx);
      for (let k = 0; k < all.length; k++) {
        if (!gateOpenAt(gate, keys[k]!)) continue;
        const s = all[k]!;
        sticky.lastIndex = s;
        const m = sticky.exec(lower);
        if (m) { starts.push(s); ends.push(s + m[0].length); words.push(m[0]); }
      }
    }
    return { starts: Int32Array.from(starts), ends: Int32Array.from(ends), words };
  });
  return (ctx: ScanContext, from: number, to: number): string | undefined => {
    const o = occurrences(ctx);
    for (let k = firstStartAtOrAfter(o.starts, Math.max(0, from)); k < o.starts.length && o.starts[k]! < to; k++) {
      if (o.ends[k]! <= to) return o.words[k];
    }
    return undefined;
  };
}
/** Words after a hyphen that qualify the abbreviation before them rather than form a new word with it. */
const QUALIFIER_SUFFIX = '(?:guided|based|related|induced|associated|positive|negative|directed|informed|focused|specific)(?![A-Za-z])';

/**
 * The plural of a lexicon word that a writer would add an -s to: words of four letters or more ending in a
 * letter that takes a plain -s ("disorder", "physical", "transfusion"); not words already ending in s, x, z, y
 * or sh/ch, nor terms ending in a digit or punctuation.
 */
export function pluralOf(term: string): string | undefined {
  const last = term.split(' ').pop()!;
  if (last.length < 4 || !/^[a-z]+$/.test(last) || /(?:[sxzy]|sh|ch)$/.test(last) || NO_PLURAL.has(term)) return undefined;
  return term + 's';
}
/** Terms whose -s form is another word: "emends" a text, plays "sonatas", "formulations" of a product, a "brcas" folder. */
const NO_PLURAL = new Set(['emend', 'sonata', 'formulation', 'brca']);
const escapeChar = (c: string) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The key under which a matched string is looked up: separators and apostrophes dropped. */
export const termKey = (s: string, caseSensitive: boolean) =>
  (caseSensitive ? s : s.toLowerCase()).replace(/[\s\-']+/g, '');

interface TrieNode { next: Map<string, TrieNode>; end: boolean }

const atomSource = (atom: string) =>
  atom === ' ' ? '[\\s-]+' : atom === '-' ? '[\\s-]?' : atom === "'" ? "'?" : escapeChar(atom);

/** A trie of the terms, emitted as one regex so shared prefixes are tried once (the hot path). */
function trieRegexSource(terms: readonly string[]): string {
  const root: TrieNode = { next: new Map(), end: false };
  for (const term of terms) {
    let node = root;
    for (const ch of term.trim().replace(/\s+/g, ' ')) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const branches = [...node.next].map(([atom, child]) => atomSource(atom) + emit(child));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
    // Greedy optional: the longer term is tried before stopping here.
    if (node.end) return branches.length === 1 ? `(?:${body})?` : `${body}?`;
    return body;
  };
  return emit(root);
}

export interface CompiledLexicon {
  /** All matches of the lexicon in the text, longest at each position, whole words only. */
  find(ctx: ScanContext): { start: number; end: number; group: TermGroup }[];
}

/** Compile the groups once at module load: one regex for case-insensitive terms, one for abbreviations. */
export function compileLexicon(groups: readonly TermGroup[]): CompiledLexicon {
  const passes = [false, true].map((caseSensitive) => {
    const byKey = new Map<string, TermGroup>();
    const terms: string[] = [];
    for (const g of groups) {
      if (!!g.caseSensitive !== caseSensitive) continue;
      for (const raw of g.terms) {
        const term = caseSensitive ? raw : raw.toLowerCase();
        byKey.set(termKey(term, caseSensitive), g);
        terms.push(term);
      }
    }
    if (terms.length === 0) return undefined;
    // An abbreviation glued to a word by a hyphen is part of that word ("ASC-US" is not "US"), unless the word
    // only qualifies it ("COWS-guided induction", "HER2-positive", "PTSD-related"); glued to a long number it is the
    // prefix of a record number ("MRN: RVO-2290417").
    const edges = caseSensitive
      ? [`(?<!${WORD}|[A-Za-z]-)`, `(?!${WORD}|-(?!${QUALIFIER_SUFFIX})[A-Za-z]|-\\d{4})`]
      : [`(?<!${WORD})`, `(?!${WORD})`];
    // Plurals come free for words ("eating disorders", "sports physicals", "blood transfusions"): an optional
    // "s" after any term, checked against pluralOf when the match is looked up. Abbreviations stay exact.
    const plural = caseSensitive ? '' : 's?';
    // Every term begins a word, so each regex is tried only at word starts whose first letters begin one of its terms.
    const searches = chunksOf(terms).map((chunk) => regexSearch(
      new RegExp(`${edges[0]}(?:${trieRegexSource(chunk)})${plural}${edges[1]}`, 'g'), { startsWith: chunk, literal: true }));
    return { caseSensitive, searches, byKey };
  }).filter((p) => p !== undefined);

  return {
    find(ctx) {
      const out: { start: number; end: number; group: TermGroup }[] = [];
      for (const pass of passes) {
        const haystack = pass.caseSensitive ? ctx.text : ctx.lower;
        for (const m of matchesOfChunks(pass.searches, ctx, haystack)) {
          if (m[0].length === 0) continue;
          const group = pass.byKey.get(termKey(m[0], pass.caseSensitive)) ?? (pass.caseSensitive ? undefined : pluralGroup(pass.byKey, m[0]));
          if (group) out.push({ start: m.index, end: m.index + m[0].length, group });
        }
      }
      return out;
    },
  };
}

/**
 * A large lexicon as several regexes. V8 runs a regex whose compiled code would be too large in its bytecode
 * interpreter instead: past a few thousand terms the procedure lexicon's one regex crossed that line and its
 * recognizer took 1.7 times as long. Terms are chunked in first-letter order, so chunks rarely share a start and each
 * chunk's gate opens only the word starts of its own letters.
 */
const CHUNK_SOURCE_CHARS = 12_000;
function chunksOf(terms: readonly string[]): string[][] {
  const sorted = [...terms].sort();
  const chunks: string[][] = [];
  let chunk: string[] = [];
  let size = 0;
  for (const term of sorted) {
    if (size + term.length > CHUNK_SOURCE_CHARS && chunk.length) { chunks.push(chunk); chunk = []; size = 0; }
    chunk.push(term);
    size += term.length + 4;
  }
  if (chunk.length) chunks.push(chunk);
  return chunks;
}

/**
 * The matches of the chunks' searches as one regex over all the terms would give them: in text order, the longest
 * at a start, none starting inside an earlier match.
 */
function matchesOfChunks(
  searches: readonly ((ctx: ScanContext, haystack: string) => Iterable<RegExpExecArray>)[], ctx: ScanContext, haystack: string,
): Iterable<RegExpExecArray> {
  if (searches.length === 1) return searches[0]!(ctx, haystack);
  const all: RegExpExecArray[] = [];
  for (const search of searches) for (const m of search(ctx, haystack)) all.push(m);
  all.sort((a, b) => a.index - b.index || b[0].length - a[0].length);
  const out: RegExpExecArray[] = [];
  let next = 0;
  for (const m of all) {
    if (m.index < next) continue;
    out.push(m);
    next = m.index + Math.max(1, m[0].length);
  }
  return out;
}

/** The group of the term a plural match is the plural of ("disorders" → "disorder"), if it takes that plural. */
function pluralGroup(byKey: Map<string, TermGroup>, matched: string): TermGroup | undefined {
  if (!matched.endsWith('s')) return undefined;
  const singular = matched.slice(0, -1);
  return pluralOf(singular) === matched ? byKey.get(termKey(singular, false)) : undefined;
}

/** A recognizer made of lexicon groups plus optional regex patterns, all compiled at module load. */
export function defineLexiconRecognizer(spec: LexiconRecognizerSpec): Recognizer {
  const lexicon = compileLexicon(spec.groups);
  const findCue = windowCueFinder(spec.cues ?? []);
  const window = spec.cueWindow ?? 60;
  const boost = spec.cueBoost ?? 0.1;
  const types = [...new Set([spec.type, ...spec.groups.map((g) => g.type ?? spec.type), ...(spec.alsoAs ? [spec.alsoAs.type] : []),
    ...(spec.patterns ?? []).map((p) => p.type ?? spec.type)])];
  const searches = (spec.patterns ?? []).map((p) => regexSearch(p.regex, { startsWith: p.startsWith, wordLength: p.wordLength }));
  // Each pattern's needs as one test of the scan (support/needles.ts reads the text once for all of them).
  const needed = (spec.patterns ?? []).map((p) => {
    if (p.needs === undefined) return undefined;
    const tests = (typeof p.needs === 'string' ? [p.needs] : p.needs).map(containsTest);
    return (ctx: ScanContext) => tests.some((contains) => contains(ctx));
  });
  const groupCues = new Map(spec.groups.filter((g) => g.cues).map((g) => [g.name, windowCueFinder(g.cues!)]));
  const cueNear = (ctx: ScanContext, start: number, end: number, group?: string) => {
    const find = (group && groupCues.get(group)) || findCue;
    return find(ctx, start - window, start) ?? find(ctx, end, end + window);
  };

  return {
    id: spec.id,
    description: spec.description,
    types,
    find(ctx) {
      const out: RawMatch[] = [];
      for (const { start, end, group } of lexicon.find(ctx)) {
        if (spec.reject?.(ctx, start, end, group.name)) continue;
        const cue = cueNear(ctx, start, end, group.name);
        // An ambiguous term without its cue still counts in a message about a patient (scan keeps it only there),
        // unless it has an everyday reading even there.
        let patientOnly: true | undefined;
        if (group.requireCue && !cue) {
          if (!promotable(group, spec.type) || !clinicalInPatientMessage(ctx.text, ctx.lower, start, end)) continue;
          patientOnly = true;
        }
        const confidence = Math.min(1, group.confidence + (cue && !group.requireCue ? boost : 0));
        out.push({ type: group.type ?? spec.type, start, end, confidence, pattern: `lexicon:${group.name}`, cue, patientOnly });
        const also = spec.alsoAs;
        if (also && (also.groups?.includes(group.name) || also.when?.test(ctx.lower.slice(start, end)))) {
          out.push({ type: also.type, start, end, confidence, pattern: `lexicon:${group.name}`, cue, patientOnly });
        }
      }
      const patterns = spec.patterns ?? [];
      for (let i = 0; i < patterns.length; i++) {
        const p = patterns[i]!;
        if (needed[i] && !needed[i]!(ctx)) continue;
        const haystack = p.lower ? ctx.lower : ctx.text;
        for (const m of searches[i]!(ctx, haystack)) {
          if (m[0].length === 0) continue;
          const value = m.groups?.value ?? m[0];
          const start = m.index + (m.groups?.value !== undefined ? m[0].indexOf(value) : 0);
          const end = start + value.length;
          if (p.accept && !p.accept(m, ctx)) continue;
          if (spec.reject?.(ctx, start, end, p.name)) continue;
          const cue = cueNear(ctx, start, end);
          if (p.requireCue && !cue) continue;
          out.push({ type: p.type ?? spec.type, start, end, confidence: p.confidence, pattern: p.name, cue });
        }
      }
      return out;
    },
  };
}
