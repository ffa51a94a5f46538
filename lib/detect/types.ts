import { z } from 'zod';

/** Canonical finding types: the same vocabulary as the evaluation corpora (shared/corpora/README.md). */
export const IdentifierType = z.enum([
  'name', 'address', 'location', 'zip', 'date', 'age_over_89', 'phone', 'fax', 'email', 'ssn', 'mrn',
  'health_plan_id', 'account_number', 'license_number', 'vehicle_id', 'device_id', 'url', 'ip_address',
  'other_id',
]);
export const HealthType = z.enum(['diagnosis', 'medication', 'procedure']);
export const SensitiveType = z.enum([
  'mental_health', 'substance_use', 'hiv', 'reproductive_health', 'genetic', 'minor',
]);
export const PsychotherapyType = z.enum(['psychotherapy_note']);

export const FindingType = z.enum([
  ...IdentifierType.options, ...HealthType.options, ...SensitiveType.options, ...PsychotherapyType.options,
]);
export type FindingType = z.infer<typeof FindingType>;

export const FindingCategory = z.enum(['identifier', 'health', 'sensitive', 'psychotherapy']);
export type FindingCategory = z.infer<typeof FindingCategory>;

export function categoryOf(type: FindingType): FindingCategory {
  if ((IdentifierType.options as readonly string[]).includes(type)) return 'identifier';
  if ((HealthType.options as readonly string[]).includes(type)) return 'health';
  if ((SensitiveType.options as readonly string[]).includes(type)) return 'sensitive';
  return 'psychotherapy';
}

/** Why a finding fired: enough for a privacy officer (or a test) to see which rule and evidence decided. */
export const Explanation = z.object({
  rule: z.string(),
  pattern: z.string(),
  /** 'pass' = a checksum/validity rule confirmed it; 'none' = no validator for this pattern. */
  validator: z.enum(['pass', 'none']).default('none'),
  /** The whole-word context cue that raised confidence, if any ("DOB", "MRN", "patient"). */
  cue: z.string().optional(),
});
export type Explanation = z.infer<typeof Explanation>;

export const Finding = z.object({
  type: FindingType,
  category: FindingCategory,
  /** Offsets into the ORIGINAL text (UTF-16 code units), not the normalized one. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  confidence: z.number().min(0).max(1),
  explanation: Explanation,
});
export type Finding = z.infer<typeof Finding>;

export const RiskLevel = z.enum(['none', 'low', 'moderate', 'high']);
export type RiskLevel = z.infer<typeof RiskLevel>;

export const Verdict = z.object({
  /** Identifiable individual AND health information (or a care/payment context). */
  phi: z.boolean(),
  risk: RiskLevel,
  identifiable: z.boolean(),
  health: z.boolean(),
  sensitive: z.array(SensitiveType),
  psychotherapy: z.boolean(),
  /** Short reasons, in plain language, that led to the verdict. */
  reasons: z.array(z.string()),
});
export type Verdict = z.infer<typeof Verdict>;

export interface ScanResult {
  findings: Finding[];
  verdict: Verdict;
  /** Set when a recognizer threw; the caller applies the policy's fail-open/fail-closed choice. */
  errors: { rule: string; message: string }[];
}
