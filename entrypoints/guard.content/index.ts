import { guardAlive, markGuardAlive } from '../../lib/guard/injection';
import { createGuardManager } from './manager';

/**
 * The compose guard. Not in the manifest: the background injects it (scripting.executeScript) into frames
 * policy.sites covers, when the page gate asks (see lib/guard/injection.ts). `matches` only declares the
 * host permission that injection needs, since an organization's portal can be on any host.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  registration: 'runtime',
  main(ctx) {
    if (guardAlive()) return; // two gate requests raced: one guard per frame
    markGuardAlive(() => !ctx.isInvalid);
    createGuardManager(ctx);
  },
});
