import { DIAGNOSIS_ABBREVIATIONS, DIAGNOSIS_NAMES, SPECIALTY_DIAGNOSIS_ABBREVIATIONS } from './diagnoses';
import type { TermGroup } from './matcher';
import { MEDICATIONS } from './medications';
import { PROCEDURE_ABBREVIATIONS, PROCEDURES, SPECIALTY_ABBREVIATIONS } from './procedures';
import { PSYCHOTHERAPY_MARKERS } from './psychotherapy';
import {
  GENETIC, HIV_TERMS, MENTAL_HEALTH, MENTAL_HEALTH_ABBREVIATIONS, REPRODUCTIVE_HEALTH, SUBSTANCE_USE,
} from './sensitive';

const GROUPS: readonly TermGroup[] = [
  DIAGNOSIS_NAMES, DIAGNOSIS_ABBREVIATIONS, MEDICATIONS, PROCEDURES, PROCEDURE_ABBREVIATIONS, MENTAL_HEALTH,
  MENTAL_HEALTH_ABBREVIATIONS, SUBSTANCE_USE, HIV_TERMS, REPRODUCTIVE_HEALTH, GENETIC, PSYCHOTHERAPY_MARKERS,
];

/** Diseases named after people: their words are surnames too ("Dr. Lynch", "Ms. Graves"); and everyday words. */
const EPONYMS = new Set([
  'lynch', 'graves', 'hashimoto', "hashimoto's", 'huntington', "huntington's", 'huntingtons', 'parkinson',
  "parkinson's", 'alzheimer', "alzheimer's", 'crohn', "crohn's", 'hodgkin', 'leiden', 'sachs', 'down', 'lyme',
  'whipple', "whipple's", 'johnson', 'stevens', 'williams', 'wilson', "wilson's", 'still', "still's", 'paget',
  "paget's",
  'kawasaki', "kawasaki's", 'behcet', "behcet's", 'buerger', "buerger's", 'dupuytren', "dupuytren's", 'peyronie',
  "peyronie's", 'reye', "reye's", 'angelman', 'burkitt', 'calve', 'legg', 'perthes', 'creutzfeldt', 'jakob', 'danlos',
  'ehlers', 'ellison', 'zollinger', 'fabry', 'gaucher', 'goodpasture', 'kaposi', 'korsakoff', 'noonan', 'pompe',
  'prader', 'willi', 'rett', 'takayasu', 'wernicke', 'addison', "addison's", 'cushing', "cushing's", 'barrett',
  "barrett's", 'ewing', 'wilms', 'marfan', 'turner', 'klinefelter', 'osgood', 'schlatter', 'meniere', "meniere's",
  'sjogren', "sjogren's", 'hirschsprung', 'unna',
  // Everyday words inside multiword terms ("home infusion", "kidney stone", "cast removal"): surnames and
  // street names as much as clinical words, so they do not stop a name.
  'stone', 'home', 'cast', 'range', 'mini', 'foot', 'boot', 'vision', 'maple', 'temporal', 'nerve', 'swallow',
  'device', 'drain', 'wraps', 'fitting', 'traction', 'casting', 'monitoring', 'continuous', 'elevated', 'feeding',
  'mouth', 'treatments', 'removal', 'cognitive', 'behavior', 'breathing', 'oxygen', 'vocal', 'tilt', 'prick', 'syrup',
  'calculus',
]);

/**
 * Every word of every unambiguous health term, lower-cased ("bipolar", "impressions", "eliquis"), for
 * other rules that must not take a clinical word for something else (a capitalized "Bipolar" for a name).
 */
export const HEALTH_LEXICON_WORDS: ReadonlySet<string> = new Set(
  GROUPS.flatMap((g) => g.terms.flatMap((t) => t.toLowerCase().split(/[\s\-/]+/)))
    .filter((w) => w.length >= 4 && /^[a-z']+$/.test(w) && !EPONYMS.has(w)),
);

/**
 * Clinical abbreviations as written, in capitals ("ARIA", "LVAD", "PSG"): in mixed-case text such a word in capitals
 * is the abbreviation even where it also spells a given name ("MRI monitoring for ARIA").
 */
export const CLINICAL_CAPITALS: ReadonlySet<string> = new Set(
  [DIAGNOSIS_ABBREVIATIONS, SPECIALTY_DIAGNOSIS_ABBREVIATIONS, PROCEDURE_ABBREVIATIONS, SPECIALTY_ABBREVIATIONS, MENTAL_HEALTH_ABBREVIATIONS]
    .flatMap((g) => g.terms).filter((t) => /^[A-Z]{3,}$/.test(t)),
);
