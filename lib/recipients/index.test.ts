import { describe, expect, it } from 'vitest';
import type { Finding, Verdict } from '../detect/types';
import { PolicySchema, type Policy, type PolicyInput, type RecipientSignalId } from '../policy/schema';
import {
  analyzeRecipients, hashRecipient, parseRecipientList, recipientAcknowledgements, recipientBlockedReasons,
  riskForMessage, shouldPrompt,
} from './index';
import type { Recipient, RecipientContext, RecipientRisk } from './types';

const PHI: Verdict = {
  phi: true, risk: 'moderate', identifiable: true, health: true, sensitive: [], psychotherapy: false, reasons: [],
};
const NO_PHI: Verdict = { ...PHI, phi: false, risk: 'none', identifiable: false, health: false };

const policyWith = (recipients: PolicyInput['recipients'] = {}): Policy =>
  PolicySchema.parse({ recipients: { internalDomains: ['acmehealth.org'], trustedDomains: ['partnerlabs.com'], ...recipients } });
const POLICY = policyWith();

/** "to:a@x, cc:b@y, bcc:c@z" → recipients; a bare address is To. */
function people(list: string): Recipient[] {
  return list.split(',').map((s) => s.trim()).filter(Boolean).map((entry) => {
    const [field, address] = entry.includes(':') ? entry.split(':') as [Recipient['field'], string] : ['to' as const, entry];
    return { address, field };
  });
}

function nameFinding(text: string, start = 0): Finding {
  return {
    type: 'name', category: 'identifier', start, end: start + text.length, text, confidence: 0.9,
    explanation: { rule: 'name', pattern: 'test', validator: 'none' },
  };
}

function analyze(list: string, context: RecipientContext = {}, policy = POLICY, findings: Finding[] = [], text?: string): RecipientRisk {
  return analyzeRecipients(people(list), text === undefined ? { findings, verdict: PHI } : { findings, verdict: PHI, text }, policy, context);
}

/** Signal ids per address ("*" for message-level ones), sorted, to compare a whole analysis at once. */
function ids(risk: RecipientRisk, id: RecipientSignalId): string[] {
  const perRecipient = risk.recipients.filter((r) => r.signals.some((s) => s.id === id)).map((r) => r.address);
  const messageOnly = risk.messageSignals.filter((s) => s.id === id && !risk.recipients.some((r) => r.signals.includes(s)));
  return [...new Set([...perRecipient, ...(messageOnly.length ? ['*'] : [])])].sort();
}

describe('kinds', () => {
  it.each([
    ['nurse@acmehealth.org', 'internal'], ['nurse@er.acmehealth.org', 'internal'], ['lab@partnerlabs.com', 'trusted'],
    ['jane@gmail.com', 'personal'], ['bob@otherclinic.com', 'external'], ['bob@acmehealth.org.evil.com', 'external'],
  ])('%s is %s', (address, kind) => {
    expect(analyze(address).recipients[0]?.kind).toBe(kind);
  });
});

describe('external', () => {
  it.each([
    ['bob@otherclinic.com', ['bob@otherclinic.com']],
    ['nurse@acmehealth.org, bob@otherclinic.com', ['bob@otherclinic.com']],
    ['nurse@acmehealth.org', []],
    ['nurse@er.acmehealth.org', []],
    ['lab@partnerlabs.com', []], // BAA partner
    ['jane@gmail.com', []], // said more precisely by personal_webmail
    ['jane@acmehea1th.org', []], // said more precisely by lookalike
  ])('%s → %j', (list, expected) => expect(ids(analyze(list), 'external')).toEqual(expected));

  it('is not raised when the organization has not said which domains are its own', () => {
    expect(ids(analyze('bob@otherclinic.com', {}, policyWith({ internalDomains: [] })), 'external')).toEqual([]);
  });

  it('reads plainly', () => {
    expect(analyze('bob@otherclinic.com').messageSignals[0]?.reason).toBe('bob@otherclinic.com is outside your organization');
  });
});

describe('personal_webmail', () => {
  it.each([
    ['jane@gmail.com', ['jane@gmail.com']], ['Jane@GMAIL.COM', ['jane@gmail.com']], ['pat@icloud.com', ['pat@icloud.com']],
    ['nurse@acmehealth.org', []], ['bob@otherclinic.com', []], ['jane@gmial.com', []],
  ])('%s → %j', (list, expected) => expect(ids(analyze(list), 'personal_webmail')).toEqual(expected));

  it('uses the policy list, which replaces the built-in one', () => {
    const policy = policyWith({ personalDomains: ['freemail.example'] });
    expect(ids(analyze('a@freemail.example, b@gmail.com', {}, policy), 'personal_webmail')).toEqual(['a@freemail.example']);
  });

  it('is never milder than external', () => {
    const policy = policyWith({ signals: { external: 'block', personal_webmail: 'note' } });
    expect(analyze('jane@gmail.com', {}, policy).action).toBe('block');
  });
});

