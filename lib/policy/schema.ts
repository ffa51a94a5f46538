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
  sites: z.array(GuardedSite).default(DEFAULT_SITES)
    .describe('Web apps whose compose boxes are guarded: a Chrome match pattern and the site adapter that reads it.'),
  modes: z.object({
    identifier: CategoryMode.default('prompt'),
    health: CategoryMode.default('prompt'),
    sensitive: CategoryMode.default('prompt'),
    psychotherapy: CategoryMode.default('prompt'),
  }).prefault({})
    .describe('What to do per finding category: off (ignore), mark (highlight only), prompt (hold Send for a purpose), block.'),
  purposes: z.object({
    offered: z.array(DisclosurePurpose).min(1).default([...DisclosurePurpose.options])
      .describe('Disclosure purposes offered in the prompt (at least one).'),
    /** Purposes for which the prompt requires the minimum-necessary confirmation. */
    minimumNecessary: z.array(DisclosurePurpose).default(
      DisclosurePurpose.options.filter((p) => !MINIMUM_NECESSARY_EXEMPT.includes(p)),
    ).describe('Purposes for which the user must confirm only the minimum necessary PHI is included.'),
  }).prefault({}),
  psychotherapy: z.object({
    /** 45 CFR 164.508(a)(2): psychotherapy notes need a specific authorization. */
    action: z.enum(['require_authorization', 'block']).default('require_authorization')
      .describe('Psychotherapy-note content: require confirming a specific authorization, or block sending.'),
  }).prefault({}),
  sensitive: z.object({
    /** Ask for an explicit acknowledgement that stricter rules (42 CFR Part 2, state law) were checked. */
    requireAcknowledgement: z.boolean().default(true)
      .describe('Sensitive categories (mental health, substance use, HIV, reproductive, genetic, minors) need an extra acknowledgement.'),
  }).prefault({}),
  recipients: z.object({
    internalDomains: z.array(z.string()).default([])
      .describe("The organization's own email domains, e.g. [\"example-health.org\"]."),
    trustedDomains: z.array(z.string()).default([])
      .describe('Partner domains covered by a business associate agreement.'),
    personalDomains: z.array(z.string()).default([
      'gmail.com', 'googlemail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'live.com', 'msn.com',
      'aol.com', 'icloud.com', 'me.com', 'mac.com', 'protonmail.com', 'proton.me', 'gmx.com', 'mail.com',
      'yandex.com', 'zoho.com', 'comcast.net', 'verizon.net', 'att.net',
    ]).describe('Personal webmail domains (replaces the built-in list when set).'),
    threshold: z.number().int().min(1).default(10)
      .describe('A message to more recipients than this raises the too_many signal.'),
    /** Prompt on high-risk recipient patterns even without PHI. */
    promptWithoutPhi: z.boolean().default(false)
      .describe('Prompt on risky recipients even when the message contains no PHI.'),
    signals: z.object({
      external: SignalAction.default('note'),
      personal_webmail: SignalAction.default('acknowledge'),
      too_many: SignalAction.default('acknowledge'),
      mixed: SignalAction.default('note'),
      lookalike: SignalAction.default('acknowledge'),
      first_time: SignalAction.default('note'),
      reply_all: SignalAction.default('acknowledge'),
      wrong_patient: SignalAction.default('acknowledge'),
    }).prefault({}).describe('Action per recipient signal: note (show), acknowledge (must tick), block.'),
  }).prefault({}),
  detection: z.object({
    disabledRules: z.array(z.string()).default([])
      .describe('Built-in recognizer ids to switch off, e.g. ["url"].'),
    customPatterns: z.array(CustomPattern).default([])
      .describe("The organization's identifier formats (e.g. its MRN format) as regular expressions."),
    customTerms: z.array(CustomTerm).default([])
      .describe('Words or phrases that are PHI in this organization (clinic names, program names).'),
    /** Findings below this confidence are dropped. */
    minConfidence: z.number().min(0).max(1).default(0.5)
      .describe('Findings below this confidence (0 to 1) are ignored.'),
  }).prefault({}),
  /** When the scanner throws: 'closed' treats the message as PHI (prompt), 'open' lets it send. */
  failMode: z.enum(['open', 'closed']).default('closed')
    .describe('If the scanner fails: closed = treat the message as PHI and prompt; open = let it send.'),
  log: z.object({
    /** 0 keeps no disclosure log at all. */
    retentionDays: z.number().int().min(0).max(3650).default(90)
      .describe('Days the local disclosure log (metadata only) is kept; 0 keeps no log.'),
  }).prefault({}),
  support: z.object({
    contact: z.string().default('')
      .describe('Who users should contact about PHI Guard (shown in the prompt and popup), e.g. privacy@example.org.'),
  }).prefault({}),
});
export type Policy = z.infer<typeof PolicySchema>;
export type PolicyInput = z.input<typeof PolicySchema>;

export const DEFAULT_POLICY: Policy = PolicySchema.parse({});
export type { FindingCategory };
