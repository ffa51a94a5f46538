import { normalize } from '../detect/normalize';
import type { Finding } from '../detect/types';
import type { DisclosureLogEntry } from '../log/types';
import { domainOf } from '../recipients/address';
import { sha256Hex } from '../recipients/sha256';
import type { Recipient, RecipientRisk } from '../recipients/types';
import type { DisclosureDecision } from './types';

export interface LogInput {
  outcome: DisclosureLogEntry['outcome'];
  site: string;
  text: string;
  salt: string;
  findings: readonly Finding[];
  recipients: readonly Recipient[];
  risk: RecipientRisk;
  decision?: DisclosureDecision;
  now?: Date;
}

/** The log entry for one held send: counts, domains, signals and a salted hash. Never text or addresses. */
export function buildLogEntry(input: LogInput): DisclosureLogEntry {
  const counts: DisclosureLogEntry['counts'] = {};
  for (const f of input.findings) counts[f.type] = (counts[f.type] ?? 0) + 1;
  const domains = [...new Set(input.recipients.map((r) => domainOf(r.address)).filter((d) => /^[a-z0-9.-]+$/i.test(d)))];
  const signals = [...new Set([...input.risk.messageSignals, ...input.risk.recipients.flatMap((r) => r.signals)].map((s) => s.id))];
  const entry: DisclosureLogEntry = {
    at: (input.now ?? new Date()).toISOString(),
    site: input.site,
    outcome: input.outcome,
    counts,
    recipientDomains: domains,
    recipientCount: new Set(input.recipients.map((r) => r.address.toLowerCase())).size,
    signals,
    messageHash: sha256Hex(input.salt + normalize(input.text).text),
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
