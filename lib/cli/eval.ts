import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { scan } from '../detect/scan';
import { FindingType, categoryOf, type Finding } from '../detect/types';
import {
  compatible, evaluate, precision, recall, type EvalReport, type GoldDocument, type TypeScore,
} from '../eval/score';
import { CliError, parseJsonLines, readInput, type CliIO } from './io';
import { EVAL_USAGE } from './usage';


const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The corpora `npm run eval` covers: the shared labeled sets beside the repo and our own message sets. */
export function defaultCorpora(repo = REPO): string[] {
  const shared = join(repo, '..', 'shared', 'corpora');
  const files = existsSync(shared)
    ? readdirSync(shared).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(shared, f))
    : [];
  // Ours: the first labeled set, then the sets written later without looking at the rules.
  for (const name of ['messages', 'fresh', 'fresh2', 'fresh3', 'fresh4', 'fresh5', 'fresh6', 'fresh7', 'fresh8', 'fresh9', 'fresh10', 'fresh11', 'fresh12', 'fresh13', 'fresh14', 'fresh15', 'fresh16', 'fresh17', 'fresh18', 'fresh19', 'fresh20', 'fresh21', 'fresh22', 'fresh23', 'fresh24', 'fresh25', 'fresh26', 'fresh27', 'fresh28', 'fresh29', 'fresh30', 'fresh31', 'fresh32', 'fresh33', 'fresh34', 'fresh35', 'fresh36', 'fresh37', 'fresh38', 'fresh39', 'fresh40', 'fresh41', 'fresh42', 'fresh43', 'fresh44', 'fresh45', 'fresh46', 'fresh47', 'fresh48', 'fresh49', 'fresh50', 'fresh51', 'fresh52', 'fresh53', 'fresh54', 'fresh55', 'fresh56', 'fresh57', 'fresh58', 'fresh59', 'fresh60', 'fresh61', 'fresh62', 'fresh63', 'fresh64', 'fresh65', 'fresh66', 'fresh67', 'fresh68', 'fresh69', 'fresh70', 'fresh71', 'fresh72', 'fresh73', 'fresh74', 'fresh75', 'fresh76', 'fresh77', 'fresh78', 'fresh79', 'fresh80', 'fresh81', 'fresh82', 'fresh83', 'fresh84', 'fresh85', 'fresh86', 'fresh87', 'fresh88', 'fresh89', 'fresh90', 'fresh92', 'fresh91', 'fresh93']) {
    const own = join(repo, 'test', 'corpus', `${name}.jsonl`);
    if (existsSync(own)) files.push(own);
  }
  return files;
}

const isInt = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/** One corpus line, checked well enough that a bad label names its line instead of skewing the score. */
function checkDocument(json: unknown): GoldDocument | string {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return 'expected an object {"id","text","spans"}';
  const doc = json as Record<string, unknown>;
  if (typeof doc.text !== 'string') return 'missing "text" (a string)';
  if (!Array.isArray(doc.spans)) return 'missing "spans" (a list)';
  if (doc.phi !== undefined && typeof doc.phi !== 'boolean') return '"phi" must be true or false';
  const spans: GoldDocument['spans'] = [];
  for (const [i, span] of doc.spans.entries()) {
    const s = span as Record<string, unknown> | null;
    if (!s || !isInt(s.start) || !isInt(s.end) || s.end < s.start || s.end > doc.text.length) return `spans[${i}]: bad start/end`;
    const type = FindingType.safeParse(s.type);
    if (!type.success) return `spans[${i}]: unknown type ${JSON.stringify(s.type)}`;
    spans.push({ start: s.start, end: s.end, type: type.data, ...(typeof s.role === 'string' ? { role: s.role } : {}) });
  }
  return { id: String(doc.id ?? ''), text: doc.text, spans, ...(typeof doc.phi === 'boolean' ? { phi: doc.phi } : {}) };
}

/** Finding types worth scoring on a corpus: the ones it labels, and the ones that count as hits for those. */
export function scoredTypesFor(docs: readonly GoldDocument[]): Set<FindingType> {
  const labeled = new Set(docs.flatMap((d) => d.spans.map((s) => s.type)));
  return new Set(FindingType.options.filter((t) => [...labeled].some((g) => compatible(g, t))));
}

