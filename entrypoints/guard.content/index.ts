import { createGuardManager } from './manager';

/**
 * The compose guard. Injected everywhere (all frames) because which sites are guarded is policy
 * (policy.sites), not manifest; it does nothing on a page no policy entry matches.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    createGuardManager(ctx);
  },
});
