import { scan as scanText } from '../detect/scan';
import type { Finding, ScanResult, Verdict } from '../detect/types';
import type { Policy } from '../policy/schema';

/** Texts up to this size are scanned in one go; a huge paste is cut into pieces scanned in idle time. */
export const CHUNK_SIZE = 20_000;
/** Pieces overlap so a finding on a boundary is seen whole in one of them. */
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

/**
 * Scan a text piece by piece. Each call of the returned step function scans one piece and returns the
 * result when the last one is done, so a scheduler can spread a huge paste over idle periods.
 */
export function chunkedScan(text: string, policy: Policy, scan: typeof scanText = scanText): { step(): ScanResult | undefined; pieces: number } {
  const starts: number[] = [];
  for (let start = 0; start === 0 || start < text.length; start += CHUNK_SIZE) starts.push(start);
  const findings: Finding[] = [];
  const verdicts: Verdict[] = [];
  const errors: ScanResult['errors'] = [];
  let next = 0;
  return {
    pieces: starts.length,
    step() {
      const start = starts[next++];
      if (start === undefined) return undefined;
      const from = Math.max(0, start - (start ? CHUNK_OVERLAP : 0));
      const to = Math.min(text.length, start + CHUNK_SIZE);
      const piece = scan(text.slice(from, to), policy);
      for (const f of piece.findings) {
        const shifted = { ...f, start: f.start + from, end: f.end + from };
        // The overlap is scanned twice: keep one copy of each finding.
        if (!findings.some((g) => g.start === shifted.start && g.end === shifted.end && g.type === shifted.type)) findings.push(shifted);
      }
      verdicts.push(piece.verdict);
      errors.push(...piece.errors);
      if (next < starts.length) return undefined;
      findings.sort((a, b) => a.start - b.start || a.end - b.end);
      return { findings, verdict: combineVerdicts(verdicts), errors };
    },
  };
}

/** The whole text at once (Send cannot wait for idle time). */
export function scanAll(text: string, policy: Policy, scan: typeof scanText = scanText): ScanResult {
  const run = chunkedScan(text, policy, scan);
  for (;;) {
    const result = run.step();
    if (result) return result;
  }
}
