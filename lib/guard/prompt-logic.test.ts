import { describe, expect, it } from 'vitest';
import { finding, promptProps, recipientRisk, sampleFindings } from '../../components/preview/fixtures';
import { DisclosurePurpose, type PolicyInput } from '../policy/schema';
import type { RecipientSignal } from '../recipients/types';
import {
  EMPTY_PROMPT_STATE, badgeStateFor, canConfirm, focusWrapIndex, groupFindings, initialPromptState,
  requirementsFor, toDecision, unmetRequirements, type PromptState, type RequirementId,
} from './prompt-logic';

const identifierAndHealth = [finding('name', 'Jane Roe'), finding('diagnosis', 'type 2 diabetes', 20)];
const ALL_TICKED: Omit<PromptState, 'purpose'> = {
  minimumNecessaryConfirmed: true, authorizationConfirmed: true, sensitiveAcknowledged: true, recipientsAcknowledged: true,
};

describe('minimum necessary per purpose (default policy)', () => {
  const exempt = new Set(['treatment', 'patient_request', 'authorization', 'required_by_law']);
  const rows = DisclosurePurpose.options.map((purpose) => ({ purpose, required: !exempt.has(purpose) }));
  it.each(rows)('$purpose requires minimum necessary: $required', ({ purpose, required }) => {
    const props = promptProps({ findings: identifierAndHealth });
    expect(requirementsFor(purpose, props).minimumNecessary).toBe(required);
    const purposeOnly = { ...EMPTY_PROMPT_STATE, purpose };
    expect(canConfirm(purposeOnly, props)).toBe(!required);
    expect(unmetRequirements(purposeOnly, props)).toEqual(required ? ['minimum_necessary'] : []);
    const confirmed = { ...purposeOnly, minimumNecessaryConfirmed: true };
    expect(canConfirm(confirmed, props)).toBe(true);
    expect(toDecision(confirmed, props)).toEqual(required ? { purpose, minimumNecessaryConfirmed: true } : { purpose });
  });
});

describe('minimum necessary follows policy.purposes.minimumNecessary', () => {
  const rows: { policy: PolicyInput; purpose: DisclosurePurpose; required: boolean }[] = [
    { policy: { purposes: { minimumNecessary: ['treatment'] } }, purpose: 'treatment', required: true },
    { policy: { purposes: { minimumNecessary: ['treatment'] } }, purpose: 'payment', required: false },
    { policy: { purposes: { minimumNecessary: [] } }, purpose: 'operations', required: false },
    { policy: { purposes: { minimumNecessary: [...DisclosurePurpose.options] } }, purpose: 'patient_request', required: true },
  ];
  it.each(rows)('$purpose with $policy.purposes.minimumNecessary → $required', ({ policy, purpose, required }) => {
    const props = promptProps({ findings: identifierAndHealth, policy });
    expect(requirementsFor(purpose, props).minimumNecessary).toBe(required);
    expect(canConfirm({ ...EMPTY_PROMPT_STATE, purpose }, props)).toBe(!required);
  });
});

describe('purpose choice', () => {
  it('no purpose chosen: Send stays disabled even with every box ticked', () => {
    const props = promptProps({ findings: identifierAndHealth });
    expect(unmetRequirements({ ...ALL_TICKED }, props)).toEqual(['purpose']);
    expect(canConfirm({ ...ALL_TICKED }, props)).toBe(false);
    expect(toDecision({ ...ALL_TICKED }, props)).toBeUndefined();
  });
  it('a purpose the policy does not offer is not accepted', () => {
    const props = promptProps({ findings: identifierAndHealth, policy: { purposes: { offered: ['treatment', 'payment'] } } });
    expect(requirementsFor(undefined, props).purposes).toEqual(['treatment', 'payment']);
    expect(canConfirm({ ...ALL_TICKED, purpose: 'emergency' }, props)).toBe(false);
    expect(canConfirm({ ...ALL_TICKED, purpose: 'payment' }, props)).toBe(true);
  });
  it.each([
    { offered: ['payment'] as DisclosurePurpose[], expected: 'payment' },
    { offered: ['payment', 'treatment'] as DisclosurePurpose[], expected: undefined },
  ])('initial purpose with offered $offered is $expected', ({ offered, expected }) => {
    expect(initialPromptState(promptProps({ policy: { purposes: { offered } } })).purpose).toBe(expected);
  });
});

