import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITES, SiteAdapterId } from '../policy/schema';
import { adapterForUrl, matchesPattern, SITE_ADAPTERS } from './index';

describe('site adapters', () => {
  it('every adapter id of the policy schema has an adapter file registered under that id', () => {
    const files = readdirSync(new URL('.', import.meta.url)).filter((f) => /^[a-z-]+\.ts$/.test(f) && !['index.ts', 'types.ts', 'dom.ts', 'match.ts'].includes(f));
    expect(files.map((f) => f.replace('.ts', '')).sort()).toEqual([...SiteAdapterId.options].sort());
    for (const id of SiteAdapterId.options) expect(SITE_ADAPTERS[id].id).toBe(id);
  });

  const rows: [string, string | undefined][] = [
    ['https://mail.google.com/mail/u/0/#inbox', 'gmail'],
    ['https://mail.google.com/mail/u/0/?view=cm&fs=1', 'gmail'],
    ['https://outlook.office.com/mail/', 'outlook'],
    ['https://outlook.live.com/mail/0/', 'outlook'],
    ['https://www.google.com/search?q=mail', undefined],
    ['https://mail.google.com.evil.example/', undefined],
    ['http://mail.google.com/', undefined],
  ];
  for (const [url, id] of rows) {
    it(`default sites: ${url} → ${id ?? 'not guarded'}`, () => {
      expect(adapterForUrl(DEFAULT_SITES, url)?.id).toBe(id);
    });
  }

  it('policy entries are tried in order; ports are ignored like Chrome does', () => {
    const sites = [{ match: 'http://127.0.0.1/portal*', adapter: 'portal' as const }, { match: 'http://127.0.0.1/*', adapter: 'generic' as const }];
    expect(adapterForUrl(sites, 'http://127.0.0.1:8080/portal.html')?.id).toBe('portal');
    expect(adapterForUrl(sites, 'http://127.0.0.1:8080/other.html')?.id).toBe('generic');
  });

  it('an invalid pattern matches nothing instead of throwing', () => {
    expect(matchesPattern('not a pattern', 'https://mail.google.com/')).toBe(false);
  });
});
