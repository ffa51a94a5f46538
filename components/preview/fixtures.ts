import { categoryOf, type Finding, type FindingType, type Verdict } from '../../lib/detect/types';
import type { DisclosurePromptProps } from '../../lib/guard/types';
import { PolicySchema, type PolicyInput } from '../../lib/policy/schema';
import type { RecipientRisk, RecipientSignal } from '../../lib/recipients/types';

/** Made-up prompt inputs for tests and the preview page (no real patient data). */

export function finding(type: FindingType, text: string, start = 0, extra: Partial<Finding> = {}): Finding {
  return {
    type,
    category: categoryOf(type),
    start,
    end: start + text.length,
    text,
    confidence: 0.9,
    explanation: { rule: type.replace(/_/g, '-'), pattern: `${type}_default`, validator: 'none' },
    ...extra,
  };
}

export function verdictFor(findings: readonly Finding[], extra: Partial<Verdict> = {}): Verdict {
  const sensitive = (['mental_health', 'substance_use', 'hiv', 'reproductive_health', 'genetic', 'minor'] as const)
    .filter((t) => findings.some((f) => f.type === t));
  const identifiable = findings.some((f) => f.category === 'identifier');
  const health = findings.some((f) => f.category !== 'identifier');
  return {
    phi: identifiable && health,
    risk: identifiable && health ? (sensitive.length ? 'high' : 'moderate') : findings.length ? 'low' : 'none',
    identifiable,
    health,
    sensitive,
    psychotherapy: findings.some((f) => f.type === 'psychotherapy_note'),
    reasons: [],
    ...extra,
  };
}

export function recipientRisk(signals: RecipientSignal[] = [], perRecipient: RecipientSignal[] = []): RecipientRisk {
  const all = [...signals, ...perRecipient];
  const action = all.some((s) => s.action === 'block') ? 'block'
    : all.some((s) => s.action === 'acknowledge') ? 'acknowledge'
    : all.length ? 'note' : 'none';
  return {
    recipients: [
      { address: 'dr.lee@example-clinic.org', field: 'to', domain: 'example-clinic.org', kind: 'internal', signals: [] },
      { address: 'jsmith1970@gmail.com', displayName: 'J Smith', field: 'cc', domain: 'gmail.com', kind: 'personal', signals: perRecipient },
    ],
    messageSignals: signals,
    action,
  };
}

export const SAMPLE_TEXT = 'Pt Jane Roe, MRN 00123456, DOB 03/04/1958, seen for major depression; on sertraline 50mg.';

export function sampleFindings(): Finding[] {
  return [
    finding('name', 'Jane Roe', 3),
    finding('mrn', '00123456', 17, { explanation: { rule: 'mrn', pattern: 'mrn_digits', validator: 'none', cue: 'MRN' } }),
    finding('date', '03/04/1958', 31, { explanation: { rule: 'date', pattern: 'date_numeric', validator: 'pass', cue: 'DOB' } }),
    finding('mental_health', 'major depression', 52, { confidence: 0.8 }),
    finding('medication', 'sertraline', 73),
  ];
}

export function promptProps(overrides: {
  findings?: Finding[];
  verdict?: Partial<Verdict>;
  recipients?: RecipientRisk;
  policy?: PolicyInput;
  blockedReasons?: string[];
} = {}): DisclosurePromptProps {
  const findings = overrides.findings ?? sampleFindings();
  return {
    findings,
    verdict: verdictFor(findings, overrides.verdict),
    recipients: overrides.recipients ?? recipientRisk(),
    policy: PolicySchema.parse(overrides.policy ?? {}),
    blockedReasons: overrides.blockedReasons ?? [],
    onConfirm: () => {},
    onCancel: () => {},
    onJump: () => {},
    onRedact: () => {},
  };
}
