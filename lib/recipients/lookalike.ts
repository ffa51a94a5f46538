import { isWithin, normalizeDomain, splitDomain } from './address';
import { toUnicodeDomain } from './punycode';
import { damerauDistance } from '../detect/edit-distance';

export { damerauDistance };

/**
 * Characters that render like a Latin letter: Cyrillic and Greek homoglyphs, digits, and letter pairs that read
 * as one letter. Both sides of a comparison are reduced to this skeleton, so only the look matters.
 */
const CONFUSABLE_CHARS: Record<string, string> = {
  // Cyrillic
  'а': 'a', 'в': 'b', 'е': 'e', 'ё': 'e', 'к': 'k', 'м': 'm', 'н': 'h', 'о': 'o', 'р': 'p', 'с': 'c', 'т': 't',
  'у': 'y', 'х': 'x', 'ѕ': 's', 'і': 'l', 'ї': 'l', 'ј': 'j', 'ԁ': 'd', 'һ': 'h', 'ӏ': 'l', 'ԛ': 'q', 'ԝ': 'w',
  'ɡ': 'g', 'ո': 'n', 'ս': 'u', 'ց': 'g',
  // Greek
  'α': 'a', 'β': 'b', 'ε': 'e', 'ι': 'l', 'κ': 'k', 'ν': 'v', 'ο': 'o', 'ρ': 'p', 'τ': 't', 'υ': 'u', 'χ': 'x',
  'ω': 'w',
  // Digits and Latin letters that share a shape (i, l, 1 and | are one stroke).
  '0': 'o', '1': 'l', 'i': 'l', '|': 'l', 'ı': 'l',
};
const CONFUSABLE_PAIRS: [RegExp, string][] = [[/rn/g, 'm'], [/vv/g, 'w'], [/cl/g, 'd']];

/** Diacritics and single look-alike characters reduced to one form (letter pairs left alone). */
function glyphs(text: string): string {
  const stripped = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  let out = '';
  for (const ch of stripped) out += CONFUSABLE_CHARS[ch] ?? ch;
  return out;
}

/** What a domain looks like, with diacritics, homoglyphs and look-alike letter pairs reduced to one form. */
export function skeleton(text: string): string {
  let out = glyphs(text);
  for (const [pair, letter] of CONFUSABLE_PAIRS) out = out.replace(pair, letter);
  return out;
}

/**
 * Both readings of a pair of names: with letter pairs merged (acrnehealth = acmehealth) and without, because
 * merging can also hide a plain typo (parners has "rn" where partners has "rtn").
 */
const readings = (a: string, b: string): [string, string][] => [[skeleton(a), skeleton(b)], [glyphs(a), glyphs(b)]];

/** Runs of one letter collapsed, so "acmeheallth" and "acmehealth" compare equal. */
const collapseDoubles = (text: string): string => text.replace(/(.)\1+/gu, '$1');

/** Edits tolerated before a name stops "looking like" another: short names need closer matches. */
function toleranceFor(name: string): number {
  const length = [...name].length;
  return length >= 7 ? 2 : length >= 5 ? 1 : 0;
}

/** True when b is a with exactly one pair of neighbouring letters swapped. */
function isSingleSwap(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const diff = [...a].map((ch, i) => (ch === b[i] ? -1 : i)).filter((i) => i >= 0);
  return diff.length === 2 && diff[1] === (diff[0] ?? -2) + 1 && a[diff[0] ?? 0] === b[diff[1] ?? 0] && a[diff[1] ?? 0] === b[diff[0] ?? 0];
}

export type LookalikeTrick =
  | 'lookalike_characters' | 'swapped_letters' | 'doubled_letter' | 'misspelled' | 'other_ending' | 'embedded';

export interface LookalikeMatch {
  /** The real domain the recipient's domain imitates. */
  target: string;
  targetKind: 'internal' | 'trusted' | 'personal';
  trick: LookalikeTrick;
  /** The domain the mail actually goes to (what someone must own to receive it). */
  actual: string;
  /** A short plain-language explanation of the trick. */
  detail: string;
}

export interface LookalikeReferences {
  internal: readonly string[];
  trusted: readonly string[];
  personal: readonly string[];
}

