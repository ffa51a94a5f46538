import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { BadgeState } from '../lib/guard/prompt-logic';
import { DisclosurePurpose } from '../lib/policy/schema';
import type { RecipientSignal } from '../lib/recipients/types';
import { DisclosurePrompt } from './DisclosurePrompt';
import { FindingTooltip } from './FindingTooltip';
import { RecipientWarnings } from './RecipientWarnings';
import { finding, promptProps, recipientRisk, sampleFindings } from './preview/fixtures';
import { GUARD_CSS } from './guard-styles';
import { StatusBadge, badgeText } from './StatusBadge';
import { PHI_TEST_IDS } from './test-ids';

type Overrides = Parameters<typeof promptProps>[0];
const render = (overrides: Overrides = {}) => renderToString(<DisclosurePrompt {...promptProps(overrides)} />);

/** The opening tag of the element with this test id, or undefined. */
function tagOf(html: string, testId: string): string | undefined {
  return html.match(new RegExp(`<[a-z]+[^>]*data-testid="${testId}"[^>]*>`))?.[0];
}
const has = (html: string, testId: string) => tagOf(html, testId) !== undefined;
const isDisabled = (tag: string | undefined) => / disabled=""/.test(tag ?? '');
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

const plain = [finding('name', 'Jane Roe'), finding('diagnosis', 'type 2 diabetes', 20)];
const ackSignal: RecipientSignal = { id: 'personal_webmail', reason: 'gmail.com is a personal email account.', action: 'acknowledge' };
const blockSignal: RecipientSignal = { id: 'lookalike', reason: 'examp1e-clinic.org looks like example-clinic.org.', action: 'block' };
const note = finding('psychotherapy_note', 'process notes', 40);

