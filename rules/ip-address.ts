import { cueMatcher } from '../lib/detect/cues';
import type { RawMatch, Recognizer, ScanContext } from './types';
import { allMatches } from './support/word-starts';

/** IPv4 (every octet 0-255) and IPv6 (full, "::"-compressed, with embedded IPv4, zone id and CIDR prefix). */

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4_SOURCE = `${OCTET}(?:\\.${OCTET}){3}`;
const IPV4 = new RegExp(`(?<![\\w./])${IPV4_SOURCE}(?!\\w)(?:/(?:3[0-2]|[12]?\\d)(?![\\w/]))?`, 'g');
const IPV4_EXACT = new RegExp(`^${IPV4_SOURCE}$`);
const isHexOrDot = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102) || c === 46;
const WORD_CHAR = /[\w:.]/;

/**
 * Runs of hex digits, dots and colons that contain a colon and do not continue a word ("Note:" is not one);
 * validated by `ipv6Valid`. Found from each colon outwards: a regex tried at every position of a long note
 * cost more than the rest of this recognizer.
 */
function* ipv6Runs(text: string): Generator<{ start: number; run: string }> {
  for (let colon = text.indexOf(':'); colon !== -1; ) {
    let start = colon;
    while (start > 0 && isHexOrDot(text.charCodeAt(start - 1))) start--;
    if (start > 0 && WORD_CHAR.test(text[start - 1]!)) { colon = text.indexOf(':', colon + 1); continue; }
    let end = colon + 1;
    while (end < text.length && (isHexOrDot(text.charCodeAt(end)) || text.charCodeAt(end) === 58)) end++;
    yield { start, run: text.slice(start, end) };
    colon = text.indexOf(':', end);
  }
}
const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;
const ZONE = /^%[0-9A-Za-z_.]+/;
const PREFIX = /^\/(12[0-8]|1[01]\d|[1-9]?\d)(?![\w/])/;
/** "Version 1.2.3.4", "build: 10.0.0.1": a four-part version number, not an address. */
const VERSION_BEFORE = /(?<![\p{L}\p{N}])(?:version|ver\.?|build|release|rev\.?|revision|firmware|update)[\s:#]*$/iu;
const CUES = cueMatcher(['ip', 'ip address', 'ipv4', 'ipv6', 'address', 'host', 'server', 'gateway', 'subnet']);

export function ipv6Valid(candidate: string): boolean {
  const halves = candidate.split('::');
  if (halves.length > 2) return false;
  const parse = (part: string): number | undefined => {
    if (part === '') return 0;
    const groups = part.split(':');
    let count = 0;
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i]!;
      if (HEX_GROUP.test(g)) count++;
      else if (i === groups.length - 1 && IPV4_EXACT.test(g)) count += 2;
      else return undefined;
    }
    return count;
  };
  if (halves.length === 2) {
    const left = parse(halves[0]!);
    const right = parse(halves[1]!);
    // An embedded IPv4 may only end the address.
    if (left === undefined || right === undefined || halves[0]!.includes('.')) return false;
    return left + right <= 7;
  }
  return parse(candidate) === 8;
}

function findIpv6(ctx: ScanContext, out: RawMatch[]): void {
  for (const { start, run } of ipv6Runs(ctx.text)) {
    const value = run.replace(/\.+$/, '');
    let end = start + value.length;
    const next = ctx.text[end];
    // "fe80::1text" and "std::cout" run on into a word.
    if (next !== undefined && /\w/.test(next) && ctx.text[end - 1] !== '.') continue;
    // "1:2:3:4:5:6:7:8" is a ratio or a score line, not an address someone typed.
    if (!ipv6Valid(value) || (!value.includes('::') && /^(?:\d{1,2}:)+\d{1,2}$/.test(value))) continue;
    const zone = ZONE.exec(ctx.text.slice(end, end + 32));
    if (zone) end += zone[0].length;
    const prefix = PREFIX.exec(ctx.text.slice(end, end + 6));
    if (prefix) end += prefix[0].length;
    const cue = CUES.before(ctx.lower, start, 30);
    const bare = value === '::';
    out.push({ type: 'ip_address', start, end, confidence: Math.min(1, (bare ? 0.55 : 0.8) + (cue ? 0.15 : 0)),
      pattern: bare ? 'ipv6 unspecified' : 'ipv6', validator: 'pass', cue });
  }
}

export const ipAddress: Recognizer = {
  id: 'ip-address',
  description: 'IPv4 and IPv6 addresses',
  types: ['ip_address'],
  find(ctx) {
    const out: RawMatch[] = [];
    for (const m of allMatches(IPV4, ctx.text)) {
      if (VERSION_BEFORE.test(ctx.text.slice(Math.max(0, m.index! - 14), m.index!))) continue;
      const cue = CUES.before(ctx.lower, m.index!, 30);
      out.push({ type: 'ip_address', start: m.index!, end: m.index! + m[0].length, confidence: cue ? 0.85 : 0.65,
        pattern: 'ipv4', validator: 'pass', cue });
    }
    findIpv6(ctx, out);
    return out;
  },
};
