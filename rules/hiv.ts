import { defineLexiconRecognizer } from './lexicons/health/matcher';
import { HIV_ABBREVIATIONS, HIV_AMBIGUOUS, HIV_CUES, HIV_TERMS } from './lexicons/health/sensitive';

export const hiv = defineLexiconRecognizer({
  id: 'hiv',
  description: 'HIV status, testing, viral load, CD4, PrEP and antiretroviral therapy',
  type: 'hiv',
  groups: [HIV_TERMS, HIV_ABBREVIATIONS, HIV_AMBIGUOUS],
  cues: HIV_CUES,
  cueWindow: 80,
  // "AIDS" in capitals is still the word "aids" in a heading like "HEARING AIDS" or "VISUAL AIDS".
  reject: (ctx, start, end) =>
    ctx.text.slice(start, end) === 'AIDS' && /(?:HEARING|VISUAL|TEACHING|STUDY|FIRST)\s*$/.test(ctx.text.slice(Math.max(0, start - 12), start)),
});
