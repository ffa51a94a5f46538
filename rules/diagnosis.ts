import {
  AMBIGUOUS_DIAGNOSIS_ABBREVIATIONS, DIAGNOSIS_ABBREVIATIONS, DIAGNOSIS_CUES, DIAGNOSIS_NAMES,
} from './lexicons/health/diagnoses';
import { defineLexiconRecognizer } from './lexicons/health/matcher';

/**
 * ICD-10-CM: a letter, a digit, a digit or letter (C4A, Z3A), then after the dot up to four characters
 * (F32.A, S72.001A). Lookarounds keep version strings ("E11.9.2") and longer tokens out.
 */
const ICD10_DOTTED = /(?<![A-Za-z0-9.])[A-Z][0-9][0-9A-Z]\.[0-9A-Z]{1,4}(?![A-Za-z0-9]|\.[0-9A-Za-z])/g;
/** "I10", "E119": any three-character token looks like this, so only with an ICD/dx cue. */
const ICD10_BARE = /(?<![A-Za-z0-9.\-])[A-Z][0-9][0-9A-Z][0-9A-Z]{0,4}(?![A-Za-z0-9]|\.[0-9A-Za-z])/g;

/** Structure check beyond the regex: the third character is a letter only in a handful of categories. */
export function isPlausibleIcd10(code: string): boolean {
  const third = code[2]!;
  if (/[A-Z]/.test(third) && !['C4A', 'C7A', 'C7B', 'D3A', 'M1A', 'O9A', 'Z3A'].includes(code.slice(0, 3))) return false;
  const tail = code.split('.')[1] ?? code.slice(3);
  // Placeholder X and 7th-character extensions (A/D/S) are letters; other tails are digits with a rare letter.
  return /^[0-9A-Z]{0,4}$/.test(tail) && (tail.match(/[A-Z]/g)?.length ?? 0) <= 2;
}

/** "ICD-10: I10", "dx E119": the cue must come shortly before the code. */
const icdCueNear = (lower: string, start: number) => {
  const before = lower.slice(Math.max(0, start - 40), start);
  return /(?<![a-z])(?:icd(?:-?10(?:-cm)?)?|dx|diagnos[ie]s|diagnosis codes?|codes?:)/.test(before);
};

export const diagnosis = defineLexiconRecognizer({
  id: 'diagnosis',
  description: 'Diagnoses by name or clinical abbreviation (CHF, COPD, CKD 3a, DM2, HTN) and ICD-10-CM codes',
  type: 'diagnosis',
  groups: [DIAGNOSIS_NAMES, DIAGNOSIS_ABBREVIATIONS, AMBIGUOUS_DIAGNOSIS_ABBREVIATIONS],
  cues: DIAGNOSIS_CUES,
  patterns: [
    {
      name: 'icd10-dotted',
      regex: ICD10_DOTTED,
      confidence: 0.8,
      accept: (m) => isPlausibleIcd10(m[0]),
    },
    {
      name: 'icd10-with-cue',
      regex: ICD10_BARE,
      confidence: 0.75,
      accept: (m, ctx) => isPlausibleIcd10(m[0]) && icdCueNear(ctx.lower, m.index),
    },
    {
      // The stage belongs to the diagnosis: "CKD 3a", "CKD stage IV".
      name: 'ckd-stage',
      regex: /(?<![A-Za-z0-9])CKD\s*(?:stage\s*)?(?:[1-5]|IV|V|III|II|I)[ab]?(?![A-Za-z0-9])/g,
      confidence: 0.9,
    },
  ],
});
