import { describe, expect, it } from 'vitest';
import { getField, isLocked, policyFieldPaths, resolvePolicy } from './load';
import { DEFAULT_POLICY, PolicySchema } from './schema';

describe('resolvePolicy precedence: managed > user > default, per field', () => {
  const cases: { name: string; managed: unknown; user: unknown; path: string; value: unknown; source: string }[] = [
    { name: 'nothing set', managed: undefined, user: undefined, path: 'modes.health', value: 'prompt', source: 'default' },
    { name: 'user only', managed: {}, user: { modes: { health: 'mark' } }, path: 'modes.health', value: 'mark', source: 'user' },
    { name: 'managed beats user', managed: { modes: { health: 'block' } }, user: { modes: { health: 'off' } }, path: 'modes.health', value: 'block', source: 'managed' },
    { name: 'managed sibling does not hide user field', managed: { modes: { health: 'block' } }, user: { modes: { sensitive: 'mark' } }, path: 'modes.sensitive', value: 'mark', source: 'user' },
    { name: 'deep leaf', managed: { recipients: { signals: { external: 'block' } } }, user: undefined, path: 'recipients.signals.external', value: 'block', source: 'managed' },
    { name: 'untouched deep sibling', managed: { recipients: { signals: { external: 'block' } } }, user: undefined, path: 'recipients.signals.lookalike', value: 'acknowledge', source: 'default' },
    { name: 'array replaces as a whole', managed: { recipients: { internalDomains: ['a.org'] } }, user: { recipients: { internalDomains: ['b.org', 'c.org'] } }, path: 'recipients.internalDomains', value: ['a.org'], source: 'managed' },
    { name: 'null managed is absent', managed: null, user: { failMode: 'open' }, path: 'failMode', value: 'open', source: 'user' },
    { name: 'managed boolean false is a value', managed: { sensitive: { requireAcknowledgement: false } }, user: { sensitive: { requireAcknowledgement: true } }, path: 'sensitive.requireAcknowledgement', value: false, source: 'managed' },
  ];
  it.each(cases)('$name', ({ managed, user, path, value, source }) => {
    const effective = resolvePolicy(managed, user);
    expect(getField(effective.policy, path)).toEqual(value);
    expect(effective.sources[path]).toBe(source);
    expect(effective.problems).toEqual([]);
  });

  it('records a source for every leaf field of the schema', () => {
    const effective = resolvePolicy({ failMode: 'open' }, { log: { retentionDays: 30 } });
    expect(Object.keys(effective.sources).sort()).toEqual(policyFieldPaths().sort());
    expect(effective.sources.failMode).toBe('managed');
    expect(effective.sources['log.retentionDays']).toBe('user');
  });

  it('with no settings at all equals the defaults', () => {
    expect(resolvePolicy(undefined, undefined).policy).toEqual(DEFAULT_POLICY);
  });
});

