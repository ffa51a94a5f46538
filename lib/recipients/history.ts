import { normalizeAddress } from './address';
import { sha256Hex, toHex } from './sha256';

/**
 * First-time recipients: the browser remembers who it has sent PHI to as salted SHA-256 hashes of the
 * normalized address, never the address itself, so the store at rest says nothing about patients or staff.
 */

/** What is hashed: the salt and the normalized address, separated so "ab"+"c" and "a"+"bc" differ. */
const hashInput = (address: string, salt: string): string => `${salt}\u0000${normalizeAddress(address)}`;

/** The salted hash of an address, synchronously (the Send handler cannot wait). Hex, 64 characters. */
export function hashRecipient(address: string, salt: string): string {
  return sha256Hex(hashInput(address, salt));
}

/** The same hash through Web Crypto (crypto.subtle, Node 20 and browsers), for callers that can await. */
export async function hashRecipientAsync(address: string, salt: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(hashInput(address, salt)));
  return toHex(new Uint8Array(digest));
}

/** A new random per-install salt (hex, 128 bits). */
export function createSalt(): string {
  return toHex(crypto.getRandomValues(new Uint8Array(16)));
}

/** Where the hashes of past PHI recipients live. */
export interface RecipientHistoryStore {
  /** The salt used for every hash in this store (created on first use). */
  getSalt(): Promise<string>;
  getHashes(): Promise<Set<string>>;
  addHashes(hashes: Iterable<string>): Promise<void>;
}

/** Keep the newest hashes only, so the store cannot grow without bound. */
export const HISTORY_LIMIT = 5000;

/** An in-memory store for tests and for the CLI. */
export class MemoryRecipientHistory implements RecipientHistoryStore {
  private readonly hashes: string[] = [];
  constructor(private readonly salt: string = createSalt(), private readonly limit = HISTORY_LIMIT) {}
  async getSalt(): Promise<string> { return this.salt; }
  async getHashes(): Promise<Set<string>> { return new Set(this.hashes); }
  async addHashes(hashes: Iterable<string>): Promise<void> {
    this.hashes.splice(0, this.hashes.length, ...appendHashes(this.hashes, hashes, this.limit));
  }
}

/** Existing hashes plus new ones, most recent last, each once, at most `limit`. */
export function appendHashes(existing: readonly string[], added: Iterable<string>, limit = HISTORY_LIMIT): string[] {
  const fresh = [...new Set(added)];
  const freshSet = new Set(fresh);
  const merged = [...existing.filter((h) => !freshSet.has(h)), ...fresh];
  return merged.slice(Math.max(0, merged.length - limit));
}

/** Remember that PHI was sent to these addresses (call after the user confirmed and the message went). */
export async function rememberRecipients(store: RecipientHistoryStore, addresses: Iterable<string>): Promise<void> {
  const salt = await store.getSalt();
  await store.addHashes([...addresses].filter((a) => a.includes('@')).map((a) => hashRecipient(a, salt)));
}

/** What analyzeRecipients needs in its context for the first_time signal. */
export async function loadRecipientHistory(
  store: RecipientHistoryStore,
): Promise<{ salt: string; knownRecipientHashes: ReadonlySet<string> }> {
  const [salt, knownRecipientHashes] = await Promise.all([store.getSalt(), store.getHashes()]);
  return { salt, knownRecipientHashes };
}
