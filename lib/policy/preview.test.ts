import { describe, expect, it } from 'vitest';
import type { Finding, ScanResult, Verdict } from '../detect/types';
import type { RecipientRisk, RecipientSignal } from '../recipients/types';
import { previewGuardDecision } from './preview';
import { resolvePolicy } from './load';

const finding = (type: Finding['type'], category: Finding['category']): Finding => ({
  type, category, start: 0, end: 1, text: 'x', confidence: 0.9, explanation: { rule: type, pattern: 'p', validator: 'none' },
});
const verdict = (over: Partial<Verdict>): Verdict => ({ phi: false, risk: 'none', identifiable: false, health: false, sensitive: [], psychotherapy: false, reasons: [], ...over });
const scanResult = (findings: Finding[], v: Partial<Verdict>, errors: ScanResult['errors'] = []): ScanResult => ({ findings, verdict: verdict(v), errors });
const risk = (signals: RecipientSignal[] = []): RecipientRisk => ({ recipients: [], messageSignals: signals, action: signals.length ? signals[0]!.action : 'none' });

const PHI = scanResult([finding('mrn', 'identifier'), finding('diagnosis', 'health')], { phi: true, identifiable: true, health: true, risk: 'moderate' });

describe('previewGuardDecision', () => {
  it.each([
    { name: 'no findings sends', policy: {}, result: scanResult([], {}), signals: [], outcome: 'send' },
    { name: 'PHI prompts by default', policy: {}, result: PHI, signals: [], outcome: 'prompt' },
    { name: 'health block blocks PHI', policy: { modes: { health: 'block' } }, result: PHI, signals: [], outcome: 'block' },
    { name: 'all categories off sends', policy: { modes: { identifier: 'off', health: 'off' } }, result: PHI, signals: [], outcome: 'send' },
    { name: 'mark only marks', policy: { modes: { identifier: 'mark', health: 'mark' } }, result: PHI, signals: [], outcome: 'mark' },
    { name: 'identifier without health is only marked', policy: { modes: { identifier: 'block' } }, result: scanResult([finding('phone', 'identifier')], { identifiable: true }), signals: [], outcome: 'mark' },
    { name: 'scanner error fails closed', policy: {}, result: scanResult([], {}, [{ rule: 'x', message: 'boom' }]), signals: [], outcome: 'prompt' },
    { name: 'scanner error fails open', policy: { failMode: 'open' }, result: scanResult([], {}, [{ rule: 'x', message: 'boom' }]), signals: [], outcome: 'send' },
    { name: 'blocked recipient signal blocks PHI', policy: {}, result: PHI, signals: [{ id: 'personal_webmail', reason: 'personal', action: 'block' }], outcome: 'block' },
    { name: 'recipient signal without PHI only notes', policy: {}, result: scanResult([], {}), signals: [{ id: 'external', reason: 'external', action: 'acknowledge' }], outcome: 'send' },
    { name: 'high-risk signal without PHI does not prompt by default', policy: {}, result: scanResult([], {}), signals: [{ id: 'too_many', reason: 'many', action: 'acknowledge' }], outcome: 'send' },
    { name: 'low-risk signal without PHI never prompts', policy: { recipients: { promptWithoutPhi: true } }, result: scanResult([], {}), signals: [{ id: 'external', reason: 'external', action: 'acknowledge' }], outcome: 'send' },
    { name: 'recipient signal without PHI prompts when asked', policy: { recipients: { promptWithoutPhi: true } }, result: scanResult([], {}), signals: [{ id: 'too_many', reason: 'many', action: 'acknowledge' }], outcome: 'prompt' },
    {
      name: 'psychotherapy block', policy: { psychotherapy: { action: 'block' } },
      result: scanResult([finding('name', 'identifier'), finding('psychotherapy_note', 'psychotherapy')], { phi: true, identifiable: true, health: true, psychotherapy: true }),
      signals: [], outcome: 'block',
    },
  ] as const)('$name', ({ policy, result, signals, outcome }) => {
    const preview = previewGuardDecision(result, risk([...signals]), resolvePolicy(policy, undefined).policy);
    expect(preview.outcome).toBe(outcome);
  });

  it('asks for the sensitive acknowledgement only when prompting on sensitive content', () => {
    const sensitive = scanResult([finding('name', 'identifier'), finding('hiv', 'sensitive')], { phi: true, identifiable: true, health: true, sensitive: ['hiv'] });
    expect(previewGuardDecision(sensitive, risk(), resolvePolicy({}, undefined).policy).requires.sensitiveAcknowledgement).toBe(true);
    expect(previewGuardDecision(sensitive, risk(), resolvePolicy({ sensitive: { requireAcknowledgement: false } }, undefined).policy).requires.sensitiveAcknowledgement).toBe(false);
  });
});
