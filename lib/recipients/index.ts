import type { Finding, Verdict } from '../detect/types';
import type { Policy, RecipientSignalId, SignalAction } from '../policy/schema';
import { domainOf, isWithin, normalizeAddress } from './address';
import { groupReason } from './groups';
import { hashRecipient } from './history';
import { findLookalike } from './lookalike';
import { otherPatientNames } from './patient';
import type { Recipient, RecipientContext, RecipientRisk, RecipientRiskEntry, RecipientSignal } from './types';

export type * from './types';
export { parseRecipientList, normalizeAddress, domainOf, splitDomain, isWithin } from './address';
export { findLookalike, skeleton, damerauDistance, type LookalikeMatch } from './lookalike';
export {
  hashRecipient, hashRecipientAsync, createSalt, rememberRecipients, loadRecipientHistory, MemoryRecipientHistory,
  type RecipientHistoryStore,
} from './history';

const STRENGTH: Record<SignalAction | 'none', number> = { none: 0, note: 1, acknowledge: 2, block: 3 };
const strongest = (actions: Iterable<SignalAction | 'none'>): SignalAction | 'none' =>
  [...actions].reduce<SignalAction | 'none'>((a, b) => (STRENGTH[b] > STRENGTH[a] ? b : a), 'none');

/** "a@x.org, b@y.com and 3 more": enough to recognize who, short enough for a prompt line. */
function listAddresses(addresses: readonly string[], shown = 3): string {
  const unique = [...new Set(addresses)];
  const head = unique.slice(0, shown).join(', ');
  return unique.length > shown ? `${head} and ${unique.length - shown} more` : head;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function kindOf(address: string, domain: string, policy: Policy): RecipientRiskEntry['kind'] {
  // A name without an address ("Cardiology Team A" in a portal, a pool or the patient) cannot be emailed: the
  // app routes it to its own users, so it never leaves the system and is not external, personal or a look-alike.
  if (!address.includes('@')) return 'internal';
  const { internalDomains, trustedDomains, personalDomains } = policy.recipients;
  if (domain && internalDomains.some((d) => isWithin(domain, d))) return 'internal';
  if (domain && trustedDomains.some((d) => isWithin(domain, d))) return 'trusted';
  if (domain && personalDomains.some((d) => isWithin(domain, d))) return 'personal';
  return 'external';
}

/**
 * Who is about to receive this message, and what about them deserves a second look.
 *
 * A recipient without an "@" is a name the app routes itself (a portal care team or pool): kind 'internal'.
 *
 * Signals are returned whether or not the message contains PHI, so the CLI and the prompt can show them;
 * whether they should hold Send is a separate decision: see {@link shouldPrompt} and {@link riskForMessage}.
 *
 * - external: outside the internal and trusted (BAA partner) domains. Only raised when internal domains are
 *   configured (otherwise nobody can tell inside from outside). A personal or look-alike address is outside too:
 *   its more specific signal carries the stronger of the two policy actions instead of a second line.
 * - personal_webmail: a personal mailbox (policy.recipients.personalDomains, subdomains included).
 * - too_many: more distinct addresses than policy.recipients.threshold, and each group or list recipient
 *   (adapter's isGroup, or all@, staff@, team@, list@, dl-…).
 * - mixed: internal and outside (external or personal) recipients together; needs internal domains.
 * - lookalike: a domain that imitates an internal, trusted or personal-webmail domain (see lookalike.ts).
 * - first_time: no PHI sent to this address from this browser before; needs context.salt and
 *   context.knownRecipientHashes; internal colleagues are not flagged.
 * - reply_all: a reply-all that also goes to Cc/Bcc recipients.
 * - wrong_patient: the thread is about one patient (context.threadPatient.name) but a name finding in the
 *   message cannot be that patient. Pass scan.text to let names titled "Dr." or followed by "MD" be skipped.
 */
export function analyzeRecipients(
  recipients: readonly Recipient[],
  scan: { findings: readonly Finding[]; verdict: Verdict; text?: string },
  policy: Policy,
  context: RecipientContext = {},
): RecipientRisk {
  const rules = policy.recipients;
  const actionFor = (id: RecipientSignalId): SignalAction => rules.signals[id];
  const signal = (id: RecipientSignalId, reason: string, action: SignalAction = actionFor(id)): RecipientSignal =>
    ({ id, reason, action });
  const insideKnown = rules.internalDomains.length > 0;
  const references = {
    internal: rules.internalDomains, trusted: rules.trustedDomains, personal: rules.personalDomains,
  };

  const entries: RecipientRiskEntry[] = recipients.map((recipient) => {
    const address = normalizeAddress(recipient.address);
    const domain = domainOf(address);
    const kind = kindOf(address, domain, policy);
    const signals: RecipientSignal[] = [];
    const outside = insideKnown && domain !== '' && (kind === 'external' || kind === 'personal');
    // The specific signal explains "outside" better than a second line; it must not be milder than external.
    const withExternal = (id: RecipientSignalId): SignalAction =>
      outside ? strongest([actionFor(id), actionFor('external')]) as SignalAction : actionFor(id);

    const lookalike = kind === 'external' && domain ? findLookalike(domain, references) : undefined;
    if (lookalike) {
      signals.push(signal('lookalike',
        `${address} looks like ${lookalike.target} but is a different domain (${lookalike.detail})`,
        withExternal('lookalike')));
    }
    if (kind === 'personal') {
      signals.push(signal('personal_webmail',
        `${address} is a personal email account (${domain}), not a work address`, withExternal('personal_webmail')));
    }
    if (outside && !lookalike && kind === 'external') {
      signals.push(signal('external', `${address} is outside your organization`));
    }
    const group = groupReason(address, recipient.isGroup);
    if (group) {
      const who = recipient.displayName && !address.includes('@') ? recipient.displayName : address;
      signals.push(signal('too_many', group === 'adapter'
        ? `${who} is a group: everyone in it will get this`
        : `${who} looks like a group or mailing list: everyone on it will get this`));
    }
    const salt = context.salt;
    if (context.knownRecipientHashes && salt !== undefined && kind !== 'internal' && address.includes('@') &&
        !context.knownRecipientHashes.has(hashRecipient(address, salt))) {
      signals.push(signal('first_time', `You have not sent patient information to ${address} from this browser before`));
    }
    const entry: RecipientRiskEntry = { address, field: recipient.field, domain, kind, signals };
    if (recipient.displayName) entry.displayName = recipient.displayName;
    return entry;
  });

  const messageSignals: RecipientSignal[] = [];
  const distinct = new Set(entries.map((e) => e.address));
  if (distinct.size > rules.threshold) {
    messageSignals.push(signal('too_many',
      `This message goes to ${distinct.size} addresses (more than ${rules.threshold}): check each one needs it`));
  }
  const outsiders = entries.filter((e) => e.domain && (e.kind === 'external' || e.kind === 'personal'));
  if (insideKnown && outsiders.length && entries.some((e) => e.kind === 'internal')) {
    messageSignals.push(signal('mixed',
      `This goes to people inside and outside your organization (outside: ${listAddresses(outsiders.map((e) => e.address))})`));
  }
  const copied = entries.filter((e) => e.field !== 'to');
  if (context.replyAll && copied.length) {
    messageSignals.push(signal('reply_all',
      `This is a reply-all: ${plural(new Set(copied.map((e) => e.address)).size, 'person', 'people')} on Cc/Bcc will also get it (${listAddresses(copied.map((e) => e.address))})`));
  }
  const patientName = context.threadPatient?.name?.trim();
  if (patientName) {
    const others = otherPatientNames(scan.findings, patientName, scan.text);
    if (others.length) {
      messageSignals.push(signal('wrong_patient',
        `This conversation is about ${patientName}, but the message mentions ${listAddresses(others)}: make sure it is the right patient`));
    }
  }

  // Everything once, strongest first, so the prompt can show the list as it is.
  const seen = new Set<string>();
  const all = [...messageSignals, ...entries.flatMap((e) => e.signals)]
    .filter((s) => !seen.has(`${s.id}\u0000${s.reason}`) && seen.add(`${s.id}\u0000${s.reason}`))
    .map((s, order) => ({ s, order }))
    .sort((a, b) => STRENGTH[b.s.action] - STRENGTH[a.s.action] || a.order - b.order)
    .map(({ s }) => s);
  return { recipients: entries, messageSignals: all, action: strongest(all.map((s) => s.action)) };
}

/**
 * Recipient patterns risky enough to prompt about even without PHI, when policy.recipients.promptWithoutPhi is
 * on. external, mixed and first_time only matter because of what is being sent, so they need PHI.
 */
export const HIGH_RISK_WITHOUT_PHI: readonly RecipientSignalId[] = [
  'lookalike', 'personal_webmail', 'too_many', 'reply_all', 'wrong_patient',
];

/**
 * The part of a recipient analysis that applies to this message: all of it when the verdict is PHI; without
 * PHI nothing by default, or only the high-risk patterns when policy.recipients.promptWithoutPhi is on.
 * The guard shows these signals and derives blocking from them.
 */
export function riskForMessage(verdict: Verdict, risk: RecipientRisk, policy: Policy): RecipientRisk {
  const applies = (s: RecipientSignal): boolean =>
    verdict.phi || (policy.recipients.promptWithoutPhi && HIGH_RISK_WITHOUT_PHI.includes(s.id));
  const messageSignals = risk.messageSignals.filter(applies);
  return {
    recipients: risk.recipients.map((entry) => ({ ...entry, signals: entry.signals.filter(applies) })),
    messageSignals,
    action: strongest(messageSignals.map((s) => s.action)),
  };
}

/**
 * Should the recipients on their own hold Send for the disclosure prompt? True when a signal that applies to
 * this message (see {@link riskForMessage}) asks to be acknowledged or blocks. 'note' signals never hold Send by
 * themselves; they are shown when the prompt opens for the PHI itself. Without PHI this is false unless
 * policy.recipients.promptWithoutPhi is on.
 */
export function shouldPrompt(verdict: Verdict, risk: RecipientRisk, policy: Policy): boolean {
  return STRENGTH[riskForMessage(verdict, risk, policy).action] >= STRENGTH.acknowledge;
}

/** Reasons that stop the message outright (signals whose policy action is 'block'), for the prompt's blockedReasons. */
export function recipientBlockedReasons(risk: RecipientRisk): string[] {
  return risk.messageSignals.filter((s) => s.action === 'block').map((s) => s.reason);
}

/** Reasons the user must acknowledge before sending. */
export function recipientAcknowledgements(risk: RecipientRisk): string[] {
  return risk.messageSignals.filter((s) => s.action === 'acknowledge').map((s) => s.reason);
}
