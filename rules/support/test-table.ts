import { expect } from 'vitest';
import { scan } from '../../lib/detect/scan';
import type { FindingType } from '../../lib/detect/types';

/** Findings of `type` in `text` through the whole engine, as the user would get them. */
export const found = (text: string, type: FindingType) => scan(text).findings.filter((f) => f.type === type);

/** Asserts that a finding of `type` covers `expected` (a substring of `text`). */
export function expectFound(text: string, type: FindingType, expected: string) {
  const at = text.indexOf(expected);
  expect(at, `"${expected}" must be in the test sentence`).toBeGreaterThanOrEqual(0);
  const hits = found(text, type).filter((f) => f.start < at + expected.length && at < f.end);
  expect(hits.map((f) => f.text), `${type} expected on "${expected}" in: ${text}`).not.toEqual([]);
}

/** Asserts that no finding of `type` overlaps `fragment` (or the whole text when omitted). */
export function expectNotFound(text: string, type: FindingType, fragment = text) {
  const at = text.indexOf(fragment);
  expect(at).toBeGreaterThanOrEqual(0);
  const hits = found(text, type).filter((f) => f.start < at + fragment.length && at < f.end);
  expect(hits.map((f) => f.text), `no ${type} expected on "${fragment}" in: ${text}`).toEqual([]);
}
