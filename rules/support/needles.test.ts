import { describe, expect, it } from 'vitest';
import { containsTest } from './needles';

describe('containsTest', () => {
  it('answers as includes does, for needles sharing prefixes and suffixes, overlaps and the empty needle', () => {
    const needles = ['', 'a', 'ab', 'aba', 'bab', 'abab', ' pcr', '-pcr', 'rna', 'é-', 'tear', 'ear', 'fracture', 'fx'];
    const tests = needles.map((n) => [n, containsTest(n)] as const);
    const texts = ['', 'a', 'b', 'abab', 'xbabx', 'covid pcr', 'covid-pcr', 'internal', 'é-x', 'wear and tear', 'hip fx',
      'FRACTURE', 'fractur', 'aab', 'ba'];
    for (const lower of texts) {
      const ctx = { lower };
      for (const [n, contains] of tests) expect([n, lower, contains(ctx)]).toEqual([n, lower, lower.includes(n)]);
    }
  });

  it('matches includes on random texts over a small alphabet', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const word = (n: number) => Array.from({ length: n }, () => 'abc -'[Math.floor(random() * 5)]).join('');
    const tests = Array.from({ length: 60 }, () => word(1 + Math.floor(random() * 5))).map((n) => [n, containsTest(n)] as const);
    for (let t = 0; t < 300; t++) {
      const ctx = { lower: word(Math.floor(random() * 40)) };
      for (const [n, contains] of tests) expect(contains(ctx)).toBe(ctx.lower.includes(n));
    }
  });
});
