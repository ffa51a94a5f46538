import type { Finding } from '../detect/types';

/** Titles and suffixes that are not part of who the person is. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'doctor', 'prof', 'jr', 'sr', 'ii', 'iii', 'iv']);
/** Words right before or after a name that say it is a clinician, not a patient ("Dr. Patel", "Lee, MD"). */
const CLINICIAN_BEFORE = /\b(dr|doctor|nurse|prof|provider|physician|np|pa|rn)\.?\s*$/i;
const CLINICIAN_AFTER = /^,?\s*(md|do|rn|np|pa-c|pa|lcsw|lpn|aprn|phd|psyd|dds|pharmd)\b/i;

/** The words of a name, lower case, without accents, titles or possessives ("Ms. García-Lopez's" → garcia, lopez). */
export function nameTokens(name: string): string[] {
  return name
    .normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}]+/u)
    .filter((token) => token && !HONORIFICS.has(token));
}

const sameToken = (a: string, b: string): boolean =>
  a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));

/**
 * Could these two names be the same person? Every word of the shorter must match a word of the longer,
 * so "Ms. Lopez", "Maria" and "M. Lopez" fit "Maria Lopez", while "Maria Smith" does not.
 */
export function couldBeSamePerson(a: string, b: string): boolean {
  const x = nameTokens(a);
  const y = nameTokens(b);
  if (!x.length || !y.length) return true; // nothing to compare: do not accuse
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  return shorter.every((token) => longer.some((other) => sameToken(token, other)));
}

/** Is this name finding a clinician's (titled or credentialed in the text around it)? */
function isClinician(finding: Finding, text: string | undefined): boolean {
  if (/^(dr|doctor)\b/i.test(finding.text.trim())) return true;
  if (text === undefined) return false;
  return CLINICIAN_BEFORE.test(text.slice(Math.max(0, finding.start - 12), finding.start)) ||
    CLINICIAN_AFTER.test(text.slice(finding.end, finding.end + 12));
}

/** Names in the message that cannot be the thread's patient, each once, in the order they appear. */
export function otherPatientNames(
  findings: readonly Finding[], threadPatientName: string, text?: string,
): string[] {
  const seen = new Map<string, string>();
  for (const finding of findings) {
    if (finding.type !== 'name' || isClinician(finding, text)) continue;
    if (couldBeSamePerson(finding.text, threadPatientName)) continue;
    const key = nameTokens(finding.text).join(' ');
    if (key && !seen.has(key)) seen.set(key, finding.text.trim());
  }
  return [...seen.values()];
}
