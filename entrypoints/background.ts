import { GUARD_SCRIPT_FILE, isGuardRequest } from '../lib/guard/injection';
import { loadEffectivePolicy, watchEffectivePolicy } from '../lib/policy/browser';
import { DEFAULT_POLICY } from '../lib/policy/schema';
import { guardedSiteFor } from '../lib/sites/match';
import { appendLogEntry, applyRetention, getInstallSalt, isLogMessage } from '../lib/log/store';

export default defineBackground(() => {
  let retentionDays = DEFAULT_POLICY.log.retentionDays;
  // Entries wait for the first policy read: with retention 0 ("keep no log") nothing may be written even briefly.
  let policyLoaded!: () => void;
  const policyReady = new Promise<void>((resolve) => { policyLoaded = resolve; });

  // Runs at every service-worker start and on every policy change (a shorter retention prunes at once).
  watchEffectivePolicy(browser.storage, ({ policy }) => {
    retentionDays = policy.log.retentionDays;
    policyLoaded();
    void applyRetention(browser.storage.local, retentionDays);
  });

  // One salt per install, created here so tabs opening at the same time never race to make two.
  void getInstallSalt(browser.storage.local);

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (isGuardRequest(message)) {
      if (sender.id === browser.runtime.id) void injectGuard(sender);
      return false;
    }
    if (!isLogMessage(message)) return false;
    // Only our own content scripts and pages may write the log.
    if (sender.id !== browser.runtime.id) return false;
    policyReady.then(() => appendLogEntry(browser.storage.local, message.entry, retentionDays)).then(
      (result) => sendResponse(result.ok ? { ok: true } : { ok: false, problems: result.problems }),
      (error: unknown) => sendResponse({ ok: false, problems: [String(error)] }),
    );
    return true; // the response is sent asynchronously
  });

  /**
   * The gate in a frame asked for the guard: inject it when policy.sites covers the frame's URL as the
   * browser reports it (sender.url). The policy is read afresh: after a policy change the gate's request can
   * arrive before this worker's own watcher has reloaded it.
   */
  async function injectGuard(sender: Browser.runtime.MessageSender): Promise<void> {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.url === undefined) return;
    const { policy } = await loadEffectivePolicy(browser.storage);
    if (!guardedSiteFor(policy.sites, sender.url)) return;
    try {
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [sender.frameId ?? 0] },
        files: [GUARD_SCRIPT_FILE],
      });
    } catch (error) {
      // The frame navigated or closed meanwhile; a live page asks again from its next document.
      console.warn('PHI Guard: could not start the guard in', sender.url, error);
    }
  }
});
