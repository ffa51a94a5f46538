import { defineLexiconRecognizer } from './lexicons/health/matcher';
import {
  MENTAL_HEALTH, MENTAL_HEALTH_ABBREVIATIONS, MENTAL_HEALTH_AMBIGUOUS, MENTAL_HEALTH_AMBIGUOUS_ABBREVIATIONS,
  MENTAL_HEALTH_CUES, PSYCHIATRIC_MEDICATIONS,
} from './lexicons/health/sensitive';

export const mentalHealth = defineLexiconRecognizer({
  id: 'mental-health',
  description: 'Mental-health conditions, psychiatric care and, in psychiatric context, SSRIs and antipsychotics',
  type: 'mental_health',
  groups: [
    MENTAL_HEALTH, MENTAL_HEALTH_ABBREVIATIONS, MENTAL_HEALTH_AMBIGUOUS, MENTAL_HEALTH_AMBIGUOUS_ABBREVIATIONS,
    PSYCHIATRIC_MEDICATIONS,
  ],
  cues: MENTAL_HEALTH_CUES,
  cueWindow: 80,
  // "mental health day", "mental health awareness week" are office talk, not a condition.
  reject: (ctx, _start, end, group) =>
    group === 'mental-health' && /^\s*(?:days?|awareness|benefits?|first aid|resources|month|week)\b/.test(ctx.lower.slice(end, end + 20)),
});
