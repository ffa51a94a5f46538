import { describe, expect, it } from 'vitest';
import { damerauDistance, withinOneEdit } from './edit-distance';

describe('withinOneEdit', () => {
  it.each([
    ['lisinipril', 'lisinopril', true], ['metforman', 'metformin', true], ['amoxicilin', 'amoxicillin', true],
    ['percocett', 'percocet', true], ['trazdoone', 'trazodone', true], ['same', 'same', true],
    ['lisinopril', 'lisinoprilzz', false], ['trazadona', 'trazodone', false], ['abcd', 'badc', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
  });

  it('agrees with damerauDistance(a, b, 1) <= 1 on random short words', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const word = () => Array.from({ length: 3 + Math.floor(next() * 5) }, () => 'abc'[Math.floor(next() * 3)]).join('');
    const mutate = (w: string) => {
      const i = Math.floor(next() * w.length);
      const r = next();
      if (r < 0.25) return w.slice(0, i) + w.slice(i + 1);
      if (r < 0.5) return w.slice(0, i) + 'abc'[Math.floor(next() * 3)] + w.slice(i);
      if (r < 0.75) return w.slice(0, i) + 'abc'[Math.floor(next() * 3)] + w.slice(i + 1);
      return i + 1 < w.length ? w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2) : w + 'a';
    };
    for (let n = 0; n < 5000; n++) {
      const a = word();
      const b = next() < 0.5 ? mutate(a) : mutate(mutate(a));
      expect(withinOneEdit(a, b), `${a} ~ ${b}`).toBe(damerauDistance(a, b, 1) <= 1);
    }
  });
});