describe('DisclosurePrompt: which controls appear', () => {
  const rows: {
    name: string; props: Overrides; present: string[]; absent: string[]; confirmDisabled?: boolean;
  }[] = [
    {
      name: 'no purpose chosen yet: radios, confirm disabled, no minimum-necessary box',
      props: { findings: plain },
      present: [...DisclosurePurpose.options.map((p) => PHI_TEST_IDS.purpose(p)), PHI_TEST_IDS.cancel, PHI_TEST_IDS.unmet],
      absent: [PHI_TEST_IDS.minimumNecessary, PHI_TEST_IDS.authorization, PHI_TEST_IDS.sensitiveAck, PHI_TEST_IDS.recipientAck, PHI_TEST_IDS.blocked],
      confirmDisabled: true,
    },
    {
      name: 'treatment (only purpose offered): no minimum-necessary box, confirm enabled',
      props: { findings: plain, policy: { purposes: { offered: ['treatment'] } } },
      present: [PHI_TEST_IDS.purpose('treatment')],
      absent: [PHI_TEST_IDS.minimumNecessary, PHI_TEST_IDS.purpose('payment'), PHI_TEST_IDS.unmet],
      confirmDisabled: false,
    },
    {
      name: 'payment (only purpose offered): minimum-necessary box, confirm disabled',
      props: { findings: plain, policy: { purposes: { offered: ['payment'] } } },
      present: [PHI_TEST_IDS.minimumNecessary, PHI_TEST_IDS.unmet],
      absent: [PHI_TEST_IDS.purpose('treatment')],
      confirmDisabled: true,
    },
    {
      name: 'psychotherapy marker: authorization box',
      props: { findings: [...plain, note], policy: { purposes: { offered: ['treatment'] } } },
      present: [PHI_TEST_IDS.authorization],
      absent: [PHI_TEST_IDS.psychotherapyBlocked, PHI_TEST_IDS.blocked],
      confirmDisabled: true,
    },
    {
      name: 'psychotherapy blocked: blocked state, no confirm, no authorization box',
      props: { findings: [...plain, note], policy: { psychotherapy: { action: 'block' } } },
      present: [PHI_TEST_IDS.psychotherapyBlocked, PHI_TEST_IDS.blocked, PHI_TEST_IDS.cancel],
      absent: [PHI_TEST_IDS.confirm, PHI_TEST_IDS.authorization, PHI_TEST_IDS.purpose('treatment')],
    },
    {
      name: 'sensitive category: acknowledgement box',
      props: { findings: sampleFindings(), policy: { purposes: { offered: ['treatment'] } } },
      present: [PHI_TEST_IDS.sensitiveAck],
      absent: [PHI_TEST_IDS.minimumNecessary],
      confirmDisabled: true,
    },
    {
      name: 'sensitive acknowledgement switched off',
      props: { findings: sampleFindings(), policy: { purposes: { offered: ['treatment'] }, sensitive: { requireAcknowledgement: false } } },
      present: [],
      absent: [PHI_TEST_IDS.sensitiveAck],
      confirmDisabled: false,
    },
    {
      name: 'recipient signal to acknowledge: checkbox',
      props: { findings: plain, recipients: recipientRisk([ackSignal], [ackSignal]), policy: { purposes: { offered: ['treatment'] } } },
      present: [PHI_TEST_IDS.recipientAck, PHI_TEST_IDS.recipientWarnings],
      absent: [PHI_TEST_IDS.blocked],
      confirmDisabled: true,
    },
    {
      name: 'recipient signal that blocks: blocked, no confirm, no acknowledgement box',
      props: { findings: plain, recipients: recipientRisk([ackSignal, blockSignal], [blockSignal]) },
      present: [PHI_TEST_IDS.blocked, PHI_TEST_IDS.cancel],
      absent: [PHI_TEST_IDS.confirm, PHI_TEST_IDS.recipientAck, PHI_TEST_IDS.unmet],
    },
    {
      name: 'blockedReasons from the guard: blocked, only cancel',
      props: { findings: plain, blockedReasons: ['SSNs may not be emailed.'] },
      present: [PHI_TEST_IDS.blocked, PHI_TEST_IDS.cancel, PHI_TEST_IDS.redact(0), PHI_TEST_IDS.jump(1)],
      absent: [PHI_TEST_IDS.confirm, PHI_TEST_IDS.minimumNecessary, PHI_TEST_IDS.purpose('treatment'), PHI_TEST_IDS.unmet],
    },
  ];
  it.each(rows)('$name', ({ props, present, absent, confirmDisabled }) => {
    const html = render(props);
    expect(has(html, PHI_TEST_IDS.prompt)).toBe(true);
    for (const id of present) expect(has(html, id), `expected ${id}`).toBe(true);
    for (const id of absent) expect(has(html, id), `unexpected ${id}`).toBe(false);
    if (confirmDisabled !== undefined) {
      expect(has(html, PHI_TEST_IDS.confirm)).toBe(true);
      expect(isDisabled(tagOf(html, PHI_TEST_IDS.confirm))).toBe(confirmDisabled);
    }
  });
});

describe('DisclosurePrompt: content', () => {
  it('shows every finding with its text, grouped, with Jump to and Redact by original index', () => {
    const findings = sampleFindings();
    const html = render({ findings });
    findings.forEach((f, i) => {
      expect(tagOf(html, PHI_TEST_IDS.finding(i))).toContain(`data-type="${f.type}"`);
      expect(has(html, PHI_TEST_IDS.jump(i))).toBe(true);
      expect(has(html, PHI_TEST_IDS.redact(i))).toBe(true);
      expect(text(html)).toContain(f.text);
    });
    const t = text(html);
    expect(t.indexOf('Identifiers')).toBeLessThan(t.indexOf('Sensitive health information'));
  });
  it('escapes the message text instead of rendering it as markup', () => {
    const html = render({ findings: [finding('name', '<img src=x onerror=alert(1)>')] });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
  });
  it('names the sensitive categories and 42 CFR Part 2 for substance use', () => {
    const findings = [...plain, finding('substance_use', 'opioid use disorder', 30), finding('hiv', 'HIV', 60)];
    const t = text(render({ findings }));
    expect(t).toContain('substance use and HIV / AIDS information');
    expect(t).toContain('42 CFR Part 2');
  });
  it('shows blocked reasons as given and recipient signals in plain language', () => {
    const t = text(render({
      findings: plain, blockedReasons: ['SSNs may not be emailed.'], recipients: recipientRisk([], [ackSignal]),
    }));
    expect(t).toContain('This message cannot be sent');
    expect(t).toContain('SSNs may not be emailed.');
    expect(t).toContain(ackSignal.reason);
    expect(t).toContain('Personal email account');
  });
  it.each([
    { contact: 'privacy@example.org', shown: true },
    { contact: '', shown: false },
  ])('support contact "$contact" shown: $shown', ({ contact, shown }) => {
    const html = render({ policy: { support: { contact } } });
    expect(has(html, PHI_TEST_IDS.support)).toBe(shown);
    if (shown) expect(text(html)).toContain(`Questions? ${contact}`);
  });
  it('each purpose has its plain explanation', () => {
    const t = text(render());
    expect(t).toContain('To the patient (right of access)');
    expect(t).toContain("Providing or coordinating the patient's care");
  });
});

