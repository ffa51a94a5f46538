import { scan as scanText } from '../detect/scan';
import type { Finding, ScanResult, Verdict } from '../detect/types';
import type { Policy } from '../policy/schema';

/**
 * Pieces of about this many characters: one piece scans in a few tens of milliseconds, short enough to run
 * in an idle period without delaying a keystroke.
 */
export const CHUNK_SIZE = 2_000;
/** A piece cut in the middle of a paragraph overlaps the previous one, so a finding on the cut is seen whole. */
export const CHUNK_OVERLAP = 300;

const RISK_ORDER: Verdict['risk'][] = ['none', 'low', 'moderate', 'high'];

/** One verdict for the whole text from the verdicts of its pieces. */
export function combineVerdicts(verdicts: readonly Verdict[]): Verdict {
  const identifiable = verdicts.some((v) => v.identifiable);
  const health = verdicts.some((v) => v.health);
  const sensitive = [...new Set(verdicts.flatMap((v) => v.sensitive))];
  const psychotherapy = verdicts.some((v) => v.psychotherapy);
  const phi = verdicts.some((v) => v.phi) || (identifiable && health);
  let risk = verdicts.reduce<Verdict['risk']>((r, v) => (RISK_ORDER.indexOf(v.risk) > RISK_ORDER.indexOf(r) ? v.risk : r), 'none');
  // An identifier in one piece and health information in another is still PHI.
  if (phi && RISK_ORDER.indexOf(risk) < RISK_ORDER.indexOf('moderate')) risk = 'moderate';
  return { phi, risk, identifiable, health, sensitive, psychotherapy, reasons: [...new Set(verdicts.flatMap((v) => v.reasons))] };
}

/** A small hash of a line: where pieces break depends on the lines themselves, not on their offsets. */
function lineHash(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * [from, to) of each piece. Pieces end after a line whose hash says so (content-defined, like rsync), so an
 * edit in one paragraph leaves the other pieces' text, and their cached results, unchanged. A piece never
 * grows past `size`; a line longer than that is cut with an overlap.
 */
export function pieceBounds(text: string, size = CHUNK_SIZE): [number, number][] {
  const bounds: [number, number][] = [];
  const minimum = size / 4;
  // A piece that starts inside a line overlaps the previous one, so a finding on the cut is seen whole.
  const push = (start: number, end: number) =>
    bounds.push([start > 0 && text[start - 1] !== '\n' ? Math.max(0, start - CHUNK_OVERLAP) : start, end]);
  let start = 0;
  let lineStart = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline + 1;
    if (lineEnd - start > size) {
      // Too long for one piece: close the piece before this line, or cut inside a huge line.
      const end = lineStart > start ? lineStart : start + size;
      push(start, end);
      start = end;
      lineStart = end;
      continue;
    }
    if (lineEnd >= text.length || (lineEnd - start >= minimum && lineHash(text, lineStart, lineEnd) % 4 === 0)) {
      push(start, lineEnd);
      start = lineEnd;
    }
    lineStart = lineEnd;
  }
  if (bounds.length === 0) bounds.push([0, 0]);
  return bounds;
}

/**
 * Results of pieces by their text, per policy: after an edit only the piece that changed is scanned again
 * (paragraph-aligned pieces keep their text when another paragraph changes).
 */
export class PieceCache {
  private entries = new Map<string, ScanResult>();
  private policy: Policy | undefined;
  constructor(private readonly limit = 64) {}
  get(policy: Policy, piece: string): ScanResult | undefined {
    if (policy !== this.policy) { this.entries.clear(); this.policy = policy; }
    const hit = this.entries.get(piece);
    if (hit) { this.entries.delete(piece); this.entries.set(piece, hit); } // most recently used last
    return hit;
  }
  set(policy: Policy, piece: string, result: ScanResult): void {
    if (policy !== this.policy) { this.entries.clear(); this.policy = policy; }
    this.entries.set(piece, result);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
  }
}

/**
 * Scan a text piece by piece. Each call of `step` handles one piece (from the cache when unchanged) and
 * returns the whole result after the last one, so a scheduler can spread a huge paste over idle periods.
 */
export function chunkedScan(text: string, policy: Policy, scan: typeof scanText = scanText, cache?: PieceCache): { step(): ScanResult | undefined; pieces: number; scanned(): number } {
  const bounds = pieceBounds(text);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const verdicts: Verdict[] = [];
  const errors: ScanResult['errors'] = [];
  let next = 0;
  let scanned = 0;
  return {
    pieces: bounds.length,
    scanned: () => scanned,
    step() {
      const bound = bounds[next++];
      if (bound === undefined) return undefined;
      const [from, to] = bound;
      const pieceText = text.slice(from, to);
      let piece = cache?.get(policy, pieceText);
      if (!piece) {
        piece = scan(pieceText, policy);
        scanned++;
        // A failed piece is not cached: the next attempt may succeed, and fail mode must see the error.
        if (piece.errors.length === 0) cache?.set(policy, pieceText, piece);
      }
      for (const f of piece.findings) {
        const key = `${f.type}:${f.start + from}:${f.end + from}`;
        if (seen.has(key)) continue; // the overlap is scanned twice
        seen.add(key);
        findings.push({ ...f, start: f.start + from, end: f.end + from });
      }
      verdicts.push(piece.verdict);
      errors.push(...piece.errors);
      if (next < bounds.length) return undefined;
      findings.sort((a, b) => a.start - b.start || a.end - b.end);
      return { findings, verdict: combineVerdicts(verdicts), errors };
    },
  };
}

/** The whole text at once (Send cannot wait for idle time); unchanged pieces come from the cache. */
export function scanAll(text: string, policy: Policy, scan: typeof scanText = scanText, cache?: PieceCache): ScanResult {
  const run = chunkedScan(text, policy, scan, cache);
  for (;;) {
    const result = run.step();
    if (result) return result;
  }
}