describe('too_many', () => {
  const many = (n: number, domain = 'acmehealth.org') => Array.from({ length: n }, (_, i) => `p${i}@${domain}`).join(', ');
  it.each([
    [many(11), ['*']],
    [many(10), []],
    [`${many(10)}, cc:p0@acmehealth.org`, []], // the same person twice is one person
    ['all@acmehealth.org', ['all@acmehealth.org']],
    ['staff@acmehealth.org', ['staff@acmehealth.org']],
    ['team@acmehealth.org', ['team@acmehealth.org']],
    ['list@acmehealth.org', ['list@acmehealth.org']],
    ['dl-nursing@acmehealth.org', ['dl-nursing@acmehealth.org']],
    ['nursing-all@acmehealth.org', ['nursing-all@acmehealth.org']],
    ['cardiology-l@acmehealth.org', ['cardiology-l@acmehealth.org']],
    ['allison@acmehealth.org', []],
    ['stafford@acmehealth.org', []],
    ['teamson@acmehealth.org', []],
    ['listerj@acmehealth.org', []],
    ['dlee@acmehealth.org', []],
  ])('%s → %j', (list, expected) => expect(ids(analyze(list), 'too_many')).toEqual(expected));

  it('respects the policy threshold', () => {
    expect(ids(analyze(many(3), {}, policyWith({ threshold: 2 })), 'too_many')).toEqual(['*']);
    expect(analyze(many(11)).messageSignals.find((s) => s.id === 'too_many')?.reason).toContain('11 addresses (more than 10)');
  });

  it('flags a group the adapter recognized, by its name', () => {
    const risk = analyzeRecipients([{ address: 'Cardiology Team', displayName: 'Cardiology Team', field: 'to', isGroup: true },
      { address: 'pat@acmehealth.org', field: 'to', isGroup: false }], { findings: [], verdict: PHI }, POLICY);
    expect(ids(risk, 'too_many')).toEqual(['cardiology team']);
    expect(risk.messageSignals[0]?.reason).toBe('Cardiology Team is a group: everyone in it will get this');
  });
});

describe('mixed', () => {
  it.each([
    ['nurse@acmehealth.org, bob@otherclinic.com', ['*']],
    ['nurse@acmehealth.org, cc:jane@gmail.com', ['*']],
    ['nurse@acmehealth.org, lab@partnerlabs.com', []], // a BAA partner is not outside
    ['nurse@acmehealth.org, doc@er.acmehealth.org', []],
    ['bob@otherclinic.com, jane@gmail.com', []],
  ])('%s → %j', (list, expected) => expect(ids(analyze(list), 'mixed')).toEqual(expected));

  it('names who is outside', () => {
    expect(analyze('nurse@acmehealth.org, bob@otherclinic.com').messageSignals.find((s) => s.id === 'mixed')?.reason)
      .toBe('This goes to people inside and outside your organization (outside: bob@otherclinic.com)');
  });
});

describe('lookalike', () => {
  it.each([
    ['jane@acmehea1th.org', ['jane@acmehea1th.org']],
    ['jane@acmeheallth.org', ['jane@acmeheallth.org']],
    ['jane@acmehealth.co', ['jane@acmehealth.co']],
    ['jane@acmheealth.org', ['jane@acmheealth.org']],
    ['jane@acrnehealth.org', ['jane@acrnehealth.org']],
    ['jane@acmehealth.org.evil.com', ['jane@acmehealth.org.evil.com']],
    ['lab@partnerlab.com', ['lab@partnerlab.com']],
    ['jane@gmial.com', ['jane@gmial.com']],
    ['jane@acmehealth.org', []],
    ['jane@sub.acmehealth.org', []],
    ['jane@example.com', []],
    ['jane@gmail.com', []],
  ])('%s → %j', (list, expected) => expect(ids(analyze(list), 'lookalike')).toEqual(expected));

  it('explains it the way a coordinator reads it', () => {
    expect(analyze('jane@gmial.com').messageSignals[0]?.reason)
      .toBe('jane@gmial.com looks like gmail.com but is a different domain (two letters are swapped)');
    expect(analyze('x@acmehealth.org.evil.com').messageSignals[0]?.reason)
      .toContain('the mail goes to evil.com');
  });
});

