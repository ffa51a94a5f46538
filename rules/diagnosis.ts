import {
  AMBIGUOUS_DIAGNOSIS_ABBREVIATIONS, AMBIGUOUS_DIAGNOSIS_NAMES, DIAGNOSIS_ABBREVIATIONS, DIAGNOSIS_CUES,
  DIAGNOSIS_NAMES, DIAGNOSIS_NAMES_SPELLED_BY_EAR, DIAGNOSIS_PATTERN_PARTS, DIAGNOSIS_PHRASES, SYMPTOMS, SPECIALTY_DIAGNOSES, SPECIALTY_DIAGNOSIS_ABBREVIATIONS,
  AMBIGUOUS_SPECIALTY_DIAGNOSIS_ABBREVIATIONS, PATIENT_MESSAGE_SYMPTOMS, RECEPTOR_STATUS_PATTERN, RECEPTOR_STARTS, RECEPTOR_NEEDS, CKD_STAGE_PATTERN, CKD_STARTS,
} from './lexicons/health/diagnoses';
import { defineLexiconRecognizer, phraseAlternation, type TermGroup } from './lexicons/health/matcher';
import { withMisspellings } from './support/misspellings';
import { withSymptomLists } from './support/symptom-lists';
import { DIGITS } from './support/word-starts';
import {
  BIPOLAR_DEVICE, GENETIC, MENTAL_HEALTH, MENTAL_HEALTH_CONDITIONS, PREGNANCY_LOSS, REPRODUCTIVE_HEALTH, SUBSTANCE_USE,
} from './lexicons/health/sensitive';

/**
 * Psychiatric, substance-use, pregnancy-loss and hereditary conditions are diagnoses as well as sensitive
 * categories ("PTSD", "opioid use disorder", "miscarriage", "Lynch syndrome"): their category's rule marks the
 * category, and this one the diagnosis. Only the terms that name a condition, not a drug, a program or a test.
 */
const CONDITION_WORD = /disorder|depressi|ptsd|anorexia|bulimia|schizophren|psychos|psychotic|bipolar|dependence|addiction|alcoholism|miscarriage|ectopic|syndrome|dementia|dysthymia|mania$|phobia/;
const SENSITIVE_CONDITIONS: TermGroup = {
  name: 'sensitive-conditions',
  confidence: 0.75,
  terms: [MENTAL_HEALTH, MENTAL_HEALTH_CONDITIONS, SUBSTANCE_USE, PREGNANCY_LOSS, REPRODUCTIVE_HEALTH, GENETIC]
    .flatMap((g) => g.terms).filter((t) => CONDITION_WORD.test(t.toLowerCase())),
};
const SENSITIVE_CONDITION_ABBREVIATIONS: TermGroup = {
  name: 'sensitive-condition-abbreviations',
  confidence: 0.7,
  caseSensitive: true,
  terms: ['PTSD', 'MDD', 'GAD', 'OCD', 'ADHD', 'OUD', 'SUD', 'BPD'],
};

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
  // "S13.4XXA": the X placeholders do not count as letters.
  return /^[0-9A-Z]{0,4}$/.test(tail) && (tail.replace(/X/g, '').match(/[A-Z]/g)?.length ?? 0) <= 2;
}

/** "ICD-10: I10", "dx E119": the cue must come shortly before the code. */
const icdCueNear = (lower: string, start: number) => {
  const before = lower.slice(Math.max(0, start - 40), start);
  return /(?<![a-z])(?:icd(?:-?10(?:-cm)?)?|dx|diagnos[ie]s|diagnosis codes?|codes?:)/.test(before);
};

/** A space in a phrase matches a run of spaces or hyphens. */
const alt = (words: readonly string[]) => phraseAlternation(words);

