import type { ScanContext } from '../../rules/types';
import { cueMatcher } from './cues';
import { SensitiveType, type Finding, type RiskLevel, type Verdict } from './types';

/** Words that put a message in a care or payment context even when no diagnosis is named. */
const CARE_CONTEXT = cueMatcher([
  'patient', 'pt', 'referral', 'referred', 'diagnosed', 'diagnosis', 'admitted', 'admission', 'discharged',
  'discharge', 'prior authorization', 'prior auth', 'claim', 'prescription', 'prescribed', 'lab results',
  'test results', 'appointment', 'follow-up', 'follow up', 'treatment', 'medical record', 'chart', 'mrn',
  'dob', 'date of birth', 'symptoms', 'biopsy', 'imaging', 'scan results', 'hospice', 'icu', 'er visit',
]);

/** Identifier types that on their own single out a person. */
const STRONG_IDENTIFIERS = new Set([
  'ssn', 'mrn', 'health_plan_id', 'account_number', 'license_number', 'vehicle_id', 'device_id',
  'age_over_89', 'other_id', 'address', 'email', 'phone', 'fax',
]);

export function decideVerdict(findings: Finding[], ctx: ScanContext): Verdict {
  const reasons: string[] = [];
  const identifiers = findings.filter((f) => f.category === 'identifier');
  const strong = identifiers.filter((f) => STRONG_IDENTIFIERS.has(f.type));
  const names = identifiers.filter((f) => f.type === 'name');
  // A date only identifies when it is tied to a person (a DOB/DOS cue), not a meeting date.
  const personalDates = identifiers.filter((f) => f.type === 'date' && f.explanation.cue);
  const identifiable = strong.length > 0 || names.length > 0 || personalDates.length > 0;
  if (strong.length) reasons.push(`identifier: ${[...new Set(strong.map((f) => f.type))].join(', ')}`);
  if (names.length) reasons.push('a person is named');
  if (personalDates.length) reasons.push('a date tied to a person');

  const healthFindings = findings.filter((f) => f.category !== 'identifier');
  const careContext = CARE_CONTEXT.find(ctx.lower, 0, ctx.lower.length);
  const health = healthFindings.length > 0 || careContext !== undefined;
  if (healthFindings.length) reasons.push(`health information: ${[...new Set(healthFindings.map((f) => f.type))].join(', ')}`);
  else if (careContext) reasons.push(`care context: "${careContext}"`);

  const sensitive = SensitiveType.options.filter((t) => findings.some((f) => f.type === t));
  const psychotherapy = findings.some((f) => f.type === 'psychotherapy_note');
  const phi = identifiable && health;

  let risk: RiskLevel = 'none';
  if (phi) risk = sensitive.length || psychotherapy || strong.some((f) => f.type === 'ssn') ? 'high' : 'moderate';
  else if (identifiable || healthFindings.length) risk = 'low';
  return { phi, risk, identifiable, health, sensitive, psychotherapy, reasons };
}
