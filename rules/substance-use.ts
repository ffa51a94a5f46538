import { defineLexiconRecognizer } from './lexicons/health/matcher';
import {
  SUBSTANCE_USE, SUBSTANCE_USE_ABBREVIATIONS, SUBSTANCE_USE_AMBIGUOUS, SUBSTANCE_USE_CUES,
} from './lexicons/health/sensitive';

const CURRENCY_NEAR = /(?:[$€£]\s?[\d,.]+|\d)\s*$/;

export const substanceUse = defineLexiconRecognizer({
  id: 'substance-use',
  description: 'Substance-use disorder and treatment (42 CFR Part 2): OUD, buprenorphine, methadone clinic, detox, MAT',
  type: 'substance_use',
  groups: [SUBSTANCE_USE, SUBSTANCE_USE_ABBREVIATIONS, SUBSTANCE_USE_AMBIGUOUS],
  cues: SUBSTANCE_USE_CUES,
  cueWindow: 80,
  reject: (ctx, start, end, group) => {
    const before = ctx.lower.slice(Math.max(0, start - 20), start);
    const after = ctx.lower.slice(end, end + 12);
    // "AUD 1,200" / "1,200 AUD" are Australian dollars.
    if (group === 'substance-use-ambiguous' && (/^\s*[$\d]/.test(after) || CURRENCY_NEAR.test(before))) return true;
    // "digital detox", "juice detox" are lifestyle talk.
    return /(?:digital|social media|juice|sugar|email|screen|phone)\s*$/.test(before) && /detox/.test(ctx.lower.slice(start, end));
  },
});
