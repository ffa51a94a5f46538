import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { readUserPolicy, watchEffectivePolicy, type PolicyStorage } from '../../lib/policy/browser';
import type { EffectivePolicy } from '../../lib/policy/load';
import { LOG_STORAGE_KEY, readLog } from '../../lib/log/store';
import type { DisclosureLogEntry } from '../../lib/log/types';

export const storage = browser.storage as unknown as PolicyStorage;

/** The effective policy plus the raw user settings, kept live as either storage area changes. */
export function useEffectivePolicy(): { effective?: EffectivePolicy; user: Record<string, unknown> } {
  const [effective, setEffective] = useState<EffectivePolicy>();
  const [user, setUser] = useState<Record<string, unknown>>({});
  useEffect(() => watchEffectivePolicy(storage, (next) => {
    setEffective(next);
    void readUserPolicy(storage).then((raw) => setUser(typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {}));
  }), []);
  return { effective, user };
}

/** Disclosure log entries, oldest first, refreshed when the background appends. */
export function useDisclosureLog(): DisclosureLogEntry[] | undefined {
  const [entries, setEntries] = useState<DisclosureLogEntry[]>();
  useEffect(() => {
    const load = () => void readLog(browser.storage.local).then(setEntries);
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && LOG_STORAGE_KEY in changes) load();
    };
    browser.storage.onChanged.addListener(listener);
    load();
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  return entries;
}
