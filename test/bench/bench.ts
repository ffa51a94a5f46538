/**
 * `npm run bench`: how fast the PHI engine is against compromise, the NLP library it could have leaned on.
 * Prints figures only; asserts nothing (the machine is shared, timings vary).
 *
 * What is timed, per document of physionet-deid-dev (clinical notes):
 *   - engine:     scan(text) — normalization, every recognizer, merge, verdict (default policy)
 *   - compromise: nlp(text).people().json() — tokenize + tag, then the person matches as JSON, i.e. the
 *                 least a name finder built on compromise would run
 * Each is warmed up first, then timed over several interleaved rounds; the median round is reported.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import nlp from 'compromise';
import { scan } from '../../lib/detect/scan';

const CORPUS = fileURLToPath(new URL('../../../shared/corpora/physionet-deid-dev.jsonl', import.meta.url));
const ENGINE_ROUNDS = Number(process.env.BENCH_ENGINE_ROUNDS ?? 7);
const NLP_ROUNDS = Number(process.env.BENCH_NLP_ROUNDS ?? 3);
const MB = 1024 * 1024;

const gc = (globalThis as { gc?: () => void }).gc;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

function timeRounds(rounds: number, body: () => void): number[] {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    gc?.();
    const t0 = performance.now();
    body();
    times.push(performance.now() - t0);
  }
  return times;
}

if (!existsSync(CORPUS)) {
  console.error(`bench: ${CORPUS} not found (the shared corpora sit beside the repository)`);
  process.exit(2);
}
const docs = readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; text: string });
const texts = docs.map((d) => d.text);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const kb = bytes / 1024;
console.log(`corpus: physionet-deid-dev, ${texts.length} documents, ${kb.toFixed(0)} KB (UTF-8)`);
console.log(`node ${process.version}, gc ${gc ? 'exposed (collected before each round)' : 'not exposed'}`);

// Warm-up, so JIT tiering and compromise's lazy lexicon setup are out of the timed rounds. The engine gets three
// passes: its rounds kept getting faster through the third (regex tier-up, the word memos filling), and the
// content script of a mail tab that has been open a while runs in that steady state. The first pass is printed.
let sink = 0;
const firstPass = timeRounds(1, () => { for (const t of texts) sink += scan(t).findings.length; })[0]!;
for (let r = 0; r < 2; r++) for (const t of texts) sink += scan(t).findings.length;
for (const t of texts.slice(0, 200)) sink += nlp(t).people().json().length;

// Rounds interleaved (engine, compromise, engine, …) so a change in the shared machine's load falls on both
// sides of the ratio rather than on whichever ran second.
const engineTimes: number[] = [];
const nlpTimes: number[] = [];
for (let r = 0; r < Math.max(ENGINE_ROUNDS, NLP_ROUNDS); r++) {
  if (r < ENGINE_ROUNDS) engineTimes.push(...timeRounds(1, () => { for (const t of texts) sink += scan(t).findings.length; }));
  if (r < NLP_ROUNDS) nlpTimes.push(...timeRounds(1, () => { for (const t of texts) sink += nlp(t).people().json().length; }));
}
const engineMs = median(engineTimes);
const nlpMs = median(nlpTimes);
const engineKBs = kb / (engineMs / 1000);
const nlpKBs = kb / (nlpMs / 1000);

// Per-message latency: what a user waits for after typing, from one more engine pass.
// Re-warm first: the compromise rounds just churned the heap and the JIT's caches.
for (const t of texts.slice(0, 100)) sink += scan(t).findings.length;
gc?.();
const latencies = texts.map((t) => { const t0 = performance.now(); sink += scan(t).findings.length; return performance.now() - t0; });

const fmtRounds = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
console.log('');
console.log(`engine     scan(text):                    median ${engineMs.toFixed(0)} ms of ${ENGINE_ROUNDS} rounds [${fmtRounds(engineTimes)}] → ${engineKBs.toFixed(0)} KB/s`);
console.log(`compromise nlp(text).people().json():     median ${nlpMs.toFixed(0)} ms of ${NLP_ROUNDS} rounds [${fmtRounds(nlpTimes)}] → ${nlpKBs.toFixed(0)} KB/s`);
console.log(`engine first pass (cold, before warm-up): ${firstPass.toFixed(0)} ms`);
console.log(`ratio engine / compromise: ${(engineKBs / nlpKBs).toFixed(1)}× (target ≥ 10×)`);
const slowest = latencies.indexOf(Math.max(...latencies));
console.log(`engine per document: p50 ${percentile(latencies, 50).toFixed(2)} ms, p95 ${percentile(latencies, 95).toFixed(2)} ms, max ${latencies[slowest]!.toFixed(2)} ms (${docs[slowest]!.id}, ${(texts[slowest]!.length / 1024).toFixed(1)} K chars)`);

// Huge paste: ~1 MB of clinical text in ONE message (a pasted export), built from the corpus itself.
const parts: string[] = [];
let size = 0;
for (let i = 0; size < MB; i = (i + 1) % texts.length) { parts.push(texts[i]!); size += texts[i]!.length + 2; }
const huge = parts.join('\n\n').slice(0, MB);
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const committedBefore = v8.getHeapStatistics().total_heap_size;
const t0 = performance.now();
const first = scan(huge);
const firstMs = performance.now() - t0;
// Without a GC in between, heap in use right after the scan still holds what the scan allocated (unless a
// collection ran mid-scan) and the committed heap has grown to fit the peak: together a fair bound.
const heapAfter = process.memoryUsage().heapUsed;
const committedAfter = v8.getHeapStatistics().total_heap_size;
const hugeTimes = timeRounds(3, () => { sink += scan(huge).findings.length; });
console.log('');
console.log(`huge paste: ${(huge.length / 1024).toFixed(0)} K characters in one message, ${first.findings.length} findings`);
console.log(`  first scan ${firstMs.toFixed(0)} ms; median of 3 more ${median(hugeTimes).toFixed(0)} ms [${fmtRounds(hugeTimes)}] → ${((huge.length / 1024) / (median(hugeTimes) / 1000)).toFixed(0)} KB/s`);
console.log(`  heap in use ${(heapBefore / MB).toFixed(1)} MB before → ${(heapAfter / MB).toFixed(1)} MB right after the first scan (+${((heapAfter - heapBefore) / MB).toFixed(1)} MB, no GC in between)`);
console.log(`  V8 committed heap ${(committedBefore / MB).toFixed(1)} MB → ${(committedAfter / MB).toFixed(1)} MB; process peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (whole run)`);
if (sink < 0) console.log(sink); // keeps the work observable to the optimizer
