import { describe, expect, it } from 'vitest';
import { domainOf, isWithin, normalizeAddress, parseRecipientList, splitDomain } from './address';

describe('parseRecipientList', () => {
  it.each([
    ['a@x.org', [{ address: 'a@x.org', field: 'to' }]],
    ['a@x.org, b@y.com', [{ address: 'a@x.org', field: 'to' }, { address: 'b@y.com', field: 'to' }]],
    ['a@x.org;b@y.com;', [{ address: 'a@x.org', field: 'to' }, { address: 'b@y.com', field: 'to' }]],
    ['Jane Doe <Jane.Doe@X.org>', [{ address: 'jane.doe@x.org', displayName: 'Jane Doe', field: 'to' }]],
    ['"Doe, Jane" <jane@x.org>, Bob <bob@y.com>', [
      { address: 'jane@x.org', displayName: 'Doe, Jane', field: 'to' },
      { address: 'bob@y.com', displayName: 'Bob', field: 'to' },
    ]],
    ['<only@x.org>', [{ address: 'only@x.org', field: 'to' }]],
    ['  mailto:a@x.org  ', [{ address: 'a@x.org', field: 'to' }]],
    ['', []],
    [' , ; ', []],
    ['""', []],
    // A care team or pool the portal routes by name: no address, the name kept as written.
    ['Cardiology Team A', [{ address: 'cardiology team a', displayName: 'Cardiology Team A', field: 'to' }]],
    ['Cardiology Team A <cardiology team a>', [{ address: 'cardiology team a', displayName: 'Cardiology Team A', field: 'to' }]],
    ['"Lopez, Maria", nurse@x.org', [
      { address: 'lopez, maria', displayName: 'Lopez, Maria', field: 'to' }, { address: 'nurse@x.org', field: 'to' },
    ]],
  ])('%j', (input, expected) => {
    expect(parseRecipientList(input)).toEqual(expected);
  });

  it('puts every recipient in the field asked for', () => {
    expect(parseRecipientList('a@x.org, b@y.org', 'cc').map((r) => r.field)).toEqual(['cc', 'cc']);
  });
});

describe('address helpers', () => {
  it.each([
    ['Jane@Example.ORG', 'jane@example.org', 'example.org'],
    [' <bob@mail.example.com.> ', 'bob@mail.example.com.', 'mail.example.com'],
    ['no-at-sign', 'no-at-sign', ''],
  ])('%j normalizes to %s in %s', (input, address, domain) => {
    expect(normalizeAddress(input)).toBe(address);
    expect(domainOf(input)).toBe(domain);
  });

  it.each([
    ['acmehealth.org', 'acmehealth.org', true], ['mail.acmehealth.org', 'acmehealth.org', true],
    ['evilacmehealth.org', 'acmehealth.org', false], ['acmehealth.org.evil.com', 'acmehealth.org', false],
    ['acmehealth.org', 'ACMEHEALTH.ORG', true], ['x.org', '', false],
  ])('isWithin(%s, %s) = %s', (domain, parent, expected) => expect(isWithin(domain, parent)).toBe(expected));

  it.each([
    ['acmehealth.org', [], 'acmehealth', 'org'],
    ['mail.acmehealth.org', ['mail'], 'acmehealth', 'org'],
    ['acmehealth.co.uk', [], 'acmehealth', 'co.uk'],
    ['a.b.nhs.uk', ['a'], 'b', 'nhs.uk'],
    ['co.uk', [], 'co', 'uk'],
  ])('splitDomain(%s)', (domain, subdomain, name, suffix) => {
    expect(splitDomain(domain)).toMatchObject({ subdomain, name, suffix });
  });
});
