import { defineLexiconRecognizer } from './lexicons/health/matcher';
import {
  REPRODUCTIVE_ABBREVIATIONS, REPRODUCTIVE_AMBIGUOUS, REPRODUCTIVE_CUES, REPRODUCTIVE_HEALTH,
} from './lexicons/health/sensitive';

export const reproductiveHealth = defineLexiconRecognizer({
  id: 'reproductive-health',
  description: 'Reproductive health: abortion, contraception, pregnancy, IVF, miscarriage',
  type: 'reproductive_health',
  groups: [REPRODUCTIVE_HEALTH, REPRODUCTIVE_ABBREVIATIONS, REPRODUCTIVE_AMBIGUOUS],
  cues: REPRODUCTIVE_CUES,
  cueWindow: 80,
  // "due date" of an invoice or project is not an obstetric date.
  reject: (ctx, start, end) =>
    ctx.lower.slice(start, end) === 'due date' &&
    !/(?:pregnan|baby|weeks|ob|edd|prenatal|ultrasound)/.test(ctx.lower.slice(Math.max(0, start - 80), end + 80)),
});
