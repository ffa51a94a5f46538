import { appendHashes, createSalt, HISTORY_LIMIT, type RecipientHistoryStore } from './history';

/** The part of browser.storage.local (or chrome.storage.local) the history needs; passed in to stay testable. */
export interface StorageAreaLike {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export const HISTORY_KEY = 'phiGuard.recipientHistory';
export const SALT_KEY = 'phiGuard.recipientSalt';

const isHashList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((h) => typeof h === 'string' && /^[0-9a-f]{64}$/.test(h));

/** Recipient history kept in extension storage: a random salt and the salted hashes, never addresses. */
export class StorageRecipientHistory implements RecipientHistoryStore {
  private saltPromise: Promise<string> | undefined;
  constructor(private readonly area: StorageAreaLike, private readonly limit = HISTORY_LIMIT) {}

  getSalt(): Promise<string> {
    // One salt per install; concurrent callers share the first creation.
    this.saltPromise ??= (async () => {
      const stored = (await this.area.get(SALT_KEY))[SALT_KEY];
      if (typeof stored === 'string' && stored.length >= 16) return stored;
      const salt = createSalt();
      await this.area.set({ [SALT_KEY]: salt });
      return salt;
    })();
    return this.saltPromise;
  }

  private async read(): Promise<string[]> {
    const stored = (await this.area.get(HISTORY_KEY))[HISTORY_KEY];
    return isHashList(stored) ? stored : [];
  }

  async getHashes(): Promise<Set<string>> {
    return new Set(await this.read());
  }

  async addHashes(hashes: Iterable<string>): Promise<void> {
    const added = [...hashes].filter((h) => /^[0-9a-f]{64}$/.test(h));
    if (!added.length) return;
    await this.area.set({ [HISTORY_KEY]: appendHashes(await this.read(), added, this.limit) });
  }
}
