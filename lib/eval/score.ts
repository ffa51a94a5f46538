import type { Finding, FindingType } from '../detect/types';

/** A labeled document, as in shared/corpora/*.jsonl. */
export interface GoldDocument {
  id: string;
  text: string;
  spans: { start: number; end: number; type: FindingType; role?: string }[];
  /** Message-level label for our own corpus; absent in the public corpora. */
  phi?: boolean;
}

/**
 * Types that count as the same thing for overlap matching: a corpus label "location" is found by an
 * "address" finding, a "phone" label by "fax" (pagers and fax numbers share a format), and so on.
 */
const COMPATIBLE: Partial<Record<FindingType, readonly FindingType[]>> = {
  location: ['location', 'address', 'zip'],
  address: ['address', 'location', 'zip'],
  zip: ['zip', 'address'],
  phone: ['phone', 'fax'],
  fax: ['fax', 'phone'],
  other_id: ['other_id', 'mrn', 'account_number', 'health_plan_id', 'license_number', 'device_id', 'ssn'],
  mrn: ['mrn', 'other_id', 'account_number'],
  account_number: ['account_number', 'other_id', 'health_plan_id'],
  license_number: ['license_number', 'other_id', 'ssn', 'phone'],
  url: ['url', 'email'],
  age_over_89: ['age_over_89'],
};
export const compatible = (gold: FindingType, found: FindingType) =>
  gold === found || (COMPATIBLE[gold]?.includes(found) ?? false);

export interface TypeScore { gold: number; found: number; truePositives: number; predictedTrue: number }
export interface Miss { id: string; type: FindingType; text: string; context: string }
export interface EvalReport {
  documents: number;
  perType: Map<FindingType, TypeScore>;
  overall: TypeScore;
  verdict: { labeled: number; correct: number; falseAlarms: number; negatives: number };
  misses: Miss[];
  falsePositives: Miss[];
}

export interface EvalOptions {
  /** Types the corpus labels; findings of other types are not counted as false positives. */
  scoredTypes?: ReadonlySet<FindingType>;
  /** Score gold spans with role "provider" (clinician names). Default true. */
  includeProviders?: boolean;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

const context = (text: string, start: number, end: number) =>
  `${text.slice(Math.max(0, start - 30), start)}[[${text.slice(start, end)}]]${text.slice(end, end + 30)}`.replace(/\s+/g, ' ');

/** Precision/recall by overlap: a gold span is found when a finding of a compatible type overlaps it. */
export function evaluate(
  docs: Iterable<GoldDocument>,
  run: (text: string) => { findings: Finding[]; phi: boolean },
  options: EvalOptions = {},
): EvalReport {
  const perType = new Map<FindingType, TypeScore>();
  const bucket = (t: FindingType) => {
    let s = perType.get(t);
    if (!s) perType.set(t, (s = { gold: 0, found: 0, truePositives: 0, predictedTrue: 0 }));
    return s;
  };
  const report: EvalReport = {
    documents: 0, perType, overall: { gold: 0, found: 0, truePositives: 0, predictedTrue: 0 },
    verdict: { labeled: 0, correct: 0, falseAlarms: 0, negatives: 0 }, misses: [], falsePositives: [],
  };
  for (const doc of docs) {
    report.documents++;
    const { findings, phi } = run(doc.text);
    const gold = doc.spans.filter((s) => options.includeProviders !== false || s.role !== 'provider');
    for (const g of gold) {
      const s = bucket(g.type);
      s.gold++; report.overall.gold++;
      if (findings.some((f) => overlaps(f, g) && compatible(g.type, f.type))) { s.found++; report.overall.found++; }
      else report.misses.push({ id: doc.id, type: g.type, text: doc.text.slice(g.start, g.end), context: context(doc.text, g.start, g.end) });
    }
    for (const f of findings) {
      if (options.scoredTypes && !options.scoredTypes.has(f.type)) continue;
      // Provider spans excluded from scoring are neither hits nor false positives.
      if (doc.spans.some((g) => overlaps(f, g) && compatible(g.type, f.type) && !gold.includes(g))) continue;
      const s = bucket(f.type);
      s.predictedTrue++; report.overall.predictedTrue++;
      if (gold.some((g) => overlaps(f, g) && compatible(g.type, f.type))) { s.truePositives++; report.overall.truePositives++; }
      else report.falsePositives.push({ id: doc.id, type: f.type, text: f.text, context: context(doc.text, f.start, f.end) });
    }
    if (doc.phi !== undefined) {
      report.verdict.labeled++;
      if (phi === doc.phi) report.verdict.correct++;
      if (!doc.phi) { report.verdict.negatives++; if (phi) report.verdict.falseAlarms++; }
    }
  }
  return report;
}

export const recall = (s: TypeScore) => (s.gold ? s.found / s.gold : 1);
export const precision = (s: TypeScore) => (s.predictedTrue ? s.truePositives / s.predictedTrue : 1);
