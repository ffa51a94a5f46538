import { DEFAULT_POLICY, type Policy } from '../policy/schema';
import { RECOGNIZERS } from '../../rules';
import { customRecognizers } from '../../rules/custom';
import type { RawMatch, Recognizer, ScanContext } from '../../rules/types';
import { columnNames } from '../../rules/support/tables';
import { SHAPED_TYPES, sameShapeValues } from '../../rules/support/same-shape';
import { normalize, toOriginal } from './normalize';
import { categoryOf, type Finding, type ScanResult } from './types';
import { decideVerdict } from './verdict';

/** Recognizers for a policy: built-ins minus disabled rules, plus the organization's custom ones. */
export function recognizersFor(policy: Policy): Recognizer[] {
  const disabled = new Set(policy.detection.disabledRules);
  return [...RECOGNIZERS, ...customRecognizers(policy)].filter((r) => !disabled.has(r.id));
}

const recognizerCache = new WeakMap<Policy, Recognizer[]>();

/**
 * Find PHI in a message. Pure: no DOM, no extension APIs, so it runs the same in the content script,
 * the CLI and the tests. A recognizer that throws is reported in `errors` and the others still run.
 */
export function scan(original: string, policy: Policy = DEFAULT_POLICY): ScanResult {
  let recognizers = recognizerCache.get(policy);
  if (!recognizers) recognizerCache.set(policy, (recognizers = recognizersFor(policy)));
  const normalized = normalize(original);
  // Created with its memo, so every scan's context has one shape (support/per-scan.ts says why that matters).
  const ctx: ScanContext = { text: normalized.text, lower: normalized.text.toLowerCase(), policy, memo: new Map() };
  const raw: { match: RawMatch; rule: string }[] = [];
  const errors: ScanResult['errors'] = [];
  for (const recognizer of recognizers) {
    try {
      for (const match of recognizer.find(ctx)) raw.push({ match, rule: recognizer.id });
    } catch (error) {
      errors.push({ rule: recognizer.id, message: error instanceof Error ? error.message : String(error) });
    }
  }
  // A column of a pasted table whose cells are mostly names holds names in its other cells too.
  if (!errors.some((e) => e.rule === 'name')) {
    for (const cell of columnNames(ctx.text, raw.filter((r) => r.match.type === 'name').map((r) => r.match))) {
      raw.push({ match: { type: 'name', start: cell.start, end: cell.end, confidence: 0.75, pattern: 'name-column' }, rule: 'name' });
    }
  }
  // A record number written again in the same shape ("MRN LCH-00498120 linked to baby's LCH-00498121") is the same
  // kind of number; only what counts on its own vouches for the shape.
  const vouched = raw.filter((r) => SHAPED_TYPES.has(r.match.type) && !r.match.patientOnly && r.match.confidence >= policy.detection.minConfidence)
    .map((r) => ({ ...r.match, rule: r.rule }));
  if (vouched.length) {
    const identifierMatches = raw.filter((r) => categoryOf(r.match.type) === 'identifier' && !r.match.patientOnly).map((r) => r.match);
    for (const v of sameShapeValues(ctx.text, vouched, identifierMatches)) {
      raw.push({ match: { type: v.type as RawMatch['type'], start: v.start, end: v.end, confidence: v.confidence, pattern: 'same-shape' }, rule: v.rule });
    }
  }
  const toFinding = ({ match, rule }: { match: RawMatch; rule: string }): Finding | undefined => {
    if (match.confidence < policy.detection.minConfidence || match.end <= match.start) return undefined;
    const { start, end } = toOriginal(normalized, match.start, match.end);
    return {
      type: match.type,
      category: categoryOf(match.type),
      start,
      end,
      text: original.slice(start, end),
      confidence: Math.round(match.confidence * 100) / 100,
      explanation: { rule, pattern: match.pattern, validator: match.validator ?? 'none', cue: match.cue },
    };
  };
  const present = (f: Finding | undefined): f is Finding => f !== undefined;
  let merged = mergeOverlaps(raw.filter((r) => !r.match.patientOnly).map(toFinding).filter(present), original);
  let verdict = decideVerdict(merged, ctx);
  // Words that are clinical only in a message about a patient ("CT", "falls", "echo") are decided after the
  // verdict: they add to a PHI message's findings and never make a message PHI.
  if (verdict.phi) {
    const patientOnly = raw.filter((r) => r.match.patientOnly).map(toFinding).filter(present);
    if (patientOnly.length) {
      const more = mergeOverlaps([...merged.map((f) => ({ ...f })), ...patientOnly], original);
      const next = decideVerdict(more, ctx);
      // More health words cannot make a patient's message less about the patient; if the verdict logic ever
      // says so, the message keeps its first reading.
      if (next.phi) {
        merged = more;
        verdict = next;
      }
    }
  }
  return { findings: merged, verdict, errors };
}

