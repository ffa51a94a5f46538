import { MatchPattern } from 'wxt/utils/match-patterns';
import type { GuardedSite, SiteAdapterId } from '../policy/schema';
import { generic } from './generic';
import { gmail } from './gmail';
import { outlook } from './outlook';
import { portal } from './portal';
import type { SiteAdapter } from './types';

export type { ComposeBox, ComposeEditor, SiteAdapter } from './types';

/** Every site adapter, by the id policy.sites uses. */
export const SITE_ADAPTERS: Record<SiteAdapterId, SiteAdapter> = { gmail, outlook, portal, generic };

/** Does a Chrome match pattern include this URL? An invalid pattern matches nothing (policy problems say why). */
export function matchesPattern(pattern: string, url: string): boolean {
  try {
    return new MatchPattern(pattern).includes(url);
  } catch {
    return false;
  }
}

/** The adapter policy.sites assigns to this page (first matching entry wins), or undefined: not guarded. */
export function adapterForUrl(sites: readonly GuardedSite[], url: string): SiteAdapter | undefined {
  const site = sites.find((s) => matchesPattern(s.match, url));
  return site ? SITE_ADAPTERS[site.adapter] : undefined;
}
