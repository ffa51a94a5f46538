import { describe, expect, it } from 'vitest';
import type { RecipientRisk } from '../recipients/types';
import { messageDigest, toLogEntry } from './entry';
import { validateLogEntry } from './store';

const risk: RecipientRisk = {
  recipients: [
    { address: 'jane.doe@Partner-Lab.example.com', field: 'to', domain: 'Partner-Lab.example.com', kind: 'trusted', signals: [] },
    { address: 'joe@gmail.com', field: 'cc', domain: 'gmail.com', kind: 'personal', signals: [{ id: 'personal_webmail', reason: 'personal', action: 'acknowledge' }] },
    { address: 'ann@gmail.com', field: 'cc', domain: 'gmail.com', kind: 'personal', signals: [] },
  ],
  messageSignals: [{ id: 'personal_webmail', reason: 'personal', action: 'acknowledge' }, { id: 'mixed', reason: 'mixed', action: 'note' }],
  action: 'acknowledge',
};

describe('toLogEntry', () => {
  it('keeps metadata only and passes the store validation', async () => {
    const text = 'Jane Doe, MRN 1234567, diagnosed with HIV';
    const entry = toLogEntry({
      site: 'Mail.Google.com', outcome: 'sent', at: new Date('2026-11-20T10:00:00Z'),
      findings: [{ type: 'name' }, { type: 'mrn' }, { type: 'hiv' }, { type: 'name' }],
      recipients: risk,
      decision: { purpose: 'treatment', sensitiveAcknowledged: true, recipientsAcknowledged: true },
      messageHash: await messageDigest(text, 'salt'),
    });
    expect(entry).toMatchObject({
      site: 'mail.google.com', outcome: 'sent', purpose: 'treatment', sensitiveAcknowledged: true,
      counts: { name: 2, mrn: 1, hiv: 1 }, recipientDomains: ['partner-lab.example.com', 'gmail.com'], recipientCount: 3,
      signals: ['personal_webmail', 'mixed'],
    });
    expect(validateLogEntry(entry).ok).toBe(true);
    const stored = JSON.stringify(entry);
    for (const secret of ['Jane', '1234567', 'HIV', 'jane.doe', 'joe@']) expect(stored).not.toContain(secret);
  });

  it('omits attestations for cancelled sends', () => {
    const entry = toLogEntry({ site: 'x.example', outcome: 'cancelled', findings: [], recipients: { recipients: [], messageSignals: [], action: 'none' }, messageHash: 'f'.repeat(64) });
    expect(entry).not.toHaveProperty('purpose');
    expect(validateLogEntry(entry).ok).toBe(true);
  });
});

describe('messageDigest', () => {
  it('is salted, hex, and ignores spacing differences', async () => {
    const a = await messageDigest('Pt  Jane\nDoe', 's1');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(await messageDigest('Pt Jane Doe', 's1')).toBe(a);
    expect(await messageDigest('Pt Jane Doe', 's2')).not.toBe(a);
    expect(await messageDigest('Pt Jane Roe', 's1')).not.toBe(a);
  });
});