describe('psychotherapy notes', () => {
  const note = finding('psychotherapy_note', 'process notes from session', 40);
  const rows: {
    name: string; findings: ReturnType<typeof finding>[]; policy: PolicyInput;
    authorization: boolean; blocked: boolean;
  }[] = [
    { name: 'no marker', findings: identifierAndHealth, policy: {}, authorization: false, blocked: false },
    { name: 'marker, require_authorization', findings: [...identifierAndHealth, note], policy: {}, authorization: true, blocked: false },
    { name: 'marker, block', findings: [...identifierAndHealth, note], policy: { psychotherapy: { action: 'block' } }, authorization: false, blocked: true },
    { name: 'marker, category mode block', findings: [...identifierAndHealth, note], policy: { modes: { psychotherapy: 'block' } }, authorization: true, blocked: true },
    { name: 'marker, category off', findings: [...identifierAndHealth, note], policy: { modes: { psychotherapy: 'off' }, psychotherapy: { action: 'block' } }, authorization: false, blocked: false },
  ];
  it.each(rows)('$name', ({ findings, policy, authorization, blocked }) => {
    const props = promptProps({ findings, policy });
    const req = requirementsFor('treatment', props);
    expect(req.authorization).toBe(authorization);
    expect(req.blocked).toBe(blocked);
    expect(req.blockedReasons.length > 0).toBe(blocked);
    const withoutAuth = { ...ALL_TICKED, purpose: 'treatment' as const, authorizationConfirmed: false };
    expect(canConfirm(withoutAuth, props)).toBe(!authorization && !blocked);
    expect(canConfirm({ ...withoutAuth, authorizationConfirmed: true }, props)).toBe(!blocked);
    const decision = toDecision({ ...withoutAuth, authorizationConfirmed: true }, props);
    expect(decision?.authorizationConfirmed).toBe(blocked ? undefined : authorization ? true : undefined);
  });
  it('verdict.psychotherapy alone (no listed finding) still requires the authorization', () => {
    const props = promptProps({ findings: identifierAndHealth, verdict: { psychotherapy: true } });
    expect(unmetRequirements({ ...EMPTY_PROMPT_STATE, purpose: 'treatment' }, props)).toEqual(['authorization']);
  });
});

describe('sensitive categories', () => {
  const rows: {
    name: string; findings: ReturnType<typeof finding>[]; verdictSensitive?: ('hiv' | 'substance_use')[];
    policy: PolicyInput; categories: string[];
  }[] = [
    { name: 'none present', findings: identifierAndHealth, policy: {}, categories: [] },
    { name: 'substance use + HIV', findings: [...identifierAndHealth, finding('hiv', 'HIV', 30), finding('substance_use', 'opioid use disorder', 40)], policy: {}, categories: ['substance_use', 'hiv'] },
    { name: 'acknowledgement switched off', findings: [...identifierAndHealth, finding('hiv', 'HIV', 30)], policy: { sensitive: { requireAcknowledgement: false } }, categories: [] },
    { name: 'category mode off', findings: [...identifierAndHealth, finding('hiv', 'HIV', 30)], policy: { modes: { sensitive: 'off' } }, categories: [] },
    { name: 'verdict only', findings: identifierAndHealth, verdictSensitive: ['substance_use'], policy: {}, categories: ['substance_use'] },
  ];
  it.each(rows)('$name → $categories', ({ findings, verdictSensitive, policy, categories }) => {
    const props = promptProps({ findings, policy, verdict: verdictSensitive ? { sensitive: verdictSensitive } : {} });
    const req = requirementsFor('treatment', props);
    expect(req.sensitiveCategories).toEqual(categories);
    const state = { ...ALL_TICKED, purpose: 'treatment' as const, sensitiveAcknowledged: false };
    expect(canConfirm(state, props)).toBe(categories.length === 0);
    expect(canConfirm({ ...state, sensitiveAcknowledged: true }, props)).toBe(true);
    expect(toDecision({ ...state, sensitiveAcknowledged: true }, props)?.sensitiveAcknowledged).toBe(categories.length ? true : undefined);
  });
});

describe('recipient signals', () => {
  const note: RecipientSignal = { id: 'external', reason: 'Goes outside your organization.', action: 'note' };
  const ack: RecipientSignal = { id: 'personal_webmail', reason: 'gmail.com is a personal email account.', action: 'acknowledge' };
  const block: RecipientSignal = { id: 'lookalike', reason: 'examp1e-clinic.org looks like example-clinic.org.', action: 'block' };
  const rows: { name: string; message: RecipientSignal[]; perRecipient: RecipientSignal[]; ack: number; blocked: boolean }[] = [
    { name: 'none', message: [], perRecipient: [], ack: 0, blocked: false },
    { name: 'note only', message: [note], perRecipient: [note], ack: 0, blocked: false },
    { name: 'acknowledge', message: [note, ack], perRecipient: [ack], ack: 1, blocked: false },
    { name: 'acknowledge only on a recipient', message: [], perRecipient: [ack], ack: 1, blocked: false },
    { name: 'block', message: [block], perRecipient: [], ack: 0, blocked: true },
    { name: 'block and acknowledge', message: [ack, block], perRecipient: [block], ack: 1, blocked: true },
  ];
  it.each(rows)('$name', ({ message, perRecipient, ack: ackCount, blocked }) => {
    const props = promptProps({ findings: identifierAndHealth, recipients: recipientRisk(message, perRecipient) });
    const req = requirementsFor('treatment', props);
    expect(req.recipientAcknowledgements).toHaveLength(ackCount);
    expect(req.blocked).toBe(blocked);
    if (blocked) expect(req.blockedReasons).toEqual([block.reason]);
    const state = { ...ALL_TICKED, purpose: 'treatment' as const, recipientsAcknowledged: false };
    expect(canConfirm(state, props)).toBe(ackCount === 0 && !blocked);
    expect(canConfirm({ ...state, recipientsAcknowledged: true }, props)).toBe(!blocked);
  });
});

