import type { Finding, Verdict } from '../detect/types';
import type { Policy, DisclosurePurpose } from '../policy/schema';
import type { RecipientRisk } from '../recipients/types';

/** What the user attested in the disclosure prompt. */
export interface DisclosureDecision {
  purpose: DisclosurePurpose;
  /** Minimum-necessary confirmation; undefined when the purpose is exempt. */
  minimumNecessaryConfirmed?: boolean;
  /** Psychotherapy-note markers: a specific authorization is on file. */
  authorizationConfirmed?: boolean;
  /** Sensitive categories: stricter state/federal rules (42 CFR Part 2...) were checked. */
  sensitiveAcknowledged?: boolean;
  /** Recipient signals with action 'acknowledge' were acknowledged. */
  recipientsAcknowledged?: boolean;
}

/** Props of the React disclosure prompt (components/DisclosurePrompt.tsx). */
export interface DisclosurePromptProps {
  findings: readonly Finding[];
  verdict: Verdict;
  recipients: RecipientRisk;
  policy: Policy;
  /** Why sending is blocked outright (blocked category, blocked recipient signal, psychotherapy block). */
  blockedReasons: readonly string[];
  onConfirm(decision: DisclosureDecision): void;
  onCancel(): void;
  /** Scroll/select the finding in the editor (the prompt stays open). */
  onJump(finding: Finding): void;
  /** Replace the finding in the editor with a placeholder, then rescan; the prompt re-renders with new props. */
  onRedact(finding: Finding): void;
}
