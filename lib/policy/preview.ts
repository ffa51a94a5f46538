import type { FindingCategory, ScanResult } from '../detect/types';
import { riskForMessage } from '../recipients/index';
import type { RecipientRisk } from '../recipients/types';
import type { CategoryMode, Policy } from './schema';

/**
 * What the guard would do with a message under a policy, for the options page's policy tester. Pure.
 * The send-time decision belongs to the compose guard; this mirrors the policy rules so an administrator
 * can try a policy without opening a mail app.
 */
export type GuardOutcome = 'send' | 'mark' | 'prompt' | 'block';

export interface GuardPreview {
  outcome: GuardOutcome;
  /** Plain-language reasons, strongest first. */
  reasons: string[];
  /** Mode applied per category found in the message. */
  categories: Partial<Record<FindingCategory, CategoryMode>>;
  /** What the prompt would ask for, when it would prompt. */
  requires: { purpose: boolean; authorization: boolean; sensitiveAcknowledgement: boolean; recipientAcknowledgement: boolean };
}

const RANK: Record<GuardOutcome, number> = { send: 0, mark: 1, prompt: 2, block: 3 };

export function previewGuardDecision(result: ScanResult, recipients: RecipientRisk, policy: Policy): GuardPreview {
  const reasons: { outcome: GuardOutcome; text: string }[] = [];
  const state: { outcome: GuardOutcome } = { outcome: 'send' };
  const raise = (to: GuardOutcome, text: string) => {
    if (RANK[to] > RANK[state.outcome]) state.outcome = to;
    reasons.push({ outcome: to, text });
  };

  const categories: GuardPreview['categories'] = {};
  for (const finding of result.findings) categories[finding.category] = policy.modes[finding.category];

  for (const [category, mode] of Object.entries(categories) as [FindingCategory, CategoryMode][]) {
    if (mode === 'off') continue;
    // Prompting and blocking are for PHI (identifiable + health); a lone phone number is only marked.
    if (mode === 'mark' || !result.verdict.phi) raise('mark', `${category} findings are marked`);
    else raise(mode, `${category} mode is "${mode}"`);
  }
  if (result.verdict.phi && result.verdict.psychotherapy && categories.psychotherapy !== 'off' && policy.psychotherapy.action === 'block') {
    raise('block', 'psychotherapy-note content is blocked by policy');
  }
  if (result.errors.length && policy.failMode === 'closed') raise('prompt', 'the scanner failed and the policy fails closed');

  // The recipient engineer's rule for which signals apply to this message (all with PHI, only the high-risk
  // ones without PHI when promptWithoutPhi is on).
  const applied = riskForMessage(result.verdict, recipients, policy);
  for (const signal of applied.messageSignals) {
    if (signal.action === 'block') raise('block', `recipient: ${signal.reason}`);
    else if (signal.action === 'acknowledge') raise('prompt', `recipient: ${signal.reason}`);
    else raise('send', `recipient note: ${signal.reason}`);
  }

  const { outcome } = state;
  const prompting = outcome === 'prompt';
  return {
    outcome,
    reasons: reasons.sort((a, b) => RANK[b.outcome] - RANK[a.outcome]).map((r) => r.text),
    categories,
    requires: {
      purpose: prompting,
      authorization: prompting && result.verdict.psychotherapy && categories.psychotherapy !== 'off',
      sensitiveAcknowledgement: prompting && result.verdict.sensitive.length > 0 && policy.sensitive.requireAcknowledgement && categories.sensitive !== 'off',
      recipientAcknowledgement: prompting && applied.messageSignals.some((s) => s.action === 'acknowledge'),
    },
  };
}
