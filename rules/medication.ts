import { defineLexiconRecognizer } from './lexicons/health/matcher';
import {
  AMBIGUOUS_MEDICATION_ABBREVIATIONS, AMBIGUOUS_MEDICATIONS, DRUG_CLASSES, MEDICATION_ABBREVIATIONS, MEDICATION_CUES,
  MEDICATION_PHRASES, MEDICATIONS, SPECIALTY_MEDICATIONS, CHEMO_REGIMENS,
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

export const medication = defineLexiconRecognizer({
  id: 'medication',
  description: 'Medications by generic or brand name (metformin, Eliquis, insulin glargine), drug abbreviations ' +
    '(APAP, tPA, KCl) and drug classes (statin, GLP-1, SGLT2 inhibitor)',
  type: 'medication',
  groups: [
    MEDICATIONS, MEDICATION_PHRASES, MEDICATION_ABBREVIATIONS, DRUG_CLASSES, AMBIGUOUS_MEDICATIONS,
    AMBIGUOUS_MEDICATION_ABBREVIATIONS, SPECIALTY_MEDICATIONS, CHEMO_REGIMENS,
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