export interface CorpusResult {
  name: string;
  docs: GoldDocument[];
  bytes: number;
  scanMs: number;
  withProviders: EvalReport;
  /** Only when the corpus marks provider spans. */
  withoutProviders?: EvalReport;
  scoredTypes: Set<FindingType>;
}

/** Scan each document once; score it with and without provider names from the same findings. */
export function runCorpus(name: string, docs: GoldDocument[]): CorpusResult {
  const results = new Map<string, { findings: Finding[]; phi: boolean }>();
  const t0 = performance.now();
  for (const doc of docs) {
    if (results.has(doc.text)) continue;
    const r = scan(doc.text);
    results.set(doc.text, { findings: r.findings, phi: r.verdict.phi });
  }
  const scanMs = performance.now() - t0;
  const run = (text: string) => results.get(text)!;
  const scoredTypes = scoredTypesFor(docs);
  const hasProviders = docs.some((d) => d.spans.some((s) => s.role === 'provider'));
  return {
    name,
    docs,
    bytes: docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0),
    scanMs,
    scoredTypes,
    withProviders: evaluate(docs, run, { scoredTypes, includeProviders: true }),
    ...(hasProviders ? { withoutProviders: evaluate(docs, run, { scoredTypes, includeProviders: false }) } : {}),
  };
}

const sum = (scores: TypeScore[]): TypeScore => scores.reduce(
  (a, s) => ({ gold: a.gold + s.gold, found: a.found + s.found, truePositives: a.truePositives + s.truePositives, predictedTrue: a.predictedTrue + s.predictedTrue }),
  { gold: 0, found: 0, truePositives: 0, predictedTrue: 0 },
);

/** identifier / health / sensitive / psychotherapy rows, from the per-type scores. */
export function byCategory(report: EvalReport): Map<string, TypeScore> {
  const out = new Map<string, TypeScore>();
  for (const [type, score] of report.perType) {
    const c = categoryOf(type);
    out.set(c, sum([out.get(c) ?? { gold: 0, found: 0, truePositives: 0, predictedTrue: 0 }, score]));
  }
  return out;
}

export const f1 = (s: TypeScore) => {
  const p = precision(s);
  const r = recall(s);
  return p + r ? (2 * p * r) / (p + r) : 0;
};
const fmt = (x: number) => x.toFixed(3);
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');
/** "—" where a figure has nothing to count (no gold spans, or nothing predicted). */
const r3 = (s: TypeScore | undefined) => (s && s.gold ? fmt(recall(s)) : '—');
const p3 = (s: TypeScore | undefined) => (s && s.predictedTrue ? fmt(precision(s)) : '—');

function verdictLine(report: EvalReport): string | undefined {
  const v = report.verdict;
  if (!v.labeled) return undefined;
  return `verdict: ${v.correct}/${v.labeled} correct (${pct(v.correct, v.labeled)}); false alarms on phi:false: ${v.falseAlarms}/${v.negatives} (${pct(v.falseAlarms, v.negatives)})`;
}

