import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import identity from '../extension-identity.json' with { type: 'json' };
import { checkPolicy } from './check';

describe('checkPolicy (phi-guard policy check FILE)', () => {
  it('accepts a valid bare policy', () => {
    const result = checkPolicy(JSON.stringify({ modes: { health: 'block' }, recipients: { internalDomains: ['example-health.org'] } }));
    expect(result).toMatchObject({ ok: true, problems: [], format: 'policy' });
    expect(result.policy.modes.health).toBe('block');
  });

  const bad: { name: string; text: string; path: string; message: RegExp }[] = [
    { name: 'not JSON', text: '{ modes: ', path: '(file)', message: /not valid JSON/ },
    { name: 'bad regex', text: JSON.stringify({ detection: { customPatterns: [{ id: 'x', type: 'mrn', pattern: '[' }] } }), path: 'detection.customPatterns[0].pattern', message: /regular expression/ },
    { name: 'unknown key', text: JSON.stringify({ mdoes: {} }), path: 'mdoes', message: /unknown field/ },
    { name: 'bad enum', text: JSON.stringify({ modes: { health: 'blocked' } }), path: 'modes.health', message: /expected one of/ },
    { name: 'unknown rule id', text: JSON.stringify({ detection: { disabledRules: ['ssn', 'nosuchrule'] } }), path: 'detection.disabledRules[1]', message: /no rule has the id "nosuchrule"/ },
    { name: 'duplicate custom id', text: JSON.stringify({ detection: { customPatterns: [{ id: 'a', type: 'mrn', pattern: 'A\\d+' }, { id: 'a', type: 'mrn', pattern: 'B\\d+' }] } }), path: 'detection.customPatterns[1].id', message: /used twice/ },
    { name: 'minimum necessary for a purpose not offered', text: JSON.stringify({ purposes: { offered: ['treatment'], minimumNecessary: ['payment'] } }), path: 'purposes.minimumNecessary[0]', message: /not among purposes.offered/ },
    { name: 'Firefox file without the gecko id', text: JSON.stringify({ policies: { '3rdparty': { Extensions: { 'other@x': {} } } } }), path: 'policies.3rdparty.Extensions', message: /Firefox id/ },
    { name: 'wrong extension id in Linux file', text: JSON.stringify({ '3rdparty': { extensions: { abc: {} } } }), path: '3rdparty.extensions', message: /no entry .* abc/ },
  ];
  it.each(bad)('reports $name with its path', ({ text, path, message }) => {
    const result = checkPolicy(text);
    expect(result.ok).toBe(false);
    const problem = result.problems.find((p) => p.path === path);
    expect(problem, JSON.stringify(result.problems)).toBeDefined();
    expect(problem!.message).toMatch(message);
  });

  it('unwraps the Chrome Linux policy file form', () => {
    const result = checkPolicy(JSON.stringify({ '3rdparty': { extensions: { [identity.id]: { failMode: 'open', log: { retentionDays: -1 } } } } }));
    expect(result.format).toBe('chrome-linux');
    expect(result.policy.failMode).toBe('open');
    expect(result.problems).toEqual([{ path: 'log.retentionDays', message: expect.stringMatching(/>=0/) }]);
  });

  it('unwraps the Google Admin console {"Value": ...} form', () => {
    const result = checkPolicy(JSON.stringify({ modes: { Value: { sensitive: 'block' } }, failMode: { Value: 'closed' } }));
    expect(result).toMatchObject({ ok: true, format: 'admin-console' });
    expect(result.policy.modes.sensitive).toBe('block');
  });
});

describe('the example policies in docs/policies', () => {
  const read = (name: string) => readFileSync(new URL(`../../docs/policies/${name}`, import.meta.url), 'utf8');
  const reference = checkPolicy(read('hospital-strict.json'));

  it.each(['hospital-strict.json', 'clinic-light.json'])('%s is valid', (name) => {
    expect(checkPolicy(read(name)).problems).toEqual([]);
  });

  it.each([
    ['chrome-linux-managed.json', 'chrome-linux'],
    ['google-admin-console.json', 'admin-console'],
    ['firefox-policies.json', 'firefox'],
  ])('%s wraps the same policy as hospital-strict.json', (name, format) => {
    const result = checkPolicy(read(name));
    expect(result).toMatchObject({ ok: true, format });
    expect(result.policy).toEqual(reference.policy);
  });

  it('the organization MRN pattern in the example is flagged by the scanner', async () => {
    const { scan } = await import('../detect/scan');
    const found = scan('Re: follow-up for EH-0045123', reference.policy).findings;
    expect(found.some((f) => f.type === 'mrn' && f.explanation.rule === 'custom.eh-mrn' && f.text === 'EH-0045123')).toBe(true);
  });
});
