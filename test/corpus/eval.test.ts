import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../lib/detect/scan';
import { categoryOf, type FindingType } from '../../lib/detect/types';
import { evaluate, recall, type GoldDocument } from '../../lib/eval/score';
import type { CorpusMessage } from './build';

const messages: CorpusMessage[] = readFileSync(join(__dirname, 'messages.jsonl'), 'utf8')
  .split('\n').filter(Boolean).map((line) => JSON.parse(line));
const ORDINARY = new Set(['office', 'newsletter']);

function healthRecall(docs: CorpusMessage[]): number {
  const report = evaluate(docs as GoldDocument[], (text) => {
    const result = scan(text);
    return { findings: result.findings, phi: result.verdict.phi };
  });
  const gold = { gold: 0, found: 0, truePositives: 0, predictedTrue: 0 };
  for (const [type, score] of report.perType) {
    if (categoryOf(type as FindingType) === 'identifier') continue;
    gold.gold += score.gold;
    gold.found += score.found;
  }
  return recall(gold);
}

describe.each(['tune', 'holdout'] as const)('our corpus, %s split', (split) => {
  const docs = messages.filter((m) => m.split === split);

  it('finds at least 95% of labeled health, sensitive and psychotherapy items', () => {
    expect(healthRecall(docs)).toBeGreaterThanOrEqual(0.95);
  });

  it('calls at most 5% of ordinary office emails and newsletters PHI', () => {
    const ordinary = docs.filter((m) => ORDINARY.has(m.kind));
    const alarms = ordinary.filter((m) => scan(m.text).verdict.phi).map((m) => m.id);
    expect(alarms.length / ordinary.length, `false alarms: ${alarms.join(', ')}`).toBeLessThanOrEqual(0.05);
  });

  it('calls most PHI messages PHI (depends on the identifier rules too)', () => {
    const phi = docs.filter((m) => m.phi);
    const missed = phi.filter((m) => !scan(m.text).verdict.phi).map((m) => m.id);
    expect(1 - missed.length / phi.length, `missed: ${missed.join(', ')}`).toBeGreaterThanOrEqual(0.85);
  });
});
