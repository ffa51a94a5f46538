import { defineLexiconRecognizer } from './lexicons/health/matcher';
import {
  FERTILITY, PREGNANCY_LOSS, REPRODUCTIVE_ABBREVIATIONS, REPRODUCTIVE_AMBIGUOUS, REPRODUCTIVE_AMBIGUOUS_MORE, PREGNANCY_TERMINATION_AMBIGUOUS,
  REPRODUCTIVE_CUES, REPRODUCTIVE_HEALTH, PRENATAL_CARE, PREGNANCY_TEST_AMBIGUOUS, CONTRACEPTION_AMBIGUOUS, GESTATIONAL_WEEKS_PATTERN,
  OBSTETRIC_CONTEXT, DONE_TO_PATIENT
} from './lexicons/health/sensitive';
import { DIGITS } from './support/word-starts';

export const reproductiveHealth = defineLexiconRecognizer({
  id: 'reproductive-health',
  description: 'Reproductive health: abortion, contraception, pregnancy and its loss, fertility treatment (IVF, Menopur, trigger shot)',
  type: 'reproductive_health',
  alsoAs: { type: 'procedure', when: DONE_TO_PATIENT },
  groups: [REPRODUCTIVE_HEALTH, REPRODUCTIVE_ABBREVIATIONS, REPRODUCTIVE_AMBIGUOUS, FERTILITY, PREGNANCY_LOSS,
    REPRODUCTIVE_AMBIGUOUS_MORE, PRENATAL_CARE, PREGNANCY_TEST_AMBIGUOUS, PREGNANCY_TERMINATION_AMBIGUOUS,
    CONTRACEPTION_AMBIGUOUS],
  patterns: [
    {
      // "at 28 weeks", "by 12+3 wks": a gestational age when obstetric words are near, not "at 6 weeks old".
      name: 'gestational-weeks',
      regex: GESTATIONAL_WEEKS_PATTERN,
      confidence: 0.75,
      startsWith: DIGITS,
      // Tried at every number of a note: only in messages that say "week" or "wk" ("28 weeks", "at 33 wks").
      needs: ['week', 'wk'],
      accept: (m, ctx) => !/^\s*(?:old|of age|post|postpartum)/.test(ctx.lower.slice(m.index + m[0].length, m.index + m[0].length + 12)) &&
        OBSTETRIC_CONTEXT.test(ctx.lower.slice(Math.max(0, m.index - 150), m.index + m[0].length + 150)),
    },
    {
      // Gravida/para notation: "G3P1011", "G1P1001", "G4P3", "G2 P1" (not "G6PD", whose P is followed by a letter).
      name: 'gravida-para',
      regex: /(?<![\w-])G(?:[1-9]|1\d)[ \t]?P(?:\d{1,4}|\d(?:-\d){3})(?![\w-])/g,
      confidence: 0.85,
      startsWith: ['g'],
    },
    {
      // "G3P2, 27w4d by US", "GA 36w0d": weeks and days written together are a gestational age wherever they stand.
      name: 'gestational-weeks-days',
      regex: /(?<![\w.])(?:[4-9]|[1-3]\d|4[0-4])\s?w\s?[0-6]\s?d(?![\w])/gi,
      confidence: 0.8,
      startsWith: DIGITS,
    },
    {
      // "Hi, I'm 29 weeks now", "she's 32 wks": a person counted in weeks is counted from conception; not "I'm 6 weeks
      // post-op", "4 weeks sober", "3 weeks into PT" or "2 weeks behind".
      name: 'person-weeks',
      regex: /(?<![a-z])(?:i['’]?m|i am|she['’]s|she is|you['’]re|you are)\s+(?:about\s+|only\s+|now\s+|almost\s+|nearly\s+|just\s+)?(?<value>\d{1,2}(?:\+\d)?\s*(?:weeks?|wks?))(?![a-z])(?!\s*(?:post|out|after|since|from|postpartum|old|of age|ago|late|behind|sober|clean|into|in\b|off|away|free|without|left))/gi,
      confidence: 0.75,
      needs: ['week', 'wk'],
      startsWith: ['i', 'im', 'i’m', "i'm", 'she', 'she’s', "she's", 'you', 'you’re', "you're"],
    },
  ],
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
