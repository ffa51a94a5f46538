import { SensitiveType, type Finding, type FindingCategory, type Verdict } from '../detect/types';
import type { DisclosurePurpose } from '../policy/schema';
import type { RecipientRisk, RecipientSignal } from '../recipients/types';
import type { DisclosureDecision, DisclosurePromptProps } from './types';

export type SensitiveCategory = Verdict['sensitive'][number];

/**
 * The rules of the disclosure prompt, without React: what the user must attest before Send is enabled.
 * The component only renders what these functions say, so the rules are tested here once.
 */

/** What the user has chosen and ticked so far. */
export interface PromptState {
  purpose?: DisclosurePurpose;
  minimumNecessaryConfirmed: boolean;
  authorizationConfirmed: boolean;
  sensitiveAcknowledged: boolean;
  recipientsAcknowledged: boolean;
}

export type PromptInputs = Pick<DisclosurePromptProps, 'findings' | 'verdict' | 'recipients' | 'policy' | 'blockedReasons'>;

export type RequirementId = 'purpose' | 'minimum_necessary' | 'authorization' | 'sensitive' | 'recipients';

export interface PromptRequirements {
  /** Sending is impossible; only Cancel (or fixing the message) is left. */
  blocked: boolean;
  /** Why, as shown: the caller's reasons, or ours when the caller gave none. */
  blockedReasons: string[];
  /** Purposes to offer, in the policy's order. */
  purposes: DisclosurePurpose[];
  /** The chosen purpose needs the minimum-necessary confirmation. */
  minimumNecessary: boolean;
  /** Psychotherapy-note markers are present and policy asks for a specific authorization. */
  authorization: boolean;
  /** Psychotherapy-note markers are present and policy blocks them. */
  psychotherapyBlocked: boolean;
  /** Sensitive categories present that need the stricter-rules acknowledgement (empty = not required). */
  sensitiveCategories: SensitiveCategory[];
  /** Recipient signals the user must acknowledge (deduplicated). */
  recipientAcknowledgements: RecipientSignal[];
  /** Recipient signals that block sending. */
  recipientBlocks: RecipientSignal[];
}

export const EMPTY_PROMPT_STATE: PromptState = {
  minimumNecessaryConfirmed: false,
  authorizationConfirmed: false,
  sensitiveAcknowledged: false,
  recipientsAcknowledged: false,
};

/** A single offered purpose is preselected: there is nothing to choose. */
export function initialPromptState(inputs: Pick<PromptInputs, 'policy'>): PromptState {
  const offered = inputs.policy.purposes.offered;
  return { ...EMPTY_PROMPT_STATE, purpose: offered.length === 1 ? offered[0] : undefined };
}

