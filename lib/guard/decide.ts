import type { Finding, FindingCategory, ScanResult, Verdict } from '../detect/types';
import type { Policy } from '../policy/schema';
import { recipientBlockedReasons, riskForMessage, shouldPrompt } from '../recipients';
import type { RecipientRisk } from '../recipients/types';

/** What the guard does with a send attempt. */
export type SendAction = 'send' | 'prompt' | 'block';

export interface SendDecision {
  action: SendAction;
  /** Findings the user sees (categories whose mode is not 'off'). */
  findings: Finding[];
  verdict: Verdict;
  /** Recipient risk limited to what applies to this message. */
  recipients: RecipientRisk;
  blockedReasons: string[];
  /** The scanner failed and policy.failMode decided. */
  scannerFailed: boolean;
}

const BLOCK_REASON: Record<FindingCategory, string> = {
  identifier: 'Your organization does not allow sending identifiers like these from this site.',
  health: 'Your organization does not allow sending health information like this from this site.',
  sensitive: 'Your organization does not allow sending sensitive health information from this site.',
  psychotherapy: 'Your organization does not allow sending psychotherapy notes by message.',
};

const NO_RISK: RecipientRisk = { recipients: [], messageSignals: [], action: 'none' };

/**
 * Pure decision for one send attempt. A message without PHI (and without recipient signals that hold Send)
 * sends at once; PHI in a 'prompt' category asks for a purpose; a 'block' category or a blocking recipient
 * signal stops it. A scanner error follows policy.failMode.
 */
export function decideSend(scan: ScanResult | undefined, risk: RecipientRisk | undefined, policy: Policy, scanError?: unknown): SendDecision {
  const failed = scanError !== undefined || !scan || scan.errors.length > 0;
  const verdict: Verdict = scan?.verdict ?? {
    phi: false, risk: 'none', identifiable: false, health: false, sensitive: [], psychotherapy: false, reasons: [],
  };
  const findings = (scan?.findings ?? []).filter((f) => policy.modes[f.category] !== 'off');
  const applies = risk ? riskForMessage(verdict, risk, policy) : NO_RISK;

  const blockedReasons: string[] = [];
  for (const category of new Set(findings.map((f) => f.category))) {
    if (policy.modes[category] === 'block') blockedReasons.push(BLOCK_REASON[category]);
  }
  if (verdict.psychotherapy && policy.modes.psychotherapy !== 'off' && policy.psychotherapy.action === 'block') {
    blockedReasons.push(BLOCK_REASON.psychotherapy);
  }
  blockedReasons.push(...recipientBlockedReasons(applies));
  const reasons = [...new Set(blockedReasons)];
  const base = { findings, verdict, recipients: applies, blockedReasons: reasons, scannerFailed: failed };
  if (reasons.length > 0) return { ...base, action: 'block' };

  // PHI holds Send only through categories set to 'prompt'; 'mark' highlights and lets it go.
  const prompting = findings.some((f) => policy.modes[f.category] === 'prompt')
    || (verdict.psychotherapy && policy.modes.psychotherapy === 'prompt');
  if (verdict.phi && prompting) return { ...base, action: 'prompt' };
  if (risk && shouldPrompt(verdict, risk, policy)) return { ...base, action: 'prompt' };
  if (failed && policy.failMode === 'closed') return { ...base, action: 'prompt' };
  return { ...base, action: 'send' };
}
