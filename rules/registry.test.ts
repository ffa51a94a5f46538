import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FindingType } from '../lib/detect/types';
import { DEFAULT_POLICY } from '../lib/policy/schema';
import { RECOGNIZERS } from './index';
import type { Recognizer } from './types';

const DIR = fileURLToPath(new URL('.', import.meta.url));
/** Shared machinery, not recognizers. */
const NOT_RECOGNIZERS = new Set(['types.ts', 'pattern.ts', 'custom.ts', 'index.ts']);
const recognizerFiles = readdirSync(DIR)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts') && !NOT_RECOGNIZERS.has(f))
  .sort();
const index = readFileSync(new URL('./index.ts', import.meta.url), 'utf8');

const isRecognizer = (value: unknown): value is Recognizer =>
  typeof value === 'object' && value !== null && typeof (value as Recognizer).id === 'string' && typeof (value as Recognizer).find === 'function';

// A recognizer file that is not registered silently detects nothing; these checks keep the list honest.
describe('rule registry', () => {
  it('finds the recognizer files', () => {
    expect(recognizerFiles.length).toBeGreaterThanOrEqual(20);
  });

  it.each(recognizerFiles)('%s is imported in rules/index.ts', (file) => {
    const module = `./${file.replace(/\.ts$/, '')}`;
    expect(index).toMatch(new RegExp(`from\\s+['"]${module.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(\\.ts)?['"]`));
  });

  it.each(recognizerFiles)('%s: every recognizer it exports is in RECOGNIZERS', async (file) => {
    const exports = Object.values(await import(`./${file}`)).filter(isRecognizer);
    expect(exports.length, `${file} exports no recognizer`).toBeGreaterThan(0);
    for (const recognizer of exports) expect(RECOGNIZERS).toContain(recognizer);
  });

  it('recognizer ids are unique', () => {
    const ids = RECOGNIZERS.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it.each(RECOGNIZERS.map((r) => [r.id, r] as const))('%s has a real description and valid types', (_id, recognizer) => {
    expect(recognizer.description.trim()).not.toMatch(/^(todo|tbd|fixme)?$/i);
    expect(recognizer.types.length).toBeGreaterThan(0);
    for (const type of recognizer.types) expect(FindingType.options).toContain(type);
  });

  it.each(RECOGNIZERS.map((r) => [r.id, r] as const))('%s finds nothing in empty text and only its own types', (_id, recognizer) => {
    expect(recognizer.find({ text: '', lower: '', policy: DEFAULT_POLICY })).toEqual([]);
    const text = 'Pt John Smith DOB 01/02/1950, MRN 1234567, SSN 219-09-9999, 12 Main St, Boston MA 02118, dx HIV, on sertraline.';
    for (const match of recognizer.find({ text, lower: text.toLowerCase(), policy: DEFAULT_POLICY })) {
      expect(recognizer.types).toContain(match.type);
      expect(match.start).toBeGreaterThanOrEqual(0);
      expect(match.end).toBeLessThanOrEqual(text.length);
      expect(match.end).toBeGreaterThan(match.start);
      expect(match.confidence).toBeGreaterThanOrEqual(0);
      expect(match.confidence).toBeLessThanOrEqual(1);
    }
  });
});
