import type { RawMatch, Recognizer } from './types';
import { allMatches } from './support/word-starts';

/**
 * URLs with a scheme or "www.", and bare domains ("microsoft.com", "google.co.il"). Bare domains only end in a TLD
 * from a short list that excludes English words and clinical abbreviations, so "e.g.", "Dr.Smith", "notes.txt",
 * "stable.No", "K.Ca" stay quiet. The host of an email address is the email's, never a URL.
 */

const HOST = '(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+(?:[A-Za-z]{2,24}|xn--[A-Za-z0-9-]{2,59})';
const IP_HOST = '\\[[0-9A-Fa-f:.]+\\]|\\d{1,3}(?:\\.\\d{1,3}){3}';
const PATH = "(?:[/?#][^\\s<>\"'`]*)?";
const PORT = '(?::\\d{1,5})?';

const WITH_SCHEME = new RegExp(`(?<![\\w])(?:https?|ftp)://(?:[^\\s/@<>"']+@)?(?:${HOST}|${IP_HOST}|localhost)${PORT}${PATH}`, 'gi');
const WWW = new RegExp(`(?<![\\w@./-])www\\.${HOST}${PORT}${PATH}`, 'gi');

const BARE_TLD = [
  'com', 'org', 'net', 'edu', 'gov', 'mil', 'int', 'info', 'biz', 'io', 'ai', 'app', 'dev', 'health', 'care',
  'site', 'online', 'tech', 'store', 'blog', 'cloud', 'clinic', 'hospital', 'uk', 'de', 'fr', 'nl', 'jp', 'cn',
  'ru', 'br', 'au', 'ch', 'se', 'eu', 'dk', 'cz', 'hu', 'es', 'gr', 'ie', 'il', 'nz', 'mx', 'za', 'fi', 'kr',
];
const SECOND_LEVEL = ['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'nhs'];
/** "com" or "COM", never "De" or "Ca" (a sentence glued by a missing space: "sedated.De", "K.Ca"). */
const caseVariants = (tlds: readonly string[]) => tlds.flatMap((t) => [t, t.toUpperCase()]).join('|');
const BARE = new RegExp(
  `(?<![\\w@./:-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+` +
    `(?:(?:${caseVariants(SECOND_LEVEL)})\\.(?:[a-z]{2}|[A-Z]{2})|${caseVariants(BARE_TLD)})(?![\\w-]|\\.[A-Za-z0-9])${PORT}${PATH}`,
  'g',
);

/**
 * What every bare domain contains: a dot, then a listed TLD (or second level) and no more of a word. One quick
 * search for it (the regex starts with a literal dot) spares running BARE, which tries every word of a note.
 */
const BARE_SUFFIX = new RegExp(`\\.(?:${caseVariants(SECOND_LEVEL)}|${caseVariants(BARE_TLD)})(?![\\w-])`);

const IP_HOST_URL = /^\w+:\/\/(?:[^/@]+@)?(?:\[|\d{1,3}(?:\.\d{1,3}){3}(?![\w.]))/;

/** Sentence punctuation that follows a URL is not part of it, but a ")" closing a "(" in the path is ("wiki/Foo_(bar)"). */
function trimTrailing(value: string): string {
  let end = value.length;
  while (end > 0 && '.,;:!?)]}\'"'.includes(value[end - 1]!)) {
    if (value[end - 1] === ')') {
      const body = value.slice(0, end);
      const opens = body.split('(').length - 1;
      const closes = body.split(')').length - 1;
      if (closes <= opens) break;
    }
    end--;
  }
  return value.slice(0, end);
}

export const url: Recognizer = {
  id: 'url',
  description: 'URLs with scheme or www., and bare domains with a known TLD',
  types: ['url'],
  find(ctx) {
    const out: RawMatch[] = [];
    const taken: [number, number][] = [];
    const add = (regex: RegExp, pattern: string, confidence: number) => {
      for (const m of allMatches(regex, ctx.text)) {
        const start = m.index!;
        let value = m[0];
        value = trimTrailing(value);
        const end = start + value.length;
        if (taken.some(([s, e]) => s < end && start < e)) continue;
        // A bare domain made of two short words of a sentence glued by a missing space ("ok.De") is too weak.
        const label = value.split('.')[0]!;
        if (pattern === 'bare domain' && label.length < 2) continue;
        taken.push([start, end]);
        // A URL whose host is an IP address: let the ip_address finding (more specific) win the merge.
        const ipHost = pattern === 'url with scheme' && IP_HOST_URL.test(value);
        out.push({ type: 'url', start, end, confidence: ipHost ? 0.6 : confidence, pattern });
      }
    };
    if (ctx.text.includes('://')) add(WITH_SCHEME, 'url with scheme', 0.9);
    if (ctx.lower.includes('www.')) add(WWW, 'www host', 0.85);
    if (BARE_SUFFIX.test(ctx.text)) add(BARE, 'bare domain', 0.6);
    return out;
  },
};
