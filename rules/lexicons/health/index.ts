import { DIAGNOSIS_ABBREVIATIONS, DIAGNOSIS_NAMES } from './diagnoses';
import type { TermGroup } from './matcher';
import { MEDICATIONS } from './medications';
import { PROCEDURE_ABBREVIATIONS, PROCEDURES } from './procedures';
import { PSYCHOTHERAPY_MARKERS } from './psychotherapy';
import {
  GENETIC, HIV_TERMS, MENTAL_HEALTH, MENTAL_HEALTH_ABBREVIATIONS, REPRODUCTIVE_HEALTH, SUBSTANCE_USE,
} from './sensitive';

const GROUPS: readonly TermGroup[] = [
  DIAGNOSIS_NAMES, DIAGNOSIS_ABBREVIATIONS, MEDICATIONS, PROCEDURES, PROCEDURE_ABBREVIATIONS, MENTAL_HEALTH,
  MENTAL_HEALTH_ABBREVIATIONS, SUBSTANCE_USE, HIV_TERMS, REPRODUCTIVE_HEALTH, GENETIC, PSYCHOTHERAPY_MARKERS,
];

/** Diseases named after people: their words are surnames too ("Dr. Lynch", "Ms. Graves"). */
const EPONYMS = new Set([
  'lynch', 'graves', 'hashimoto', "hashimoto's", 'huntington', "huntington's", 'huntingtons', 'parkinson',
  "parkinson's", 'alzheimer', "alzheimer's", 'crohn', "crohn's", 'hodgkin', 'leiden', 'sachs', 'down', 'lyme',
]);

/**
 * Every word of every unambiguous health term, lower-cased ("bipolar", "impressions", "eliquis"), for
 * other rules that must not take a clinical word for something else (a capitalized "Bipolar" for a name).
 */
export const HEALTH_LEXICON_WORDS: ReadonlySet<string> = new Set(
  GROUPS.flatMap((g) => g.terms.flatMap((t) => t.toLowerCase().split(/[\s\-/]+/)))
    .filter((w) => w.length >= 4 && /^[a-z']+$/.test(w) && !EPONYMS.has(w)),
);
