import { isPolicyChange, USER_POLICY_KEY, type StorageChanges } from './keys';
import { resolvePolicy, type EffectivePolicy } from './load';

/**
 * Loading the effective policy from extension storage. The storage namespace is a parameter (pass
 * `browser.storage`), so content scripts, the background, the options page and tests (fakeBrowser) share
 * one implementation and this module touches no global.
 */

export { isPolicyChange, USER_POLICY_KEY };


interface StorageAreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
}

export interface PolicyStorage {
  managed: StorageAreaLike;
  local: StorageAreaLike & { set(items: Record<string, unknown>): Promise<void> };
  onChanged: {
    addListener(listener: (changes: StorageChanges, areaName: string) => void): void;
    removeListener(listener: (changes: StorageChanges, areaName: string) => void): void;
  };
}

/**
 * The administrator's policy. Firefox throws when no policy is installed, Chrome returns {}; both mean
 * "not managed". Chrome already dropped values that fail the managed_schema.
 */
export async function readManagedPolicy(storage: Pick<PolicyStorage, 'managed'>): Promise<Record<string, unknown> | undefined> {
  try {
    const managed = await storage.managed.get(null);
    return managed && Object.keys(managed).length > 0 ? managed : undefined;
  } catch {
    return undefined;
  }
}

export async function readUserPolicy(storage: Pick<PolicyStorage, 'local'>): Promise<unknown> {
  try {
    return (await storage.local.get(USER_POLICY_KEY))[USER_POLICY_KEY];
  } catch {
    return undefined;
  }
}

/** Replace the user's settings. Fields the organization manages may be stored but never take effect. */
export async function saveUserPolicy(storage: Pick<PolicyStorage, 'local'>, userPolicy: unknown): Promise<void> {
  await storage.local.set({ [USER_POLICY_KEY]: userPolicy });
}

/** managed > user > defaults, per field; never throws (storage errors mean "not set"). */
export async function loadEffectivePolicy(storage: Pick<PolicyStorage, 'managed' | 'local'>): Promise<EffectivePolicy> {
  const [managed, user] = await Promise.all([readManagedPolicy(storage), readUserPolicy(storage)]);
  return resolvePolicy(managed, user);
}

/**
 * Call `onPolicy` with the effective policy now and whenever the administrator's or the user's settings
 * change, so open tabs follow a policy change without a reload. Returns the unsubscribe function (call it
 * from the content script's ctx.onInvalidated). Results arrive in order: a slow read never overwrites a
 * newer one.
 */
export function watchEffectivePolicy(
  storage: PolicyStorage,
  onPolicy: (effective: EffectivePolicy) => void,
): () => void {
  let generation = 0;
  let stopped = false;
  const refresh = () => {
    const mine = ++generation;
    void loadEffectivePolicy(storage).then((effective) => {
      if (!stopped && mine === generation) onPolicy(effective);
    });
  };
  const listener = (changes: StorageChanges, areaName: string) => {
    if (isPolicyChange(changes, areaName)) refresh();
  };
  storage.onChanged.addListener(listener);
  refresh();
  return () => {
    stopped = true;
    storage.onChanged.removeListener(listener);
  };
}
