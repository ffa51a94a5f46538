import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  appendLogEntry, applyRetention, getInstallSalt, logToCsv, logToJson, pruneLog, readLog, validateLogEntry,
  LOG_STORAGE_KEY, MAX_LOG_ENTRIES,
} from './store';
import type { DisclosureLogEntry } from './types';

const HASH = 'a'.repeat(64);
const entry = (over: Partial<DisclosureLogEntry> = {}): DisclosureLogEntry => ({
  at: '2026-11-20T10:00:00.000Z', site: 'mail.google.com', outcome: 'sent', purpose: 'treatment',
  counts: { mrn: 1, diagnosis: 2 }, recipientDomains: ['example-health.org'], recipientCount: 1, signals: [],
  messageHash: HASH, ...over,
});

describe('log entries are metadata only', () => {
  it('accepts a metadata entry', () => {
    expect(validateLogEntry(entry())).toEqual({ ok: true, entry: entry() });
  });
  const rejected: { name: string; raw: unknown; problem: RegExp }[] = [
    { name: 'message text in an extra field', raw: { ...entry(), body: 'Pt John Smith MRN 1234567' }, problem: /body|unrecognized/i },
    { name: 'full address as a domain', raw: entry({ recipientDomains: ['john.smith@gmail.com'] }), problem: /recipientDomains\.0: must be a domain/ },
    { name: 'free text as hash', raw: entry({ messageHash: 'John Smith has HIV' }), problem: /messageHash/ },
    { name: 'a URL with a path as the site', raw: entry({ site: 'mail.google.com/mail/u/0/#inbox?compose=Smith' }), problem: /site: must be a host name/ },
    { name: 'identifier as a count key', raw: { ...entry(), counts: { '123-45-6789': 1 } }, problem: /counts/ },
    { name: 'not a date', raw: entry({ at: 'yesterday' }), problem: /at: must be an ISO/ },
    { name: 'unknown outcome', raw: entry({ outcome: 'leaked' as never }), problem: /outcome/ },
    { name: 'not an object', raw: 'Jane Doe DOB 01/02/1950', problem: /expected object/i },
  ];
  it.each(rejected)('rejects $name', ({ raw, problem }) => {
    const result = validateLogEntry(raw);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problems.join('\n')).toMatch(problem);
  });
});

describe('retention', () => {
  const now = new Date('2026-11-23T00:00:00Z');
  const days = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString();
  it.each([
    { retention: 90, ages: [1, 30, 89, 91, 400], kept: [1, 30, 89] },
    { retention: 1, ages: [0.5, 2], kept: [0.5] },
    { retention: 0, ages: [0, 1], kept: [] },
  ])('keeps entries younger than $retention days', ({ retention, ages, kept }) => {
    const entries = ages.map((age) => entry({ at: days(age) }));
    expect(pruneLog(entries, retention, now).map((e) => e.at)).toEqual(kept.map(days));
  });
  it('caps the number of entries, dropping the oldest', () => {
    const entries = Array.from({ length: MAX_LOG_ENTRIES + 3 }, (_, i) => entry({ at: new Date(now.getTime() - (MAX_LOG_ENTRIES + 3 - i) * 1000).toISOString() }));
    const kept = pruneLog(entries, 90, now);
    expect(kept).toHaveLength(MAX_LOG_ENTRIES);
    expect(kept[0]).toBe(entries[3]);
  });
});

describe('the store in storage.local', () => {
  beforeEach(() => fakeBrowser.reset());
  const local = fakeBrowser.storage.local;

  it('appends valid entries concurrently without losing any, and refuses invalid ones', async () => {
    const now = new Date('2026-11-20T12:00:00Z');
    const results = await Promise.all([
      appendLogEntry(local, entry({ site: 'a.example' }), 90, now),
      appendLogEntry(local, entry({ site: 'b.example' }), 90, now),
      appendLogEntry(local, { ...entry(), text: 'PHI' }, 90, now),
      appendLogEntry(local, entry({ site: 'c.example' }), 90, now),
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, true, false, true]);
    expect((await readLog(local)).map((e) => e.site).sort()).toEqual(['a.example', 'b.example', 'c.example']);
  });

  it('applies a shorter retention to what is stored', async () => {
    await local.set({ [LOG_STORAGE_KEY]: [entry({ at: '2026-01-01T00:00:00Z' }), entry({ at: '2026-11-22T00:00:00Z' })] });
    expect(await applyRetention(local, 30, new Date('2026-11-23T00:00:00Z'))).toBe(1);
    expect(await readLog(local)).toHaveLength(1);
  });

  it('ignores stored junk when reading', async () => {
    await local.set({ [LOG_STORAGE_KEY]: [entry(), { note: 'Jane Doe' }, 7] });
    expect(await readLog(local)).toEqual([entry()]);
  });

  it('creates the install salt once', async () => {
    const [a, b] = await Promise.all([getInstallSalt(local), getInstallSalt(local)]);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(b).toBe(a);
  });
});

describe('export', () => {
  it('writes CSV with a header and one row per entry', () => {
    const csv = logToCsv([entry({ site: 'x.example', signals: ['external', 'reply_all'], recipientDomains: ['a.org', 'b.org'] }), entry({ outcome: 'blocked', purpose: undefined })]);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('at,site,outcome,purpose,minimumNecessaryConfirmed,authorizationConfirmed,sensitiveAcknowledged,counts,recipientDomains,recipientCount,signals,messageHash');
    expect(lines[1]).toBe(`2026-11-20T10:00:00.000Z,x.example,sent,treatment,,,,mrn:1 diagnosis:2,a.org b.org,1,external reply_all,${HASH}`);
    expect(lines[2]).toContain(',blocked,,');
    expect(lines).toHaveLength(3);
  });
  it('writes JSON that reads back to the same entries', () => {
    const entries = [entry(), entry({ outcome: 'cancelled' })];
    expect(JSON.parse(logToJson(entries))).toEqual(entries);
  });
});