function reportText(result: CorpusResult, report: EvalReport, other: EvalReport | undefined, otherLabel: string, verbose: boolean): string {
  const lines: string[] = [];
  const kb = result.bytes / 1024;
  lines.push(`${result.name}: ${result.docs.length} documents, ${kb.toFixed(0)} KB, scanned in ${(result.scanMs / 1000).toFixed(2)} s (${(kb / (result.scanMs / 1000)).toFixed(0)} KB/s)`);
  lines.push(`scored finding types: ${[...result.scoredTypes].join(', ')}`, '');
  const header = `${'type'.padEnd(20)}${'gold'.padStart(7)}${'found'.padStart(7)}${'recall'.padStart(8)}${'predicted'.padStart(11)}${'correct'.padStart(9)}${'precision'.padStart(11)}${'F1'.padStart(7)}`;
  const row = (label: string, s: TypeScore) =>
    `${label.padEnd(20)}${String(s.gold).padStart(7)}${String(s.found).padStart(7)}${r3(s).padStart(8)}${String(s.predictedTrue).padStart(11)}${String(s.truePositives).padStart(9)}${p3(s).padStart(11)}${(s.gold ? fmt(f1(s)) : '—').padStart(7)}`;
  lines.push(header);
  const types = [...report.perType.keys()].sort((a, b) => FindingType.options.indexOf(a) - FindingType.options.indexOf(b));
  for (const t of types) lines.push(row(t, report.perType.get(t)!));
  lines.push('-'.repeat(header.length));
  for (const [category, s] of byCategory(report)) lines.push(row(category, s));
  lines.push(row('overall', report.overall));
  if (other) lines.push(`${otherLabel}: recall ${r3(other.overall)} (gold ${other.overall.gold}), precision ${p3(other.overall)}, F1 ${fmt(f1(other.overall))}`);
  const verdict = verdictLine(report);
  if (verdict) lines.push(verdict);
  if (verbose) {
    lines.push('', `misses (${report.misses.length}):`);
    for (const m of report.misses) lines.push(`  ${m.id}\t${m.type}\t${m.context}`);
    lines.push('', `false positives (${report.falsePositives.length}):`);
    for (const m of report.falsePositives) lines.push(`  ${m.id}\t${m.type}\t${m.context}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The compact table for the README: one row per corpus (physionet twice: with and without providers). */
export function markdownSummary(results: CorpusResult[]): string {
  const lines = [
    '| corpus | docs | gold spans | recall | precision | F1 | identifiers R / P | health R / P | sensitive R / P | verdict accuracy | false alarms |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const result of results) {
    const variants: [string, EvalReport][] = result.withoutProviders
      ? [[`${result.name} (with provider names)`, result.withProviders], [`${result.name} (without provider names)`, result.withoutProviders]]
      : [[result.name, result.withProviders]];
    for (const [label, report] of variants) {
      const cat = byCategory(report);
      const id = cat.get('identifier');
      const health = cat.get('health');
      const sensitive = cat.get('sensitive');
      const v = report.verdict;
      lines.push(`| ${label} | ${result.docs.length} | ${report.overall.gold} | ${r3(report.overall)} | ${p3(report.overall)} | ${fmt(f1(report.overall))} | ${r3(id)} / ${p3(id)} | ${health ? `${r3(health)} / ${p3(health)}` : '—'} | ${sensitive ? `${r3(sensitive)} / ${p3(sensitive)}` : '—'} | ${v.labeled ? pct(v.correct, v.labeled) : '—'} | ${v.negatives ? `${v.falseAlarms}/${v.negatives} (${pct(v.falseAlarms, v.negatives)})` : '—'} |`);
    }
  }
  // Per type: recall / precision in each corpus, so a regression in one recognizer is visible.
  const types = FindingType.options.filter((t) => results.some((r) => r.withProviders.perType.has(t)));
  lines.push('', `| type | ${results.map((r) => `${r.name} R / P`).join(' | ')} |`, `|---|${results.map(() => '---:').join('|')}|`);
  for (const t of types) {
    lines.push(`| ${t} | ${results.map((r) => {
      const s = r.withProviders.perType.get(t);
      return s ? `${r3(s)} / ${p3(s)}` : '—';
    }).join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

async function loadCorpus(io: CliIO, file: string, onError: (m: string) => void): Promise<GoldDocument[]> {
  return parseJsonLines(await readInput(io, file), file, checkDocument, onError).map((d) => d.value);
}

export async function evalCommand(io: CliIO, args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        verbose: { type: 'boolean', short: 'v' },
        'no-providers': { type: 'boolean' },
        all: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}\n${EVAL_USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) { io.stdout(EVAL_USAGE); return 0; }
  const files = values.all ? [...defaultCorpora(), ...positionals] : positionals;
  if (!files.length) {
    throw new CliError(values.all ? `no corpora found in ${join(REPO, '..', 'shared', 'corpora')}` : `no corpus given\n${EVAL_USAGE}`);
  }
  let failed = false;
  const onError = (message: string) => { io.stderr(`${message}\n`); failed = true; };
  const results: CorpusResult[] = [];
  for (const file of files) {
    const docs = await loadCorpus(io, file, onError);
    const name = basename(file).replace(/\.jsonl$/, '');
    if (values.all) io.stderr(`scanning ${name} (${docs.length} documents)…\n`);
    const result = runCorpus(name, docs);
    results.push(result);
    if (values.all) continue;
    const [main, other, label] = values['no-providers'] && result.withoutProviders
      ? [result.withoutProviders, result.withProviders, 'with provider names']
      : [result.withProviders, result.withoutProviders, 'without provider names'];
    io.stdout(`${reportText(result, main, other, label, Boolean(values.verbose))}\n`);
  }
  if (values.all) io.stdout(markdownSummary(results));
  return failed ? 1 : 0;
}
