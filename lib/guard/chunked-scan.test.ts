import { describe, expect, it } from 'vitest';
import { scan } from '../detect/scan';
import { DEFAULT_POLICY } from '../policy/schema';
import { CHUNK_OVERLAP, CHUNK_SIZE, chunkedScan, combineVerdicts, PieceCache, pieceBounds, scanAll } from './chunked-scan';

const REFERRAL = 'Referral for Mr. John Smith, MRN 12345678, diagnosed with CHF.';

describe('chunkedScan', () => {
  it('a short text is one piece and equals a plain scan', () => {
    const run = chunkedScan(REFERRAL, DEFAULT_POLICY);
    expect(run.pieces).toBe(1);
    const plain = scan(REFERRAL, DEFAULT_POLICY);
    const chunked = run.step()!;
    expect(chunked.findings.map((f) => [f.type, f.start, f.end])).toEqual(plain.findings.map((f) => [f.type, f.start, f.end]));
    expect(chunked.verdict.phi).toBe(plain.verdict.phi);
    expect(run.step()).toBeUndefined();
  });

  it('a huge text is scanned piece by piece with offsets into the whole text', () => {
    const filler = 'The weather was fine and the meeting ran long. '.repeat(Math.ceil((CHUNK_SIZE * 2.5) / 47));
    const text = filler + REFERRAL + filler;
    const run = chunkedScan(text, DEFAULT_POLICY);
    expect(run.pieces).toBeGreaterThanOrEqual(3);
    let steps = 0;
    let result;
    while (!(result = run.step())) steps++;
    expect(steps).toBe(run.pieces - 1);
    const found = result.findings.filter((f) => f.start >= filler.length && f.end <= filler.length + REFERRAL.length);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(result.verdict.phi).toBe(true);
  });

  it('a finding across a piece boundary is found once', () => {
    const pad = 'x '.repeat(Math.floor((CHUNK_SIZE - 20) / 2));
    const text = pad + REFERRAL;
    expect(text.length).toBeGreaterThan(CHUNK_SIZE);
    const whole = scanAll(text, DEFAULT_POLICY);
    const mrn = whole.findings.filter((f) => f.type === 'mrn');
    expect(mrn.length).toBeLessThanOrEqual(1);
    expect(CHUNK_OVERLAP).toBeGreaterThan(REFERRAL.length);
  });

  it('identifier in one piece and health in another is still PHI', () => {
    const base = { phi: false, risk: 'low' as const, sensitive: [], psychotherapy: false, reasons: [] };
    const v = combineVerdicts([{ ...base, identifiable: true, health: false }, { ...base, identifiable: false, health: true }]);
    expect(v.phi).toBe(true);
    expect(v.risk).toBe('moderate');
  });
});

describe('incremental rescans', () => {
  it('after an edit in one paragraph only that piece is scanned again', () => {
    const paragraph = (i: number) => `Paragraph ${i}: the weather was fine and the meeting ran long, nothing else to report today.\n`;
    const paragraphs = Array.from({ length: 200 }, (_, i) => paragraph(i));
    const text = paragraphs.join('');
    const cache = new PieceCache();
    const first = chunkedScan(text, DEFAULT_POLICY, undefined, cache);
    while (!first.step());
    expect(first.scanned()).toBe(first.pieces);
    expect(first.pieces).toBeGreaterThan(3);
    paragraphs[150] = REFERRAL + '\n';
    const edited = chunkedScan(paragraphs.join(''), DEFAULT_POLICY, undefined, cache);
    let result;
    while (!(result = edited.step()));
    // The edited paragraph's piece, and at most its neighbour when the edit moved a break.
    expect(edited.scanned()).toBeLessThanOrEqual(2);
    expect(edited.scanned()).toBeGreaterThanOrEqual(1);
    expect(result.verdict.phi).toBe(true);
  });

  const shapes: [string, string][] = [
    ['one huge line', 'a'.repeat(CHUNK_SIZE * 3 + 17)],
    ['many short lines', 'line of text\n'.repeat(2000)],
    ['lines of mixed length', Array.from({ length: 300 }, (_, i) => 'w'.repeat((i * 37) % 900) + '\n').join('')],
    ['a huge line among short ones', 'short\n'.repeat(50) + 'b'.repeat(CHUNK_SIZE * 2) + '\nshort\n'.repeat(50)],
    ['empty', ''],
  ];
  for (const [name, text] of shapes) {
    it(`pieces cover the text without gaps and stay small: ${name}`, () => {
      const bounds = pieceBounds(text);
      expect(bounds[0]![0]).toBe(0);
      expect(bounds.at(-1)![1]).toBe(text.length);
      for (let i = 1; i < bounds.length; i++) expect(bounds[i]![0]).toBeLessThanOrEqual(bounds[i - 1]![1]);
      for (const [from, to] of bounds) expect(to - from).toBeLessThanOrEqual(CHUNK_SIZE + CHUNK_OVERLAP);
    });
  }
});