const P = DIAGNOSIS_PATTERN_PARTS;
const MODIFIER = `(?:(?:${alt(P.siteModifiers)})\\s+){0,2}`;
/** "L1 compression fx", "T12 burst fracture": a vertebra level may lead. */
const LEVEL = '(?:[clts][1-9][0-2]?\\s+)?';
/** The levels as start words ("c1" ... "s9"), so the gate opens on "L1", not on every word beginning with l. */
const VERTEBRA_LEVELS = [...'clts'].flatMap((c) => [...'123456789'].map((d) => c + d));
const SITE_PART = '(?:\\s+(?:shaft|neck|head|base|tuft|plateau|styloid|condyle))?';
const FX = "(?:fx|fxs|fx's|fracture|fractures)";

/** "distal radius fx", "L1 compression fracture", "boxer's fracture"; the laterality before it is not taken. */
const FRACTURE = new RegExp(
  `(?<![a-z0-9])${MODIFIER}${LEVEL}(?:${alt(P.fractureSites)})${SITE_PART}\\s+${FX}(?![a-z0-9])`, 'g');
/** "fx of the L distal radius", "fracture of the right hip". */
const FRACTURE_OF = new RegExp(
  `(?<![a-z0-9])${FX}\\s+of\\s+(?:the\\s+)?(?:(?:left|right|l|r|bilateral)\\s+)?${MODIFIER}` +
  `(?:${alt(P.fractureSites)})(?![a-z0-9])`, 'g');
const TEAR_GRADE_WORDS = [
  'partial', 'full', 'high', 'low', 'complete', 'massive', 'retracted', 'degenerative', 'complex', 'grade',
];
const TEAR_GRADE = '(?:(?:partial|full)[\\s-]+thickness\\s+|(?:high|low)[\\s-]+grade\\s+|complete\\s+|partial\\s+|' +
  'massive\\s+|retracted\\s+|degenerative\\s+|complex\\s+|(?:grade\\s+(?:[1-3]|i{1,3})\\s+))?';
/** "rotator cuff tear", "ACL rupture", "full-thickness supraspinatus tear", "MCL sprain". */
const TEAR = new RegExp(
  `(?<![a-z0-9])${TEAR_GRADE}(?:${alt(P.tearStructures)})\\s+` +
  '(?:tear|tears|rupture|ruptures|injury|sprain)(?![a-z0-9])', 'g');
/** "torn ACL", "ruptured Achilles tendon". */
const TORN = new RegExp(`(?<![a-z0-9])(?:torn|ruptured)\\s+(?:${alt(P.tearStructures)})(?![a-z0-9])`, 'g');
/** "ankle sprain", "grade 2 hamstring strain", "lumbar strain" (a strain or sprain alone is an everyday word). */
const SPRAIN = new RegExp(
  `(?<![a-z0-9])(?:grade\\s+(?:[1-3]|i{1,3})\\s+)?(?:${alt(P.sprainSites)})\\s+` +
  '(?:sprain|sprains|strain|strains)(?![a-z0-9])', 'g');
const DISLOCATION = new RegExp(
  '(?<![a-z0-9])(?:(?:shoulder|hip|elbow|patellar|patella|kneecap|finger|thumb|knee|ac joint|acromioclavicular|' +
  'jaw|tmj|radial head|lens)\\s+(?:dislocation|dislocations|subluxation)|dislocated\\s+(?:shoulder|hip|elbow|' +
  'patella|kneecap|finger|thumb|jaw|knee))(?![a-z0-9])', 'g');
/** "stage 3 pressure injury", "stage IV sacral decubitus", "unstageable pressure ulcer". */
const PRESSURE_STAGE = new RegExp(
  '(?<![a-z0-9])(?:stage\\s*(?:[1-4]|i{1,3}|iv|one|two|three|four)|unstageable|deep tissue)\\s+' +
  '(?:(?:sacral|sacrum|coccyx|coccygeal|heel|buttock|ischial|trochanteric|occipital|hip)\\s+)?' +
  '(?:pressure\\s+(?:injury|injuries|ulcer|ulcers|sore|sores|wound|wounds)|' +
  'decubitus(?:\\s+ulcers?)?|ulcer|ulcers|wound)' +
  '(?![a-z0-9])', 'g');
