import { describe, expect, it, vi } from 'vitest';
import { RECOGNIZERS } from '../../rules';
import type { Recognizer } from '../../rules/types';
import { PolicySchema, type PolicyInput } from '../policy/schema';
import { mergeOverlaps, recognizersFor, scan } from './scan';
import { categoryOf, type Finding, type FindingType } from './types';

// One extra built-in that throws on a trigger word, to prove a failing recognizer does not stop the others.
vi.mock('../../rules', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../rules')>();
  const exploding: Recognizer = {
    id: 'test.exploding',
    description: 'throws when the text says KABOOM',
    types: ['other_id'],
    find: (ctx) => {
      if (ctx.text.includes('KABOOM')) throw new Error('recognizer blew up');
      return [];
    },
  };
  return { ...original, RECOGNIZERS: [...original.RECOGNIZERS, exploding] };
});

const policy = (input: PolicyInput) => PolicySchema.parse(input);
/**
 * Built-ins off except `keep`, plus an organization pattern: these tests exercise the engine (normalize,
 * offsets, policy, merge), so a built-in recognizer that also matches must not change what they see.
 */
const BUILT_IN = RECOGNIZERS.map((r) => r.id);
const isolated = (detection: NonNullable<PolicyInput['detection']>, keep: string[] = []) =>
  policy({ detection: { ...detection, disabledRules: [...BUILT_IN.filter((id) => !keep.includes(id)), ...(detection.disabledRules ?? [])] } });
const withPattern = (pattern: string, type: FindingType = 'other_id', extra: NonNullable<PolicyInput['detection']> = {}, keep: string[] = []) =>
  isolated({ customPatterns: [{ id: 'org', type, pattern, confidence: 1 }], ...extra }, keep);
const custom = (text: string, p = withPattern('X\\d{8}')) =>
  scan(text, p).findings.filter((f) => f.explanation.rule === 'custom.org');

describe('scan: findings carry ORIGINAL offsets through normalization', () => {
  it.each([
    { name: 'spaced characters', text: 'ref X 8 8 1 2 4 4 0 9 please', want: 'X 8 8 1 2 4 4 0 9' },
    { name: 'full-width', text: 'ref Ｘ８８１２４４０９ please', want: 'Ｘ８８１２４４０９' },
    { name: 'zero-width inside', text: 'id X881\u200B24\u200C409.', want: 'X881\u200B24\u200C409' },
    { name: 'soft hyphens inside', text: 'id X88\u00AD124\u00AD409.', want: 'X88\u00AD124\u00AD409' },
    { name: 'after astral characters', text: '🙂🙂 id X88124409', want: 'X88124409' },
    { name: 'dotted', text: 'id X.8.8.1.2.4.4.0.9 ok', want: 'X.8.8.1.2.4.4.0.9' },
  ])('$name', ({ text, want }) => {
    const [f, ...rest] = custom(text);
    expect(rest).toEqual([]);
    expect(f).toBeDefined();
    expect(text.slice(f!.start, f!.end)).toBe(want);
    expect(f!.text).toBe(want);
    expect(f!.category).toBe('identifier');
  });

  it('homoglyphs fold for matching, the mark covers what was typed', () => {
    const text = 'Re: Jоhn Smіth results';
    const p = isolated({ customTerms: [{ term: 'john smith', type: 'name' }] });
    const f = scan(text, p).findings.find((x) => x.explanation.rule === 'custom.terms');
    expect(f?.text).toBe('Jоhn Smіth');
    expect(f?.type).toBe('name');
  });
});

describe('scan: policy', () => {
  it('disabledRules removes a built-in recognizer', () => {
    const text = 'Please call 617-555-0142 about the results.';
    expect(scan(text).findings.some((f) => f.explanation.rule === 'phone')).toBe(true);
    const off = scan(text, policy({ detection: { disabledRules: ['phone'] } }));
    expect(off.findings.some((f) => f.explanation.rule === 'phone')).toBe(false);
    expect(recognizersFor(policy({ detection: { disabledRules: ['phone'] } })).map((r) => r.id)).not.toContain('phone');
  });

  it('disabledRules also removes an organization pattern', () => {
    const p = withPattern('X\\d{8}', 'other_id', { disabledRules: ['custom.org'] });
    expect(custom('id X88124409', p)).toEqual([]);
  });

  it.each([
    { pattern: 'ACM-\\d{6}', flags: '', text: 'chart ACM-123456 and acm-654321', want: ['ACM-123456'] },
    { pattern: 'ACM-\\d{6}', flags: 'i', text: 'chart ACM-123456 and acm-654321', want: ['ACM-123456', 'acm-654321'] },
  ])('customPatterns /$pattern/$flags', ({ pattern, flags, text, want }) => {
    const p = isolated({ customPatterns: [{ id: 'org', type: 'mrn', pattern, flags }] });
    const found = custom(text, p);
    expect(found.map((f) => f.text)).toEqual(want);
    expect(found.every((f) => f.type === 'mrn' && f.explanation.pattern === 'org')).toBe(true);
  });

  it.each([
    { confidence: 0.4, minConfidence: 0.5, kept: false },
    { confidence: 0.6, minConfidence: 0.5, kept: true },
    { confidence: 0.6, minConfidence: 0.7, kept: false },
  ])('minConfidence $minConfidence with a $confidence pattern → kept $kept', ({ confidence, minConfidence, kept }) => {
    const p = isolated({ minConfidence, customPatterns: [{ id: 'org', type: 'other_id', pattern: 'X\\d{8}', confidence }] });
    expect(custom('id X88124409', p).length).toBe(kept ? 1 : 0);
  });
});

