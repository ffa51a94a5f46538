import type { Finding, ScanResult } from '../detect/types';
import type { RecipientRisk } from '../recipients/types';

/** The finding fields a script needs; explanation flattened to the rule id (plus pattern and cue). */
export function findingJson(f: Finding) {
  return {
    type: f.type, category: f.category, start: f.start, end: f.end, text: f.text, confidence: f.confidence,
    rule: f.explanation.rule, pattern: f.explanation.pattern, ...(f.explanation.cue ? { cue: f.explanation.cue } : {}),
  };
}

export function recipientsJson(risk: RecipientRisk) {
  return risk.recipients.map((r) => ({
    address: r.address, kind: r.kind, signals: r.signals.map((s) => ({ id: s.id, reason: s.reason, action: s.action })),
  }));
}

/** Machine-readable result of one message. */
export function resultJson(result: ScanResult, risk?: RecipientRisk, applied?: RecipientRisk) {
  return {
    phi: result.verdict.phi,
    risk: result.verdict.risk,
    sensitive: result.verdict.sensitive,
    reasons: result.verdict.reasons,
    findings: result.findings.map(findingJson),
    ...(result.errors.length ? { errors: result.errors } : {}),
    ...(risk ? {
      recipients: recipientsJson(risk),
      messageSignals: risk.messageSignals.map((s) => ({ id: s.id, reason: s.reason, action: s.action })),
      recipientAction: applied?.action ?? risk.action,
    } : {}),
  };
}

/**
 * The text with findings marked in place: «John Smith»[name]. Overlapping findings (a location that is
 * also an HIV marker) become one mark listing every type, so marks never nest or cross.
 */
export function markInline(text: string, findings: readonly Finding[]): string {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (let i = 0; i < sorted.length; ) {
    const { start, type } = sorted[i]!;
    let end = sorted[i]!.end;
    const types = [type];
    for (i++; i < sorted.length && sorted[i]!.start < end; i++) {
      end = Math.max(end, sorted[i]!.end);
      if (!types.includes(sorted[i]!.type)) types.push(sorted[i]!.type);
    }
    out += `${text.slice(at, start)}«${text.slice(start, end)}»[${types.join('+')}]`;
    at = end;
  }
  return out + text.slice(at);
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const clip = (s: string, n: number) => {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};

/** Human-readable report: marked text, the findings with their evidence, the verdict, the recipients. */
export function formatHuman(text: string, result: ScanResult, risk?: RecipientRisk, applied?: RecipientRisk): string {
  const lines: string[] = [];
  lines.push(markInline(text, result.findings).replace(/\s+$/, ''), '');
  const n = result.findings.length;
  lines.push(`Findings (${n}):`);
  if (!n) lines.push('  none');
  const width = Math.max(4, ...result.findings.map((f) => f.type.length));
  for (const f of result.findings) {
    const evidence = [`rule ${f.explanation.rule}`, `pattern ${f.explanation.pattern}`];
    if (f.explanation.cue) evidence.push(`cue "${f.explanation.cue}"`);
    if (f.explanation.validator === 'pass') evidence.push('validated');
    lines.push(`  ${pad(f.type, width)}  ${pad(JSON.stringify(clip(f.text, 40)), 24)} ${pad(`${f.start}-${f.end}`, 11)} ${f.confidence.toFixed(2)}  ${evidence.join(', ')}`);
  }
  lines.push('');
  const v = result.verdict;
  lines.push(`Verdict: ${v.phi ? 'PHI' : 'no PHI'} (risk ${v.risk})${v.sensitive.length ? `; sensitive: ${v.sensitive.join(', ')}` : ''}${v.psychotherapy ? '; psychotherapy note' : ''}`);
  for (const reason of v.reasons) lines.push(`  - ${reason}`);
  for (const e of result.errors) lines.push(`  ! recognizer ${e.rule} failed: ${e.message}`);
  if (risk) {
    lines.push('', `Recipients (${risk.recipients.length}):`);
    for (const r of risk.recipients) {
      lines.push(`  ${r.address} [${r.kind}]${r.signals.length ? '' : ' no signals'}`);
      for (const s of r.signals) lines.push(`    - ${s.id} (${s.action}): ${s.reason}`);
    }
    const perRecipient = new Set(risk.recipients.flatMap((r) => r.signals.map((s) => s.id)));
    const whole = risk.messageSignals.filter((s) => !perRecipient.has(s.id));
    for (const s of whole) lines.push(`  message: ${s.id} (${s.action}): ${s.reason}`);
    const action = applied?.action ?? risk.action;
    lines.push(`  recipient action for this message: ${action}${!v.phi && action !== risk.action ? ' (no PHI, so only high-risk signals apply)' : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