/** "second-degree burns", "3rd degree perineal laceration", "partial-thickness burn". */
const DEGREE_INJURY = new RegExp(
  '(?<![a-z0-9])(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+degree|(?:partial|full)[\\s-]+thickness|' +
  'superficial)\\s+(?:(?:perineal|vaginal|periurethral)\\s+)?(?:burn|burns|laceration|lacerations|tear|tears)' +
  '(?![a-z0-9])', 'g');
/** "pancreatic adenocarcinoma", "stage IIIA non-small cell lung cancer", "metastatic breast cancer", "liver mets". */
const CANCER = new RegExp(
  '(?<![a-z0-9])(?:stage\\s*(?:0|i{1,3}v?|iv|[1-4])[abc]?\\s+)?' +
  `(?:(?:${alt(P.cancerSites)})(?:\\s+|(?<=\\+)\\s*)){1,3}(?:${alt(P.cancerKinds)})(?![a-z0-9])`, 'g');

/** "hereditary cancer panel", "Cancer Center", "Breast Cancer Society": a test or an institution, not a diagnosis. */
/** The words an owned-symptom match opens with. */
const OWNED_SYMPTOM_STARTS = [
  'my', 'his', 'her', 'their', 'your', 'has', 'had', 'have', 'having', 'developed', 'develops', 'c/o', 'complains', 'complaining',
  'reports', 'reporting', 'denies', 'new', 'worse', 'worsening', 'persistent', 'severe', 'mild', 'chronic', 'high', 'low-grade',
  'bad', 'terrible', 'constant', 'fever', 'cough', 'with', 'needed', 'prn', 'no', 'treat', 'treating',
  'treated', 'relieve', 'big', 'call', 'really',
];
/** Everyday symptom words after someone who has them (see the owned-symptom pattern). */
const OWNED_SYMPTOM = new RegExp(
  '(?<![a-z])(?:my|his|her|their|your|has|had|have|having|has had|developed|develops|c\\/o|complains of|complaining of|' +
  'reports|reporting|denies|new|worse|worsening|persistent|severe|mild|chronic|high|low-grade|bad|terrible|constant|' +
  'fever and|cough and|with a|with|(?:as\\s+)?needed\\s+for|prn(?:\\s+for)?|no|treat|treating|treated|relieve|big|really bad|' +
  // "Call for fever or drainage", "call us if you get a rash": a care team's instructions name the symptoms to watch.
  'call(?:\\s+us)?(?:\\s+(?:right\\s+away|now|immediately|at\\s+\\(?\\d{3}\\)?[\\s.-]?\\d{3}[\\s.-]\\d{4}))*\\s+(?:for|if\\s+(?:you|she|he)\\s+(?:have|has|get|gets|develop|develops|notice|notices)))\\s+(?:(?:a|an|the|some|bad|high|new|little|lot of|terrible|really bad|mild|severe|' +
  'low-grade|persistent|dry|wet|constant|nasty)\\s+)?' +
  '(?<value>fevers?|cough(?:ing)?|rash(?:es)?|pain|headaches?|swelling|bleeding|fatigue|cramps|cramping|itching|' +
  'congestion|weakness|the shakes|sore throat|stomach ache|stomachaches?|body aches|bruis(?:e|es|ing)|soreness|stiffness|numbness|tingling|' +
  'pains|leg pains|ulcers?|drainage|restlessness|throat tightness|flushing|burning|spotting|stridor|wheezing|chills)' +
  '(?!\\s*(?:points?|management program|pitch|edge|decision|choices?|move|moves|reliever|clinic|service|team|contractors?|company|system|systems|ditch|pipes?|repairs?|project|vendors?|questions?|desire|issues?|,?\\s*no gain)\\b)(?![a-z])',
  'g',
);
const STREET_AFTER = /^[ \t]+(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Drive|Boulevard|Blvd|Way|Court|Ct|Place|Parkway|Pkwy|Terrace|Circle)\b/;
const NOT_A_DIAGNOSIS_AFTER = new RegExp(
  '^[\\s-]+(?:panel|panels|center|centre|centers|institute|society|foundation|alliance|network|genetics|genes?|' +
  // "Tumor board", "Harborlight Cancer Pavilion", "Lung Nodule Clinic": a meeting or a place named after it.
  'boards?|pavilion|hospital|clinic|program|registry|' +
  'predisposition|syndromes?|' +
  // "COVID boosters", "hepatitis B vaccine", "shingles shot": a vaccine named after the disease (a procedure).
  'vaccines?|vaccinations?|boosters?|shots?|immunizations?|jabs?|' +
  // "the COVID pandemic", "COVID-19 policy": the disease as a topic, not anyone's diagnosis.
  'pandemic|era|policy|policies|protocols?|precautions|restrictions|guidelines|mandates?|' +
  // "cystic fibrosis carrier status": a genetic test result (the genetic rule reports it), not the disease.
  'carriers?|' +
  // "HCV Ab", "HBV DNA", "hepatitis C antibody": a test for the infection (the procedure rule reports it).
  'ab|antibod(?:y|ies)|ag|antigens?|rna|dna|genotype|pcr|serolog(?:y|ies)|titers?)(?![a-z])');

