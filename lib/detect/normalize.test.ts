import { describe, expect, it } from 'vitest';
import { normalize, toOriginal } from './normalize';

/** The original text under a normalized span: what the user sees marked. */
const originalOf = (original: string, needle: string) => {
  const n = normalize(original);
  const at = n.text.indexOf(needle);
  expect(at, `"${needle}" in normalized "${n.text}"`).toBeGreaterThanOrEqual(0);
  const { start, end } = toOriginal(n, at, at + needle.length);
  return original.slice(start, end);
};

describe('normalize: evasions undone', () => {
  it.each([
    { name: 'full-width digits and letters', input: 'ＭＲＮ １２３４５６７８', text: 'MRN 12345678' },
    { name: 'zero-width space, joiner and BOM', input: '123\u200B-45\u200D-67\uFEFF89', text: '123-45-6789' },
    { name: 'soft hyphen inside a word', input: 'di\u00ADab\u00ADetes', text: 'diabetes' },
    { name: 'Cyrillic look-alikes in a Latin word', input: 'Jоhn Smіth', text: 'John Smith' },
    { name: 'Greek look-alikes in a Latin word', input: 'Μary Κane', text: 'Mary Kane' },
    { name: 'all-Cyrillic word is left alone', input: 'Привет John', text: 'Привет John' },
    { name: 'Unicode dashes and non-breaking space', input: '617\u2013555\u00A00142', text: '617-555 0142' },
    { name: 'curly quotes', input: '\u201CPat\u2019s\u201D', text: '"Pat\'s"' },
    { name: 'spaced digits rejoined', input: 'Medicare W 8 8 1 2 4 4 0 9 ok', text: 'Medicare W88124409 ok' },
    { name: 'dotted digits rejoined', input: 'id 1.2.3.4.5.6.7.8.9', text: 'id 123456789' },
    { name: 'dashed single digits rejoined', input: '1-2-3-4-5-6', text: '123456' },
    { name: 'prose of single letters stays', input: 'a b c d e', text: 'a b c d e' },
    { name: 'too few tokens stay', input: 'row 1 2 3 4', text: 'row 1 2 3 4' },
    { name: 'an IP address stays', input: 'host 10.0.0.1', text: 'host 10.0.0.1' },
    { name: 'a dotted SSN stays', input: '078.05.1120', text: '078.05.1120' },
    { name: 'mixed separators are not one run', input: '1 2.3 4.5', text: '1 2.3 4.5' },
  ])('$name', ({ input, text }) => {
    const n = normalize(input);
    expect(n.text).toBe(text);
    expect(n.origStart.length).toBe(n.text.length);
    expect(n.origEnd.length).toBe(n.text.length);
  });
});

describe('normalize: offsets map back to the original text', () => {
  it.each([
    { input: 'MRN: １２３４５６７８.', needle: '12345678', original: '１２３４５６７８' },
    { input: 'SSN 123\u200B-45-6789 end', needle: '123-45-6789', original: '123\u200B-45-6789' },
    { input: 'dx: di\u00ADabetes', needle: 'diabetes', original: 'di\u00ADabetes' },
    { input: 'Dear Jоhn,', needle: 'John', original: 'Jоhn' },
    { input: 'Medicare W 8 8 1 2 4 4 0 9 ok', needle: 'W88124409', original: 'W 8 8 1 2 4 4 0 9' },
    // Astral characters are two UTF-16 units: offsets after them must not drift.
    { input: '😀😀 call 617\u2011555\u20110142', needle: '617-555-0142', original: '617\u2011555\u20110142' },
    // NFKC expands one character into several ("㎒" → "MHz"): each part maps to the whole source character.
    { input: 'at 5㎒ now', needle: 'MHz', original: '㎒' },
  ])('"$needle" ← $original', ({ input, needle, original }) => {
    expect(originalOf(input, needle)).toBe(original);
  });

  it('every normalized unit points inside the original, in order', () => {
    const input = '\uFEFFＩＤ W 8 8 1 2 4 4 0 9 — Jоhn 😀 di\u00ADab';
    const n = normalize(input);
    for (let i = 0; i < n.text.length; i++) {
      expect(n.origStart[i]).toBeGreaterThanOrEqual(i > 0 ? n.origStart[i - 1]! : 0);
      expect(n.origEnd[i]).toBeGreaterThan(n.origStart[i]!);
      expect(n.origEnd[i]).toBeLessThanOrEqual(input.length);
    }
  });

  it('an empty span maps to a point', () => {
    const n = normalize('ab\u200Bcd');
    expect(toOriginal(n, 2, 2)).toEqual({ start: 3, end: 3 });
  });
});
