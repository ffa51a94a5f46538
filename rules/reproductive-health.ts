import { defineLexiconRecognizer } from './lexicons/health/matcher';
import {
  FERTILITY, PREGNANCY_LOSS, REPRODUCTIVE_ABBREVIATIONS, REPRODUCTIVE_AMBIGUOUS, REPRODUCTIVE_AMBIGUOUS_MORE,
  REPRODUCTIVE_CUES, REPRODUCTIVE_HEALTH,
} from './lexicons/health/sensitive';

export const reproductiveHealth = defineLexiconRecognizer({
  id: 'reproductive-health',
  description: 'Reproductive health: abortion, contraception, pregnancy and its loss, fertility treatment (IVF, Menopur, trigger shot)',
  type: 'reproductive_health',
  groups: [REPRODUCTIVE_HEALTH, REPRODUCTIVE_ABBREVIATIONS, REPRODUCTIVE_AMBIGUOUS, FERTILITY, PREGNANCY_LOSS,
    REPRODUCTIVE_AMBIGUOUS_MORE],
  cues: REPRODUCTIVE_CUES,
  cueWindow: 80,
  reject: (ctx, start, end, group) => {
    // "due date" of an invoice or project is not an obstetric date.
    if (ctx.lower.slice(start, end) === 'due date' &&
      !/(?:pregnan|baby|weeks|ob|edd|prenatal|ultrasound)/.test(ctx.lower.slice(Math.max(0, start - 80), end + 80))) return true;
    // "7 weeks along" is a pregnancy when a person is: "she is 7 weeks along", not "the project is 7 weeks along".
    if (ctx.lower.slice(start, end).endsWith('along') &&
      !/(?:\b(?:she|i|you)\s+(?:is|am|are)|she's|i'm|you're)\s+(?:about\s+|only\s+|now\s+|almost\s+)?\d{1,2}\s+$/.test(ctx.lower.slice(Math.max(0, start - 30), start))) return true;
    // "hCG" with a tumor context is a germ-cell tumor marker; "letrozole"/"Lupron" for breast or prostate cancer.
    return group === 'reproductive-ambiguous-more' &&
      /(?:tumor|tumour|cancer|germ cell|testicular|seminoma|breast|prostate|oncology|chemo)/.test(ctx.lower.slice(Math.max(0, start - 80), end + 80));
  },
});
