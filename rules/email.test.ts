import { describe, expect, it } from 'vitest';
import { scan } from '../lib/detect/scan';
import { email } from './email';
import { reported } from './validators/testing';

const found = (text: string) => reported(email, text).map((m) => m.text);

describe('email recognizer', () => {
  it.each([
    ['my email address is info@presidio.site', 'info@presidio.site'],
    ['Reach me: jane.doe+clinic@mail.example.org.', 'jane.doe+clinic@mail.example.org'],
    ['user@xn--80ak6aa92e.com', 'user@xn--80ak6aa92e.com'],
    ['a@xn--d1acufc.xn--p1ai', 'a@xn--d1acufc.xn--p1ai'],
    ['(CC: J_Smith@hospital.health)', 'J_Smith@hospital.health'],
  ])('finds %j', (text, value) => {
    expect(found(text)).toContain(value);
  });

  it.each([
    ['my email is info@presidio.'],
    ['this is not an email: hello-world here'],
    ['@mention the team'],
    ['meet @ 3pm in room 4'],
    ['ratio 2@3 doses'],
    ['user@localhost'],
    ['jane..doe@example.com'],
  ])('ignores %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('produces an email finding and no url finding for the same address through scan()', () => {
    const findings = scan('Send results to jane.doe@example.com please').findings;
    expect(findings.filter((f) => f.type === 'email').map((f) => f.text)).toEqual(['jane.doe@example.com']);
    expect(findings.filter((f) => f.type === 'url')).toEqual([]);
  });
});
