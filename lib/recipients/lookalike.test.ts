import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../policy/schema';
import { damerauDistance, findLookalike, skeleton, type LookalikeTrick } from './lookalike';

const references = {
  internal: ['acmehealth.org'],
  trusted: ['partnerlabs.com'],
  personal: DEFAULT_POLICY.recipients.personalDomains,
};

describe('findLookalike flags imitations', () => {
  it.each<[string, string, LookalikeTrick]>([
    ['acmehea1th.org', 'acmehealth.org', 'lookalike_characters'], // digit one for l
    ['acrnehealth.org', 'acmehealth.org', 'lookalike_characters'], // rn for m
    ['acmeheaIth.org', 'acmehealth.org', 'lookalike_characters'], // capital I for l
    ['acmehealth.0rg', 'acmehealth.org', 'lookalike_characters'], // zero for o
    ['xn--cmehealth-zyh.org', 'acmehealth.org', 'lookalike_characters'], // Cyrillic а, punycode
    ['аcmehealth.org', 'acmehealth.org', 'lookalike_characters'], // Cyrillic а, unicode
    ['acmehéalth.org', 'acmehealth.org', 'lookalike_characters'], // accent
    ['acmeheallth.org', 'acmehealth.org', 'doubled_letter'],
    ['acmehealt.org', 'acmehealth.org', 'misspelled'],
    ['acmheealth.org', 'acmehealth.org', 'swapped_letters'],
    ['acmehaelth.org', 'acmehealth.org', 'swapped_letters'],
    ['acmewelth.org', 'acmehealth.org', 'misspelled'], // two edits on a long name
    ['acmehealth.co', 'acmehealth.org', 'other_ending'],
    ['acmehealth.com', 'acmehealth.org', 'other_ending'],
    ['acmehealth.co.uk', 'acmehealth.org', 'other_ending'],
    ['acmehea1th.net', 'acmehealth.org', 'other_ending'],
    ['acmehealth.org.evil.com', 'acmehealth.org', 'embedded'],
    ['acmehealth.secure-mail.com', 'acmehealth.org', 'embedded'],
    ['acme-health.org', 'acmehealth.org', 'embedded'],
    ['acmehealth-org.com', 'acmehealth.org', 'embedded'],
    ['acmehealth-secure.net', 'acmehealth.org', 'embedded'],
    ['mail.acmehea1th.org', 'acmehealth.org', 'lookalike_characters'], // subdomain of a fake is still fake
    ['partnerlab.com', 'partnerlabs.com', 'misspelled'],
    ['partnerlabs.net', 'partnerlabs.com', 'other_ending'],
    ['gmial.com', 'gmail.com', 'swapped_letters'],
    ['gmaill.com', 'gmail.com', 'doubled_letter'],
    ['gmai1.com', 'gmail.com', 'lookalike_characters'],
    ['gmail.co', 'gmail.com', 'misspelled'],
    ['gmail.con', 'gmail.com', 'misspelled'],
    ['yahooo.com', 'yahoo.com', 'doubled_letter'],
    ['hotrnail.com', 'hotmail.com', 'lookalike_characters'],
    ['a0l.com', 'aol.com', 'lookalike_characters'],
    ['gmail.com.evil.org', 'gmail.com', 'embedded'],
    // Typos keep the first letter; a swap or a look-alike glyph at the start is still an imitation.
    ['gmil.com', 'gmail.com', 'misspelled'],
    ['gnail.com', 'gmail.com', 'misspelled'],
    ['iclod.com', 'icloud.com', 'misspelled'],
    ['outlok.com', 'outlook.com', 'doubled_letter'],
    ['mgail.com', 'gmail.com', 'swapped_letters'],
    ['1cloud.com', 'icloud.com', 'lookalike_characters'],
    ['rnail.com', 'mail.com', 'lookalike_characters'],
  ])('%s imitates %s (%s)', (domain, target, trick) => {
    const found = findLookalike(domain, references);
    expect(found?.target).toBe(target);
    expect(found?.trick).toBe(trick);
  });

  it('names where the mail really goes', () => {
    expect(findLookalike('acmehealth.org.evil.com', references)?.actual).toBe('evil.com');
    expect(findLookalike('mail.acmehea1th.org', references)?.actual).toBe('acmehea1th.org');
  });
});

