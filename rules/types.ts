import type { FindingType } from '../lib/detect/types';
import type { Policy } from '../lib/policy/schema';

/** A match in NORMALIZED text coordinates; the engine maps it back to the original text. */
export interface RawMatch {
  type: FindingType;
  start: number;
  end: number;
  confidence: number;
  /** Named pattern (or lexicon) that produced the match, for the explanation. */
  pattern: string;
  validator?: 'pass' | 'none';
  cue?: string;
  /**
   * A word that is clinical only in a message about a patient ("CT", "echo", "falls", "the ART group"): the
   * engine keeps it only when the message is PHI without it, so it adds to what a PHI message shows and never
   * turns office mail into PHI.
   */
  patientOnly?: true;
}

/** What a recognizer sees: normalized text only, never the DOM. */
export interface ScanContext {
  /** NFKC, zero-width removed, look-alikes folded, spaced digits rejoined. */
  readonly text: string;
  /** `text.toLowerCase()`, computed once per scan (same length as `text`). */
  readonly lower: string;
  readonly policy: Policy;
  /** What the recognizers' shared helpers worked out for this scan (support/per-scan.ts). */
  readonly memo?: Map<object, unknown>;
}

export interface Recognizer {
  /** Stable id, used by policy `detection.disabledRules` and in explanations. */
  readonly id: string;
  readonly description: string;
  readonly types: readonly FindingType[];
  find(ctx: ScanContext): RawMatch[];
}