describe('first_time', () => {
  const salt = 'install-salt';
  const known = new Set([hashRecipient('bob@otherclinic.com', salt)]);
  it.each([
    ['new@otherclinic.com', ['new@otherclinic.com']],
    ['Bob@OtherClinic.com', []], // seen before, in another spelling
    ['bob@otherclinic.com, jane@gmail.com', ['jane@gmail.com']],
    ['nurse@acmehealth.org', []], // colleagues are not a first-time risk
    ['lab@partnerlabs.com', ['lab@partnerlabs.com']],
  ])('%s → %j', (list, expected) => {
    expect(ids(analyze(list, { salt, knownRecipientHashes: known }), 'first_time')).toEqual(expected);
  });

  it('is skipped when the history is unknown', () => {
    expect(ids(analyze('new@otherclinic.com', { salt }), 'first_time')).toEqual([]);
    expect(ids(analyze('new@otherclinic.com', { knownRecipientHashes: known }), 'first_time')).toEqual([]);
  });

  it('does not match across salts', () => {
    expect(ids(analyze('bob@otherclinic.com', { salt: 'other', knownRecipientHashes: known }), 'first_time'))
      .toEqual(['bob@otherclinic.com']);
  });
});

describe('reply_all', () => {
  it.each<[string, boolean, string[]]>([
    ['nurse@acmehealth.org, cc:bob@otherclinic.com', true, ['*']],
    ['nurse@acmehealth.org, bcc:doc@acmehealth.org', true, ['*']],
    ['nurse@acmehealth.org, doc@acmehealth.org', true, []], // nobody on Cc/Bcc
    ['nurse@acmehealth.org, cc:bob@otherclinic.com', false, []], // a plain reply with a Cc
  ])('%s (reply-all %s) → %j', (list, replyAll, expected) => {
    expect(ids(analyze(list, { replyAll }), 'reply_all')).toEqual(expected);
  });

  it('counts the people copied', () => {
    expect(analyze('a@acmehealth.org, cc:b@acmehealth.org, cc:c@acmehealth.org', { replyAll: true })
      .messageSignals.find((s) => s.id === 'reply_all')?.reason)
      .toBe('This is a reply-all: 2 people on Cc/Bcc will also get it (b@acmehealth.org, c@acmehealth.org)');
  });
});

describe('wrong_patient', () => {
  const thread = { threadPatient: { name: 'Maria Lopez' } };
  it.each<[string[], string[]]>([
    [['John Smith'], ['*']],
    [['Maria Smith'], ['*']],
    [['Maria Lopez', 'John Smith'], ['*']],
    [['Maria Lopez'], []],
    [['Ms. Lopez'], []],
    [['Maria'], []],
    [['M. Lopez'], []],
    [['LOPEZ, MARIA'], []],
    [["Maria Lopez's"], []],
    [['Dr. Patel'], []], // her doctor, not another patient
    [[], []],
  ])('names %j → %j', (names, expected) => {
    expect(ids(analyze('maria@gmail.com', thread, POLICY, names.map((n) => nameFinding(n))), 'wrong_patient')).toEqual(expected);
  });

  it('skips clinicians by the words around the name when the text is given', () => {
    const text = 'Hi Maria, Sam Reyes, RN will call you. Kim Wu also called.';
    const findings = [nameFinding('Sam Reyes', text.indexOf('Sam')), nameFinding('Kim Wu', text.indexOf('Kim'))];
    const risk = analyze('maria@gmail.com', thread, POLICY, findings, text);
    expect(risk.messageSignals.find((s) => s.id === 'wrong_patient')?.reason)
      .toBe('This conversation is about Maria Lopez, but the message mentions Kim Wu: make sure it is the right patient');
  });

  it('is not raised when the thread patient is unknown', () => {
    expect(ids(analyze('maria@gmail.com', {}, POLICY, [nameFinding('John Smith')]), 'wrong_patient')).toEqual([]);
  });
});

describe('policy actions', () => {
  it('uses the action policy gives each signal, and the strongest overall', () => {
    const risk = analyze('nurse@acmehealth.org, bob@otherclinic.com');
    expect(risk.messageSignals.map((s) => [s.id, s.action])).toEqual([['mixed', 'note'], ['external', 'note']]);
    expect(risk.action).toBe('note');
    const strict = analyze('nurse@acmehealth.org, jane@acmehea1th.org', {}, policyWith({ signals: { lookalike: 'block' } }));
    expect(strict.action).toBe('block');
    expect(strict.messageSignals[0]?.id).toBe('lookalike'); // strongest first
    expect(recipientBlockedReasons(strict)).toEqual([
      'jane@acmehea1th.org looks like acmehealth.org but is a different domain (it uses look-alike characters)',
    ]);
  });

  it('reports none when nothing is wrong', () => {
    const risk = analyze('nurse@acmehealth.org, lab@partnerlabs.com');
    expect(risk.messageSignals).toEqual([]);
    expect(risk.action).toBe('none');
  });

  it('lists each message-wide or per-recipient signal once', () => {
    const risk = analyze('jane@gmail.com, cc:jane@gmail.com');
    expect(risk.messageSignals.filter((s) => s.id === 'personal_webmail')).toHaveLength(1);
    expect(risk.recipients.every((r) => r.signals.length === 1)).toBe(true);
  });
});