/** The stretch of text one bucket of `mergeOverlaps` covers. */
const BUCKET = 256;

/**
 * Within a category, overlapping findings are one thing in the text: keep the most confident (then the
 * longest). Across categories both stay: "HIV clinic" is a location and an HIV marker at once. Sensitive
 * types are separate flags, not rival readings: "postpartum depression" is reproductive AND mental health.
 */
export function mergeOverlaps(findings: Finding[], original: string): Finding[] {
  // A web or mail address holds its parts: "id=7731" in a link's query or a name in a mailbox is the address (an
  // IP address in a link stays one: "http://[2001:db8::1]/path").
  const containers = findings.filter((f) => f.type === 'url' || f.type === 'email');
  if (containers.length) {
    findings = findings.filter((f) => f.category !== 'identifier' || f.type === 'url' || f.type === 'email' || f.type === 'ip_address' ||
      !containers.some((c) => c.start <= f.start && f.end <= c.end && (c.end - c.start) > (f.end - f.start)));
  }
  const sorted = [...findings].sort(
    (a, b) => b.confidence - a.confidence || (b.end - b.start) - (a.end - a.start) || a.start - b.start,
  );
  const kept: Finding[] = [];
  // Kept findings by rival group and by stretch of text, so a finding is compared with the few kept near it, not
  // with every one (a 1 MB paste keeps ten thousand): the first kept clash in keeping order, as a scan of `kept` finds.
  const order = new Map<Finding, number>();
  const buckets = new Map<string, Finding[]>();
  const groupOf = (f: Finding) => (f.category === 'sensitive' ? `sensitive:${f.type}` : f.category);
  const keysOf = (f: Finding) => {
    const keys: string[] = [];
    for (let b = Math.floor(f.start / BUCKET); b <= Math.floor(Math.max(f.start, f.end - 1) / BUCKET); b++) keys.push(`${groupOf(f)}@${b}`);
    return keys;
  };
  const register = (f: Finding) => {
    for (const key of keysOf(f)) {
      const list = buckets.get(key);
      if (!list) buckets.set(key, [f]);
      else if (!list.includes(f)) list.push(f);
    }
  };
  for (const f of sorted) {
    let clash: Finding | undefined;
    for (const key of keysOf(f)) {
      for (const k of buckets.get(key) ?? []) {
        if (k.start < f.end && f.start < k.end && (clash === undefined || order.get(k)! < order.get(clash)!)) clash = k;
      }
    }
    if (!clash) {
      order.set(f, kept.length);
      kept.push(f);
      register(f);
    } else if (clash.type === f.type && (f.start < clash.start || f.end > clash.end) && f.confidence >= clash.confidence - 0.1) {
      // Same thing found twice with different extents ("Mr. John Smith" / "John Smith"): widen.
      clash.start = Math.min(clash.start, f.start);
      clash.end = Math.max(clash.end, f.end);
      clash.text = original.slice(clash.start, clash.end);
      register(clash);
    }
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
