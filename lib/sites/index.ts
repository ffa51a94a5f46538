import type { GuardedSite, SiteAdapterId } from '../policy/schema';
import { generic } from './generic';
import { guardedSiteFor } from './match';
import { gmail } from './gmail';
import { outlook } from './outlook';
import { portal } from './portal';
import type { SiteAdapter } from './types';

export { guardedSiteFor, matchesPattern } from './match';
export type { ComposeBox, ComposeEditor, SiteAdapter } from './types';

/** Every site adapter, by the id policy.sites uses. */
export const SITE_ADAPTERS: Record<SiteAdapterId, SiteAdapter> = { gmail, outlook, portal, generic };

/** The adapter policy.sites assigns to this page (first matching entry wins), or undefined: not guarded. */
export function adapterForUrl(sites: readonly GuardedSite[], url: string): SiteAdapter | undefined {
  const site = guardedSiteFor(sites, url);
  return site ? SITE_ADAPTERS[site.adapter] : undefined;
}
