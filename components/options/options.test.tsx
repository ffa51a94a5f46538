import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { resolvePolicy } from '../../lib/policy/load';
import type { DisclosureLogEntry } from '../../lib/log/types';
import { LogTable } from './LogTable';
import { PolicyForm } from './PolicyForm';
import { runPolicyTest, TesterResult } from './PolicyTester';
import { ProblemList } from './ProblemList';

/** The opening tag of the field row for a policy path, and the first control inside it. */
function row(html: string, path: string): { tag: string; control: string } {
  const start = html.indexOf(`data-field="${path}"`);
  expect(start, path).toBeGreaterThan(-1);
  const tagStart = html.lastIndexOf('<div', start);
  const tag = html.slice(tagStart, html.indexOf('>', start) + 1);
  const control = html.slice(tagStart).match(/<(select|input|textarea)[^>]*>/)?.[0] ?? '';
  return { tag, control };
}

describe('PolicyForm', () => {
  const effective = resolvePolicy(
    { modes: { health: 'block', sensitive: 'blok' }, recipients: { internalDomains: ['example-health.org'] } },
    { modes: { identifier: 'mark', health: 'off' } },
  );
  const html = renderToString(<PolicyForm effective={effective} user={{ modes: { identifier: 'mark', health: 'off' } }} onSave={() => undefined} />);

  it.each([
    // path, locked, source, shows
    ['modes.health', true, 'managed', 'block'],
    ['modes.sensitive', true, 'default', 'prompt'],
    ['modes.identifier', false, 'user', 'mark'],
    ['modes.psychotherapy', false, 'default', 'prompt'],
  ] as const)('%s: locked=%s, from %s', (path, locked, source, shows) => {
    const { tag, control } = row(html, path);
    expect(tag).toContain(`data-locked="${locked}"`);
    expect(tag).toContain(`data-source="${source}"`);
    expect(/ disabled=""/.test(control)).toBe(locked);
    expect(html).toMatch(new RegExp(`name="${path}"[^>]*>(?:(?!</select>).)*<option value="${shows}" selected=""`));
  });

  it('shows a managed list locked with its value, and says who set it', () => {
    const { tag, control } = row(html, 'recipients.internalDomains');
    expect(tag).toContain('data-locked="true"');
    expect(control).toContain('disabled=""');
    expect(html).toContain('example-health.org</textarea>');
    expect(html).toContain('Locked · Set by your organization');
    expect(html).toContain('Managed (invalid value; safe default used)');
  });

  it('offers "Use default" only for the user’s own unlocked settings', () => {
    // modes.identifier is the user's; modes.health is the user's too, but managed wins, so no reset there.
    expect(html.match(/Use default/g)).toHaveLength(1);
  });
});

describe('ProblemList', () => {
  it('names each field and its source', () => {
    const { problems } = resolvePolicy({ detection: { customPatterns: [{ id: 'b', type: 'mrn', pattern: '(' }] } }, { recipients: { threshold: 0 } });
    const html = renderToString(<ProblemList problems={problems} />);
    expect(html).toContain('data-count="2"');
    expect(html).toMatch(/data-path="detection.customPatterns\[0\].pattern" data-source="managed"/);
    expect(html).toMatch(/data-path="recipients.threshold" data-source="user"/);
  });
  it('says so when there is nothing wrong', () => {
    expect(renderToString(<ProblemList problems={[]} />)).toContain('data-count="0"');
  });
});

describe('LogTable', () => {
  const entry = (at: string, outcome: DisclosureLogEntry['outcome']): DisclosureLogEntry => ({
    at, site: 'mail.google.com', outcome, counts: { mrn: 2 }, recipientDomains: ['a.org'], recipientCount: 1, signals: [], messageHash: 'a'.repeat(64),
  });
  it('lists newest first and honours the limit', () => {
    const html = renderToString(<LogTable entries={[entry('2026-01-01T00:00:00Z', 'sent'), entry('2026-02-01T00:00:00Z', 'blocked'), entry('2026-03-01T00:00:00Z', 'cancelled')]} limit={2} />);
    expect([...html.matchAll(/data-outcome="(\w+)"/g)].map((m) => m[1])).toEqual(['cancelled', 'blocked']);
    expect(html).toContain('mrn ×2');
  });
});

describe('PolicyTester', () => {
  const { policy } = resolvePolicy(undefined, { recipients: { internalDomains: ['acmehealth.org'] } });
  const message = "Robert Chen's A1c came back at 9.1; we will adjust his metformin. MRN 4471203.";
  it.each([
    { patient: 'Maria Lopez', wrong: true },
    { patient: 'Robert Chen', wrong: false },
    { patient: '', wrong: false },
  ])('thread patient "$patient": wrong-patient warning shown is $wrong', ({ patient, wrong }) => {
    const outcome = runPolicyTest(policy, { message, recipients: 'care@acmehealth.org', patient });
    const html = renderToString(<TesterResult outcome={outcome} policy={policy} />);
    expect(html.includes('data-signal="wrong_patient"')).toBe(wrong);
    expect(outcome.decision.action).toBe('prompt');
  });

  it('lists message-wide signals once, not the per-recipient ones again', () => {
    const outcome = runPolicyTest(policy, { message, recipients: 'a@gmail.com, b@acmehealth.org', patient: '' });
    const html = renderToString(<TesterResult outcome={outcome} policy={policy} />);
    expect(html).toContain('data-signal="mixed"');
    expect(html).not.toContain('data-signal="personal_webmail"');
    expect(html.replace(/<!-- -->/g, '')).toMatch(/a@gmail\.com — personal/);
  });
});
