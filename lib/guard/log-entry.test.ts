import { describe, expect, it } from 'vitest';
import { validateLogEntry } from '../log/store';
import { scan } from '../detect/scan';
import { DEFAULT_POLICY } from '../policy/schema';
import { analyzeRecipients } from '../recipients';
import { buildLogEntry } from './log-entry';

const TEXT = 'Referral for Mr. John Smith, MRN 12345678, diagnosed with CHF.';

describe('buildLogEntry', () => {
  const result = scan(TEXT, DEFAULT_POLICY);
  const recipients = [
    { address: 'Ana.Lee@Cardio-Partners.example', field: 'to' as const },
    { address: 'ana.lee@cardio-partners.example', field: 'cc' as const },
    { address: 'pat@gmail.com', field: 'to' as const },
  ];
  const risk = analyzeRecipients(recipients, result, DEFAULT_POLICY);
  const entry = buildLogEntry({
    outcome: 'sent', site: 'mail.google.com', text: TEXT, salt: 'a'.repeat(64), findings: result.findings, recipients, risk,
    decision: { purpose: 'payment', minimumNecessaryConfirmed: true, recipientsAcknowledged: true }, now: new Date('2026-01-02T03:04:05Z'),
  });

  it('passes the stored-log validation', () => {
    expect(validateLogEntry(entry)).toMatchObject({ ok: true });
  });

  it('keeps metadata only: no text, no identifiers, no full addresses', () => {
    const raw = JSON.stringify(entry);
    for (const secret of ['Smith', '12345678', 'CHF', 'ana.lee', 'pat@']) expect(raw).not.toContain(secret);
    expect(entry.recipientDomains.sort()).toEqual(['cardio-partners.example', 'gmail.com']);
    expect(entry.recipientCount).toBe(2);
    expect(entry.purpose).toBe('payment');
    expect(entry.minimumNecessaryConfirmed).toBe(true);
  });

  it('counts findings by type', () => {
    const total = Object.values(entry.counts).reduce((a, b) => a + (b ?? 0), 0);
    expect(total).toBe(result.findings.length);
  });

  it('the hash depends on salt and text', () => {
    const other = (salt: string, text: string) => buildLogEntry({ outcome: 'cancelled', site: 'x', text, salt, findings: [], recipients: [], risk }).messageHash;
    expect(other('a'.repeat(64), TEXT)).toBe(entry.messageHash);
    expect(other('b'.repeat(64), TEXT)).not.toBe(entry.messageHash);
    expect(other('a'.repeat(64), TEXT + '!')).not.toBe(entry.messageHash);
  });
});
