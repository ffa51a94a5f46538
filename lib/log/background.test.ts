import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '../../entrypoints/background';
import { LOG_MESSAGE } from './types';
import { LOG_STORAGE_KEY, SALT_STORAGE_KEY } from './store';
import { USER_POLICY_KEY } from '../policy/browser';

const entry = (over: Record<string, unknown> = {}) => ({
  at: new Date().toISOString(), site: 'mail.google.com', outcome: 'sent', purpose: 'treatment', counts: { mrn: 1 },
  recipientDomains: ['example-health.org'], recipientCount: 1, signals: [], messageHash: 'b'.repeat(64), ...over,
});
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const stored = async () => ((await fakeBrowser.storage.local.get(LOG_STORAGE_KEY))[LOG_STORAGE_KEY] ?? []) as unknown[];

// The fake's typing omits sendResponse, which the real API (and the fake at runtime) passes on.
const trigger = fakeBrowser.runtime.onMessage.trigger as unknown as (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => Promise<unknown[]>;

/** Deliver a message to the background's onMessage listener as the extension itself would. */
function deliver(message: unknown, sender: { id?: string } = { id: fakeBrowser.runtime.id }): Promise<unknown> {
  return new Promise((resolve) => {
    void trigger(message, sender, resolve);
  });
}

describe('background: disclosure log', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
  });

  it('stores a metadata entry and answers ok; refuses one with message text', async () => {
    background.main();
    await settle();
    expect(await deliver({ type: LOG_MESSAGE, entry: entry() })).toEqual({ ok: true });
    const refused = await deliver({ type: LOG_MESSAGE, entry: { ...entry(), note: 'Jane Doe has HIV' } }) as { ok: boolean; problems: string[] };
    expect(refused.ok).toBe(false);
    expect(refused.problems.join()).toMatch(/note|unrecognized/i);
    expect(await stored()).toHaveLength(1);
    expect(JSON.stringify(await stored())).not.toContain('Jane');
  });

  it('ignores log messages from other extensions', async () => {
    background.main();
    await settle();
    const results = await trigger({ type: LOG_MESSAGE, entry: entry() }, { id: 'someone-else' }, () => undefined);
    expect(results).toEqual([false]);
    await settle();
    expect(await stored()).toEqual([]);
  });

  it('keeps nothing when policy retention is 0, even for the first message', async () => {
    await fakeBrowser.storage.local.set({ [USER_POLICY_KEY]: { log: { retentionDays: 0 } } });
    background.main();
    expect(await deliver({ type: LOG_MESSAGE, entry: entry() })).toEqual({ ok: true });
    expect(await stored()).toEqual([]);
  });

  it('prunes when the retention policy shrinks', async () => {
    const old = entry({ at: new Date(Date.now() - 40 * 86_400_000).toISOString() });
    await fakeBrowser.storage.local.set({ [LOG_STORAGE_KEY]: [old, entry()] });
    background.main();
    await settle();
    expect(await stored()).toHaveLength(2);
    await fakeBrowser.storage.local.set({ [USER_POLICY_KEY]: { log: { retentionDays: 30 } } });
    await settle();
    expect(await stored()).toHaveLength(1);
  });

  it('creates the install salt at start-up', async () => {
    background.main();
    await settle();
    expect((await fakeBrowser.storage.local.get(SALT_STORAGE_KEY))[SALT_STORAGE_KEY]).toMatch(/^[0-9a-f]{64}$/);
  });
});
