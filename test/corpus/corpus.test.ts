import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FindingType } from '../../lib/detect/types';
import { CORPUS_SOURCES, parseMarkup, parseSource, type CorpusMessage } from './build';

const dir = join(__dirname);
const load = (name: string): CorpusMessage[] => readFileSync(join(dir, `${name}.jsonl`), 'utf8')
  .split('\n').filter(Boolean).map((line) => JSON.parse(line));
const messages = load('messages');
const ORDINARY = new Set(['office', 'newsletter']);

describe.each(CORPUS_SOURCES.map((name) => [name]))('%s corpus: built, well-formed', (name) => {
  const docs = load(name);
  it('is what build.ts makes of the marked-up source (no hand edits, no stale build)', () => {
    expect(parseSource(readFileSync(join(dir, `${name}.src.txt`), 'utf8'))).toEqual(docs);
  });

  it('has unique ids, both PHI and non-PHI messages', () => {
    expect(new Set(docs.map((m) => m.id)).size).toBe(docs.length);
    expect(docs.some((m) => m.phi) && docs.some((m) => !m.phi)).toBe(true);
  });

  it.each(docs.map((m) => [m.id, m] as const))('%s: spans are canonical types inside the text, on word edges', (_id, m) => {
    for (const span of m.spans) {
      expect(FindingType.options, `${m.id} type ${span.type}`).toContain(span.type);
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeGreaterThan(span.start);
      expect(span.end).toBeLessThanOrEqual(m.text.length);
      const covered = m.text.slice(span.start, span.end);
      expect(covered.trim(), `${m.id} span "${covered}" has stray whitespace`).toBe(covered);
      // A label never cuts a word in half.
      expect(/\w/.test(m.text[span.start - 1] ?? ' ') && /\w/.test(covered[0]!), `${m.id} "${covered}"`).toBe(false);
      expect(/\w/.test(m.text[span.end] ?? ' ') && /\w/.test(covered[covered.length - 1]!), `${m.id} "${covered}"`).toBe(false);
    }
  });
});

describe('our labeled message corpus', () => {
  it('has at least 60 messages, 20 ordinary ones, and a held-out part of both kinds', () => {
    expect(messages.length).toBeGreaterThanOrEqual(60);
    expect(messages.filter((m) => ORDINARY.has(m.kind)).length).toBeGreaterThanOrEqual(20);
    expect(messages.filter((m) => m.split === 'holdout' && m.phi).length).toBeGreaterThanOrEqual(5);
    expect(messages.filter((m) => m.split === 'holdout' && !m.phi).length).toBeGreaterThanOrEqual(5);
  });

  it('labels its ordinary messages not PHI', () => {
    for (const m of messages.filter((x) => ORDINARY.has(x.kind))) expect(m.phi, m.id).toBe(false);
  });

  it('parses markup into exact offsets, including two types on one span', () => {
    const { text, spans } = parseMarkup('On [[medication+substance_use:Suboxone]] since [[date:3/2]].');
    expect(text).toBe('On Suboxone since 3/2.');
    expect(spans).toEqual([
      { start: 3, end: 11, type: 'medication' }, { start: 3, end: 11, type: 'substance_use' },
      { start: 18, end: 21, type: 'date' },
    ]);
    expect(() => parseMarkup('broken [[name:Ann')).toThrow();
  });
});
