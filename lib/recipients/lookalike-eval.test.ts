import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../policy/schema';
import { splitDomain } from './address';
import { findLookalike } from './lookalike';

/**
 * A measured sweep rather than hand-picked rows: every systematic variant of a set of health-system domains,
 * and a list of real unrelated domains that must stay quiet. Prints a table; asserts the floor.
 */
const ORGANIZATIONS = [
  'acmehealth.org', 'northwellhealth.org', 'mayoclinic.org', 'stanfordhealthcare.org', 'mountsinai.org',
  'partners.org', 'bswhealth.org', 'ucsf.edu', 'kp.org',
];

/** Real, unrelated domains a care team writes to (payers, labs, pharmacies, agencies, universities, vendors). */
const UNRELATED = [
  'aetna.com', 'anthem.com', 'cigna.com', 'humana.com', 'uhc.com', 'bcbs.com', 'optum.com', 'centene.com',
  'labcorp.com', 'questdiagnostics.com', 'cvs.com', 'walgreens.com', 'express-scripts.com', 'cms.hhs.gov',
  'hhs.gov', 'cdc.gov', 'va.gov', 'ssa.gov', 'medicare.gov', 'nih.gov', 'fda.gov', 'epic.com', 'cerner.com',
  'athenahealth.com', 'nextgen.com', 'allscripts.com', 'change-healthcare.com', 'availity.com', 'zocdoc.com',
  'clevelandclinic.org', 'hopkinsmedicine.org', 'massgeneral.org', 'brighamandwomens.org', 'nyulangone.org',
  'cedars-sinai.org', 'uchicagomedicine.org', 'pennmedicine.upenn.edu', 'med.umich.edu', 'ucla.edu',
  'harvard.edu', 'yale.edu', 'stanford.edu', 'umn.edu', 'utexas.edu', 'nhs.net', 'nhs.uk', 'intermountainhealthcare.org',
  'providence.org', 'sutterhealth.org', 'adventhealth.com', 'hcahealthcare.com', 'tenethealth.com', 'ascension.org',
  'commonspirit.org', 'trinity-health.org', 'atriumhealth.org', 'geisinger.org', 'ochsner.org', 'baptisthealth.net',
  'northshore.org', 'novanthealth.org', 'spectrumhealth.org', 'beaumont.org', 'henryford.com', 'uhhospitals.org',
  'ohiohealth.com', 'advocatehealth.com', 'sanfordhealth.org', 'essentiahealth.org', 'bannerhealth.com',
  'multicare.org', 'swedish.org', 'legacyhealth.org', 'kaiserpermanente.org', 'partnershealthplan.org',
  'mountsinaihealth.org', 'mayo.edu', 'northwell.edu', 'acmeinsurance.com', 'acme.com', 'healthacme.org',
  'microsoft.com', 'google.com', 'apple.com', 'amazon.com', 'zoom.us', 'docusign.net', 'fax.com', 'efax.com',
  'sfgov.org', 'nyc.gov', 'ca.gov', 'texas.gov', 'courts.ca.gov', 'lawfirm.com', 'smithlaw.com',
  'yahoo.co.uk', 'yahoo.fr', 'hotmail.co.uk', 'outlook.fr', 'gmx.de', 'gmx.net', 'web.de', 'mail.ru',
  'protonmail.ch', 'fastmail.com', 'hey.com', 'sbcglobal.net', 'cox.net', 'charter.net', 'bellsouth.net',
  // Public mail services and generic words one first letter away from a provider name (email/ymail ~ gmail,
  // cloud ~ icloud): other services, not imitations.
  'email.com', 'ymail.com', 'cloud.com', 'rocketmail.com', 'usa.com', 'post.com', 'inbox.com', 'email.net',
];

type Variant = [domain: string, family: string];

const HOMOGLYPHS: Record<string, string[]> = {
  l: ['1', 'I'], o: ['0', 'о'], m: ['rn'], w: ['vv'], a: ['а'], e: ['е'], c: ['с'], p: ['р'], d: ['cl'], i: ['1', 'l'],
};

function variantsOf(domain: string): Variant[] {
  const { name, suffix } = splitDomain(domain);
  const out: Variant[] = [];
  const at = (n: string, family: string) => out.push([`${n}.${suffix}`, family]);
  for (let i = 0; i + 1 < name.length; i++) {
    if (name[i] !== name[i + 1]) at(name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2), 'swapped letters');
  }
  for (let i = 0; i < name.length; i++) {
    at(name.slice(0, i) + name[i] + name.slice(i), 'doubled letter');
    if (name.length > 3) at(name.slice(0, i) + name.slice(i + 1), 'missing letter');
    for (const glyph of HOMOGLYPHS[name[i] ?? ''] ?? []) at(name.slice(0, i) + glyph + name.slice(i + 1), 'homoglyph');
  }
  for (const other of ['com', 'net', 'co', 'org', 'us', 'health', 'info']) {
    if (other !== suffix) out.push([`${name}.${other}`, 'other ending']);
  }
  out.push([`${domain}.mail-secure.com`, 'embedded'], [`${name}-${suffix.replace(/\./g, '-')}.com`, 'embedded']);
  if (name.length > 4) out.push([`${name.slice(0, 4)}-${name.slice(4)}.${suffix}`, 'embedded']);
  // Single-letter substitutions: within tolerance only for names of 5+ letters.
  if (name.length >= 5) for (let i = 1; i < name.length; i += 2) at(name.slice(0, i) + (name[i] === 'x' ? 'q' : 'x') + name.slice(i + 1), 'one letter changed');
  return out.filter(([d]) => d !== domain);
}