describe('findLookalike leaves real and unrelated domains alone', () => {
  it.each([
    'acmehealth.org', 'sub.acmehealth.org', 'mail.sub.acmehealth.org', 'ACMEHEALTH.ORG', 'acmehealth.org.',
    'partnerlabs.com', 'labs.partnerlabs.com', 'gmail.com', 'hotmail.com', 'me.com',
    'example.com', 'stanford.edu', 'kp.org', 'mayo.edu', 'acme.org', 'acmehealthcare.org', 'healthacme.org',
    'optum.com', 'labcorp.com', 'questdiagnostics.com', 'nhs.net', 'cornell.edu',
    // Personal providers own many endings; a country ending is not an imitation of the .com.
    'yahoo.co.uk', 'outlook.fr', 'gmx.de', 'protonmail.ch', 'live.ca', 'aol.co.uk',
    // Short provider names are everyday words: near misses of them are other businesses.
    'love.com', 'mail.someclinic.org', 'live.example.org', 'mad.com', 'msn.org', 'att.com',
    'localhost', '',
  ])('%s is not a look-alike', (domain) => {
    expect(findLookalike(domain, references)).toBeUndefined();
  });

  // Public webmail and generic domains are real services, not imitations: a short provider name with another
  // first letter is another word (email/ymail vs gmail, cloud vs icloud).
  const PUBLIC = ['gmail.com', 'email.com', 'mail.com', 'cloud.com', 'icloud.com', 'outlook.com', 'ymail.com',
    'hotmail.com', 'yahoo.com', 'aol.com', 'gmx.com', 'fastmail.com', 'hey.com', 'usa.com', 'post.com', 'inbox.com',
    'email.net', 'cloud.net', 'mymail.com', 'webmail.com'];
  it.each(PUBLIC)('%s is not a look-alike of the internal, partner or provider domains', (domain) => {
    expect(findLookalike(domain, references)).toBeUndefined();
  });
  it.each(PUBLIC)('%s is not a look-alike of the internal or partner domains with no provider list', (domain) => {
    expect(findLookalike(domain, { internal: ['acmehealth.org', 'med.acme.edu'], trusted: ['partnerlabs.com', 'labs.partner.com'], personal: [] })).toBeUndefined();
  });

  it('a sibling of an internal subdomain belongs to the same owner', () => {
    expect(findLookalike('law.acme.edu', { internal: ['med.acme.edu'], trusted: [], personal: [] })).toBeUndefined();
  });

  it('a domain listed as trusted is not a look-alike of a similar internal one', () => {
    const refs = { internal: ['acmehealth.org'], trusted: ['acmehealth.com'], personal: [] };
    expect(findLookalike('acmehealth.com', refs)).toBeUndefined();
    expect(findLookalike('acmehealth.net', refs)?.target).toBe('acmehealth.org');
  });
});

describe('skeleton and distance', () => {
  it.each([
    ['acrnehealth', 'acmehealth'], ['gmai1', 'gmail'], ['ԁоctor', 'doctor'], ['vvest', 'west'], ['0ak', 'oak'],
  ])('%s reads like %s', (a, b) => expect(skeleton(a)).toBe(skeleton(b)));

  it.each([
    ['gmail', 'gmial', 1], ['acmehealth', 'acmheealth', 1], ['acmehealth', 'acmehealth', 0],
    ['abc', 'xyz', 3], ['kitten', 'sitting', 3], ['', 'abc', 3],
  ])('damerauDistance(%s, %s) = %i', (a, b, d) => expect(damerauDistance(a, b)).toBe(d));

  it('stops early past the limit', () => expect(damerauDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3));
});