/** Compare one domain against one real domain; the first trick found wins, strongest evidence first. */
function compare(domain: string, target: string, targetKind: LookalikeMatch['targetKind']): LookalikeMatch | undefined {
  const shown = toUnicodeDomain(domain);
  const d = splitDomain(shown);
  const t = splitDomain(target);
  // Someone who owns the same registered domain owns the real one: a sibling subdomain is not an imitation.
  if (!t.name || d.registrable === t.registrable) return undefined;
  const match = (trick: LookalikeTrick, detail: string): LookalikeMatch =>
    ({ target, targetKind, trick, actual: d.registrable, detail });

  const targetLabels = normalizeDomain(target).split('.');
  const labels = shown.split('.');
  const embeddedAt = labels.findIndex((_, i) => targetLabels.every((label, k) => labels[i + k] === label));
  // Short provider names ("mail", "live") are everyday words in real subdomains; require a longer name there.
  const minimumName = targetKind === 'personal' ? 5 : 4;
  const nameInSubdomain = t.name.length >= minimumName && d.subdomain.includes(t.name);
  const hyphenParts = d.name.split('-');
  const dehyphenated = d.name.replace(/-/g, '');
  // "kp-org.com" spells out the whole real domain, which is specific enough even for a short name.
  const nameWithHyphens = d.name.includes('-') && (dehyphenated === t.registrable.replace(/\./g, '') ||
    (t.name.length >= minimumName && (hyphenParts.includes(t.name) || dehyphenated === t.name)));
  if (embeddedAt >= 0 || nameInSubdomain || nameWithHyphens) {
    return match('embedded', `it only contains "${t.name}"; the mail goes to ${d.registrable}`);
  }

  const nonAscii = /[^\x00-\x7f]/.test(shown);
  const full = readings(d.registrable, t.registrable);
  if (full.some(([a, b]) => a === b)) {
    return match('lookalike_characters', nonAscii ? 'it uses foreign look-alike letters' : 'it uses look-alike characters');
  }
  if (full.some(([a, b]) => collapseDoubles(a) === collapseDoubles(b))) return match('doubled_letter', 'a letter is doubled or missing');
  if (full.some(([a, b]) => isSingleSwap(a, b))) return match('swapped_letters', 'two letters are swapped');
  // Provider names are short common words: one edit is enough to catch gmial/hotmal without flagging the web.
  const tolerance = targetKind === 'personal' ? Math.min(toleranceFor(t.name), 1) : toleranceFor(t.name);
  // A short provider name with another first letter is another word, often another provider: email/ymail are
  // not gmail, cloud is not icloud. Typos keep the first letter (gmial, gmai, hotmal); swaps, doubled letters
  // and look-alike characters at the start are still caught above and by the checks in `near`.
  const editAllowed = (a: string, b: string): boolean => targetKind !== 'personal' || a[0] === b[0];
  const near = (pairs: [string, string][]): boolean =>
    pairs.some(([a, b]) => a === b || collapseDoubles(a) === collapseDoubles(b) || isSingleSwap(a, b) ||
      (tolerance > 0 && editAllowed(a, b) && damerauDistance(a, b, tolerance) <= tolerance));
  if (near(full)) {
    return match('misspelled', nonAscii ? 'it uses foreign look-alike letters' : 'it is spelled slightly differently');
  }
  // The organization's own name under another ending is a classic trap; personal providers do own many endings.
  if (targetKind !== 'personal' && d.suffix !== t.suffix && near(readings(d.name, t.name))) {
    return match('other_ending', `it ends in .${d.suffix} instead of .${t.suffix}`);
  }
  return undefined;
}

/**
 * Does `domain` look like one of the organization's own, a partner's, or a well-known personal domain
 * without being it? A real domain or any subdomain of one is never a look-alike.
 */
export function findLookalike(domain: string, references: LookalikeReferences): LookalikeMatch | undefined {
  const d = normalizeDomain(domain);
  if (!d.includes('.')) return undefined;
  const all = [...references.internal, ...references.trusted, ...references.personal];
  if (all.some((real) => isWithin(d, real))) return undefined;
  const ordered: [string, LookalikeMatch['targetKind']][] = [
    ...references.internal.map((r) => [normalizeDomain(r), 'internal'] as [string, 'internal']),
    ...references.trusted.map((r) => [normalizeDomain(r), 'trusted'] as [string, 'trusted']),
    ...references.personal.map((r) => [normalizeDomain(r), 'personal'] as [string, 'personal']),
  ];
  for (const [target, kind] of ordered) {
    const found = compare(d, target, kind);
    if (found) return found;
  }
  return undefined;
}