describe('shouldPrompt', () => {
  const lookalike = analyze('jane@acmehea1th.org');
  const external = analyze('bob@otherclinic.com');
  const optIn = policyWith({ promptWithoutPhi: true });
  it.each<[string, Verdict, RecipientRisk, Policy, boolean]>([
    ['PHI to a look-alike', PHI, lookalike, POLICY, true],
    ['PHI to an external (note only)', PHI, external, POLICY, false],
    ['PHI to an external that policy wants acknowledged', PHI, analyze('bob@otherclinic.com', {}, policyWith({ signals: { external: 'acknowledge' } })), policyWith({ signals: { external: 'acknowledge' } }), true],
    ['no PHI to a look-alike, default policy', NO_PHI, lookalike, POLICY, false],
    ['no PHI to a look-alike, promptWithoutPhi', NO_PHI, lookalike, optIn, true],
    ['no PHI to an external, promptWithoutPhi', NO_PHI, analyze('bob@otherclinic.com', {}, optIn), optIn, false],
    ['PHI to colleagues', PHI, analyze('nurse@acmehealth.org'), POLICY, false],
  ])('%s → %s', (_, verdict, risk, policy, expected) => {
    expect(shouldPrompt(verdict, risk, policy)).toBe(expected);
  });

  it('riskForMessage keeps only what applies', () => {
    const both = analyze('jane@acmehea1th.org, bob@otherclinic.com', {}, policyWith({ promptWithoutPhi: true }));
    expect(riskForMessage(PHI, both, POLICY).messageSignals.map((s) => s.id).sort()).toEqual(['external', 'lookalike']);
    expect(riskForMessage(NO_PHI, both, POLICY).messageSignals).toEqual([]);
    expect(riskForMessage(NO_PHI, both, POLICY).action).toBe('none');
    const optedIn = riskForMessage(NO_PHI, both, optIn);
    expect(optedIn.messageSignals.map((s) => s.id)).toEqual(['lookalike']);
    expect(optedIn.recipients.find((r) => r.address === 'bob@otherclinic.com')?.signals).toEqual([]);
    expect(recipientAcknowledgements(optedIn)).toHaveLength(1);
  });
});

describe('recipients the app routes by name (portal care teams, pools)', () => {
  it.each([
    ['Cardiology Team A'], ['Cardiology Team A <cardiology team a>'], ['Primary Care'], ['Maria Lopez'],
  ])('%s is internal and raises no external, personal, look-alike or first-time signal', (list) => {
    const risk = analyzeRecipients(parseRecipientList(list), { findings: [], verdict: PHI }, POLICY,
      { salt: 's', knownRecipientHashes: new Set() });
    expect(risk.recipients.map((r) => r.kind)).toEqual(['internal']);
    expect(risk.messageSignals).toEqual([]);
  });

  it('with an outside address beside it: the address is external (and mixed with the team), the team is not', () => {
    const risk = analyzeRecipients(parseRecipientList('Cardiology Team A, bob@otherclinic.com'), { findings: [], verdict: PHI }, POLICY);
    expect(risk.recipients.map((r) => [r.address, r.kind])).toEqual([['cardiology team a', 'internal'], ['bob@otherclinic.com', 'external']]);
    expect(risk.messageSignals.map((s) => s.id)).toEqual(['mixed', 'external']);
  });

  it('a name that looks like a look-alike domain is still a name without an address', () => {
    const risk = analyzeRecipients([{ address: 'acmehea1th.org team', field: 'to' }], { findings: [], verdict: PHI }, POLICY);
    expect(risk.messageSignals).toEqual([]);
  });
});

describe('parseRecipientList feeds the analysis', () => {
  it('reads a pasted list', () => {
    const risk = analyzeRecipients(parseRecipientList('Jane <jane@gmial.com>; nurse@acmehealth.org'), { findings: [], verdict: PHI }, POLICY);
    expect(risk.recipients.map((r) => [r.address, r.displayName, r.kind])).toEqual([
      ['jane@gmial.com', 'Jane', 'external'], ['nurse@acmehealth.org', undefined, 'internal'],
    ]);
  });
});