describe('resolvePolicy: a bad policy falls back per field and says why', () => {
  const cases: { name: string; managed?: unknown; user?: unknown; path: string; value: unknown; problemPath: string; problemSource: string; message: RegExp }[] = [
    { name: 'invalid managed mode → safe default, not the user value', managed: { modes: { health: 'blok' } }, user: { modes: { health: 'off' } }, path: 'modes.health', value: 'prompt', problemPath: 'modes.health', problemSource: 'managed', message: /expected one of/ },
    { name: 'invalid user mode → default', user: { modes: { identifier: 7 } }, path: 'modes.identifier', value: 'prompt', problemPath: 'modes.identifier', problemSource: 'user', message: /expected one of/ },
    { name: 'threshold below minimum', managed: { recipients: { threshold: 0 } }, path: 'recipients.threshold', value: 10, problemPath: 'recipients.threshold', problemSource: 'managed', message: />=1/ },
    { name: 'retention as text', user: { log: { retentionDays: '30' } }, path: 'log.retentionDays', value: 90, problemPath: 'log.retentionDays', problemSource: 'user', message: /expected number/ },
    { name: 'fractional integer', managed: { log: { retentionDays: 1.5 } }, path: 'log.retentionDays', value: 90, problemPath: 'log.retentionDays', problemSource: 'managed', message: /int/i },
    { name: 'bad purpose dropped, rest kept', managed: { purposes: { offered: ['treatment', 'gossip'] } }, path: 'purposes.offered', value: ['treatment'], problemPath: 'purposes.offered[1]', problemSource: 'managed', message: /expected one of/ },
    { name: 'empty purposes list', managed: { purposes: { offered: [] } }, path: 'purposes.offered', value: DEFAULT_POLICY.purposes.offered, problemPath: 'purposes.offered', problemSource: 'managed', message: /too small|>=1/i },
    { name: 'every site invalid keeps the default sites', managed: { sites: [{ match: '', adapter: 'gmail' }] }, path: 'sites', value: DEFAULT_POLICY.sites, problemPath: 'sites', problemSource: 'managed', message: /no valid entries/ },
    { name: 'section of the wrong type', managed: { modes: 'block' }, path: 'modes.health', value: 'prompt', problemPath: 'modes', problemSource: 'managed', message: /expected an object/ },
    { name: 'unknown top-level key', user: { mode: { health: 'off' } }, path: 'modes.health', value: 'prompt', problemPath: 'mode', problemSource: 'user', message: /unknown field/ },
    { name: 'unknown nested key', managed: { recipients: { treshold: 3 } }, path: 'recipients.threshold', value: 10, problemPath: 'recipients.treshold', problemSource: 'managed', message: /unknown field/ },
    { name: 'failMode typo', managed: { failMode: 'opn' }, path: 'failMode', value: 'closed', problemPath: 'failMode', problemSource: 'managed', message: /expected one of/ },
  ];
  it.each(cases)('$name', ({ managed, user, path, value, problemPath, problemSource, message }) => {
    const effective = resolvePolicy(managed, user);
    expect(getField(effective.policy, path)).toEqual(value);
    const problem = effective.problems.find((p) => p.path === problemPath);
    expect(problem, JSON.stringify(effective.problems)).toBeDefined();
    expect(problem!.source).toBe(problemSource);
    expect(problem!.message).toMatch(message);
    // Whatever went wrong, the result is a valid policy.
    expect(PolicySchema.safeParse(effective.policy).success).toBe(true);
  });

  it('drops only the custom pattern with an invalid regex', () => {
    const effective = resolvePolicy({
      detection: {
        customPatterns: [
          { id: 'org-mrn', type: 'mrn', pattern: 'MRN-\\d{7}' },
          { id: 'broken', type: 'mrn', pattern: '([0-9' },
          { id: 'bad-flags', type: 'mrn', pattern: 'X\\d+', flags: 'gy' },
          { id: 'org-acct', type: 'account_number', pattern: 'AC\\d{6}', confidence: 0.8 },
        ],
      },
    }, undefined);
    expect(effective.policy.detection.customPatterns.map((p) => p.id)).toEqual(['org-mrn', 'org-acct']);
    expect(effective.policy.detection.customPatterns[0]).toMatchObject({ flags: '', confidence: 0.9 });
    expect(effective.problems.map((p) => p.path)).toEqual(['detection.customPatterns[1].pattern', 'detection.customPatterns[2].flags']);
    expect(effective.sources['detection.customPatterns']).toBe('managed');
  });

  it('never throws, whatever the storage holds', () => {
    for (const junk of [42, 'policy', [], [1, 2], true, { sites: 'all' }, { detection: { customPatterns: 'x' } }, { modes: null }]) {
      const effective = resolvePolicy(junk, junk);
      expect(PolicySchema.safeParse(effective.policy).success).toBe(true);
      expect(effective.problems.length).toBeGreaterThan(0);
    }
  });

  it('an invalid field never turns protection off', () => {
    const effective = resolvePolicy({ modes: { identifier: 'none', health: '', sensitive: null, psychotherapy: 3 } }, { modes: { health: 'off' } });
    expect(Object.values(effective.policy.modes)).toEqual(['prompt', 'prompt', 'prompt', 'prompt']);
    expect(effective.problems.map((p) => p.path).sort()).toEqual(['modes.health', 'modes.identifier', 'modes.psychotherapy', 'modes.sensitive']);
  });
});

describe('locked fields', () => {
  it('locks exactly the fields the organization set, valid or not', () => {
    const effective = resolvePolicy(
      { modes: { health: 'block' }, recipients: { threshold: -1 } },
      { modes: { health: 'off', identifier: 'mark' }, recipients: { threshold: 3 } },
    );
    expect(isLocked(effective, 'modes.health')).toBe(true);
    expect(isLocked(effective, 'recipients.threshold')).toBe(true);
    expect(effective.policy.recipients.threshold).toBe(10);
    expect(isLocked(effective, 'modes.identifier')).toBe(false);
    expect(effective.policy.modes.identifier).toBe('mark');
    expect([...(effective.locked ?? [])].sort()).toEqual(['modes.health', 'recipients.threshold']);
  });

  it('a managed section of the wrong type locks its fields at their defaults', () => {
    const effective = resolvePolicy({ recipients: { signals: 'block' } }, { recipients: { signals: { external: 'note', reply_all: 'note' } } });
    expect(isLocked(effective, 'recipients.signals.reply_all')).toBe(true);
    expect(effective.policy.recipients.signals.reply_all).toBe('acknowledge');
  });

  it('nothing is locked without a managed policy', () => {
    expect(resolvePolicy({}, { failMode: 'open' }).locked).toEqual([]);
  });
});

describe('lists that lose every entry', () => {
  it('an all-invalid custom pattern list reports each entry once and applies nothing', () => {
    const effective = resolvePolicy({ detection: { customPatterns: [{ id: 'x', type: 'mrn', pattern: '(' }] } }, { detection: { customPatterns: [{ id: 'u', type: 'mrn', pattern: 'U\\d+' }] } });
    expect(effective.policy.detection.customPatterns).toEqual([]);
    expect(effective.problems.map((p) => p.path)).toEqual(['detection.customPatterns[0].pattern']);
    expect(isLocked(effective, 'detection.customPatterns')).toBe(true);
  });
});
