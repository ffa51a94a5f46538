import { defineLexiconRecognizer } from './lexicons/health/matcher';
import { withMisspellings } from './support/misspellings';
import { DIGITS } from './support/word-starts';
import { inParensAfterName } from './support/tokens';
import {
  AGE_VISIT_PATTERN, AMBIGUOUS_CLINICAL_WORDS, AMBIGUOUS_INJECTION_ABBREVIATIONS, AMBIGUOUS_LAB_ABBREVIATIONS,
  AMBIGUOUS_PROCEDURE_ABBREVIATIONS, AMBIGUOUS_PROCEDURE_WORDS, ANALYTE_STARTS, ANALYTE_TEST_PATTERN, DEPARTMENT_BEFORE,
  EXAMS_AND_SCREENINGS, IMAGING, IMAGING_PATTERN, IMAGING_STARTS, imagingMatchIsClinical, INJECTIONS, LAB_ABBREVIATIONS,
  LAB_TESTS, NEWBORN_CARE, OPERATED_PART_PATTERN, OPERATED_PART_STARTS, PROCEDURE_ABBREVIATIONS, PROCEDURE_CUES,
  PROCEDURE_PLACE_OR_STAFF, PROCEDURES, SURGERIES, SURGERY_ABBREVIATIONS, TOPIC_SCREENING_PATTERN, TOPIC_STARTS,
  PROCEDURE_NAMES_SPELLED_BY_EAR, TOPIC_TEST_PATTERN, TOPIC_TEST_NEEDS, TOPIC_SCREENING_NEEDS, VACCINE_ABBREVIATIONS, VACCINES, SPECIALTY_PROCEDURES, SPECIALTY_ABBREVIATIONS,
  AMBIGUOUS_SPECIALTY_ABBREVIATIONS, PATIENT_MESSAGE_PROCEDURES, PART_OUT_PATTERN, DENTAL_EXTRACTION_PATTERN, DENTAL_EXTRACTION_STARTS, LOWERCASE_LAB_ABBREVIATIONS,
} from './lexicons/health/procedures';
const listedProcedure = defineLexiconRecognizer({
  id: 'procedure',
  description: 'Procedures, imaging, lab tests, screenings and vaccines (colonoscopy, CABG, CT abdomen, A1c, Tdap)',
  type: 'procedure',
  groups: [
    PROCEDURES, PROCEDURE_ABBREVIATIONS, AMBIGUOUS_PROCEDURE_ABBREVIATIONS, AMBIGUOUS_PROCEDURE_WORDS, LAB_TESTS,
    LAB_ABBREVIATIONS, AMBIGUOUS_LAB_ABBREVIATIONS, AMBIGUOUS_CLINICAL_WORDS, IMAGING, SURGERIES,
    SURGERY_ABBREVIATIONS, INJECTIONS, AMBIGUOUS_INJECTION_ABBREVIATIONS, EXAMS_AND_SCREENINGS, NEWBORN_CARE,
    VACCINES, VACCINE_ABBREVIATIONS, SPECIALTY_PROCEDURES, SPECIALTY_ABBREVIATIONS, AMBIGUOUS_SPECIALTY_ABBREVIATIONS,
    LOWERCASE_LAB_ABBREVIATIONS, PATIENT_MESSAGE_PROCEDURES,
  ],
  patterns: [
    {
      // "10-panel drug screen", "5 panel urine drug test": a drug screen by its panel size.
      name: 'panel-drug-screen',
      regex: /(?<![\w-])\d{1,2}[\s-]panel\s+(?:urine\s+)?(?:drug|tox)\s+(?:screen|test)s?(?![\w-])/gi,
      confidence: 0.85,
      startsWith: DIGITS,
      needs: 'panel',
    },
    {
      // 0.9: "Hep B vaccine" and "chlamydia testing" are one procedure, not the diagnosis word inside them.
      name: 'topic-test',
      regex: TOPIC_TEST_PATTERN,
      startsWith: TOPIC_STARTS,
      needs: TOPIC_TEST_NEEDS,
      lower: true,
      confidence: 0.9,
      // "lead test engineer" is a job, "lead panel" a panel someone leads; "std" in lower case is "standard"
      // ("std test suite").
      accept: (m, ctx) => !/^lead[\s-]+(?:test|panel)/.test(m[0]) && !/^stds?\b/.test(ctx.text.slice(m.index, m.index + 4)),
    },
    { name: 'dental-extraction', regex: DENTAL_EXTRACTION_PATTERN, confidence: 0.8, needs: 'extraction',
      startsWith: DENTAL_EXTRACTION_STARTS },
    { name: 'operated-part', regex: OPERATED_PART_PATTERN, confidence: 0.8, startsWith: OPERATED_PART_STARTS },
    {
      // "had her gallbladder out", "getting his tonsils out", "had my wisdom teeth out": an operation said plainly.
      name: 'part-out',
      regex: PART_OUT_PATTERN,
      confidence: 0.8,
      needs: ' out',
      startsWith: ['had', 'have', 'has', 'having', 'get', 'got', 'gets', 'getting'],
    },
    { name: 'age-visit', regex: AGE_VISIT_PATTERN, confidence: 0.8, startsWith: DIGITS },
    { name: 'analyte-test', regex: ANALYTE_TEST_PATTERN, confidence: 0.75, startsWith: ANALYTE_STARTS },
    {
      // Lab shorthand with a value in its usual range: "K 6.1", "Na 128", "Cr 1.9", "Hgb 7.2", "Trop 0.45". The
      // value's shape tells potassium from "K 12" (a grade) and sodium from "NA" (not applicable).
      name: 'lab-shorthand-value',
      regex: /(?<![\w-])(?<!grade\s)(?<value>K\+?|Na|Cr|Hgb|Hb|Trop|Lac|Mg|Phos|BUN)(?:\s*(?:of|=|:|is|was|now))?\s*(?:\d\.\d{1,2}|1[1-6]\d)(?![\d.\w%])/g,
      confidence: 0.7,
      startsWith: ['k', 'na', 'cr', 'hgb', 'hb', 'trop', 'lac', 'mg', 'phos', 'bun'],
      accept: (m) => {
        const v = m.groups!.value!;
        const n = Number(m[0].slice(m[0].search(/\d/)));
        // Each analyte's plausible range: sodium 110-169, the others single digits with decimals.
        return v === 'Na' ? n >= 110 : n < 10 || v === 'BUN';
      },
    },
    {
      // A count or level read out with its value: "your hemoglobin is 10.8", "platelets 62K", "Hgb down to 7.1".
      // Not a dose ("potassium 20 mEq"), and only analytes no diet or supplement is named after.
      name: 'analyte-value',
      regex: /(?<![\w-])(?<value>hemoglobin|hgb|hematocrit|hct|platelets?|plt|wbc|white count|inr|troponin|lactate|bnp)(?:\s+(?:is|was|of|at|=|:|now|still|only|down|up|back|dropped|rose|fell))*(?:\s+(?:to|at))?\s*\d+(?:\.\d+)?(?!\s*(?:mg|mcg|meq|ml|units?)\b)/gi,
      confidence: 0.75,
      startsWith: ['hemoglobin', 'hgb', 'hematocrit', 'hct', 'platelet', 'plt', 'wbc', 'white', 'inr', 'troponin', 'lactate', 'bnp'],
    },
    {
      // A chemistry read out with a lab value: "Potassium 5.9 H", "Albumin 3.2 L", "Ca 9.8, phos 8.1", "calcium 8.6 mg/dL".
      // A decimal value, a lab unit or a high/low flag makes it a result; "calcium 600 mg" and "potassium 20 mEq"
      // are doses, and a whole number alone ("Ca 94110") says nothing.
      name: 'chemistry-value',
      regex: /(?<![\w-])(?<value>potassium|sodium|calcium|magnesium|phosphorus|phosphate|chloride|bicarbonate|albumin|creatinine|glucose|ca|phos|alb)(?:\s*(?:[:=]|is|was|of|now))?\s*(?:\d{1,3}\.\d{1,2}(?!\d|\.\d)(?!\s*(?:mg|mcg|g|meq|ml|units?|tabs?)\b(?!\s*\/))|\d{1,4}\s*(?:mmol\/l|meq\/l|mg\/dl|g\/dl|umol\/l|µmol\/l|\(?[hl]\)?(?![\w]))(?![\w]))/gi,
      confidence: 0.75,
      startsWith: ['potassium', 'sodium', 'calcium', 'magnesium', 'phosphorus', 'phosphate', 'chloride', 'bicarbonate', 'albumin', 'creatinine', 'glucose', 'ca', 'phos', 'alb'],
    },
    {
      // Physical or occupational therapy as a course of care, in capitals: "6 wks PT", "post-op PT", "PT x12" ("pt"
      // in lower case is the patient).
      name: 'therapy-course',
      regex: /(?<![\w-])(?:\d{1,2}\s*(?:wks?|weeks?|mos?|months?)\s+(?:of\s+)?|[Pp]ost-?op\s+)(?<value>PT|OT)(?![\w-])/g,
      confidence: 0.75,
      startsWith: [...DIGITS, 'post'],
    },
    { name: 'therapy-visits', regex: /(?<![\w-])(?:PT|OT)(?=\s*x\s*\d{1,2}(?![\w.]))/g, confidence: 0.75, startsWith: ['pt', 'ot'] },
    // Prothrombin time read out in seconds: "PT 38.9 s (H)", "| PT | 14.2 sec |".
    { name: 'prothrombin-time', regex: /(?<![\w-])PT(?=\s*[|:=]?\s*\d{1,2}\.\d\s*(?:s|sec|seconds)\b)/g, confidence: 0.75, startsWith: ['pt'] },
    { name: 'topic-screening', regex: TOPIC_SCREENING_PATTERN, lower: true, confidence: 0.9, startsWith: TOPIC_STARTS,
      needs: TOPIC_SCREENING_NEEDS },
    {
      name: 'imaging-body-part',
      regex: IMAGING_PATTERN,
      startsWith: IMAGING_STARTS,
      confidence: 0.85,
      accept: (m) => imagingMatchIsClinical(m[0]),
    },
  ],
  cues: PROCEDURE_CUES,
  cueWindow: 40,
  reject: (ctx, start, end, group) => {
    // A department, a business or its staff named after a procedure: "ENDOSCOPY SUITE", "Summit Anesthesia
    // Associates", "pending anesthesia staffing".
    // A home therapy is the patient's own ("moving to home PD training"), whatever word follows it.
    if (!/^home\s/.test(ctx.lower.slice(start, end)) && PROCEDURE_PLACE_OR_STAFF.test(ctx.text.slice(end, end + 16))) return true;
    if (DEPARTMENT_BEFORE.test(ctx.text.slice(Math.max(0, start - 30), start))) return true;
    // "Dawn Reilly (Cath Lab)", "Frank Osei (Radiology)": a staff member's department, in parentheses after the name.
    if (inParensAfterName(ctx.text, start, end)) return true;
    // "psychotherapy notes": the record the psychotherapy-note rule reports, not a session given.
    if (ctx.lower.startsWith('psychotherapy', start) && end - start === 13 && /^\s+notes?\b/.test(ctx.lower.slice(end, end + 8))) return true;
    // "2 TB test": terabytes.
    if (/^tb\b/.test(ctx.lower.slice(start, end)) && /\d\s*$/.test(ctx.lower.slice(Math.max(0, start - 3), start))) return true;
    // An ED triage level: "ESI 3", "ESI level 2".
    if (group === 'injection-ambiguous-abbreviations' && /^\s*(?:level\s*)?\d/i.test(ctx.text.slice(end, end + 10))) return true;
    if (group === 'specialty-ambiguous-abbreviations') {
      const after = ctx.text.slice(end, end + 12);
      // "ICD-10", "ICD 9 codes": the code set, not the defibrillator.
      if (/^ICD/.test(ctx.text.slice(start, end)) && /^(?:-?\s?(?:9|10|11)\b|\s*codes?\b|-CM)/i.test(after)) return true;
      // "OCT 12, 2024", "OCT 3rd": October, not the retinal scan (an "OCT 09/03/2025:" is the scan and its date).
      if (/^OCT/.test(ctx.text.slice(start, end)) && /^\.?\s+\d{1,2}(?:st|nd|rd|th|,|\s+\d{4}|\s*$|\s+[a-z])/i.test(after)) return true;
    }
    return false;
  },
});

/** Procedures, also as patients misspell them ("i had my colonscopy"). */
export const procedure = withMisspellings(listedProcedure, PROCEDURE_NAMES_SPELLED_BY_EAR, 'procedure');
