import type { Finding, Verdict } from '../detect/types';
import type { Policy } from '../policy/schema';
import type { Recipient, RecipientContext, RecipientRisk } from './types';

export type * from './types';

// STUB: the recipient-risk issue implements this.
export function analyzeRecipients(
  recipients: readonly Recipient[],
  scan: { findings: readonly Finding[]; verdict: Verdict },
  policy: Policy,
  context: RecipientContext = {},
): RecipientRisk {
  void scan; void policy; void context;
  return {
    recipients: recipients.map((r) => ({ ...r, domain: r.address.split('@')[1] ?? '', kind: 'external', signals: [] })),
    messageSignals: [],
    action: 'none',
  };
}