describe('scan: recognizer errors', () => {
  it('a throwing recognizer is reported in errors and the others still run', () => {
    const result = scan('KABOOM id X88124409, call 617-555-0142', withPattern('X\\d{8}', 'other_id', {}, ['test.exploding', 'phone']));
    expect(result.errors).toEqual([{ rule: 'test.exploding', message: 'recognizer blew up' }]);
    expect(result.findings.map((f) => f.explanation.rule)).toEqual(expect.arrayContaining(['custom.org', 'phone']));
  });

  it('no errors when nothing throws', () => {
    expect(scan('id X88124409', withPattern('X\\d{8}', 'other_id', {}, ['test.exploding'])).errors).toEqual([]);
  });
});

const text = 'Mr. John Smith was seen at the HIV clinic on Monday.';
const f = (type: FindingType, start: number, end: number, confidence: number): Finding => ({
  type, category: categoryOf(type), start, end, text: text.slice(start, end), confidence,
  explanation: { rule: type, pattern: 'p', validator: 'none' },
});

describe('mergeOverlaps', () => {
  const summary = (findings: Finding[]) => findings.map((x) => `${x.type}:${x.start}-${x.end}:${x.text}`);
  it.each([
    {
      name: 'same category: the more confident wins',
      input: [f('name', 4, 14, 0.6), f('mrn', 4, 8, 0.9)],
      want: ['mrn:4-8:John'],
    },
    {
      name: 'same confidence: the longer wins',
      input: [f('location', 31, 34, 0.8), f('location', 31, 41, 0.8)],
      want: ['location:31-41:HIV clinic'],
    },
    {
      name: 'same type, different extents: widened to cover both',
      input: [f('name', 4, 14, 0.9), f('name', 0, 8, 0.85)],
      want: ['name:0-14:Mr. John Smith'],
    },
    {
      name: 'same type but much less confident: not widened',
      input: [f('name', 4, 14, 0.9), f('name', 0, 8, 0.5)],
      want: ['name:4-14:John Smith'],
    },
    {
      name: 'different categories both stay',
      input: [f('location', 31, 41, 0.8), f('hiv', 31, 34, 0.9)],
      want: ['hiv:31-34:HIV', 'location:31-41:HIV clinic'],
    },
    {
      name: 'adjacent findings do not clash, output sorted by position',
      input: [f('date', 45, 51, 0.7), f('name', 9, 14, 0.8), f('name', 4, 8, 0.8)],
      want: ['name:4-8:John', 'name:9-14:Smith', 'date:45-51:Monday'],
    },
  ])('$name', ({ input, want }) => {
    const merged = mergeOverlaps(input, text);
    expect(summary(merged)).toEqual(want);
    for (const m of merged) expect(m.text).toBe(text.slice(m.start, m.end));
  });

  it('keeps a link or a mailbox whole: a number in its query is part of it, an IP address in it stays one', () => {
    const scanned = scan('see http://portal.example.net/view?id=7731 and http://[2001:db8::1]/path now');
    expect(scanned.findings.map((x) => `${x.type}:${x.text}`)).toEqual([
      'url:http://portal.example.net/view?id=7731', 'ip_address:2001:db8::1',
    ]);
  });

  it('finds clashes across its 256-character stretches and keeps the first kept rival, as a scan of all would', () => {
    const long = 'x'.repeat(600);
    const at = (type: FindingType, start: number, end: number, confidence: number) => ({ ...f(type, 0, 1, confidence), start, end, text: long.slice(start, end) });
    // A name spanning offsets 250-300 (two stretches) beats a weaker one inside the second stretch; a diagnosis there stays.
    const merged = mergeOverlaps([at('name', 280, 290, 0.6), at('name', 250, 300, 0.9), at('diagnosis', 280, 290, 0.8)], long);
    expect(merged.map((x) => `${x.type}:${x.start}-${x.end}`)).toEqual(['name:250-300', 'diagnosis:280-290']);
    // Widened across a stretch boundary, the finding then clashes with one only its new extent reaches.
    const widened = mergeOverlaps([at('name', 250, 260, 0.9), at('name', 240, 270, 0.85), at('name', 262, 268, 0.5)], long);
    expect(widened.map((x) => `${x.type}:${x.start}-${x.end}`)).toEqual(['name:240-270']);
    // Many findings far apart all stay (each compared only with its neighbours).
    const many = Array.from({ length: 500 }, (_, i) => at('date', i, i + 1, 0.7));
    expect(mergeOverlaps(many, long)).toHaveLength(500);
  });

  it('does not modify its input findings array order', () => {
    const input = [f('date', 45, 51, 0.7), f('name', 4, 8, 0.8)];
    mergeOverlaps(input, text);
    expect(input.map((x) => x.type)).toEqual(['date', 'name']);
  });
});

