import type { Finding, FindingType } from '../detect/types';
import { normalize } from '../detect/normalize';
import type { DisclosureDecision } from '../guard/types';
import type { RecipientRisk } from '../recipients/types';
import { LOG_MESSAGE, type DisclosureLogEntry, type LogMessage } from './types';

/**
 * Building a disclosure-log entry from what the guard knows at send time. This is where message content
 * turns into metadata, so it lives next to the store that refuses anything else.
 */

/** Salted SHA-256 of the normalized message, hex: an auditor holding the message can match it; the log cannot reveal it. */
export async function messageDigest(text: string, salt: string): Promise<string> {
  // Normalized and whitespace-collapsed so the same message matches however the editor spaced it.
  const canonical = normalize(text).text.replace(/\s+/g, ' ').trim();
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}\u0000${canonical}`));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface LogEntryInput {
  /** `location.hostname` of the web app. */
  site: string;
  outcome: DisclosureLogEntry['outcome'];
  findings: readonly Pick<Finding, 'type'>[];
  recipients: RecipientRisk;
  /** The prompt's answer when the user confirmed; absent for cancelled or blocked sends. */
  decision?: DisclosureDecision;
  messageHash: string;
  at?: Date;
}

export function toLogEntry(input: LogEntryInput): DisclosureLogEntry {
  const counts: Partial<Record<FindingType, number>> = {};
  for (const f of input.findings) counts[f.type] = (counts[f.type] ?? 0) + 1;
  const domains = [...new Set(input.recipients.recipients.map((r) => r.domain.toLowerCase()).filter((d) => /^[a-z0-9.-]+$/.test(d)))];
  const signals = [...new Set(input.recipients.messageSignals.map((s) => s.id))];
  const entry: DisclosureLogEntry = {
    at: (input.at ?? new Date()).toISOString(),
    site: input.site.toLowerCase(),
    outcome: input.outcome,
    counts,
    recipientDomains: domains,
    recipientCount: input.recipients.recipients.length,
    signals,
    messageHash: input.messageHash,
  };
  const d = input.decision;
  if (d) {
    entry.purpose = d.purpose;
    if (d.minimumNecessaryConfirmed !== undefined) entry.minimumNecessaryConfirmed = d.minimumNecessaryConfirmed;
    if (d.authorizationConfirmed !== undefined) entry.authorizationConfirmed = d.authorizationConfirmed;
    if (d.sensitiveAcknowledged !== undefined) entry.sensitiveAcknowledged = d.sensitiveAcknowledged;
  }
  return entry;
}

export function logMessage(entry: DisclosureLogEntry): LogMessage {
  return { type: LOG_MESSAGE, entry };
}

/** What the background answers to a LogMessage. */
export type LogReply = { ok: true } | { ok: false; problems: string[] };
