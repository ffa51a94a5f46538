import { expect, it } from 'vitest';
import { normalize } from '../../../lib/detect/normalize';
import { DEFAULT_POLICY } from '../../../lib/policy/schema';
import type { Recognizer } from '../../types';

/** What a recognizer reports in `text`: the matched strings, in normalized-text coordinates. */
export function matchesOf(recognizer: Recognizer, text: string): string[] {
  const normalized = normalize(text).text;
  return recognizer.find({ text: normalized, lower: normalized.toLowerCase(), policy: DEFAULT_POLICY })
    .filter((m) => !m.patientOnly).map((m) => normalized.slice(m.start, m.end));
}

/**
 * Table-driven recognizer test: every `match` row must report exactly the expected span text (among others),
 * every `noMatch` row must report nothing. Tables keep at least as many must-not rows as match rows.
 */
export function recognizerTable(recognizer: Recognizer, match: [string, string][], noMatch: string[]): void {
  it('has at least as many must-not-match rows as match rows', () => {
    expect(noMatch.length).toBeGreaterThanOrEqual(match.length);
  });
  it.each(match)('finds in %j: %j', (text, expected) => {
    expect(matchesOf(recognizer, text)).toContain(expected);
  });
  it.each(noMatch.map((t) => [t]))('finds nothing in %j', (text) => {
    expect(matchesOf(recognizer, text)).toEqual([]);
  });
}
