import { watchEffectivePolicy } from '../lib/policy/browser';
import { DEFAULT_POLICY } from '../lib/policy/schema';
import { appendLogEntry, applyRetention, getInstallSalt, isLogMessage } from '../lib/log/store';

export default defineBackground(() => {
  // Until the first read resolves, the default retention applies (never "keep nothing" by accident).
  let retentionDays = DEFAULT_POLICY.log.retentionDays;

  // A policy change (e.g. a shorter retention) prunes the log at once, not at the next disclosure.
  watchEffectivePolicy(browser.storage, ({ policy }) => {
    retentionDays = policy.log.retentionDays;
    void applyRetention(browser.storage.local, retentionDays);
  });

  // One salt per install, created here so tabs opening at the same time never race to make two.
  void getInstallSalt(browser.storage.local);

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (!isLogMessage(message)) return false;
    // Only our own content scripts and pages may write the log.
    if (sender.id !== browser.runtime.id) return false;
    appendLogEntry(browser.storage.local, message.entry, retentionDays).then(
      (result) => sendResponse(result.ok ? { ok: true } : { ok: false, problems: result.problems }),
      (error: unknown) => sendResponse({ ok: false, problems: [String(error)] }),
    );
    return true; // the response is sent asynchronously
  });
});