describe('look-alike sweep', () => {
  const personal = DEFAULT_POLICY.recipients.personalDomains;
  const rows = new Map<string, { total: number; caught: number; missed: string[] }>();
  for (const org of ORGANIZATIONS) {
    const references = { internal: [org], trusted: [], personal };
    for (const [domain, family] of variantsOf(org)) {
      const row = rows.get(family) ?? { total: 0, caught: 0, missed: [] };
      row.total++;
      if (findLookalike(domain, references)?.target === org) row.caught++;
      else row.missed.push(domain);
      rows.set(family, row);
    }
  }
  const falseAlarms = ORGANIZATIONS.flatMap((org) => {
    const references = { internal: [org], trusted: [], personal };
    return [...UNRELATED, ...ORGANIZATIONS.filter((o) => o !== org)]
      .map((domain) => [org, domain, findLookalike(domain, references)] as const)
      .filter(([, , m]) => m).map(([org, domain, m]) => `${domain} ~ ${m?.target} (${org} internal)`);
  });
  const checked = ORGANIZATIONS.length * (UNRELATED.length + ORGANIZATIONS.length - 1);

  it('prints the table', () => {
    const lines = [...rows].map(([family, r]) => `${family.padEnd(20)} ${String(r.caught).padStart(4)}/${String(r.total).padEnd(4)} ${(100 * r.caught / r.total).toFixed(1)}%${r.missed.length ? `  missed e.g. ${r.missed.slice(0, 4).join(', ')}` : ''}`);
    lines.push(`${'unrelated domains'.padEnd(20)} ${falseAlarms.length}/${checked} flagged${falseAlarms.length ? `: ${falseAlarms.slice(0, 6).join('; ')}` : ''}`);
    console.log(`look-alike sweep (${ORGANIZATIONS.length} organizations)\n${lines.join('\n')}`);
    expect(rows.size).toBeGreaterThan(5);
  });

  it.each(['swapped letters', 'doubled letter', 'homoglyph', 'other ending', 'embedded'])('catches every %s variant', (family) => {
    expect(rows.get(family)?.missed).toEqual([]);
  });

  it('catches nearly all missing and changed letters (short names tolerate none)', () => {
    for (const family of ['missing letter', 'one letter changed']) {
      const row = rows.get(family)!;
      expect(row.caught / row.total).toBeGreaterThanOrEqual(0.85);
    }
  });

  // The same systematic variants of the built-in personal-webmail providers, measured with no internal domain.
  const PROVIDERS = ['gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'icloud.com', 'protonmail.com'];
  const providerRows = new Map<string, { total: number; caught: number; missed: string[] }>();
  for (const provider of PROVIDERS) {
    for (const [domain, family] of variantsOf(provider)) {
      if (personal.includes(domain) || family === 'other ending') continue; // providers own many endings
      const row = providerRows.get(family) ?? { total: 0, caught: 0, missed: [] };
      row.total++;
      if (findLookalike(domain, { internal: [], trusted: [], personal })) row.caught++;
      else row.missed.push(domain);
      providerRows.set(family, row);
    }
  }

  it('prints the provider table', () => {
    const lines = [...providerRows].map(([family, r]) => `${family.padEnd(20)} ${String(r.caught).padStart(4)}/${String(r.total).padEnd(4)} ${(100 * r.caught / r.total).toFixed(1)}%${r.missed.length ? `  missed e.g. ${r.missed.slice(0, 4).join(', ')}` : ''}`);
    console.log(`provider look-alike sweep (${PROVIDERS.length} providers)\n${lines.join('\n')}`);
    expect(providerRows.size).toBeGreaterThan(4);
  });

  it.each(['swapped letters', 'doubled letter', 'homoglyph', 'embedded'])('catches every %s variant of a provider', (family) => {
    expect(providerRows.get(family)?.missed).toEqual([]);
  });

  it('catches a provider name missing a letter except the first (cloud is not icloud, otmail is the price)', () => {
    const row = providerRows.get('missing letter')!;
    expect(row.caught / row.total).toBeGreaterThanOrEqual(0.85);
  });

  it('stays quiet on real unrelated domains', () => {
    expect(falseAlarms.length / checked).toBeLessThanOrEqual(0.005);
  });
});
