import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadEffectivePolicy, saveUserPolicy, USER_POLICY_KEY, watchEffectivePolicy, type PolicyStorage } from './browser';
import type { EffectivePolicy } from './load';

const storage = fakeBrowser.storage as unknown as PolicyStorage;
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('loading the effective policy from extension storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('combines managed and user storage', async () => {
    await fakeBrowser.storage.managed.set({ modes: { health: 'block' } });
    await saveUserPolicy(storage, { modes: { health: 'off', identifier: 'mark' } });
    const effective = await loadEffectivePolicy(storage);
    expect(effective.policy.modes).toMatchObject({ health: 'block', identifier: 'mark' });
    expect(effective.sources['modes.health']).toBe('managed');
  });

  it('treats a failing managed area (Firefox without policies) as not managed', async () => {
    const failing = { ...storage, managed: { get: () => Promise.reject(new Error('Managed storage manifest not found')) } };
    await fakeBrowser.storage.local.set({ [USER_POLICY_KEY]: { failMode: 'open' } });
    const effective = await loadEffectivePolicy(failing);
    expect(effective.policy.failMode).toBe('open');
    expect(effective.problems).toEqual([]);
  });

  it('tells watchers about user and managed changes, not unrelated ones', async () => {
    const seen: EffectivePolicy[] = [];
    const stop = watchEffectivePolicy(storage, (e) => seen.push(e));
    await settle();
    expect(seen).toHaveLength(1);
    await saveUserPolicy(storage, { modes: { sensitive: 'block' } });
    await settle();
    expect(seen.at(-1)!.policy.modes.sensitive).toBe('block');
    await fakeBrowser.storage.managed.set({ modes: { sensitive: 'mark' } });
    await settle();
    expect(seen.at(-1)!.policy.modes.sensitive).toBe('mark');
    const count = seen.length;
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    await settle();
    expect(seen).toHaveLength(count);
    stop();
    await saveUserPolicy(storage, { failMode: 'open' });
    await settle();
    expect(seen).toHaveLength(count);
  });
});