describe('DisclosurePrompt: accessibility markup', () => {
  const html = render({
    findings: [...sampleFindings(), note], recipients: recipientRisk([ackSignal]), policy: { purposes: { offered: ['payment', 'operations'] } },
  });
  const dialog = tagOf(html, PHI_TEST_IDS.prompt) ?? '';
  it('is a labelled modal dialog', () => {
    expect(dialog).toContain('role="dialog"');
    expect(dialog).toContain('aria-modal="true"');
    for (const attr of ['aria-labelledby', 'aria-describedby']) {
      const id = dialog.match(new RegExp(`${attr}="([^"]+)"`))?.[1];
      expect(id, attr).toBeTruthy();
      expect(html).toContain(`id="${id}"`);
    }
    expect(dialog).toContain('tabindex="-1"');
  });
  it('groups purpose radios in a fieldset with a legend, each radio named and described', () => {
    expect(html).toMatch(/<fieldset[^>]*>\s*<legend[^>]*>Purpose of this disclosure<\/legend>/);
    for (const purpose of ['payment', 'operations'] as const) {
      const radio = tagOf(html, PHI_TEST_IDS.purpose(purpose)) ?? '';
      expect(radio).toContain('type="radio"');
      const labelledBy = radio.match(/aria-labelledby="([^"]+)"/)?.[1];
      expect(html).toContain(`id="${labelledBy}"`);
    }
  });
  it.each([PHI_TEST_IDS.authorization, PHI_TEST_IDS.sensitiveAck, PHI_TEST_IDS.recipientAck])('checkbox %s has a label', (testId) => {
    const input = tagOf(html, testId) ?? '';
    expect(input).toContain('type="checkbox"');
    const id = input.match(/ id="([^"]+)"/)?.[1];
    expect(id).toBeTruthy();
    expect(html).toContain(`for="${id}"`);
  });
  it('disabled confirm is described by what is still missing', () => {
    const confirm = tagOf(html, PHI_TEST_IDS.confirm) ?? '';
    const describedBy = confirm.match(/aria-describedby="([^"]+)"/)?.[1];
    expect(tagOf(html, PHI_TEST_IDS.unmet)).toContain(`id="${describedBy}"`);
    expect(text(html)).toContain('Still needed to send: a purpose, the psychotherapy-note authorization, the sensitive-information check and the recipient check.');
  });
  it('buttons are real buttons (keyboard-operable) with type="button"', () => {
    for (const id of [PHI_TEST_IDS.confirm, PHI_TEST_IDS.cancel, PHI_TEST_IDS.jump(0), PHI_TEST_IDS.redact(0)]) {
      expect(tagOf(html, id)).toMatch(/^<button type="button"/);
    }
  });
});

describe('StatusBadge', () => {
  const rows: { state: BadgeState; count: number; expected: string }[] = [
    { state: 'clear', count: 0, expected: 'No PHI found' },
    { state: 'phi', count: 3, expected: 'Possible PHI: 3 items' },
    { state: 'phi', count: 1, expected: 'Possible PHI: 1 item' },
    { state: 'sensitive', count: 2, expected: 'Sensitive PHI: 2 items' },
    { state: 'scanning', count: 0, expected: 'Checking for PHI…' },
    { state: 'error', count: 0, expected: 'PHI check failed' },
  ];
  it.each(rows)('$state ($count) → "$expected"', ({ state, count, expected }) => {
    expect(badgeText(state, count)).toBe(expected);
    const html = renderToString(<StatusBadge state={state} count={count} />);
    const tag = tagOf(html, PHI_TEST_IDS.badge) ?? '';
    expect(tag).toContain(`data-state="${state}"`);
    expect(tag).toContain('role="status"');
    expect(tag).toContain('aria-live="polite"');
    expect(text(html)).toContain(expected);
  });
});

