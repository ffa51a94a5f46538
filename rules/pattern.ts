import { cueMatcher } from '../lib/detect/cues';
import type { FindingType } from '../lib/detect/types';
import type { RawMatch, Recognizer, ScanContext } from './types';
import { regexSearch } from './support/word-starts';
import { labelsOf } from './validators/labeled';

/**
 * The shape most recognizers share (after Presidio's PatternRecognizer): named regexes with a base
 * confidence, whole-word context cues that only BOOST, and validate/invalidate hooks that DECIDE.
 */
export interface NamedPattern {
  name: string;
  /** Must be global ('g'); a capture group named `value` narrows the reported span. */
  regex: RegExp;
  confidence: number;
  /** Emit only when a context cue is near (for formats that look like any number). */
  requireCue?: boolean;
  /**
   * Confidence when the value is alone on its line (nothing but spaces or closing punctuation around it): a
   * number pasted by itself from an EHR field is an identifier even without a label, unlike the same digits
   * inside a sentence. Only a validated value earns it.
   */
  aloneOnLineConfidence?: number;
  /**
   * Text every match contains, lower-cased ("@" for an email, "serial"). A text without it skips the regex: one
   * `includes` instead of trying a lookbehind at every position of a long note.
   */
  needs?: string;
  /**
   * A cheap regex every text with a match also matches (a run of six digits for a six-digit number): a text
   * without it skips the pattern, when the pattern itself is costly to try at every position.
   */
  gate?: RegExp;
  /**
   * Words every match begins with, at a word start (the regex checks the edge itself): the regex is then tried
   * only at word starts that begin one of them (support/word-starts.ts). Label regexes made by
   * `labeledValueRegex` carry their labels and need not repeat them here.
   */
  startsWith?: readonly string[];
  /**
   * The first word of every match (its run of [A-Za-z0-9_]) is exactly this long: 9 for a bare SSN, 3 for the
   * "123" of "123-45-6789", 17 for a VIN. The regex is tried at such words only.
   */
  wordLength?: number;
  type?: FindingType;
}

/** True when [start, end) is the only content of its line (spaces and trailing . , ; : allowed). */
export function aloneOnLine(text: string, start: number, end: number): boolean {
  for (let i = start - 1; i >= 0 && text[i] !== '\n'; i--) if (!/[ \t]/.test(text[i]!)) return false;
  for (let i = end; i < text.length && text[i] !== '\n'; i++) if (!/[ \t.,;:]/.test(text[i]!)) return false;
  return true;
}

export interface PatternRecognizerSpec {
  id: string;
  description: string;
  type: FindingType;
  patterns: NamedPattern[];
  cues?: readonly string[];
  /** Characters before the match searched for a cue (default 40). */
  cueWindowBefore?: number;
  /** Characters after the match searched for a cue (default 0). */
  cueWindowAfter?: number;
  /** Confidence added when a cue is present (default 0.3). */
  cueBoost?: number;
  /** A checksum or structural rule that confirms the value (e.g. Luhn). Returning false drops the match. */
  validate?: (value: string, patternName: string) => boolean | 'pass';
  /** Impossible values (SSN area 000, all-same digits); returning true drops the match. */
  invalidate?: (value: string, patternName: string, ctx: ScanContext, start: number) => boolean;
}

export function definePatternRecognizer(spec: PatternRecognizerSpec): Recognizer {
  const cues = cueMatcher(spec.cues ?? []);
  const before = spec.cueWindowBefore ?? 40;
  const after = spec.cueWindowAfter ?? 0;
  const boost = spec.cueBoost ?? 0.3;
  const types = [...new Set([spec.type, ...spec.patterns.map((p) => p.type ?? spec.type)])];
  const searches = spec.patterns.map((p) =>
    regexSearch(p.regex, { startsWith: p.startsWith ?? labelsOf(p.regex), wordLength: p.wordLength }));
  return {
    id: spec.id,
    description: spec.description,
    types,
    find(ctx) {
      const out: RawMatch[] = [];
      for (let i = 0; i < spec.patterns.length; i++) {
        const p = spec.patterns[i]!;
        if ((p.needs !== undefined && !ctx.lower.includes(p.needs)) || (p.gate !== undefined && !p.gate.test(ctx.text))) continue;
        for (const m of searches[i]!(ctx, ctx.text)) {
          const value = m.groups?.value ?? m[0];
          const start = (m.index ?? 0) + (m.groups?.value !== undefined ? m[0].indexOf(value) : 0);
          const end = start + value.length;
          if (!value) continue;
          if (spec.invalidate?.(value, p.name, ctx, start)) continue;
          let validator: 'pass' | 'none' = 'none';
          if (spec.validate) {
            const verdict = spec.validate(value, p.name);
            if (verdict === false) continue;
            if (verdict === 'pass') validator = 'pass';
          }
          const cue = cues.before(ctx.lower, start, before) ?? (after > 0 ? cues.after(ctx.lower, end, after) : undefined);
          if (p.requireCue && !cue) continue;
          let confidence = Math.min(1, p.confidence + (cue ? boost : 0));
          if (p.aloneOnLineConfidence !== undefined && validator === 'pass' && aloneOnLine(ctx.text, start, end)) {
            confidence = Math.max(confidence, p.aloneOnLineConfidence);
          }
          out.push({ type: p.type ?? spec.type, start, end, confidence, pattern: p.name, validator, cue });
        }
      }
      return out;
    },
  };
}
