import { normalize } from '../../lib/detect/normalize';
import { DEFAULT_POLICY } from '../../lib/policy/schema';
import type { FindingType } from '../../lib/detect/types';
import type { Recognizer, ScanContext } from '../types';

/** A ScanContext as the engine builds it, for testing one recognizer through its `find`. */
export function contextFor(text: string): ScanContext {
  const normalized = normalize(text);
  return { text: normalized.text, lower: normalized.text.toLowerCase(), policy: DEFAULT_POLICY };
}

/** What the engine would keep from one recognizer: matches at or above the default minimum confidence. */
export function reported(recognizer: Recognizer, text: string): { type: FindingType; text: string; confidence: number }[] {
  const ctx = contextFor(text);
  return recognizer
    .find(ctx)
    .filter((m) => m.confidence >= DEFAULT_POLICY.detection.minConfidence)
    .map((m) => ({ type: m.type, text: ctx.text.slice(m.start, m.end), confidence: m.confidence }));
}
