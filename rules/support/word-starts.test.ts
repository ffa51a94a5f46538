import { describe, expect, it } from 'vitest';
import { DIGITS, execAtWordStarts, firstStartAtOrAfter, firstWordsOf, gateOpen, regexSearch, startGate, stickyCopy, wordStarts } from './word-starts';

/** The matches a plain global regex finds: what the gated search must reproduce exactly. */
const globalMatches = (regex: RegExp, text: string) => [...text.matchAll(regex)].map((m) => [m.index, m[0]]);
const gatedMatches = (regex: RegExp, words: string[], text: string, haystack = text) => {
  const gate = startGate(words);
  if (!gate) throw new Error('no gate');
  const lower = text.toLowerCase();
  return execAtWordStarts(stickyCopy(regex), haystack, lower, wordStarts({ lower }), gate).map((m) => [m.index, m[0]]);
};

describe('wordStarts', () => {
  it.each([
    ['', []],
    ['a', [0]],
    ['  hiv status', [2, 6]],
    ['co-pay_id 42x', [0, 3, 10]],
    ['é-hiv', [2]],
  ])('%j starts at %j', (text, expected) => {
    expect([...wordStarts({ lower: text.toLowerCase() })]).toEqual(expected);
  });

  it('is computed once per scan context', () => {
    const ctx = { lower: 'one two' };
    expect(wordStarts(ctx)).toBe(wordStarts(ctx));
  });
});

describe('startGate', () => {
  it('cannot gate words that start with a non-word character, or no words at all', () => {
    expect(startGate(['+cd4'])).toBeUndefined();
    expect(startGate(['épilepsie'])).toBeUndefined();
    expect(startGate([])).toBeUndefined();
  });

  const opens = (words: string[], text: string, literal = false) => gateOpen(startGate(words, literal)!, text.toLowerCase(), 0);

  it('opens on the first three characters of a word, so common words sharing two letters stay shut', () => {
    expect(opens(['theophylline'], 'theophylline level')).toBe(true);
    expect(opens(['theophylline'], 'thanks')).toBe(false);
    expect(opens(['metformin'], 'METFORMIN')).toBe(true);
    expect(opens(['metformin'], 'mother at bedside')).toBe(false);
  });

  it('lets a short word open whatever follows it', () => {
    expect(opens(['ct'], 'ct.')).toBe(true);
    expect(opens(['ct'], 'cta')).toBe(true);
    expect(opens(['x'], 'xyz')).toBe(true);
    expect(opens(['ct'], 'cab')).toBe(false);
  });

  it('opens a space, hyphen or apostrophe written as any separator or left out', () => {
    for (const text of ['a-fib', 'a fib', 'afib', 'a\tfib', "a'fib"]) expect(opens(['a-fib'], text), text).toBe(true);
    for (const text of ['ct scan', 'ct-scan', 'ctscan']) expect(opens(['ct scan'], text), text).toBe(true);
    expect(opens(['a-fib'], 'and')).toBe(false);
  });

  it('takes other punctuation as written in lexicon terms, and as opening everything in pattern hints', () => {
    expect(opens(['h. pylori'], 'h. pylori', true)).toBe(true);
    expect(opens(['h. pylori'], 'his', true)).toBe(false);
    expect(opens(['h. pylori'], 'his')).toBe(true);
  });
});

describe('firstStartAtOrAfter', () => {
  const starts = Int32Array.from([0, 4, 9, 15]);
  it.each([[0, 0], [1, 1], [4, 1], [10, 3], [15, 3], [16, 4]])('position %i → index %i', (pos, index) => {
    expect(firstStartAtOrAfter(starts, pos)).toBe(index);
  });
});

describe('execAtWordStarts finds what the global regex finds', () => {
  const terms = ['hiv', 'hiv status', 'a-fib', 'cd4', 'u=u', 'x'];
  const regex = /(?<![A-Za-z0-9_])(?:hiv(?:[\s-]+status)?|a[\s-]?fib|cd4|u=u|x)(?![A-Za-z0-9_])/g;
  it.each([
    'HIV status unknown; afib and a fib and a-fib',
    'shiv hivx xhiv hiv-status cd4+ count, U=U',
    'x x-ray x',
    'hiv hiv hiv',
    'nothing here at all',
    '',
  ])('%j', (text) => {
    const lower = text.toLowerCase();
    expect(gatedMatches(regex, terms, lower)).toEqual(globalMatches(regex, lower));
  });

  it('does not report a match that starts inside the previous one (like the global regex)', () => {
    const overlapping = /(?<![a-z])(?:alpha beta|beta gamma)(?![a-z])/g;
    expect(gatedMatches(overlapping, ['alpha beta', 'beta gamma'], 'alpha beta gamma')).toEqual([[0, 'alpha beta']]);
  });

  it('reads case from the haystack and the gate from the lower-cased text', () => {
    const abbreviation = /(?<![A-Za-z0-9_])(?:CHF|HTN)(?![A-Za-z0-9_])/g;
    const text = 'Hx CHF, htn, HTN.';
    expect(gatedMatches(abbreviation, ['chf', 'htn'], text)).toEqual([[3, 'CHF'], [13, 'HTN']]);
  });

  it('does not try words whose first letters begin no term', () => {
    let tries = 0;
    const counting = /(?<![a-z])(?:hiv)(?![a-z])/y;
    const exec = counting.exec.bind(counting);
    counting.exec = (s: string) => { tries++; return exec(s); };
    const lower = 'the patient has hiv and hypertension';
    execAtWordStarts(counting, lower, lower, wordStarts({ lower }), startGate(['hiv'])!);
    expect(tries).toBe(1);
  });

  it('with a word length, tries only words of exactly that length', () => {
    const vin = /(?<![\w-])[A-HJ-NPR-Z0-9]{17}(?![\w-])/g;
    const text = 'VIN 1HGCM82633A004352, not 1HGCM82633A0043521 or 1HGCM82633A00435; 2T1BURHE0JC034461.';
    const lower = text.toLowerCase();
    const found = execAtWordStarts(stickyCopy(vin), text, lower, wordStarts({ lower }), undefined, 17).map((m) => m[0]);
    expect(found).toEqual(globalMatches(vin, text).map(([, v]) => v));
    expect(found).toEqual(['1HGCM82633A004352', '2T1BURHE0JC034461']);
  });
});

