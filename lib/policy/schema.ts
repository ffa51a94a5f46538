import { z } from 'zod';
import { FindingCategory, FindingType } from '../detect/types';

/**
 * The ONLY definition of the PHI Guard policy. The TypeScript type, the defaults and the Chrome
 * `managed_schema` shipped in the extension are all derived from this schema.
 */

/** What the guard does with a finding of a category. */
export const CategoryMode = z.enum(['off', 'mark', 'prompt', 'block']);
export type CategoryMode = z.infer<typeof CategoryMode>;

/** HIPAA permitted-disclosure purposes offered in the disclosure prompt. */
export const DisclosurePurpose = z.enum([
  'treatment',
  'payment',
  'operations',
  'patient_request',
  'authorization',
  'required_by_law',
  'family_involved',
  'personal_representative',
  'emergency',
]);
export type DisclosurePurpose = z.infer<typeof DisclosurePurpose>;

/** 45 CFR 164.502(b): minimum necessary does not apply to treatment, the patient, authorizations, law. */
export const MINIMUM_NECESSARY_EXEMPT: readonly DisclosurePurpose[] = [
  'treatment', 'patient_request', 'authorization', 'required_by_law',
];

export const SiteAdapterId = z.enum(['gmail', 'outlook', 'portal', 'generic']);
export type SiteAdapterId = z.infer<typeof SiteAdapterId>;

export const GuardedSite = z.object({
  /** A match pattern in Chrome's syntax, e.g. "https://mail.google.com/*". */
  match: z.string().min(1),
  adapter: SiteAdapterId,
});
export type GuardedSite = z.infer<typeof GuardedSite>;

export const RecipientSignalId = z.enum([
  'external', 'personal_webmail', 'too_many', 'mixed', 'lookalike', 'first_time', 'reply_all', 'wrong_patient',
]);
export type RecipientSignalId = z.infer<typeof RecipientSignalId>;
export const SignalAction = z.enum(['note', 'acknowledge', 'block']);
export type SignalAction = z.infer<typeof SignalAction>;

export const CustomPattern = z.object({
  id: z.string().regex(/^[a-z0-9_.-]+$/i, 'use letters, digits, "_", "-" or "." only'),
  type: FindingType,
  /** A JavaScript regular expression source, without slashes. */
  pattern: z.string().min(1).refine((source) => {
    try { new RegExp(source, 'g'); return true; } catch { return false; }
  }, 'not a valid regular expression'),
  flags: z.string().regex(/^[imsu]*$/, 'only the flags i, m, s and u are allowed').default(''),
  confidence: z.number().min(0).max(1).default(0.9),
});
export type CustomPattern = z.infer<typeof CustomPattern>;

export const CustomTerm = z.object({
  term: z.string().min(2),
  type: FindingType,
});
export type CustomTerm = z.infer<typeof CustomTerm>;

export const DEFAULT_SITES: GuardedSite[] = [
  { match: 'https://mail.google.com/*', adapter: 'gmail' },
  { match: 'https://outlook.office.com/*', adapter: 'outlook' },
  { match: 'https://outlook.office365.com/*', adapter: 'outlook' },
  { match: 'https://outlook.live.com/*', adapter: 'outlook' },
];

export const PolicySchema = z.object({
  sites: z.array(GuardedSite).default(DEFAULT_SITES),
  modes: z.object({
    identifier: CategoryMode.default('prompt'),
    health: CategoryMode.default('prompt'),
    sensitive: CategoryMode.default('prompt'),
    psychotherapy: CategoryMode.default('prompt'),
  }).prefault({}),
  purposes: z.object({
    offered: z.array(DisclosurePurpose).min(1).default([...DisclosurePurpose.options]),
    /** Purposes for which the prompt requires the minimum-necessary confirmation. */
    minimumNecessary: z.array(DisclosurePurpose).default(
      DisclosurePurpose.options.filter((p) => !MINIMUM_NECESSARY_EXEMPT.includes(p)),
    ),
  }).prefault({}),
  psychotherapy: z.object({
    /** 45 CFR 164.508(a)(2): psychotherapy notes need a specific authorization. */
    action: z.enum(['require_authorization', 'block']).default('require_authorization'),
  }).prefault({}),
  sensitive: z.object({
    /** Ask for an explicit acknowledgement that stricter rules (42 CFR Part 2, state law) were checked. */
    requireAcknowledgement: z.boolean().default(true),
  }).prefault({}),
  recipients: z.object({
    internalDomains: z.array(z.string()).default([]),
    trustedDomains: z.array(z.string()).default([]),
    personalDomains: z.array(z.string()).default([
      'gmail.com', 'googlemail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'live.com', 'msn.com',
      'aol.com', 'icloud.com', 'me.com', 'mac.com', 'protonmail.com', 'proton.me', 'gmx.com', 'mail.com',
      'yandex.com', 'zoho.com', 'comcast.net', 'verizon.net', 'att.net',
    ]),
    threshold: z.number().int().min(1).default(10),
    /** Prompt on high-risk recipient patterns even without PHI. */
    promptWithoutPhi: z.boolean().default(false),
    signals: z.object({
      external: SignalAction.default('note'),
      personal_webmail: SignalAction.default('acknowledge'),
      too_many: SignalAction.default('acknowledge'),
      mixed: SignalAction.default('note'),
      lookalike: SignalAction.default('acknowledge'),
      first_time: SignalAction.default('note'),
      reply_all: SignalAction.default('acknowledge'),
      wrong_patient: SignalAction.default('acknowledge'),
    }).prefault({}),
  }).prefault({}),
  detection: z.object({
    disabledRules: z.array(z.string()).default([]),
    customPatterns: z.array(CustomPattern).default([]),
    customTerms: z.array(CustomTerm).default([]),
    /** Findings below this confidence are dropped. */
    minConfidence: z.number().min(0).max(1).default(0.5),
  }).prefault({}),
  /** When the scanner throws: 'closed' treats the message as PHI (prompt), 'open' lets it send. */
  failMode: z.enum(['open', 'closed']).default('closed'),
  log: z.object({
    retentionDays: z.number().int().min(0).max(3650).default(90),
  }).prefault({}),
  support: z.object({
    contact: z.string().default(''),
  }).prefault({}),
});
export type Policy = z.infer<typeof PolicySchema>;
export type PolicyInput = z.input<typeof PolicySchema>;

export const DEFAULT_POLICY: Policy = PolicySchema.parse({});
export type { FindingCategory };
