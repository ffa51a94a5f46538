import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { appendHashes, hashRecipient, hashRecipientAsync, loadRecipientHistory, MemoryRecipientHistory, rememberRecipients } from './history';
import { HISTORY_KEY, SALT_KEY, StorageRecipientHistory, type StorageAreaLike } from './history-store';
import { sha256Hex } from './sha256';

describe('sha256', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  ])('FIPS vector %j', (input, digest) => expect(sha256Hex(input)).toBe(digest));

  it.each([55, 56, 63, 64, 65, 119, 1000])('matches node:crypto for %i bytes of text', (length) => {
    const text = 'é'.repeat(length).slice(0, length);
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });
});

describe('hashRecipient', () => {
  it('is the same sync and through Web Crypto', async () => {
    expect(await hashRecipientAsync('Jane@X.org', 'salt')).toBe(hashRecipient('Jane@X.org', 'salt'));
  });
  it('hashes the normalized address, never the raw one', () => {
    expect(hashRecipient(' JANE@x.org ', 's')).toBe(hashRecipient('jane@x.org', 's'));
    expect(hashRecipient('jane@x.org', 's')).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRecipient('jane@x.org', 's')).not.toContain('jane');
  });
  it('depends on the salt', () => {
    expect(hashRecipient('jane@x.org', 'a')).not.toBe(hashRecipient('jane@x.org', 'b'));
  });
});

describe('appendHashes', () => {
  it('keeps each hash once, newest last, within the limit', () => {
    expect(appendHashes(['a', 'b', 'c'], ['b', 'd', 'd'], 3)).toEqual(['c', 'b', 'd']);
    expect(appendHashes([], ['x'])).toEqual(['x']);
  });
});

describe('MemoryRecipientHistory', () => {
  it('remembers hashes of addresses, not addresses', async () => {
    const store = new MemoryRecipientHistory('fixed-salt');
    await rememberRecipients(store, ['Bob@Partner.com', 'not-an-address']);
    const { salt, knownRecipientHashes } = await loadRecipientHistory(store);
    expect(salt).toBe('fixed-salt');
    expect([...knownRecipientHashes]).toEqual([hashRecipient('bob@partner.com', 'fixed-salt')]);
  });
});

/** A storage area that behaves like browser.storage.local: JSON-cloned values. */
function fakeArea(): StorageAreaLike & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    async get(keys) {
      const list = typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(list.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    async set(items) { Object.assign(data, structuredClone(items)); },
  };
}

describe('StorageRecipientHistory', () => {
  it('creates one salt per install and keeps it', async () => {
    const area = fakeArea();
    const first = new StorageRecipientHistory(area);
    const [a, b] = await Promise.all([first.getSalt(), first.getSalt()]);
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(await new StorageRecipientHistory(area).getSalt()).toBe(a);
  });

  it('stores only salted hashes, bounded, and ignores junk', async () => {
    const area = fakeArea();
    const store = new StorageRecipientHistory(area, 2);
    await rememberRecipients(store, ['a@x.org', 'b@y.org', 'c@z.org']);
    await store.addHashes(['not-a-hash']);
    const salt = await store.getSalt();
    expect(await store.getHashes()).toEqual(new Set([hashRecipient('b@y.org', salt), hashRecipient('c@z.org', salt)]));
    expect(JSON.stringify(area.data)).not.toMatch(/@|x\.org/);
    expect(Object.keys(area.data).sort()).toEqual([HISTORY_KEY, SALT_KEY].sort());
  });

  it('treats a corrupted entry as empty history', async () => {
    const area = fakeArea();
    area.data[HISTORY_KEY] = ['jane@x.org'];
    expect((await new StorageRecipientHistory(area).getHashes()).size).toBe(0);
  });
});