describe('FindingTooltip', () => {
  const rows = [
    { f: finding('ssn', '123-45-6789', 0, { confidence: 0.97, explanation: { rule: 'ssn', pattern: 'ssn_dashed', validator: 'pass', cue: 'SSN' } }), expect: ['Social Security number', '(identifier)', 'ssn dashed', 'near the word “SSN”', 'passed a validity check', 'high (97%)'] },
    { f: finding('medication', 'sertraline', 0, { confidence: 0.55 }), expect: ['Medication', 'health information', 'pattern match only', 'low (55%)'] },
  ];
  it.each(rows)('$f.type explains what, why and how sure', ({ f, expect: parts }) => {
    const html = renderToString(<FindingTooltip finding={f} id="tip-1" />);
    expect(tagOf(html, PHI_TEST_IDS.tooltip)).toContain('role="tooltip"');
    expect(html).toContain('id="tip-1"');
    for (const part of parts) expect(text(html)).toContain(part);
    if (!f.explanation.cue) expect(text(html)).not.toContain('Cue');
  });
});

describe('RecipientWarnings', () => {
  it('shows a portal care team by its name and as internal, and a wrong-patient warning once', () => {
    const wrong: RecipientSignal = { id: 'wrong_patient', reason: 'This conversation is about Maria Lopez, but the message mentions Robert Chen: make sure it is the right patient', action: 'acknowledge' };
    const t = text(renderToString(<RecipientWarnings recipients={{
      recipients: [
        { address: 'cardiology team a', displayName: 'Cardiology Team A', field: 'to', domain: '', kind: 'internal', signals: [] },
        { address: 'jane@x.org', displayName: 'Jane', field: 'cc', domain: 'x.org', kind: 'external', signals: [] },
      ],
      messageSignals: [wrong], action: 'acknowledge',
    }} acknowledgements={[wrong]} onAcknowledgedChange={() => {}} />));
    expect(t).toContain('Cardiology Team A (internal)');
    expect(t).not.toContain('&lt;cardiology team a&gt;');
    expect(t).toContain('Jane &lt;jane@x.org&gt; (external)');
    expect(t.split(wrong.reason)).toHaveLength(2);
    expect(t).toContain('May be the wrong patient');
  });
});

describe('GUARD_CSS stays inside the shadow root', () => {
  const css = GUARD_CSS.replace(/\/\*[\s\S]*?\*\//g, '');
  // Selectors: the text before each "{" that is not an at-rule.
  const selectors = [...css.matchAll(/([^{};]+)\{/g)]
    .map((m) => (m[1] ?? '').trim())
    .filter((s) => s && !s.startsWith('@'))
    .flatMap((s) => s.split(',').map((part) => part.trim()));
  it('has rules to check', () => expect(selectors.length).toBeGreaterThan(40));
  it.each(selectors)('%s is scoped', (selector) => {
    expect(selector).toMatch(/^(:host\b|\.phig-)/);
  });
  it('uses no fixed pixel widths that could overflow at 200% zoom', () => {
    expect(css).not.toMatch(/(?:^|[\s;{])(?:min-|max-)?width:\s*\d{3,}px/m);
  });
});

describe('DisclosurePrompt: the summary line', () => {
  it.each([
    { findings: plain, says: '2 items that may be protected health information: name and diagnosis.' },
    {
      findings: [finding('hiv', 'HIV', 30), finding('ssn', '078-05-1123', 10), finding('mrn', '00482913', 0), finding('mrn', '00482914', 50)],
      says: '4 items that may be protected health information: medical record number, Social Security number and HIV / AIDS.',
    },
  ])('names what was found in plain words, in message order: $says', ({ findings, says }) => {
    const html = text(render({ findings }));
    expect(html).toContain(says);
    expect(html).not.toMatch(/identifier: |tied to a person:/);
  });
});
