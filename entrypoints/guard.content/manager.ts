import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { guardCompose, type GuardEnvironment } from '../../lib/guard/compose-guard';
import { buildLogEntry } from '../../lib/guard/log-entry';
import { getInstallSalt } from '../../lib/log/store';
import { LOG_MESSAGE, type LogMessage } from '../../lib/log/types';
import { watchEffectivePolicy, type PolicyStorage } from '../../lib/policy/browser';
import { DEFAULT_POLICY, type Policy } from '../../lib/policy/schema';
import { loadRecipientHistory, rememberRecipients } from '../../lib/recipients';
import { StorageRecipientHistory } from '../../lib/recipients/history-store';
import type { RecipientContext } from '../../lib/recipients/types';
import { adapterForUrl, type SiteAdapter } from '../../lib/sites';
import { createComposeView, openDisclosurePrompt } from './ui';

/** Rescan for new or closed compose boxes this long after the page's DOM settles. */
const ROOT_SCAN_DELAY_MS = 100;

/**
 * Follows policy and the page: starts a guard for each compose box the site's adapter finds, and aborts
 * it (removing every listener, observer and mark) when the box closes or policy stops covering the page.
 */
export function createGuardManager(ctx: ContentScriptContext): void {
  let policy: Policy = DEFAULT_POLICY;
  let adapter: SiteAdapter | undefined;
  let pageScope: AbortController | undefined;
  const guards = new Map<Element, AbortController>();
  let recipientContext: RecipientContext = {};
  const history = new StorageRecipientHistory(browser.storage.local);
  const refreshHistory = () => loadRecipientHistory(history).then((h) => { recipientContext = h; }, () => undefined);
  let salt: Promise<string> | undefined;

  const env: GuardEnvironment = {
    policy: () => policy,
    createView: () => createComposeView(ctx),
    openPrompt: (props) => openDisclosurePrompt(ctx, props),
    log(input) {
      salt ??= getInstallSalt(browser.storage.local);
      void salt.then((s) => {
        const message: LogMessage = { type: LOG_MESSAGE, entry: buildLogEntry({ ...input, salt: s }) };
        return browser.runtime.sendMessage(message);
      }).catch(() => undefined); // an extension reload mid-send must not break the page
    },
    recipientContext: () => recipientContext,
    rememberRecipients(recipients) {
      void rememberRecipients(history, recipients.map((r) => r.address)).then(refreshHistory, () => undefined);
    },
  };

  function stopAll() {
    for (const controller of guards.values()) controller.abort();
    guards.clear();
    pageScope?.abort();
    pageScope = undefined;
  }

  /** Match the open compose boxes to running guards. */
  function sync() {
    if (!adapter || ctx.isInvalid) return;
    const roots = new Set(adapter.findComposeRoots(document));
    for (const [root, controller] of guards) {
      if (!roots.has(root) || !root.isConnected) { controller.abort(); guards.delete(root); }
    }
    for (const root of roots) {
      if (guards.has(root)) continue;
      const controller = new AbortController();
      guards.set(root, controller);
      // The box's guard also ends when the extension context goes (update, reload): no dead handlers left.
      // (AbortSignal.any is newer than the Firefox 115 this build still supports.)
      ctx.signal.addEventListener('abort', () => controller.abort(), { once: true, signal: controller.signal });
      guardCompose(adapter.open(root), env, controller.signal);
    }
  }

  function start(next: SiteAdapter) {
    stopAll();
    adapter = next;
    pageScope = new AbortController();
    const scope = pageScope;
    void refreshHistory();
    let pending: number | undefined;
    const soon = () => {
      if (pending !== undefined) return;
      pending = ctx.setTimeout(() => { pending = undefined; sync(); }, ROOT_SCAN_DELAY_MS);
    };
    const observer = new MutationObserver(soon);
    observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden', 'style', 'class', 'open'] });
    scope.signal.addEventListener('abort', () => { observer.disconnect(); if (pending !== undefined) clearTimeout(pending); }, { once: true });
    // An editor iframe (TinyMCE, CKEditor 4) becomes editable when its document loads, which this document's
    // observer does not see; the load event of the frame element does reach this document (capture).
    document.addEventListener('load', (event) => {
      if ((event.target as Element | null)?.tagName === 'IFRAME') soon();
    }, { capture: true, signal: scope.signal });
    sync();
  }

  /** Policy decides whether this page is guarded and by which adapter. True when guards were (re)started or stopped. */
  function applyPolicy(): boolean {
    const next = adapterForUrl(policy.sites, location.href);
    if (next === adapter && (pageScope || !next)) return false;
    if (!next) { stopAll(); adapter = undefined; return true; }
    start(next);
    return true;
  }

  const unwatch = watchEffectivePolicy(browser.storage as unknown as PolicyStorage, (effective) => {
    policy = effective.policy;
    if (applyPolicy()) return;
    // Same adapter, new rules: restart each box's guard so it rescans with them.
    for (const [root, controller] of guards) { controller.abort(); guards.delete(root); }
    sync();
  });
  ctx.onInvalidated(() => { unwatch(); stopAll(); });
  // Single-page apps navigate without reloading: the new URL may be covered by another entry, or none.
  ctx.addEventListener(window, 'wxt:locationchange', () => applyPolicy());
}
