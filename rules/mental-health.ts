import { defineLexiconRecognizer } from './lexicons/health/matcher';
import {
  BIPOLAR_DEVICE, MENTAL_HEALTH, MENTAL_HEALTH_ABBREVIATIONS, MENTAL_HEALTH_AMBIGUOUS, MENTAL_HEALTH_AMBIGUOUS_ABBREVIATIONS,
  MENTAL_HEALTH_CARE, MENTAL_HEALTH_CONDITIONS, MENTAL_HEALTH_CUES, MENTAL_HEALTH_INSTRUMENTS,
  MORE_PSYCHIATRIC_MEDICATIONS, PSYCHIATRIC_MEDICATIONS, PSYCHIATRIC_OFF_LABEL, PSYCHIATRIC_STRICT_CUES,
  TREATMENT_LEVEL_ABBREVIATIONS, TREATMENT_LEVELS, DONE_TO_PATIENT
} from './lexicons/health/sensitive';

/** How far from a psychiatric drug the psychiatric words may be: a short message, or a few sentences of a note. */
const PSYCHIATRIC_REACH = 500;

/**
 * A message is psychiatric when it says so nearby: a patient writes "the zoloft isn't working" and the nurse
 * answers about "suicidal thoughts" three lines later. An antidepressant in a message with none of these words
 * ("nausea on sertraline") is an ordinary medication.
 */
const PSYCHIATRIC_MESSAGE =
  /(?<![\p{L}\p{N}_])(?:depress(?:ion|ive|ed)|anxi(?:ety|ous)|psych\w*|mood|bipolar|mdd|gad|ptsd|ocd|adhd|suicid\w*|self-harm|ideation|therapist|mental health|behavioral health|panic|phq-?9|gad-?7|hallucinations?|schizo\w*|mania|manic|insomnia|nightmares|attention)(?![\p{L}\p{N}_])/u;

/** After "ST", "PR", "respiratory", "CNS", "marrow", "depression" is an ECG or physiological finding. */
const PHYSIOLOGICAL_DEPRESSION = /(?:\bst|\bst[\s-]segment|\bpr|\bpr[\s-]segment|respiratory|cns|marrow|myocardial|ventilatory|skull|(?:^|\W)j[\s-]point)\s*$/;

/** Organization words after a capitalized "Behavioral Health": a department or a signature, not a patient. */
const DEPARTMENT_WORD =
  /^\s+(?:Integration|Services|Center|Centre|Department|Dept|Clinic|Associates|Group|Program|Team|Hospital|Institute|Partners|Network|Division|Specialists?|Consultants?|Navigators?|Coordinators?|Liaisons?|Urgent Care|Solutions|Staff)\b/;

export const mentalHealth = defineLexiconRecognizer({
  id: 'mental-health',
  description: 'Mental-health conditions, psychiatric care, rating scales and, in psychiatric messages, psychiatric drugs',
  type: 'mental_health',
  alsoAs: { type: 'procedure', groups: ['mental-health-instruments'], when: DONE_TO_PATIENT },
  groups: [
    MENTAL_HEALTH, MENTAL_HEALTH_ABBREVIATIONS, MENTAL_HEALTH_AMBIGUOUS, MENTAL_HEALTH_AMBIGUOUS_ABBREVIATIONS,
    MENTAL_HEALTH_CARE, MENTAL_HEALTH_INSTRUMENTS, MENTAL_HEALTH_CONDITIONS, PSYCHIATRIC_OFF_LABEL,
    PSYCHIATRIC_MEDICATIONS,
    // Counted within a few sentences of psychiatric words (checked in reject below), not only within 80 characters.
    MORE_PSYCHIATRIC_MEDICATIONS,
    { ...TREATMENT_LEVELS, name: 'mh-treatment-levels', cues: PSYCHIATRIC_STRICT_CUES },
    { ...TREATMENT_LEVEL_ABBREVIATIONS, name: 'mh-treatment-level-abbreviations', cues: PSYCHIATRIC_STRICT_CUES },
  ],
  patterns: [
    {
      // ICD-10-CM chapter F, mental and behavioural disorders ("F33.1", "F32.A"); F10-F19 are substance use (below).
      name: 'icd10-chapter-f',
      regex: /(?<![\w.-])F(?:0\d|[2-9]\d)\.[0-9A-Z]{1,4}(?![\w-])/g,
      confidence: 0.8,
      startsWith: ['f'],
    },
    {
      // A person's own condition in plain words: "i also have anxiety", "she struggles with depression", "my panic
      // attacks". Bare "anxiety" needs clinical words nearby; owning it is the clinical context.
      name: 'owned-condition',
      regex: /(?<![\w-])(?:(?:i|he|she|they|we|you|who|also|still)\s+(?:also\s+|still\s+|really\s+)?(?:have|has|had|get|gets|struggle with|struggles with|deal with|deals with|suffer from|suffers from|was diagnosed with|is diagnosed with|been diagnosed with)|(?:my|his|her|their|your))\s+(?:bad\s+|severe\s+|social\s+|really bad\s+|health\s+)?(?<value>anxiety|panic attacks|depression|panic disorder)(?![\w-])/gi,
      confidence: 0.75,
      needs: ['anxiety', 'panic', 'depression'],
      startsWith: ['i', 'he', 'she', 'they', 'we', 'you', 'who', 'also', 'still', 'my', 'his', 'her', 'their', 'your'],
    },
  ],
  cues: MENTAL_HEALTH_CUES,
  cueWindow: 80,
  reject: (ctx, start, end, group) => {
    const before = ctx.lower.slice(Math.max(0, start - 20), start);
    const after = ctx.lower.slice(end, end + 20);
    // "mental health day", "mental health awareness week" are office talk, not a condition.
    if (group === 'mental-health' && /^\s*(?:days?|awareness|benefits?|first aid|resources|month|week)\b/.test(after)) return true;
    if (BIPOLAR_DEVICE.test(ctx.lower.slice(start, end + 14))) return true;
    if (group === 'mental-health' && ctx.lower.slice(start, end) === 'depression' && PHYSIOLOGICAL_DEPRESSION.test(before)) return true;
    // "psychotherapy notes" are the psychotherapy-note marker, not a second finding of care.
    if (group === 'mental-health-care' && /^\s+notes?\b/.test(after) && ctx.lower.slice(start, end) === 'psychotherapy') return true;
    // "Chief of Inpatient Psychiatry", "Director of Behavioral Health": a title, not a patient.
    if (/(?:chief|department|dept\.?|director|head|chair|division|professor|vice president|vp) of\s+(?:the\s+)?(?:adult\s+|child\s+)?$/.test(before) &&
      /^[A-Z]/.test(ctx.text.slice(start, end))) return true;
    // "Renata, RN, Behavioral Health Integration": a department in a signature.
    if (/^(?:Behavioral|Mental) Health$/.test(ctx.text.slice(start, end)) && DEPARTMENT_WORD.test(ctx.text.slice(end, end + 20))) return true;
    if (group === 'psychiatric-medications-more' &&
      !PSYCHIATRIC_MESSAGE.test(ctx.lower.slice(Math.max(0, start - PSYCHIATRIC_REACH), end + PSYCHIATRIC_REACH))) return true;
    // "IOP 18 mmHg" is an eye pressure; "PHP 8" a programming language.
    if (group === 'mh-treatment-level-abbreviations' && /^\s*(?:[:=]?\s*\d|od\b|os\b|ou\b|mmhg)/.test(after)) return true;
    return false;
  },
});