/** Every recipient signal, message-level and per-recipient, once each. */
export function allRecipientSignals(recipients: RecipientRisk): RecipientSignal[] {
  const seen = new Set<string>();
  const out: RecipientSignal[] = [];
  for (const signal of [...recipients.messageSignals, ...recipients.recipients.flatMap((r) => r.signals)]) {
    const key = `${signal.id}\u0000${signal.reason}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(signal);
  }
  return out;
}

export function hasPsychotherapy(findings: readonly Finding[], verdict: Verdict): boolean {
  return verdict.psychotherapy || findings.some((f) => f.category === 'psychotherapy');
}

/** Sensitive categories in the message: the verdict's, plus any a finding shows (in the canonical order). */
export function sensitiveCategoriesOf(findings: readonly Finding[], verdict: Verdict): SensitiveCategory[] {
  const present = new Set<string>([...verdict.sensitive, ...findings.map((f) => f.type)]);
  return SensitiveType.options.filter((t) => present.has(t));
}

const CATEGORY_BLOCK_REASON: Record<FindingCategory, string> = {
  identifier: 'Your organization does not allow sending identifiers like these from this site.',
  health: 'Your organization does not allow sending health information like this from this site.',
  sensitive: 'Your organization does not allow sending sensitive health information from this site.',
  psychotherapy: 'Your organization does not allow sending psychotherapy notes by message.',
};

export function requirementsFor(purpose: DisclosurePurpose | undefined, inputs: PromptInputs): PromptRequirements {
  const { findings, verdict, recipients, policy } = inputs;
  const modeOf = (c: FindingCategory) => policy.modes[c];

  const psychotherapy = hasPsychotherapy(findings, verdict) && modeOf('psychotherapy') !== 'off';
  const psychotherapyBlocked = psychotherapy && policy.psychotherapy.action === 'block';
  const sensitiveCategories = policy.sensitive.requireAcknowledgement && modeOf('sensitive') !== 'off'
    ? sensitiveCategoriesOf(findings, verdict)
    : [];

  const signals = allRecipientSignals(recipients);
  const recipientBlocks = signals.filter((s) => s.action === 'block');

  // The guard computes blockedReasons; derive the same blocks here too so a gap there cannot enable Send.
  const derived: string[] = [];
  const categoriesPresent = new Set(findings.map((f) => f.category));
  if (psychotherapy) categoriesPresent.add('psychotherapy');
  for (const c of categoriesPresent) {
    if (modeOf(c) === 'block') derived.push(CATEGORY_BLOCK_REASON[c]);
  }
  if (psychotherapyBlocked && modeOf('psychotherapy') !== 'block') derived.push(CATEGORY_BLOCK_REASON.psychotherapy);
  for (const s of recipientBlocks) derived.push(s.reason);

  const given = [...inputs.blockedReasons];
  const blocked = given.length > 0 || derived.length > 0;
  const offered = policy.purposes.offered;

  return {
    blocked,
    blockedReasons: given.length > 0 ? given : [...new Set(derived)],
    purposes: [...offered],
    minimumNecessary: purpose !== undefined && policy.purposes.minimumNecessary.includes(purpose),
    authorization: psychotherapy && !psychotherapyBlocked,
    psychotherapyBlocked,
    sensitiveCategories,
    recipientAcknowledgements: signals.filter((s) => s.action === 'acknowledge'),
    recipientBlocks,
  };
}

/** What is still missing before Send can be enabled, in the order the prompt asks for it. */
export function unmetRequirements(state: PromptState, inputs: PromptInputs): RequirementId[] {
  const req = requirementsFor(state.purpose, inputs);
  const unmet: RequirementId[] = [];
  if (state.purpose === undefined || !req.purposes.includes(state.purpose)) unmet.push('purpose');
  if (req.minimumNecessary && !state.minimumNecessaryConfirmed) unmet.push('minimum_necessary');
  if (req.authorization && !state.authorizationConfirmed) unmet.push('authorization');
  if (req.sensitiveCategories.length > 0 && !state.sensitiveAcknowledged) unmet.push('sensitive');
  if (req.recipientAcknowledgements.length > 0 && !state.recipientsAcknowledged) unmet.push('recipients');
  return unmet;
}

export function canConfirm(state: PromptState, inputs: PromptInputs): boolean {
  return !requirementsFor(state.purpose, inputs).blocked && unmetRequirements(state, inputs).length === 0;
}

/** The attestation handed to onConfirm, or undefined while Send must stay disabled. */
export function toDecision(state: PromptState, inputs: PromptInputs): DisclosureDecision | undefined {
  if (!canConfirm(state, inputs) || state.purpose === undefined) return undefined;
  const req = requirementsFor(state.purpose, inputs);
  const decision: DisclosureDecision = { purpose: state.purpose };
  // Only what was actually asked is recorded: an absent field means "not required", not "refused".
  if (req.minimumNecessary) decision.minimumNecessaryConfirmed = true;
  if (req.authorization) decision.authorizationConfirmed = true;
  if (req.sensitiveCategories.length > 0) decision.sensitiveAcknowledged = true;
  if (req.recipientAcknowledgements.length > 0) decision.recipientsAcknowledged = true;
  return decision;
}

/** Short names of what is still missing, for the "Still needed: ..." line next to the disabled Send. */
export const REQUIREMENT_HINTS: Record<RequirementId, string> = {
  purpose: 'a purpose',
  minimum_necessary: 'the minimum-necessary confirmation',
  authorization: 'the psychotherapy-note authorization',
  sensitive: 'the sensitive-information check',
  recipients: 'the recipient check',
};

/** Findings grouped by category in display order, each keeping its index in the original list. */
export const CATEGORY_ORDER: readonly FindingCategory[] = ['identifier', 'health', 'sensitive', 'psychotherapy'];

export function groupFindings(findings: readonly Finding[]): { category: FindingCategory; items: { finding: Finding; index: number }[] }[] {
  return CATEGORY_ORDER
    .map((category) => ({
      category,
      items: findings.map((finding, index) => ({ finding, index })).filter(({ finding }) => finding.category === category),
    }))
    .filter((group) => group.items.length > 0);
}

export type BadgeState = 'clear' | 'phi' | 'sensitive' | 'scanning' | 'error';

/** The compose badge: scanning and errors win; sensitive/psychotherapy outrank plain PHI. */
export function badgeStateFor(scan: { findings: readonly Finding[]; verdict: Verdict } | undefined, status: { scanning?: boolean; error?: boolean } = {}): BadgeState {
  if (status.error) return 'error';
  if (status.scanning || !scan) return 'scanning';
  if (scan.verdict.sensitive.length > 0 || hasPsychotherapy(scan.findings, scan.verdict)) return 'sensitive';
  if (scan.verdict.phi || scan.findings.length > 0) return 'phi';
  return 'clear';
}

/** Next element to focus when Tab would leave the dialog, or undefined to let the browser move focus. */
export function focusWrapIndex(count: number, current: number, backwards: boolean): number | undefined {
  if (count === 0) return undefined;
  // -1 = focus is on the dialog itself or outside the list of controls.
  if (current < 0) return backwards ? count - 1 : 0;
  if (backwards && current === 0) return count - 1;
  if (!backwards && current === count - 1) return 0;
  return undefined;
}
