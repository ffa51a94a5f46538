import { GUARD_REQUEST, guardAlive, type GuardRequest } from '../lib/guard/injection';
import { isPolicyChange, type StorageChanges } from '../lib/policy/keys';

/**
 * The page gate: a few hundred bytes in every frame instead of the whole guard. It asks the background to
 * inject the guard when this frame may need one: on load, when the policy changes (an organization adds its
 * portal: open tabs follow without a reload), and when a single-page app changes its URL. The background
 * decides against policy.sites with the frame URL the browser reports, not one this page could forge.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const ask = () => {
      if (ctx.isInvalid || guardAlive()) return;
      const request: GuardRequest = { type: GUARD_REQUEST };
      browser.runtime.sendMessage(request).catch(() => undefined); // extension reloading: nothing to guard with
    };
    const onStorage = (changes: StorageChanges, areaName: string) => {
      if (isPolicyChange(changes, areaName)) ask();
    };
    browser.storage.onChanged.addListener(onStorage);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));
    ctx.addEventListener(window, 'wxt:locationchange', ask);
    ask();
  },
});
