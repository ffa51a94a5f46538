import { describe, expect, it } from 'vitest';
import { labelFor, policyFields, setField } from './fields';
import { policyFieldPaths } from './load';

describe('policy fields for the options page', () => {
  const fields = policyFields();
  const byPath = Object.fromEntries(fields.map((f) => [f.path, f]));

  it('lists every leaf of the schema once', () => {
    expect(fields.map((f) => f.path)).toEqual(policyFieldPaths());
  });

  it.each([
    ['modes.health', 'enum'],
    ['sensitive.requireAcknowledgement', 'boolean'],
    ['recipients.threshold', 'number'],
    ['support.contact', 'string'],
    ['recipients.internalDomains', 'string-list'],
    ['purposes.minimumNecessary', 'enum-list'],
    ['detection.customPatterns', 'json'],
    ['sites', 'json'],
  ])('%s is edited as %s', (path, kind) => {
    expect(byPath[path]?.kind).toBe(kind);
  });

  it('carries bounds and descriptions from the schema', () => {
    expect(byPath['log.retentionDays']).toMatchObject({ kind: 'number', integer: true, min: 0, max: 3650 });
    expect(byPath['detection.minConfidence']).toMatchObject({ integer: false, min: 0, max: 1 });
    expect(byPath['recipients.threshold']).toMatchObject({ integer: true, min: 1, max: undefined });
    expect(byPath['failMode']?.description).toMatch(/closed/);
    expect(byPath['recipients.signals.reply_all']?.group).toMatchObject({ path: 'recipients.signals', description: expect.stringMatching(/acknowledge/) });
  });

  it.each([['minimumNecessary', 'Minimum necessary'], ['personal_webmail', 'Personal webmail'], ['failMode', 'Fail mode']])('labels %s as %s', (key, label) => {
    expect(labelFor(key)).toBe(label);
  });
});

describe('setField', () => {
  it('sets nested values without touching siblings or the input', () => {
    const user = { modes: { health: 'mark' } };
    expect(setField(user, 'modes.sensitive', 'block')).toEqual({ modes: { health: 'mark', sensitive: 'block' } });
    expect(setField(user, 'recipients.signals.external', 'note')).toEqual({ modes: { health: 'mark' }, recipients: { signals: { external: 'note' } } });
    expect(user).toEqual({ modes: { health: 'mark' } });
  });
  it('undefined removes the field and empty sections', () => {
    expect(setField({ modes: { health: 'mark' }, failMode: 'open' }, 'modes.health', undefined)).toEqual({ failMode: 'open' });
  });
});

describe('docs/deployment.md field reference', () => {
  it('documents every policy field', async () => {
    const { readFileSync } = await import('node:fs');
    const guide = readFileSync(new URL('../../docs/deployment.md', import.meta.url), 'utf8');
    const missing = policyFieldPaths().filter((path) => !guide.includes(`| \`${path}\` |`));
    expect(missing).toEqual([]);
  });
});
