import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens';

const plain = (text: string, splitAt?: (p: string) => boolean) =>
  tokenize(text, splitAt).map(({ start, end, text: t, lower, shape, index }) => ({ start, end, text: t, lower, shape, index }));

describe('tokenize', () => {
  it('makes the same tokens for a spelling met before, at its own offsets', () => {
    const text = "Amanda's DAUGHTER-KRISSY saw Forman-Lyons; amanda's o'brien Jean-Luc x-ray";
    const first = plain(text, (p) => p === 'daughter');
    expect(plain(text, (p) => p === 'daughter')).toEqual(first);
    expect(plain(`  ${text}`, (p) => p === 'daughter')).toEqual(first.map((t) => ({ ...t, start: t.start + 2, end: t.end + 2 })));
    expect(first.map((t) => t.text)).toEqual(['Amanda', 'DAUGHTER', 'KRISSY', 'saw', 'Forman-Lyons', 'amanda', "o'brien", 'Jean-Luc', 'x', 'ray']);
    expect(first.map((t) => t.shape)).toEqual(['title', 'upper', 'upper', 'lower', 'title', 'lower', 'lower', 'title', 'lower', 'lower']);
  });

  it('splits by the splitAt it is given, not by one remembered from another call', () => {
    expect(plain('DAUGHTER-KRISSY').map((t) => t.text)).toEqual(['DAUGHTER-KRISSY']);
    expect(plain('DAUGHTER-KRISSY', (p) => p === 'daughter').map((t) => t.text)).toEqual(['DAUGHTER', 'KRISSY']);
  });

  it('shares one word facts object among the spellings of a lower-case word', () => {
    const [a, b, c] = tokenize('Smith SMITH smith');
    expect(a!.word).toBe(b!.word);
    expect(b!.word).toBe(c!.word);
    expect(a!.word.lower).toBe('smith');
  });

  it('tokenizes non-ASCII text by letters', () => {
    expect(plain('Mejía visitó a Šušulić').map((t) => [t.text, t.lower, t.shape])).toEqual([
      ['Mejía', 'mejía', 'title'], ['visitó', 'visitó', 'lower'], ['a', 'a', 'lower'], ['Šušulić', 'šušulić', 'title'],
    ]);
  });
});
