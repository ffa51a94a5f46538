import { describe, expect, it } from 'vitest';
import { englishNearDrugs } from '../../../test/tools/english-near-drugs';
import { ENGLISH_NEAR_DRUGS } from './english-near-drugs';

describe('English words near drug names', () => {
  it('is the list the generator makes from the current medication lexicon (rerun test/tools/english-near-drugs.ts)', () => {
    expect([...ENGLISH_NEAR_DRUGS]).toEqual(englishNearDrugs());
  });
  it('holds the words a misspelling check would otherwise take for a drug', () => {
    for (const word of ['ability', 'concert', 'singular']) expect(ENGLISH_NEAR_DRUGS.has(word)).toBe(true);
  });
});