describe('blocked', () => {
  it('blockedReasons from the guard disable Send whatever is ticked, and are shown as given', () => {
    const props = promptProps({ findings: identifierAndHealth, blockedReasons: ['SSNs may not be emailed.'] });
    const req = requirementsFor('treatment', props);
    expect(req.blocked).toBe(true);
    expect(req.blockedReasons).toEqual(['SSNs may not be emailed.']);
    expect(canConfirm({ ...ALL_TICKED, purpose: 'treatment' }, props)).toBe(false);
    expect(toDecision({ ...ALL_TICKED, purpose: 'treatment' }, props)).toBeUndefined();
  });
  it.each([
    { mode: 'block' as const, blocked: true },
    { mode: 'prompt' as const, blocked: false },
  ])('identifier mode $mode with an identifier present → blocked $blocked', ({ mode, blocked }) => {
    const props = promptProps({ findings: identifierAndHealth, policy: { modes: { identifier: mode } } });
    expect(requirementsFor('treatment', props).blocked).toBe(blocked);
  });
  it('a blocked category that is absent from the message does not block', () => {
    const props = promptProps({ findings: identifierAndHealth, policy: { modes: { sensitive: 'block' } } });
    expect(requirementsFor('treatment', props).blocked).toBe(false);
  });
});

describe('every requirement at once: each one alone keeps Send disabled', () => {
  const props = promptProps({
    findings: [...sampleFindings(), finding('psychotherapy_note', 'session notes', 95)],
    recipients: recipientRisk([{ id: 'reply_all', reason: 'This is a reply to all.', action: 'acknowledge' }]),
  });
  const full: PromptState = { ...ALL_TICKED, purpose: 'payment' };
  const rows: { missing: RequirementId; state: PromptState }[] = [
    { missing: 'purpose', state: { ...full, purpose: undefined } },
    { missing: 'minimum_necessary', state: { ...full, minimumNecessaryConfirmed: false } },
    { missing: 'authorization', state: { ...full, authorizationConfirmed: false } },
    { missing: 'sensitive', state: { ...full, sensitiveAcknowledged: false } },
    { missing: 'recipients', state: { ...full, recipientsAcknowledged: false } },
  ];
  it.each(rows)('missing $missing', ({ missing, state }) => {
    expect(unmetRequirements(state, props)).toEqual([missing]);
    expect(canConfirm(state, props)).toBe(false);
  });
  it('all satisfied → the decision records every attestation', () => {
    expect(toDecision(full, props)).toEqual({
      purpose: 'payment', minimumNecessaryConfirmed: true, authorizationConfirmed: true,
      sensitiveAcknowledged: true, recipientsAcknowledged: true,
    });
  });
});

describe('groupFindings', () => {
  it('groups in category order and keeps the original index', () => {
    const findings = [finding('diagnosis', 'asthma'), finding('name', 'Jane Roe', 10), finding('hiv', 'HIV', 20), finding('ssn', '123-45-6789', 30)];
    expect(groupFindings(findings).map((g) => [g.category, g.items.map((i) => i.index)])).toEqual([
      ['identifier', [1, 3]], ['health', [0]], ['sensitive', [2]],
    ]);
  });
});

describe('badgeStateFor', () => {
  const rows = [
    { name: 'error wins', scan: promptProps(), status: { error: true, scanning: true }, expected: 'error' },
    { name: 'scanning', scan: promptProps(), status: { scanning: true }, expected: 'scanning' },
    { name: 'no scan yet', scan: undefined, status: {}, expected: 'scanning' },
    { name: 'nothing found', scan: promptProps({ findings: [] }), status: {}, expected: 'clear' },
    { name: 'plain PHI', scan: promptProps({ findings: identifierAndHealth }), status: {}, expected: 'phi' },
    { name: 'sensitive', scan: promptProps(), status: {}, expected: 'sensitive' },
    { name: 'psychotherapy counts as sensitive', scan: promptProps({ findings: [finding('psychotherapy_note', 'notes')] }), status: {}, expected: 'sensitive' },
  ] as const;
  it.each(rows)('$name → $expected', ({ scan, status, expected }) => {
    expect(badgeStateFor(scan, status)).toBe(expected);
  });
});

describe('focusWrapIndex', () => {
  const rows = [
    { count: 0, current: -1, backwards: false, expected: undefined },
    { count: 4, current: -1, backwards: false, expected: 0 },
    { count: 4, current: -1, backwards: true, expected: 3 },
    { count: 4, current: 3, backwards: false, expected: 0 },
    { count: 4, current: 0, backwards: true, expected: 3 },
    { count: 4, current: 1, backwards: false, expected: undefined },
    { count: 4, current: 2, backwards: true, expected: undefined },
    { count: 1, current: 0, backwards: false, expected: 0 },
  ];
  it.each(rows)('count $count current $current backwards $backwards → $expected', ({ count, current, backwards, expected }) => {
    expect(focusWrapIndex(count, current, backwards)).toBe(expected);
  });
});
