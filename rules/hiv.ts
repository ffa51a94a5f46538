import { defineLexiconRecognizer } from './lexicons/health/matcher';
import {
  HIV_ABBREVIATIONS, HIV_AMBIGUOUS, HIV_AMBIGUOUS_MORE, HIV_CUES, HIV_CUES_MORE, HIV_MORE, HIV_TERMS, DONE_TO_PATIENT
} from './lexicons/health/sensitive';

/** The run of non-space characters around a match: a web address if it has "://", "www." or a path slash. */
function insideUrl(text: string, start: number, end: number): boolean {
  let a = start;
  let b = end;
  while (a > 0 && !/\s/.test(text[a - 1]!)) a--;
  while (b < text.length && !/\s/.test(text[b]!)) b++;
  const token = text.slice(a, b);
  return /:\/\/|^www\.|\.(?:org|com|net|edu|gov)\//i.test(token);
}

export const hiv = defineLexiconRecognizer({
  id: 'hiv',
  description: 'HIV status, testing, viral load and viremia, CD4, resistance testing, PrEP and antiretroviral therapy',
  type: 'hiv',
  alsoAs: { type: 'procedure', when: DONE_TO_PATIENT },
  groups: [HIV_TERMS, HIV_ABBREVIATIONS, HIV_AMBIGUOUS, HIV_MORE, HIV_AMBIGUOUS_MORE],
  cues: [...HIV_CUES, ...HIV_CUES_MORE],
  cueWindow: 80,
  reject: (ctx, start, end) => {
    // "AIDS" in capitals is still the word "aids" in a heading like "HEARING AIDS" or "VISUAL AIDS".
    if (ctx.text.slice(start, end) === 'AIDS' && /(?:HEARING|VISUAL|TEACHING|STUDY|FIRST)\s*$/.test(ctx.text.slice(Math.max(0, start - 12), start))) return true;
    // "seropositive rheumatoid arthritis", "seronegative RA": antibodies of another disease.
    if (/^sero(?:positive|negative)$/.test(ctx.lower.slice(start, end)) &&
      /^\s+(?:rheumatoid|ra\b|arthritis|inflammatory|spondyl|for\s+(?:cmv|hsv|hbv|hcv|toxo|varicella|rubella|measles|lyme))/.test(ctx.lower.slice(end, end + 30))) return true;
    // "BK viremia", "CMV viremia": another virus in the blood, not HIV.
    if (/^viremi[ac]/.test(ctx.lower.slice(start, end)) && /(?:bk|cmv|ebv|hbv|hcv|hhv-?\d|adenovirus|adeno|parvovirus)[\s-]*(?:virus\s+)?$/.test(ctx.lower.slice(Math.max(0, start - 14), start))) return true;
    // A web address ("events.example.org/hiv-symposium") names a page, not a person's status.
    return insideUrl(ctx.text, start, end);
  },
});
