import { MatchPattern } from 'wxt/utils/match-patterns';
import type { GuardedSite } from '../policy/schema';

/**
 * Which policy entry covers a URL. Kept apart from the adapters so the background can decide where to inject
 * the guard without loading any DOM code.
 */

/** Does a Chrome match pattern include this URL? An invalid pattern matches nothing (policy problems say why). */
export function matchesPattern(pattern: string, url: string): boolean {
  try {
    return new MatchPattern(pattern).includes(url);
  } catch {
    return false;
  }
}

/** The first policy.sites entry that covers the URL (first match wins), or undefined: not guarded. */
export function guardedSiteFor(sites: readonly GuardedSite[], url: string): GuardedSite | undefined {
  return sites.find((s) => matchesPattern(s.match, url));
}