describe('regexSearch', () => {
  const regex = /(?<![A-Za-z0-9_])(?:age|aged)\s*(\d{2})(?![\d])/gi;
  const text = 'Aged 94, stage 12, age 91; image 44 and age 3';
  const ctx = { lower: text.toLowerCase() };
  it.each([
    ['no hints', {}],
    ['first words', { startsWith: ['age', 'aged'] }],
  ])('finds what matchAll finds with %s', (_label, hints) => {
    const found = [...regexSearch(regex, hints)(ctx, text)].map((m) => [m.index, m[0]]);
    expect(found).toEqual(globalMatches(regex, text));
  });

  it('finds nothing extra when the hints rule every word out', () => {
    expect([...regexSearch(regex, { startsWith: ['zz'] })(ctx, text)]).toEqual([]);
  });

  it('with first words and a word length, tries the opened words of that length only', () => {
    const ssn = /(?<![\w-])\d{9}(?![\w-])/g;
    const digits = 'SSN 123456789, not 1234567890 or 12345678 or abcdefghi; 987654321.';
    const found = [...regexSearch(ssn, { startsWith: DIGITS, wordLength: 9 })({ lower: digits.toLowerCase() }, digits)].map((m) => [m.index, m[0]]);
    expect(found).toEqual(globalMatches(ssn, digits));
  });

  it('without hints, finds what matchAll finds, empty matches included', () => {
    for (const [regex, text] of [[/x*/g, 'axxb x'], [/(?:)/gu, 'a\u{1F600}b'], [/\d+|$/g, '12 ab 3']] as const) {
      const found = [...regexSearch(regex)({ lower: text.toLowerCase() }, text)].map((m) => [m.index, m[0]]);
      expect(found).toEqual(globalMatches(regex, text));
      expect(regex.lastIndex).toBe(0);
    }
  });

  it('gives the same matches to every scan however many searches were made since', () => {
    const hiv = regexSearch(/(?<![a-z])hiv(?![a-z])/g, { startsWith: ['hiv'] });
    const ctx = { lower: 'hiv test; hiv clinic' };
    expect([...hiv(ctx, ctx.lower)].map((m) => m.index)).toEqual([0, 10]);
    const later = regexSearch(/(?<![a-z])test(?![a-z])/g, { startsWith: ['test'] });
    expect([...later(ctx, ctx.lower)].map((m) => m.index)).toEqual([4]);
    expect([...hiv(ctx, ctx.lower)].map((m) => m.index)).toEqual([0, 10]);
  });

  it('with lexicon terms, tries only the words a term can begin with and finds what matchAll finds', () => {
    const terms = ['a-fib', "crohn's disease", 'ct scan', 'covid-19', 'metformin', 'h. pylori'];
    const lexicon = /(?<![A-Za-z0-9_])(?:a[\s-]?fib|crohn'?s[\s-]+disease|ct[\s-]+scan|covid[\s-]?19|metformin|h\.[\s-]+pylori)s?(?![A-Za-z0-9_])/g;
    const text = "AFib, a-fib, a fib; Crohn's disease, crohns-disease; CT scans; COVID-19, covid19; metformins; " +
      'h. pylori; h pylori; afibrillation, metform, ctscan, patient, crohn disease';
    const lower = text.toLowerCase();
    const found = [...regexSearch(lexicon, { startsWith: terms, literal: true })({ lower }, lower)].map((m) => [m.index, m[0]]);
    expect(found).toEqual(globalMatches(lexicon, lower));
    expect(found).toHaveLength(10);
  });

  it('with a word length, finds the same as matchAll when every match is one word of that length', () => {
    const ssn = /(?<![\w-])\d{9}(?![\w-])/g;
    const digits = 'SSN 123456789, not 1234567890 or 12345678; 987654321.';
    const found = [...regexSearch(ssn, { wordLength: 9 })({ lower: digits.toLowerCase() }, digits)].map((m) => [m.index, m[0]]);
    expect(found).toEqual(globalMatches(ssn, digits));
    expect(found.map(([, v]) => v)).toEqual(['123456789', '987654321']);
  });
});

describe('firstWordsOf', () => {
  it.each([
    ['metformin', ['metformin', 'metformins']],
    ['a-fib', ['a', 'afib', 'afibs']],
    ["Crohn's disease", ['crohn', 'crohns']],
    ['ct  scan', ['ct']],
    ['h. pylori', ['h']],
    ['covid-19', ['covid', 'covid19', 'covid19s']],
  ])('%j can begin with %j', (term, expected) => {
    expect(firstWordsOf(term)).toEqual(expected);
  });
});
