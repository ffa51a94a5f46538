import { describe, expect, it } from 'vitest';
import { perScan, scanMemo } from './per-scan';

describe('perScan', () => {
  it('works a value out once per scan context, and again for another context', () => {
    let runs = 0;
    const wordCount = perScan((ctx: { text: string }) => { runs++; return ctx.text.split(' ').length; });
    const first = { text: 'one two three' };
    expect(wordCount(first)).toBe(3);
    expect(wordCount(first)).toBe(3);
    expect(runs).toBe(1);
    expect(wordCount({ text: 'one two' })).toBe(2);
    expect(runs).toBe(2);
  });

  it('keeps each helper apart in the same context, undefined values included', () => {
    let runs = 0;
    const nothing = perScan((_ctx: object) => { runs++; return undefined; });
    const length = perScan((ctx: { text: string }) => ctx.text.length);
    const ctx = { text: 'abc' };
    expect(nothing(ctx)).toBeUndefined();
    expect(nothing(ctx)).toBeUndefined();
    expect(runs).toBe(1);
    expect(length(ctx)).toBe(3);
  });

  it('keeps the memo on the context, where it dies with it, and out of its keys', () => {
    const ctx = { text: 'x' };
    expect(scanMemo(ctx)).toBe(scanMemo(ctx));
    expect(Object.keys(ctx)).toEqual(['text']);
    expect(JSON.stringify(ctx)).toBe('{"text":"x"}');
  });
});
