import type { RecipientSignalId, SignalAction } from '../policy/schema';

export type RecipientField = 'to' | 'cc' | 'bcc';

/** A recipient as a site adapter reads it from the compose box (chips included). */
export interface Recipient {
  address: string;
  displayName?: string;
  field: RecipientField;
  /** The adapter knows this is a group/list (Gmail group chip, Outlook distribution list). */
  isGroup?: boolean;
}

export interface RecipientSignal {
  id: RecipientSignalId;
  /** Plain-language reason shown in the disclosure prompt. */
  reason: string;
  /** What policy says to do about it. */
  action: SignalAction;
}

export interface RecipientRiskEntry {
  address: string;
  displayName?: string;
  field: RecipientField;
  domain: string;
  kind: 'internal' | 'trusted' | 'personal' | 'external';
  signals: RecipientSignal[];
}

/** The analysis of everyone about to receive a message. */
export interface RecipientRisk {
  recipients: RecipientRiskEntry[];
  /** Signals about the whole set (too_many, mixed, reply_all) as well as those per recipient, deduplicated. */
  messageSignals: RecipientSignal[];
  /** The strongest action any signal asks for ('none' when there are no signals). */
  action: SignalAction | 'none';
}

export interface RecipientContext {
  /** This is a reply-all (the adapter saw it, or the subject/recipients say so). */
  replyAll?: boolean;
  /** The patient the thread is about, where a portal adapter knows it (name and/or address). */
  threadPatient?: { name?: string; address?: string };
  /** Salted hashes of addresses this browser has sent PHI to before; undefined = unknown (skip first_time). */
  knownRecipientHashes?: ReadonlySet<string>;
  /** The salt for hashing addresses (per install, random, stored locally). */
  salt?: string;
}
