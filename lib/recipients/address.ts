import type { Recipient, RecipientField } from './types';

/** The form we compare and hash addresses in: trimmed, angle brackets and mailto: gone, lower case. */
export function normalizeAddress(address: string): string {
  return address.trim().replace(/^mailto:/i, '').replace(/^<|>$/g, '').trim().normalize('NFC').toLowerCase();
}

/** The domain part of an address, lower case, without a trailing dot ('' when there is no "@"). */
export function domainOf(address: string): string {
  const normalized = normalizeAddress(address);
  const at = normalized.lastIndexOf('@');
  return at < 0 ? '' : normalizeDomain(normalized.slice(at + 1));
}

export function localPartOf(address: string): string {
  const normalized = normalizeAddress(address);
  const at = normalized.lastIndexOf('@');
  return at < 0 ? normalized : normalized.slice(0, at);
}

export function normalizeDomain(domain: string): string {
  return domain.trim().normalize('NFKC').toLowerCase().replace(/^@/, '').replace(/\.+$/, '');
}

/** `domain` is `parent` itself or one of its subdomains (mail.acmehealth.org is inside acmehealth.org). */
export function isWithin(domain: string, parent: string): boolean {
  const p = normalizeDomain(parent);
  return p !== '' && (domain === p || domain.endsWith(`.${p}`));
}

/**
 * Second-level labels under which ccTLDs register names (acmehealth.co.uk). An approximation of the
 * public suffix list that is good enough to find the name a person would read in a domain.
 */
const SECOND_LEVEL = new Set([
  'co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'nhs', 'sch', 'ltd', 'plc', 'me', 'or', 'ne', 'go', 'gob',
  'mil', 'nic', 'med', 'health',
]);

export interface DomainParts {
  /** Labels left of the registered name ("mail" in mail.acmehealth.org). */
  subdomain: string[];
  /** The registered name a reader recognizes ("acmehealth"). */
  name: string;
  /** The public suffix ("org", "co.uk"). */
  suffix: string;
  /** name + suffix: what someone must own to receive the mail ("acmehealth.org"). */
  registrable: string;
}

export function splitDomain(domain: string): DomainParts {
  const labels = normalizeDomain(domain).split('.').filter(Boolean);
  const last = labels[labels.length - 1] ?? '';
  const secondLast = labels[labels.length - 2] ?? '';
  const suffixLength = labels.length >= 3 && last.length === 2 && SECOND_LEVEL.has(secondLast) ? 2 : 1;
  if (labels.length <= suffixLength) return { subdomain: [], name: labels.join('.'), suffix: '', registrable: labels.join('.') };
  const suffixLabels = labels.slice(labels.length - suffixLength);
  const name = labels[labels.length - suffixLength - 1] ?? '';
  return {
    subdomain: labels.slice(0, labels.length - suffixLength - 1),
    name,
    suffix: suffixLabels.join('.'),
    registrable: [name, ...suffixLabels].join('.'),
  };
}

/**
 * Parse what a person types or pastes into a recipient field: `a@x.org, "Doe, Jane" <jane@y.com>; Bob <b@z>`.
 * Commas and semicolons separate recipients except inside quotes or angle brackets.
 */
export function parseRecipientList(list: string, field: RecipientField = 'to'): Recipient[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  let angle = false;
  for (const ch of list) {
    if (ch === '"') quoted = !quoted;
    else if (ch === '<' && !quoted) angle = true;
    else if (ch === '>' && !quoted) angle = false;
    if ((ch === ',' || ch === ';' || ch === '\n') && !quoted && !angle) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);

  const recipients: Recipient[] = [];
  for (const part of parts) {
    const text = part.trim();
    if (!text) continue;
    const bracketed = /^(.*)<([^<>]*)>\s*$/s.exec(text);
    if (bracketed) {
      const displayName = (bracketed[1] ?? '').trim().replace(/^"(.*)"$/s, '$1').trim();
      const address = normalizeAddress(bracketed[2] ?? '');
      if (!address) continue;
      recipients.push(displayName ? { address, displayName, field } : { address, field });
    } else {
      const unquoted = text.replace(/^"(.*)"$/s, '$1').trim();
      const address = normalizeAddress(unquoted);
      // A bare name ("Cardiology Team A") is routed by the app, not an address: keep it as written for display.
      if (!address) continue;
      recipients.push(address.includes('@') ? { address, field } : { address, displayName: unquoted, field });
    }
  }
  return recipients;
}
