import { describe, expect, it } from 'vitest';
import { englishNearTerms } from '../../../test/tools/english-near-terms';
import { ENGLISH_NEAR_TERMS } from './english-near-terms';

describe('English words near health terms', () => {
  it('is the list the generator makes from the current health lexicons (rerun test/tools/english-near-terms.ts)', () => {
    expect([...ENGLISH_NEAR_TERMS]).toEqual(englishNearTerms());
  });
  it('holds the words a misspelling check would otherwise take for a drug', () => {
    for (const word of ['ability', 'concert', 'singular']) expect(ENGLISH_NEAR_TERMS.has(word)).toBe(true);
  });
});
