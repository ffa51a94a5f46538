import { defineLexiconRecognizer } from './lexicons/health/matcher';
import { withMisspellings } from './support/misspellings';
import type { RawMatch, Recognizer } from './types';
import {
  AMBIGUOUS_MEDICATION_ABBREVIATIONS, AMBIGUOUS_MEDICATIONS, DRUG_CLASSES, MEDICATION_ABBREVIATIONS, MEDICATION_CUES,
  MEDICATION_PHRASES, MEDICATIONS, NAMES_SPELLED_BY_EAR, SPECIALTY_MEDICATIONS, CHEMO_REGIMENS, PATIENT_MESSAGE_MEDICATIONS,
} from './lexicons/health/medications';

/**
 * "ASA 1"–"ASA 6", "ASA II", "ASA class 3", "ASA physical status": the anesthesia risk class, not aspirin.
 * Aspirin doses (81, 162, 325...) are two or three digits, so a lone digit or a roman numeral is the class.
 */
const ASA_CLASS_AFTER =
  /^\s*(?:[-:]\s*)?(?:class|physical|status|score|grade|ps\b|[1-6](?![0-9])|(?:I{1,3}|IV|VI?)(?![A-Za-z]))/i;

/**
 * "the methadone clinic", "Coumadin clinic", "Suboxone program": a place or program named after a drug;
 * "glucagon-like peptide": a hormone named after one.
 */
const NOT_A_DRUG_AFTER = /^(?:[\s-]+(?:clinic|clinics|program|programs|center|centre)(?![a-z])|-like(?![a-z]))/;

const listedMedication = defineLexiconRecognizer({
  id: 'medication',
  description: 'Medications by generic or brand name (metformin, Eliquis, insulin glargine), drug abbreviations ' +
    '(APAP, tPA, KCl) and drug classes (statin, GLP-1, SGLT2 inhibitor)',
  type: 'medication',
  groups: [
    MEDICATIONS, MEDICATION_PHRASES, MEDICATION_ABBREVIATIONS, DRUG_CLASSES, AMBIGUOUS_MEDICATIONS,
    AMBIGUOUS_MEDICATION_ABBREVIATIONS, SPECIALTY_MEDICATIONS, CHEMO_REGIMENS, PATIENT_MESSAGE_MEDICATIONS,
  ],
  cues: MEDICATION_CUES,
  cueWindow: 30,
  patterns: [
    {
      // "ASA 81", "ASA 324 given", "ASA 325mg": an aspirin dose names the drug without any other cue.
      name: 'asa-dose',
      regex: /(?<![A-Za-z0-9])(?<value>(?:EC )?ASA)\s+(?:81|162|243|324|325|650|975)(?:\s*mg)?(?![0-9])/g,
      startsWith: ['ASA', 'EC ASA'],
      confidence: 0.8,
    },
  ],
  reject: (ctx, start, end) =>
    (ctx.text.slice(start, end).endsWith('ASA') && ASA_CLASS_AFTER.test(ctx.text.slice(end, end + 24))) ||
    NOT_A_DRUG_AFTER.test(ctx.lower.slice(end, end + 16)),
});

/** Right before a drug a person takes: "my lisinipril", "on metforman", "taking gabapenton". */
const TAKEN_BEFORE =
  /(?:^|[^a-z])(?:my|his|her|their|your|on|off|of|taking|take|takes|took|started|stopped|start|stop|restart|refill|refills)\s+$/;
/** Right after one given or dosed: "trazadone given at 2200", "propfol 20 mg". */
/** "the ibuprofin isnt doing much", "the metforman is not helping": whether a drug works, as a patient says it. */
const WORKING_AFTER = /^\s+(?:is\s+not|isnt|isn['’]t|doesnt|doesn['’]t|does\s+not|didnt|didn['’]t|did\s+not|is|was|has\s+been)\s+(?:doing|working|helping|touching)\b/;
const DOSED_AFTER = /^\s+(?:given|held|started|stopped|restarted|increased|decreased|weaned|drip|gtt|dose|doses|\d)/;
/** Weaker words before it ("the metforman is giving me..."): they count only in a message about drugs. */
const DETERMINER_BEFORE = /(?:^|[^a-z])(?:the|new|more|some|and|or|with|from|this|that)\s+$/;
const MEDICATION_CUE = new RegExp(`(?<![a-z])(?:${MEDICATION_CUES.join('|')})(?![a-z])`);
/** How far a pharmacy or dosing word may be to make a weakly introduced word a drug: a short message. */
const DRUG_MESSAGE_REACH = 300;

/**
 * Drug names as patients misspell them ("ran out of my lisinipril", "the metforman upsets my stomach"): one edit
 * from a listed name (support/misspellings.ts). Only where a drug is talked about: a dosing or pharmacy word
 * nearby, or the word taken, run out of or refilled ("my", "the", "on", "taking" right before it).
 */
export const medication: Recognizer = withMisspellings(listedMedication, NAMES_SPELLED_BY_EAR, 'medication', (ctx, m, listed) => {
  const before = ctx.lower.slice(Math.max(0, m.start - 12), m.start);
  return TAKEN_BEFORE.test(before) || DOSED_AFTER.test(ctx.lower.slice(m.end, m.end + 12)) || WORKING_AFTER.test(ctx.lower.slice(m.end, m.end + 24)) ||
    MEDICATION_CUE.test(ctx.lower.slice(Math.max(0, m.start - 60), m.end + 60)) ||
    (DETERMINER_BEFORE.test(before) && drugMessage(ctx.lower, listed, m.start));
});

/** A pharmacy or dosing word, or a correctly spelled drug, within a short message's reach of `at`. */
function drugMessage(lower: string, listed: readonly RawMatch[], at: number): boolean {
  if (MEDICATION_CUE.test(lower.slice(Math.max(0, at - DRUG_MESSAGE_REACH), at + DRUG_MESSAGE_REACH))) return true;
  return listed.some((f) => Math.abs(f.start - at) <= DRUG_MESSAGE_REACH);
}
