import { describe, expect, it } from 'vitest';
import { scan } from '../../../lib/detect/scan';
import { DEFAULT_POLICY } from '../../../lib/policy/schema';
import { compileLexicon, defineLexiconRecognizer, termKey } from './matcher';

const ctxOf = (text: string) => ({ text, lower: text.toLowerCase(), policy: DEFAULT_POLICY });
const lexicon = compileLexicon([
  { name: 'words', confidence: 0.8, terms: ['heart failure', 'congestive heart failure', 'a-fib', "huntington's disease", 'emend'] },
  { name: 'abbr', confidence: 0.7, caseSensitive: true, terms: ['CAD', 'HIV'] },
]);
const found = (text: string) => lexicon.find(ctxOf(text)).map((m) => `${m.group.name}:${text.slice(m.start, m.end)}`);

describe('compiled lexicon', () => {
  it.each([
    ['Congestive heart failure, NYHA III', ['words:Congestive heart failure']],
    ['new heart  failure', ['words:heart  failure']],
    ['heart-failure clinic', ['words:heart-failure']],
    ['AFib, a fib, afib', ['words:AFib', 'words:a fib', 'words:afib']],
    ['Huntingtons disease', ['words:Huntingtons disease']],
    ['CAD and HIV', ['abbr:CAD', 'abbr:HIV']],
    // a word term's plain plural; never an abbreviation's, nor a term whose -s form is another word
    ['two heart failures', ['words:heart failures']],
    ['CADs, HIVs', []],
    ['the editor emends the text; take Emend daily', ['words:Emend']],
  ])('finds the longest whole-word term in %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    'the cad left', 'hiv', 'HIVE', 'ARCHIVE', 'heartfailures', 'CADs', 'pre-CAD', 'CAD-CAM',
  ])('finds nothing in %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('keys ignore case (unless case-sensitive), separators and apostrophes', () => {
    expect(termKey("Huntington's  Disease", false)).toBe('huntingtonsdisease');
    expect(termKey('A-Fib', true)).toBe('AFib');
  });

  it('reports an ambiguous term only with a cue in the window, and says which cue', () => {
    const recognizer = defineLexiconRecognizer({
      id: 't', description: 't', type: 'substance_use', cues: ['opioid'], cueWindow: 20,
      groups: [{ name: 'mat', confidence: 0.6, caseSensitive: true, requireCue: true, terms: ['MAT'] }],
    });
    expect(recognizer.find(ctxOf('MAT for opioid use'))).toMatchObject([{ cue: 'opioid', pattern: 'lexicon:mat' }]);
    // A sensitive category's ambiguous term stays cue-only.
    expect(recognizer.find(ctxOf('MAT in the gym; the opioid talk is far, far, far away'))).toEqual([]);
    // "opioids" is not the cue "opioid": cues are whole words too.
    expect(recognizer.find(ctxOf('MAT opioids'))).toEqual([]);
  });
  it('reports an ambiguous diagnosis without its cue as patient-only (the engine keeps it only in a PHI message)', () => {
    const recognizer = defineLexiconRecognizer({
      id: 't', description: 't', type: 'diagnosis', cues: ['ejection'], cueWindow: 20,
      groups: [{ name: 'hf', confidence: 0.6, caseSensitive: true, requireCue: true, terms: ['HF'] }],
    });
    expect(recognizer.find(ctxOf('HF with low ejection fraction'))).toMatchObject([{ cue: 'ejection', patientOnly: undefined }]);
    expect(recognizer.find(ctxOf('HF, stable today'))).toMatchObject([{ patientOnly: true, cue: undefined }]);
    // Named after a department it is the department, even in a patient's message.
    expect(recognizer.find(ctxOf('HF clinic moves to Tuesday'))).toEqual([]);
  });
});

describe('through the engine: evasions are undone before the lexicons run', () => {
  it.each([
    ['zero-width space inside a drug', 'Refill met\u200Bformin please', 'medication', 'met\u200Bformin'],
    ['Cyrillic look-alike in an abbreviation', 'Pt with \u0421HF', 'diagnosis', '\u0421HF'],
    ['full-width letters', 'on \uFF25\uFF4C\uFF49\uFF51\uFF55\uFF49\uFF53', 'medication', '\uFF25\uFF4C\uFF49\uFF51\uFF55\uFF49\uFF53'],
  ])('%s', (_label, text, type, original) => {
    const hit = scan(text).findings.find((f) => f.type === type);
    expect(hit?.text).toBe(original);
  });
});

describe('HEALTH_LEXICON_WORDS', () => {
  it('holds clinical words other rules can check, not short or numeric fragments', async () => {
    const { HEALTH_LEXICON_WORDS } = await import('./index');
    for (const w of ['bipolar', 'impressions', 'eliquis', 'colonoscopy']) expect(HEALTH_LEXICON_WORDS.has(w), w).toBe(true);
    for (const w of ['2', 'of', 'cad', 'karen', 'lynch', 'graves', "parkinson's"]) expect(HEALTH_LEXICON_WORDS.has(w), w).toBe(false);
  });
});
