import { describe, expect, it } from 'vitest';
import { scan } from '../detect/scan';
import type { Finding, ScanResult, Verdict } from '../detect/types';
import { PolicySchema, type PolicyInput } from '../policy/schema';
import { analyzeRecipients } from '../recipients';
import { decideSend } from './decide';

const verdict = (extra: Partial<Verdict> = {}): Verdict => ({
  phi: false, risk: 'none', identifiable: false, health: false, sensitive: [], psychotherapy: false, reasons: [], ...extra,
});
const finding = (type: Finding['type'], category: Finding['category']): Finding => ({
  type, category, start: 0, end: 4, text: 'xxxx', confidence: 0.9, explanation: { rule: type, pattern: 'p', validator: 'none' },
});
const result = (findings: Finding[], v: Partial<Verdict>, errors: ScanResult['errors'] = []): ScanResult => ({ findings, verdict: verdict(v), errors });
const policy = (input: PolicyInput = {}) => PolicySchema.parse(input);

const NAME = finding('name', 'identifier');
const DX = finding('diagnosis', 'health');
const HIV = finding('hiv', 'sensitive');
const PHI_SCAN = result([NAME, DX], { phi: true, identifiable: true, health: true, risk: 'moderate' });

describe('decideSend', () => {
  const rows: { name: string; scan: ScanResult | undefined; policy: PolicyInput; error?: unknown; action: string; blocked?: number; shown?: number }[] = [
    { name: 'no findings: send', scan: result([], {}), policy: {}, action: 'send' },
    { name: 'identifier alone, not PHI: send', scan: result([NAME], { identifiable: true, risk: 'low' }), policy: {}, action: 'send', shown: 1 },
    { name: 'PHI with prompt modes: prompt', scan: PHI_SCAN, policy: {}, action: 'prompt', shown: 2 },
    { name: 'PHI but every category only marks: send', scan: PHI_SCAN, policy: { modes: { identifier: 'mark', health: 'mark' } }, action: 'send', shown: 2 },
    { name: 'health set to off: its findings are not shown', scan: PHI_SCAN, policy: { modes: { health: 'off', identifier: 'mark' } }, action: 'send', shown: 1 },
    { name: 'blocked category: block', scan: PHI_SCAN, policy: { modes: { health: 'block' } }, action: 'block', blocked: 1 },
    { name: 'blocked category even without PHI verdict', scan: result([HIV], { sensitive: ['hiv'] }), policy: { modes: { sensitive: 'block' } }, action: 'block', blocked: 1 },
    { name: 'psychotherapy action block', scan: result([finding('psychotherapy_note', 'psychotherapy')], { psychotherapy: true, phi: true }), policy: { psychotherapy: { action: 'block' } }, action: 'block', blocked: 1 },
    { name: 'scanner error, fail closed: prompt', scan: result([], {}, [{ rule: 'x', message: 'boom' }]), policy: { failMode: 'closed' }, action: 'prompt' },
    { name: 'scanner error, fail open: send', scan: result([], {}, [{ rule: 'x', message: 'boom' }]), policy: { failMode: 'open' }, action: 'send' },
    { name: 'scanner threw, fail closed: prompt', scan: undefined, error: new Error('boom'), policy: {}, action: 'prompt' },
    { name: 'scanner threw, fail open: send', scan: undefined, error: new Error('boom'), policy: { failMode: 'open' }, action: 'send' },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const d = decideSend(row.scan, undefined, policy(row.policy), row.error);
      expect(d.action).toBe(row.action);
      expect(d.blockedReasons).toHaveLength(row.blocked ?? 0);
      if (row.shown !== undefined) expect(d.findings).toHaveLength(row.shown);
    });
  }

  it('a blocking recipient signal blocks a PHI message', () => {
    const p = policy({ recipients: { signals: { personal_webmail: 'block' } } });
    const risk = analyzeRecipients([{ address: 'someone@gmail.com', field: 'to' }], PHI_SCAN, p);
    const d = decideSend(PHI_SCAN, risk, p);
    expect(d.action).toBe('block');
    expect(d.blockedReasons.join(' ')).toMatch(/gmail\.com/);
  });

  it('recipient signals alone hold Send only when policy.recipients.promptWithoutPhi is on', () => {
    const clean = result([], {});
    const recipients = [{ address: 'someone@gmail.com', field: 'to' as const }];
    const off = policy();
    expect(decideSend(clean, analyzeRecipients(recipients, clean, off), off).action).toBe('send');
    const on = policy({ recipients: { promptWithoutPhi: true } });
    expect(decideSend(clean, analyzeRecipients(recipients, clean, on), on).action).toBe('prompt');
  });

  it('the built-in rules hold the fixture referral and let a staff note go', () => {
    const p = policy();
    expect(decideSend(scan('Referral for Mr. John Smith, MRN 12345678, diagnosed with CHF.', p), undefined, p).action).toBe('prompt');
    expect(decideSend(scan('Hi team, can we move the staff meeting to Friday at noon?', p), undefined, p).action).toBe('send');
  });
});