describe('scan: a date cue is an event of the person, not part of a name or another paragraph', () => {
  const cueOf = (text: string, date: string) => scan(text).findings.find((x) => x.type === 'date' && x.text === date)?.explanation.cue;
  it.each([
    ['Trays must arrive at Lakeshore Surgery Center by 3:00 pm Friday 12/5.', '12/5', undefined],
    ['Please use the reason for visit field.\n\nTraining session Wed 6/25 at 10:00', '6/25', undefined],
    ['Her knee surgery is Friday 12/5 at Lakeshore.', '12/5', 'surgery'],
    ['Follow-up visit on 6/25 with Dr. Lee.', '6/25', 'visit'],
  ])('%j: the cue of %s is %s', (text, date, cue) => {
    expect(cueOf(text, date)).toBe(cue);
  });
});

describe('scan: words that are clinical only in a message about a patient', () => {
  const typesOf = (text: string) => scan(text).findings.map((f) => `${f.type}:${f.text}`);
  it.each([
    ['Re: Jane Smith, MRN 4471823. CT head negative, two falls at home, on oxygen, labs Friday.', ['procedure:CT head', 'diagnosis:falls', 'medication:oxygen', 'procedure:labs']],
    ['Mr. Ortiz (DOB 04/02/1951) is more confused at night; echo and imaging attached.', ['diagnosis:more confused', 'procedure:echo', 'procedure:imaging']],
    // What patients and parents write about a stoma, an ear or a PD bag (fresh30/31).
    ['Re: Bogdan Ilie, MRN 5530127, on home PD. Cloudy bag this morning and drainage around the catheter.', ['diagnosis:Cloudy bag', 'diagnosis:drainage']],
    ["Gerald Fitzpatrick, DOB 5/9/1948: my tinnitus is worse, the ringing in my ears keeps me up and the scars itch.", ['diagnosis:ringing in my ears', 'diagnosis:scars']],
  ])('counts them in a PHI message: %j', (text, expected) => {
    expect(scan(text).verdict.phi).toBe(true);
    expect(typesOf(text)).toEqual(expect.arrayContaining(expected));
  });
  it.each([
    'Hi Jane Smith, the CT office moves Friday; falls prevention week is in May; oxygen tanks go to dock 3.',
    'Dana Reyes: the imaging backlog and our infection rates are on the agenda; call 614-555-0137.',
    'Hi Dana Reyes, the storm drainage work and the swelling budget are on the agenda; cloudy forecast Friday, call 614-555-0137.',
  ])('never makes office mail PHI, and reports nothing for them there: %j', (text) => {
    const result = scan(text);
    expect(result.verdict.phi).toBe(false);
    expect(result.findings.filter((f) => f.category !== 'identifier')).toEqual([]);
  });
  it.each([
    ['Re: Jane Smith, MRN 4471823, CHF. Her appointment falls on Monday.', 'falls'],
    ['Re: Jane Smith, MRN 4471823, CHF. Sorry for the confusion about the bill.', 'confusion'],
    ['Re: Jane Smith, MRN 4471823, CHF. Meds come weekly in blister packs; SpO2 94% on RA.', 'blister'],
    ['Re: Jane Smith, MRN 4471823, CHF. Copy to Anatomic Pathology and the Wound RN.', 'Pathology'],
    ['Re: Jane Smith, MRN 4471823, CHF. SpO2 94% on RA.', 'RA'],
  ])('keeps their everyday readings even there: %j', (text, word) => {
    expect(scan(text).verdict.phi).toBe(true);
    expect(scan(text).findings.filter((f) => f.category !== 'identifier' && f.text === word)).toEqual([]);
  });
  it.each([
    ['Re: Jane Smith, MRN 4471823, CHF. Continue propranolol 20 mg and estradiol patch.', ['mental_health', 'reproductive_health']],
    ['Re: Jane Smith, MRN 4471823, HBV. Tenofovir continues; ATM clinic Friday; rehab after the hip.', ['hiv', 'genetic', 'substance_use']],
  ])('keeps ambiguous sensitive terms cue-only even in a PHI message: %j', (text, types) => {
    const result = scan(text);
    expect(result.verdict.phi).toBe(true);
    expect(result.findings.filter((f) => (types as string[]).includes(f.type))).toEqual([]);
  });
  it('counts the mental-health words it can tell apart in a PHI message', () => {
    expect(typesOf('Re: Jane Smith, MRN 4471823, on sertraline for MDD. Denied SI; started DBT last week.')).toEqual(expect.arrayContaining(['mental_health:SI', 'mental_health:DBT']));
  });
  it('a symptom listed beside one that counts anywhere counts anywhere ("pain, dyspnea")', () => {
    expect(typesOf('Job posting: comfortable managing pain, dyspnea and terminal agitation.')).toContain('diagnosis:pain');
  });
});