const listedDiagnosis = defineLexiconRecognizer({
  id: 'diagnosis',
  description: 'Diagnoses by name or clinical abbreviation (CHF, COPD, CKD 3a, DM2, HTN) and ICD-10-CM codes',
  type: 'diagnosis',
  groups: [
    DIAGNOSIS_NAMES, DIAGNOSIS_PHRASES, SYMPTOMS, AMBIGUOUS_DIAGNOSIS_NAMES, DIAGNOSIS_ABBREVIATIONS,
    AMBIGUOUS_DIAGNOSIS_ABBREVIATIONS, SPECIALTY_DIAGNOSES, SPECIALTY_DIAGNOSIS_ABBREVIATIONS,
    AMBIGUOUS_SPECIALTY_DIAGNOSIS_ABBREVIATIONS, SENSITIVE_CONDITIONS, SENSITIVE_CONDITION_ABBREVIATIONS,
    PATIENT_MESSAGE_SYMPTOMS,
  ],
  cues: DIAGNOSIS_CUES,
  reject: (ctx, start, end) => NOT_A_DIAGNOSIS_AFTER.test(ctx.lower.slice(end, end + 24)) ||
    // "bipolar ionization", "bipolar cautery": electrical, not a mood disorder.
    BIPOLAR_DEVICE.test(ctx.lower.slice(start, end + 14)) ||
    // "Purpura Road", "Whipple Street": a capitalized term before a street word names the street.
    (/^\p{Lu}/u.test(ctx.text.slice(start, start + 1)) && STREET_AFTER.test(ctx.text.slice(end, end + 14))),
  patterns: [
    {
      // "has had a fever since Sunday", "his cough is worse", "my headaches", "c/o pain": a symptom word that is
      // everyday English too ("fever pitch", "pain points", "a rash decision") counts when someone has it.
      name: 'owned-symptom',
      regex: OWNED_SYMPTOM,
      lower: true,
      confidence: 0.7,
      needs: ['fever', 'cough', 'rash', 'pain', 'headache', 'swelling', 'bleeding', 'fatigue', 'cramp', 'itch', 'congestion',
        'weakness', 'shaking', 'sore', 'sick', 'ache', 'bruis', 'stiffness', 'numbness', 'tingling', 'ulcer', 'drainage', 'restless',
        'tightness', 'flushing', 'burning', 'spotting', 'stridor', 'wheez', 'chills'],
      // Tried only where one of its opening words starts: most notes hold "pain" somewhere.
      startsWith: OWNED_SYMPTOM_STARTS,
    },
    {
      // "the rash is spreading", "the cough won't go away": a symptom followed as it changes.
      name: 'symptom-course',
      // "the ulcer on my right heel is throbbing": the body part named between.
      regex: /(?<![a-z])the\s+(?<value>fevers?|cough|rash|pain|headaches?|swelling|bleeding|itching|cramping|nausea|dizziness|ulcer|sore|wound|bruise|lump|drainage)(?:\s+on\s+(?:my|his|her|your)\s+(?:(?:left|right|l|r|big|lower|upper)\s+)?[a-z]+)?\s+(?:is|was|has|keeps|kept|got|gets|seems|started|starts|won'?t|isn'?t|hasn'?t|came back|comes and goes|spread|spreads)(?![a-z])(?!\s+(?:that|of|for)\b)/g,
      lower: true,
      confidence: 0.7,
      needs: ['the '],
      startsWith: ['the'],
    },
    {
      // "two weeks of fatigue", "3 days of fever and cough": a symptom with how long someone has had it.
      name: 'symptom-duration',
      regex: /(?<![a-z])(?:\d{1,2}|a|one|two|three|four|five|six|several|few|couple)\s+(?:days?|weeks?|wks?|months?|hours?|hrs?)\s+of\s+(?:(?:worsening|intermittent|progressive|constant|severe|mild|increasing|new)\s+)?(?<value>fevers?|cough|rash|pain|headaches?|swelling|bleeding|fatigue|nausea|vomiting|diarrhea|dizziness|weakness|itching|cramping|congestion|shortness of breath|sore throat)(?![a-z])/g,
      lower: true,
      confidence: 0.75,
      needs: ' of ',
      startsWith: [...DIGITS, 'a', 'one', 'two', 'three', 'four', 'five', 'six', 'several', 'few', 'couple'],
    },
    {
      // "fever 101.4", "fever of 102", "fever over 101": a fever with its temperature.
      name: 'fever-temperature',
      regex: /(?<![a-z])(?<value>fevers?)\s+(?:of\s+|over\s+|above\s+|to\s+|>\s*|up\s+to\s+)?(?:9[6-9]|10[0-7])(?:\.\d)?(?:\s*(?:°|degrees|f\b))?(?![\d.])/g,
      lower: true,
      confidence: 0.8,
      needs: 'fever',
      startsWith: ['fever'],
    },
    {
      // "L wrist pain and swelling", "right knee pain", "chest pain": pain or swelling of a named body part.
      name: 'body-part-pain',
      // Tried only at the body part's word: the side before it ("L", "right") is no part of the finding.
      regex: /(?<![a-z])(?<value>(?:wrist|knee|hip|back|neck|shoulder|ankle|elbow|foot|feet|hand|heel|toe|finger|thumb|jaw|flank|pelvic|calf|shin|groin|rib|joint)\s+(?:pain|swelling|tenderness))(?![a-z])/g,
      lower: true,
      confidence: 0.75,
      needs: ['pain', 'swelling', 'tenderness'],
      startsWith: ['wrist', 'knee', 'hip', 'back', 'neck', 'shoulder', 'ankle', 'elbow', 'foot', 'feet', 'hand', 'heel', 'toe', 'finger', 'thumb', 'jaw', 'flank', 'pelvic', 'calf', 'shin', 'groin', 'rib', 'joint'],
    },
    {
      // "She fell on Sunday", "mom fell again", "he has fallen twice": a person's fall, said with its verb.
      name: 'person-fell',
      regex: /(?<![a-z])(?:she|he|mom|dad|mother|father|pt|patient|resident|grandma|grandpa|wife|husband)\s+(?:has\s+|had\s+)?(?:(?:also|just|almost|nearly)\s+)?(?<value>fell|fallen)(?![a-z])(?!\s+(?:asleep|behind|through|short|apart|off\s+the\s+(?:list|schedule|radar)|in\s+love))/g,
      lower: true,
      confidence: 0.75,
      needs: ['fell', 'fallen'],
      startsWith: ['she', 'he', 'mom', 'dad', 'mother', 'father', 'pt', 'patient', 'resident', 'grandma', 'grandpa', 'wife', 'husband'],
    },
    {
      // "admitted after a fall", "s/p fall", "unwitnessed fall": a fall as an event someone had; "in the fall", "fall
      // semester", "fall prevention" are a season or a program.
      name: 'fall-event',
      regex: /(?<![a-z])(?:after|from|had|sustained|s\/p|status post|since|due to|because of|unwitnessed|witnessed|mechanical|recent|another|ground-level)\s+(?:(?:a|an|her|his|another|recent)\s+|(?<=(?:because of|due to)\s+)the\s+)?(?<value>falls?)(?!\s+(?:festival|fundraiser|semester|term|season|newsletter|schedule|classes|catalog|event|open house|sale|prevention|risk|huddles?|precautions|protocol|quarter|2\d{3}))(?![a-z])/g,
      lower: true,
      confidence: 0.75,
      needs: 'fall',
      startsWith: ['after', 'from', 'had', 'sustained', 's/p', 'status', 'since', 'due', 'because', 'unwitnessed', 'witnessed', 'mechanical', 'recent', 'another', 'ground-level'],
    },
    { name: 'receptor-status', regex: RECEPTOR_STATUS_PATTERN, confidence: 0.8, startsWith: RECEPTOR_STARTS,
      needs: RECEPTOR_NEEDS },
    // The stage belongs to the diagnosis: "CKD 3a", "ckd stage IV", "stage 4 CKD".
    { name: 'ckd-stage', regex: CKD_STAGE_PATTERN, confidence: 0.9, needs: 'ckd', startsWith: CKD_STARTS },
    // `needs`: a word every match contains, looked for before the regex runs (most notes have none).
    { name: 'fracture-site', regex: FRACTURE, lower: true, confidence: 0.8, needs: ['fx', 'fracture'],
      startsWith: [...P.siteModifiers, ...P.fractureSites, ...VERTEBRA_LEVELS] },
    { name: 'fracture-of-site', regex: FRACTURE_OF, lower: true, confidence: 0.8, startsWith: ['fx', 'fracture'] },
    { name: 'tear-structure', regex: TEAR, lower: true, confidence: 0.8, needs: ['tear', 'rupture', 'injur', 'sprain'],
      startsWith: [...TEAR_GRADE_WORDS, ...P.tearStructures] },
    { name: 'torn-structure', regex: TORN, lower: true, confidence: 0.8, startsWith: ['torn', 'ruptured'] },
    { name: 'sprain-site', regex: SPRAIN, lower: true, confidence: 0.75, needs: 'ain',
      startsWith: ['grade', ...P.sprainSites] },
    { name: 'dislocation', regex: DISLOCATION, lower: true, confidence: 0.8, needs: 'disloc',
      startsWith: ['shoulder', 'hip', 'elbow', 'patell', 'kneecap', 'finger', 'thumb', 'knee', 'ac',
        'acromioclavicular', 'jaw', 'tmj', 'radial', 'lens', 'dislocated'] },
    { name: 'pressure-injury-stage', regex: PRESSURE_STAGE, lower: true, confidence: 0.85, needs: ['ulcer', 'pressure', 'decubitus', 'wound'],
      startsWith: ['stage', 'unstageable', 'deep tissue'] },
    { name: 'burn-laceration-degree', regex: DEGREE_INJURY, lower: true, confidence: 0.8, needs: ['burn', 'lacer', 'tear'],
      startsWith: ['first', 'second', 'third', 'fourth', '1st', '2nd', '3rd', '4th', 'partial', 'full',
        'superficial'] },
    { name: 'cancer-site', regex: CANCER, lower: true, confidence: 0.85, startsWith: ['stage', ...P.cancerSites],
      needs: ['cancer', 'oma', 'malignan', 'neoplasm', 'mets', 'metasta', 'tumor'] },
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
  ],
});

/** Diagnoses, also as patients misspell them ("his arthritus", "my hypertention"). */
export const diagnosis = withSymptomLists(withMisspellings(listedDiagnosis, DIAGNOSIS_NAMES_SPELLED_BY_EAR, 'diagnosis'));
