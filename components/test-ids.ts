import type { DisclosurePurpose } from '../lib/policy/schema';

/**
 * Stable data-testid values of the guard UI, for end-to-end tests. Change them only together with test/e2e.
 * Finding indexes are positions in DisclosurePromptProps.findings (not in the grouped display).
 */
export const PHI_TEST_IDS = {
  prompt: 'phi-prompt',
  /** The radio input of a purpose: `phi-purpose-treatment`, `phi-purpose-payment`, ... */
  purpose: (purpose: DisclosurePurpose) => `phi-purpose-${purpose}` as const,
  minimumNecessary: 'phi-min-necessary',
  authorization: 'phi-authorization',
  psychotherapyBlocked: 'phi-psychotherapy-blocked',
  sensitiveAck: 'phi-sensitive-ack',
  recipientAck: 'phi-recipient-ack',
  recipientWarnings: 'phi-recipients',
  blocked: 'phi-blocked',
  confirm: 'phi-confirm',
  cancel: 'phi-cancel',
  unmet: 'phi-unmet',
  support: 'phi-support',
  findings: 'phi-findings',
  /** One finding row: `phi-finding-0`, ... */
  finding: (index: number) => `phi-finding-${index}` as const,
  /** The "Why?" toggle that shows a finding's explanation. */
  why: (index: number) => `phi-why-${index}` as const,
  redact: (index: number) => `phi-redact-${index}` as const,
  jump: (index: number) => `phi-jump-${index}` as const,
  badge: 'phi-badge',
  tooltip: 'phi-tooltip',
} as const;
