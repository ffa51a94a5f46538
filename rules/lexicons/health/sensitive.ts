import type { TermGroup } from './matcher';

// Sensitive categories: state laws and 42 CFR Part 2 give these extra protection, so each has its own lexicon.

export const MENTAL_HEALTH: TermGroup = {
  name: 'mental-health',
  confidence: 0.8,
  terms: [
    'major depressive disorder', 'major depression', 'depression', 'depressive episode', 'postpartum depression',
    'persistent depressive disorder', 'dysthymia', 'generalized anxiety disorder', 'anxiety disorder',
    'panic disorder', 'panic attacks', 'social anxiety disorder', 'post-traumatic stress disorder',
    'posttraumatic stress disorder', 'bipolar', 'bipolar disorder', 'bipolar i', 'bipolar ii', 'manic episode',
    'mania', 'hypomania', 'schizophrenia', 'schizoaffective disorder', 'schizoaffective', 'psychosis',
    'psychotic', 'psychotic episode', 'hallucinations', 'auditory hallucinations', 'delusions', 'paranoia',
    'obsessive-compulsive disorder', 'borderline personality disorder', 'personality disorder',
    'eating disorder', 'anorexia', 'anorexia nervosa', 'bulimia', 'binge eating disorder',
    'attention deficit hyperactivity disorder', 'suicidal ideation', 'suicidal thoughts', 'suicidal',
    'suicide attempt', 'attempted suicide', 'suicide risk', 'self-harm', 'self harm', 'cutting herself',
    'cutting himself', 'homicidal ideation', 'psychiatric', 'psychiatric hold', 'psychiatric admission',
    'psychiatric evaluation', 'psych eval', 'inpatient psychiatric', 'involuntary hold', 'involuntary commitment',
    'psychiatrist', 'mental health', 'mental illness', 'behavioral health', 'antidepressant', 'antidepressants',
    'antipsychotic', 'antipsychotics', 'mood stabilizer', 'electroconvulsive therapy', 'safety plan',
    'crisis line', 'dissociative', 'adjustment disorder',
    'clinical depression', 'depressed mood', 'panic attack', 'hearing voices', 'visual hallucinations',
    'pressured speech', 'flight of ideas', 'feeling hopeless', 'denies si', 'suicide risk assessment',
    'wants to die', 'kill myself', 'end my life', "don't want to live", 'no reason to live', 'better off dead',
    'antisocial personality disorder', 'narcissistic personality disorder', 'autism spectrum disorder',
    'gender dysphoria', 'mental breakdown', 'emdr', '5150 hold',
    'moderate depressive symptoms', 'depressive symptoms', 'psychosocial eval', 'psychosocial evaluation',
    'thoughts of harming yourself', 'thoughts of harming herself', 'thoughts of harming himself',
    'thoughts of self-harm',
    'intentional ingestion', 'intentional overdose',
    // school and eating-disorder presentations
    'selective mutism', 'disordered eating',
    // From fresh46/47: geriatrics and memory care, endocrine and bariatric surgery, ED callbacks, eating disorders
    'body checking', 'compensatory exercise', 'food refusal', 'food restriction', 'urges to purge', 'purge',
    'rumination', 'cut myself', 'cutting myself', 'binge-purge cycles',
    // From fresh48/49: urgent care, cardiology and electrophysiology, maternal-fetal medicine, urology
    'baby blues', 'edinburgh postnatal depression scale', 'edinburgh questionnaire',
    // From fresh52/53: pediatrics, orthopedics, radiation oncology, home hospice
    'not wanting to be here', 'thoughts of not wanting to be here', 'not wanting to live',
    // From fresh54/55: GI and hepatology, refugee health, plastic surgery and burns, an ACT team: long-acting antipsychotics are given for psychotic illness only
    'aristada', 'aristada initio', 'invega sustenna', 'invega trinza', 'invega hafyera', 'sustenna', 'trinza',
    'hafyera', 'abilify maintena', 'abilify asimtufii', 'uzedy', 'perseris', 'rykindo', 'zyprexa relprevv',
    'haldol decanoate', 'haloperidol decanoate', 'fluphenazine decanoate', 'clozapine', 'clozaril', 'command ah',
    'command auditory hallucinations', 'negative symptoms', 'crisis residential', 'psych admits',
    'psychiatric admissions', 'secondary trauma',
  ],
};

/** Psychiatric abbreviations, case-sensitive ("SI" the symptom, not "si" in Spanish). */
export const MENTAL_HEALTH_ABBREVIATIONS: TermGroup = {
  name: 'mental-health-abbreviations',
  confidence: 0.75,
  caseSensitive: true,
  terms: ['MDD', 'GAD', 'PTSD', 'OCD', 'ADHD', 'BPD', 'ECT', 'HI/SI', 'SI/HI', 'PHQ-9', 'GAD-7', '5150'],
};

/** "SI", "anxiety" and "depressed" are everyday words too: only next to clinical context. */
export const MENTAL_HEALTH_AMBIGUOUS: TermGroup = {
  name: 'mental-health-ambiguous',
  confidence: 0.6,
  requireCue: true,
  terms: [
    'anxiety', 'depressed', 'panic attack', 'manic', 'purging', 'bingeing', 'binge-purge', 'restricting intake', 'body image',
    // Hopelessness said in a student's or a patient's words (fresh33); "I don't see the point of this meeting" has no cue.
    "don't see the point", "doesn't see the point", "can't see the point", 'ligature attempt',
  ],
};
export const MENTAL_HEALTH_AMBIGUOUS_ABBREVIATIONS: TermGroup = {
  name: 'mental-health-ambiguous-abbreviations',
  confidence: 0.6,
  caseSensitive: true,
  requireCue: true,
  terms: ['SI', 'HI', 'AH/VH', 'CBT', 'DBT', 'EMDR', 'TMS'],
};

/** Words that make a message psychiatric; "patient" or "reports" alone do not. */
const PSYCHIATRIC_CONTEXT = [
  'depression', 'depressive', 'anxiety', 'anxious', 'psychiatric', 'psychiatrist', 'psych', 'mood', 'bipolar',
  'mdd', 'gad', 'ptsd', 'ocd', 'adhd', 'suicidal', 'ideation', 'therapist', 'psychotherapy', 'mental health',
  'behavioral health', 'panic', 'phq-9', 'gad-7', 'hallucinations', 'psychosis', 'schizophrenia', 'mania',
  'manic', 'attention', 'insomnia',
];

/** Antidepressants and antipsychotics: a mental-health finding only when the message is psychiatric. */
export const PSYCHIATRIC_MEDICATIONS: TermGroup = {
  name: 'psychiatric-medications',
  confidence: 0.65,
  requireCue: true,
  cues: PSYCHIATRIC_CONTEXT,
  terms: [
    'sertraline', 'zoloft', 'fluoxetine', 'prozac', 'escitalopram', 'lexapro', 'citalopram', 'celexa',
    'paroxetine', 'paxil', 'venlafaxine', 'effexor', 'duloxetine', 'cymbalta', 'mirtazapine', 'lithium',
    'quetiapine', 'seroquel', 'aripiprazole', 'abilify', 'risperidone', 'risperdal', 'olanzapine', 'zyprexa',
    'lurasidone', 'latuda', 'clozapine', 'clozaril', 'haloperidol', 'haldol', 'ssri', 'ssris', 'snri',
    'methylphenidate', 'ritalin', 'concerta', 'adderall', 'vyvanse', 'lisdexamfetamine', 'atomoxetine', 'strattera',
    'lamotrigine', 'lamictal', 'depakote', 'divalproex', 'valproate', 'carbamazepine', 'buspirone', 'buspar',
    'bupropion', 'wellbutrin', 'trazodone', 'mirtazapine', 'remeron', 'lorazepam', 'clonazepam', 'alprazolam',
    'ativan', 'klonopin', 'xanax', 'diazepam', 'valium',
  ],
};

export const MENTAL_HEALTH_CUES = [
  'depression', 'depressive', 'anxiety', 'anxious', 'psychiatric', 'psychiatrist', 'psych', 'mood', 'bipolar',
  'mdd', 'gad', 'ptsd', 'suicidal', 'ideation', 'therapist', 'counselor', 'counseling', 'psychotherapy',
  'mental health', 'behavioral health', 'panic', 'diagnosed', 'dx', 'symptoms', 'phq-9', 'gad-7', 'patient',
  'pt', 'denies', 'endorses', 'adhd', 'ocd', 'mania', 'attention', 'reports', 'hallucinations', 'psychosis',
  'schizophrenia', 'worsening',
  'eating disorder', 'anorexia', 'bulimia', 'restricting', 'purging', 'binge',
];

export const SUBSTANCE_USE: TermGroup = {
  name: 'substance-use',
  confidence: 0.85,
  terms: [
    'opioid use disorder', 'alcohol use disorder', 'substance use disorder', 'stimulant use disorder',
    'cannabis use disorder', 'opioid dependence', 'alcohol dependence', 'alcoholism', 'alcohol abuse',
    'drug abuse', 'substance abuse', 'drug addiction', 'opioid addiction', 'addiction treatment',
    'buprenorphine', 'buprenorphine-naloxone', 'suboxone', 'subutex', 'sublocade', 'zubsolv', 'methadone',
    'methadone clinic', 'methadone maintenance', 'naltrexone', 'vivitrol', 'acamprosate', 'disulfiram',
    'antabuse', 'narcan', 'naloxone', 'medication-assisted treatment', 'medication for opioid use disorder',
    'opioid treatment program', 'detox', 'detoxification', 'medical detox', 'drug rehab', 'alcohol rehab',
    'rehab for alcohol', 'inpatient rehab for', 'sober living', 'sobriety', 'alcoholics anonymous',
    'narcotics anonymous', 'aa meetings', 'na meetings', 'overdose', 'overdosed', 'heroin', 'fentanyl use',
    'illicit fentanyl',
    'cocaine', 'crack cocaine', 'methamphetamine', 'meth use', 'iv drug use', 'injection drug use',
    'alcohol withdrawal', 'opioid withdrawal', 'withdrawal symptoms', 'urine drug screen', 'tox screen',
    'toxicology screen', 'drug screen', '42 cfr part 2', '42 c.f.r. part 2', 'part 2 program', 'binge drinking',
    'heavy drinking', 'drinking problem', 'relapsed',
    // From fresh48/49: urgent care, cardiology and electrophysiology, maternal-fetal medicine, urology
    'tobacco use', 'tobacco use disorder', 'nicotine dependence',
  ],
};

export const SUBSTANCE_USE_ABBREVIATIONS: TermGroup = {
  name: 'substance-use-abbreviations',
  confidence: 0.75,
  caseSensitive: true,
  terms: ['OUD', 'SUD', 'MOUD', 'IVDU', 'PWID', 'CIWA', 'COWS', 'UDS', 'OTP',
    'DTs', 'MDMA', 'PEth', 'EtG',
  ],
};

/** "MAT" (a mat), "AUD" (Australian dollars), "AA" (batteries): only next to substance-use context. */
export const SUBSTANCE_USE_AMBIGUOUS: TermGroup = {
  name: 'substance-use-ambiguous',
  confidence: 0.65,
  caseSensitive: true,
  requireCue: true,
  terms: ['MAT', 'AUD', 'AA', 'NA', 'ETOH', 'EtOH', 'THC'],
};

export const SUBSTANCE_USE_CUES = [
  'alcohol', 'drinking', 'drinks', 'opioid', 'opioids', 'recovery', 'sober', 'sobriety', 'addiction',
  'substance', 'buprenorphine', 'suboxone', 'methadone', 'naltrexone', 'detox', 'relapse', 'meetings',
  'sponsor', 'withdrawal', 'use disorder', 'program', 'treatment', 'clinic', 'induction', 'dependence',
  'drug screen', 'tox', 'uds', 'cannabis', 'marijuana',
];

export const HIV_TERMS: TermGroup = {
  name: 'hiv',
  confidence: 0.9,
  terms: [
    'hiv', 'hiv-1', 'hiv-2', 'hiv positive', 'hiv-positive', 'hiv status', 'hiv test', 'hiv testing',
    'human immunodeficiency virus', 'acquired immunodeficiency syndrome', 'viral load', 'cd4 count', 'cd4',
    'cd4+', 'antiretroviral', 'antiretrovirals', 'antiretroviral therapy', 'pre-exposure prophylaxis',
    'post-exposure prophylaxis', 'truvada', 'descovy', 'biktarvy', 'genvoya', 'triumeq', 'dovato', 'cabenuva',
    'apretude', 'dolutegravir', 'bictegravir', 'seropositive', 'serostatus', 'plwh',
  ],
};

export const HIV_ABBREVIATIONS: TermGroup = {
  name: 'hiv-abbreviations',
  confidence: 0.85,
  caseSensitive: true,
  terms: ['PrEP', 'PREP', 'HAART', 'cART', 'ARV', 'ARVs', 'AIDS', 'PLWH', 'U=U',
    'PLHIV', 'HIVAN', 'nPEP',
  ],
};

/** "PEP" (pep talk), "ART" (art class), "undetectable": only next to HIV context. */
export const HIV_AMBIGUOUS: TermGroup = {
  name: 'hiv-ambiguous',
  confidence: 0.65,
  requireCue: true,
  terms: ['pep', 'art', 'undetectable', 'detectable'],
};

export const HIV_CUES = [
  'hiv', 'viral load', 'cd4', 'antiretroviral', 'prep', 'exposure', 'prophylaxis', 'regimen', 'biktarvy',
  'truvada', 'descovy', 'infectious disease', 'id clinic', 'copies/ml', 'copies',
];

export const REPRODUCTIVE_HEALTH: TermGroup = {
  name: 'reproductive-health',
  confidence: 0.85,
  terms: [
    'abortion', 'medication abortion', 'surgical abortion', 'termination of pregnancy', 'pregnancy termination',
    'pregnancy', 'pregnant', 'pregnancy test', 'positive pregnancy test', 'ectopic pregnancy', 'miscarriage',
    'miscarried', 'stillbirth', 'pregnancy loss', 'contraception', 'contraceptive', 'contraceptives',
    'birth control', 'emergency contraception', 'morning-after pill', 'iud', 'iud insertion', 'nexplanon',
    'depo-provera', 'depo shot', 'mirena', 'tubal ligation', 'vasectomy', 'in vitro fertilization', 'ivf cycle',
    'iui', 'intrauterine insemination', 'embryo transfer', 'egg retrieval', 'egg freezing', 'fertility treatment',
    'fertility clinic', 'infertility', 'mifepristone', 'misoprostol', 'prenatal', 'prenatal care',
    'prenatal visit', 'prenatal vitamins', 'postpartum', 'trimester', 'first trimester', 'second trimester',
    'third trimester', 'weeks pregnant', 'weeks along', 'weeks gestation', 'gestational age', 'c-section', 'cesarean',
    'cesarean section', 'labor and delivery', 'obstetric', 'obstetrics', 'due date', 'fetal', 'fetus', 'd&c',
    'dilation and curettage', 'pcos', 'polycystic ovary syndrome', 'endometriosis', 'menopause', 'hrt',
    'gestational diabetes', 'preeclampsia', 'pre-eclampsia', 'hyperemesis gravidarum', 'placenta previa',
    'gestational hypertension',
    'missed period', 'last menstrual period', 'elective abortion', 'aspiration abortion', 'mifeprex', 'ulipristal',
    'oral contraceptive', 'iud removal', 'copper iud', 'kyleena', 'liletta', 'skyla', 'paragard', 'nuvaring',
    'slynd', 'phexxi', 'opill', 'tubes tied', 'bilateral salpingectomy', 'vasectomy reversal',
    'transvaginal ultrasound', 'implantation bleeding', 'subchorionic hemorrhage', 'rh immune globulin',
    'plan b pill',
    'breastfeeding', 'breast-feeding', 'lactation consult', 'lactation consultant',
    'postmenopausal', 'perimenopausal', 'arm implant', 'contraceptive implant', 'nexplanon implant',
    'estrogen-containing pill', 'sti testing', 'sti screening',
    // STI care in school-based clinics (fresh17).
    'sti care', 'test of reinfection', 'expedited partner therapy',
    // Obstetrics and fertility (fresh21).
    'preterm delivery', 'frozen embryo transfer', 'lining check', 'gbs culture',
    'gbs positive', '3 hr gtt', '3-hour gtt', '1 hr gtt',
    'anti-mullerian hormone', 'amh level',
    // From fresh39
    'periods stopped', 'breakthrough bleeding',
    // From fresh40
    'combined pill', 'combined oral contraceptive', 'ob referral',
    // From fresh48/49: urgent care, cardiology and electrophysiology, maternal-fetal medicine, urology
    'vaginal bleeding', 'contractions', 'di/di twins', 'mo/di twins', 'sprintec',
    'spontaneous vaginal delivery',
    // From fresh50/51: long-term-care pharmacy, hospitalists, infectious disease and travel medicine, neurology
    'combined ocp',
    // fresh56-67: gynecology, fertility, school and student health
    'dyspareunia', 'vaginismus', 'endometrioma', 'heavy menstrual bleeding', 'perimenopause', 'irregular bleeding',
    'donor egg', 'donor eggs', 'risk-reducing salpingo-oophorectomy', 'bilateral hydrosalpinx', 'hydrosalpinx',
    'small uterine septum', 'uterine septum', 'labor & delivery admission', 'fertility preservation', 'urine hcg',
    'sti panel', 'gonorrhea/chlamydia naat', 'ct/gc naat', 'gc/ct naat', 'reproductive health services',
    'nexplanon removal', 'nexplanon insertion', 'freeze-all',
  ],
};

export const REPRODUCTIVE_ABBREVIATIONS: TermGroup = {
  name: 'reproductive-abbreviations',
  confidence: 0.75,
  caseSensitive: true,
  terms: ['Plan B', 'G2P1', 'G1P0', 'G3P2', 'G2P0', 'G1P1', 'EDD', 'LMP', 'SAB', 'TAB', 'OB/GYN', 'OBGYN',
    'PIO', 'GDM',
    'VBAC', 'OCPs', 'OHSS', 'TESE',
    // From fresh48/49: urgent care, cardiology and electrophysiology, maternal-fetal medicine, urology
    'SVD', 'NSVD',
    // fresh56-67: fertility and contraception
    'FET', 'RPL', 'LARC', 'UPT', 'IUIs', 'HSGs',
  ],
};

/** In ICU shorthand "IVF" is IV fluids: in vitro fertilization only with fertility words nearby. */
export const REPRODUCTIVE_AMBIGUOUS: TermGroup = {
  name: 'reproductive-ambiguous',
  confidence: 0.7,
  requireCue: true,
  terms: ['ivf',
    'estradiol', 'letrozole',
  ],
};

export const REPRODUCTIVE_CUES = [
  'fertility', 'infertility', 'embryo', 'embryos', 'egg', 'eggs', 'retrieval', 'transfer', 'pregnancy', 'pregnant',
  'miscarriage', 'consult', 'cycle', 'clinic', 'reproductive', 'reproductive endocrinology', 'iui', 'ovarian',
  'sperm', 'conceive', 'conceiving', 'trying to conceive', 'rei',
];

export const GENETIC: TermGroup = {
  name: 'genetic',
  confidence: 0.85,
  terms: [
    'brca', 'brca1', 'brca2', 'brca mutation', 'brca1 mutation', 'brca2 mutation', 'genetic testing',
    'genetic test', 'genetic test results', 'genetic counseling', 'genetic counselor', 'genetic screening',
    'carrier screening', 'carrier status', 'expanded carrier screening', 'genetic mutation', 'gene mutation',
    'pathogenic variant', 'likely pathogenic', 'variant of uncertain significance', 'germline', 'germline testing',
    'whole exome sequencing', 'exome sequencing', 'whole genome sequencing', 'genome sequencing', 'genotype',
    'genotyping', 'karyotype', 'chromosomal microarray', "huntington's disease", "huntington's", 'huntington disease',
    'lynch syndrome', 'tay-sachs', 'fragile x', 'down syndrome', 'trisomy 21', 'trisomy 18', 'sickle cell trait',
    'cystic fibrosis carrier', 'factor v leiden', 'mthfr', 'apoe4', 'apoe', 'hereditary cancer',
    'hereditary cancer panel', 'familial hypercholesterolemia', 'nipt', 'cell-free dna', 'amniocentesis',
    '23andme', 'ancestrydna', 'pharmacogenomic', 'pharmacogenetic', 'chorionic villus sampling',
    'brca testing', 'brca1/2 testing', 'brca gene testing',
  ],
};

export const GENETIC_ABBREVIATIONS: TermGroup = {
  name: 'genetic-abbreviations',
  confidence: 0.75,
  caseSensitive: true,
  terms: ['VUS', 'PGT-A', 'PGT', 'WES', 'WGS', 'GINA',
    'HBOC', 'MEN1', 'MEN2', 'MEN2A', 'MEN2B', 'MUTYH', 'PTEN', 'PALB2', 'CHEK2', 'RAD51C', 'BRIP1', 'HEXA', 'SERPINA1', 'CYP2D6', 'RPGR', 'USH2A',
    'ABCA4', 'SCN1A', 'FGFR3', 'FMR1', 'MLH1', 'MSH2', 'MSH6', 'PMS2', 'TP53', 'CDH1', 'STK11', 'SMN1', 'FBN1',
    'RPE65', 'TSC1', 'MYH7', 'C282Y',
  ],
};

// ---------------------------------------------------------------------------------------------------------
// The clinical vocabulary of each special category beyond its diagnoses: levels of care, screening
// instruments, lab terms, treatment drugs and procedures. Each class is kept whole (all the common psychiatric
// rating scales, not one), so an unseen message's "EPDS" or "PCL-5" is found like "PHQ-9".
// ---------------------------------------------------------------------------------------------------------

/**
 * The words that make a sensitive category's term something done to or for the patient, a procedure too
 * ("cognitive processing therapy", "embryo transfer", "urine drug screen", "genetic counseling", "PHQ-9"),
 * rather than a condition, a drug, a place or a program.
 */
export const DONE_TO_PATIENT = /(?:test|testing|tests|screen|screens|screening|evaluation|therapy|psychotherapy|psychoeducation|counseling|transfer|transfers|retrieval|retrievals|insemination|fertilization|freezing|banking|cryopreservation|analysis|ligation|vasectomy|insertion|section|cesarean|curettage|d&c|amniocentesis|sampling|ultrasound|scan|sonogram|hysterosalpingogram|infusion|infusions|stimulation|monitoring|genotype|sequencing|panel|visit|visits)$|^(?:phq-?[29a]|gad-?[27]|cbt|dbt|emdr|tms|ect|iui|ivf|pgt(?:-[am])?|uds|ciwa(?:-ar)?|audit-c|dast(?:-10)?|crafft)$/;

/** Psychiatric levels of care and units, crisis services and safety measures. */
export const MENTAL_HEALTH_CARE: TermGroup = {
  name: 'mental-health-care',
  confidence: 0.8,
  terms: [
    'inpatient psychiatry', 'inpatient psych', 'adult inpatient psychiatry', 'inpatient psychiatric unit',
    'psychiatric unit', 'psych unit', 'psych ward', 'psychiatric ward', 'psychiatric hospital',
    'psychiatric hospitalization', 'psychiatric hospitalizations', 'psych admission', 'psych hold',
    '72-hour hold', '72 hour hold', 'involuntary psychiatric hold', 'baker act', 'emergency detention',
    'behavioral health unit', 'geriatric psychiatry', 'child and adolescent psychiatry', 'adolescent psychiatry',
    'psychiatric emergency', 'psychiatric er', 'psych er', 'crisis stabilization', 'crisis stabilization unit',
    'mobile crisis', 'mobile crisis team', 'crisis center', 'suicide watch', 'suicide precautions',
    'safety planning', 'means restriction', 'lethal means counseling', 'suicide hotline', 'suicide prevention lifeline',
    '988 suicide', 'psychiatric nurse practitioner', 'psychiatric np', 'psychiatric medication',
    'psychiatric medications', 'psych meds', 'transcranial magnetic stimulation', 'psychological testing',
    'psychological evaluation', 'neuropsychological testing', 'neuropsych testing', 'psych testing',
    'ketamine infusion', 'ketamine infusions', 'esketamine', 'spravato', 'psychotherapy',
    'cognitive behavioral therapy', 'dialectical behavior therapy', 'electroconvulsive therapy', 'dbt skills group',
    'trauma-focused therapy', 'trauma therapy', 'exposure therapy', 'prolonged exposure therapy',
    'cognitive processing therapy', 'interpersonal therapy', 'family therapy', 'grief counseling',
    'eating disorder program', 'eating disorder treatment', 'residential eating disorder treatment',
    'competency evaluation', 'competency to stand trial evaluation', 'competency to stand trial',
    'psychoeducation', 'group psychoeducation',
    'forensic evaluation', 'forensic psychiatric evaluation',
    'grief support group', 'collaborative care',
    'outpatient counseling', 'mental health counseling',
    'psych consult', 'psychiatry eval', 'psychiatric evaluation', 'psychiatry consult',
    'seeking safety', 'motivational interviewing',
    // Emergency custody and detention orders (fresh89)
    'temporary detention order', 'emergency custody order', 'involuntary commitment', 'involuntary hold',
    'psychiatric hold',
    // Psychiatry follow-up in shorthand (fresh91)
    'psych f/u', 'psych follow-up', 'psych follow up', 'psych appt', 'psych appointment',
  ],
};

/** Psychiatric rating scales and screening instruments. */
export const MENTAL_HEALTH_INSTRUMENTS: TermGroup = {
  name: 'mental-health-instruments',
  confidence: 0.8,
  caseSensitive: true,
  terms: [
    'C-SSRS', 'CSSRS', 'PHQ-2', 'PHQ2', 'PHQ9', 'PHQ-A', 'GAD7', 'GAD-2', 'EPDS', 'PCL-5', 'PC-PTSD-5', 'MDQ',
    'ASRS', 'BDI-II', 'HAM-D', 'HAMD', 'HAM-A', 'MADRS', 'Y-BOCS', 'YBOCS', 'PANSS', 'YMRS', 'ASQ-SI',
    'Columbia Suicide Severity Rating Scale', 'Columbia scale', 'Edinburgh Postnatal Depression Scale',
    'Beck Depression Inventory', 'Beck Anxiety Inventory', 'Patient Health Questionnaire', 'Vanderbilt ADHD',
    'EDE-Q', 'SCOFF', 'EAT-26',
    'Edinburgh questionnaire',
    // Evaluation instruments (fresh91/fresh93)
    'MMPI-3', 'MMPI-2-RF', 'RHS-15', 'Refugee Health Screener', 'BES', 'Binge Eating Scale', 'PCL-5',
  ],
};

/** Further conditions and symptoms by clinical name. */
export const MENTAL_HEALTH_CONDITIONS: TermGroup = {
  name: 'mental-health-conditions',
  confidence: 0.8,
  terms: [
    'depressive disorder', 'mood disorder', 'anxiety disorders', 'agoraphobia', 'specific phobia',
    'somatic symptom disorder', 'conversion disorder', 'functional neurological disorder', 'catatonia',
    'postpartum psychosis', 'perinatal depression', 'premenstrual dysphoric disorder', 'pmdd',
    'seasonal affective disorder', 'suicidality', 'passive suicidal ideation', 'passive si', 'self-injury',
    'non-suicidal self-injury', 'nssi', 'self-injurious behavior', 'intrusive thoughts', 'anhedonia',
    'hopelessness', 'bipolar i disorder', 'bipolar ii disorder', 'reactive attachment disorder',
    'oppositional defiant disorder', 'disruptive mood dysregulation disorder', 'tourette syndrome',
    'trichotillomania', 'hoarding disorder', 'body dysmorphic disorder', 'avoidant restrictive food intake disorder',
    'arfid', 'dissociative identity disorder', 'depersonalization', 'acute stress disorder', 'complex ptsd',
    'trauma-related nightmares', 'ptsd nightmares', 'psychiatric symptoms', 'psychiatric history', 'dissociation',
    'dissociative episode', 'dissociative episodes', 'dissociating', 'derealization', 'postpartum anxiety',
    'perinatal anxiety',
    'low mood', 'prolonged grief disorder', 'complicated grief',
    // Trauma screening and its symptoms (fresh17).
    'adverse childhood experiences', 'secondary traumatic stress', 'nightmares',
    // Spanish.
    'ansiedad', 'depresión', 'ataques de pánico',
    // Trauma symptoms (fresh18).
    'startle response', 'exaggerated startle response',
    // Mood and safety language (fresh21).
    'hypomanic', 'hypomania', 'borderline personality traits', 'barely sleeping', 'crying most of the day',
    'claustrophobic', 'self-harm', 'cutting herself', 'cutting himself',
    // Eating-disorder and self-harm behaviours (fresh87)
    'compulsive exercise', 'superficial cutting', 'flat affect', 'purging behaviors', 'binge eating',
    'restrictive eating', 'food restriction', 'fear of vomiting', 'body checking', 'command hallucinations',
    'suicide attempt', 'cutting behaviors',
    // Gender dysphoria and mood as written (fresh90/fresh91)
    'chest dysphoria', 'body dysphoria', 'gender dysphoria', 'mood swings', 'emotional eating', 'self-harm thoughts',
    'thoughts of self-harm',
  ],
};

/** Drugs given off-label for psychiatric symptoms: only when that symptom is named beside them. */
export const PSYCHIATRIC_OFF_LABEL: TermGroup = {
  name: 'psychiatric-off-label',
  confidence: 0.65,
  requireCue: true,
  cues: [
    'nightmares', 'nightmare', 'ptsd', 'trauma', 'psychiatrist', 'psychiatric', 'anxiety', 'panic', 'adhd',
    'agitation', 'insomnia', 'mood', 'depression', 'bipolar', 'psych',
  ],
  terms: [
    'prazosin', 'hydroxyzine', 'vistaril', 'atarax', 'propranolol', 'clonidine', 'guanfacine', 'intuniv',
    'gabapentin', 'topiramate', 'naltrexone', 'doxepin', 'ketamine',
  ],
};

/**
 * Antidepressants, antipsychotics, mood stabilizers and ADHD drugs that are prescribed almost only for
 * psychiatric conditions: they count when the message is psychiatric within a few sentences (mental-health.ts),
 * not just within a few words. Benzodiazepines and haloperidol stay in the strict list: an ICU gives them for
 * sedation, delirium and seizures.
 */
export const MORE_PSYCHIATRIC_MEDICATIONS: TermGroup = {
  name: 'psychiatric-medications-more',
  confidence: 0.65,
  terms: [
    'vortioxetine', 'trintellix', 'vilazodone', 'viibryd', 'desvenlafaxine', 'pristiq', 'levomilnacipran',
    'fetzima', 'nortriptyline', 'pamelor', 'amitriptyline', 'imipramine', 'clomipramine', 'anafranil',
    'phenelzine', 'nardil', 'tranylcypromine', 'parnate', 'emsam', 'zuranolone', 'zurzuvae', 'brexanolone',
    'brexpiprazole', 'rexulti', 'cariprazine', 'vraylar', 'ziprasidone', 'geodon', 'paliperidone', 'invega',
    'invega sustenna', 'lumateperone', 'caplyta', 'asenapine', 'saphris', 'iloperidone', 'fluphenazine',
    'perphenazine', 'chlorpromazine', 'loxapine', 'olanzapine-samidorphan', 'lybalvi', 'xanomeline', 'cobenfy',
    'dexmethylphenidate', 'focalin', 'amphetamine', 'dextroamphetamine', 'mydayis', 'adzenys', 'jornay',
    'viloxazine', 'qelbree', 'lithium carbonate', 'lithobid',
    'eskalith', 'oxcarbazepine', 'trileptal', 'fluvoxamine', 'luvox', 'auvelity', 'aplenzin', 'zoloft',
    'sertraline', 'prozac', 'fluoxetine', 'lexapro', 'escitalopram', 'celexa', 'citalopram', 'paxil', 'paroxetine',
    'effexor', 'venlafaxine', 'cymbalta', 'duloxetine', 'wellbutrin', 'bupropion', 'seroquel', 'quetiapine',
    'abilify', 'aripiprazole', 'risperdal', 'risperidone', 'zyprexa', 'olanzapine', 'latuda', 'lurasidone',
    'clozapine', 'clozaril', 'lamictal', 'lamotrigine', 'buspirone', 'buspar', 'mirtazapine', 'remeron',
    'adderall', 'vyvanse', 'ritalin', 'concerta', 'methylphenidate', 'strattera', 'atomoxetine', 'lithium',
    // Spanish spellings.
    'sertralina', 'fluoxetina',
  ],
};

/**
 * Levels of care shared by psychiatry and addiction treatment (IOP, PHP, residential): each recognizer takes
 * them with its own strict cues, so "IOP" after a relapse is substance use and after a depressive episode is
 * mental health. "IOP 18" is an eye pressure and "PHP" a language: the recognizers reject those.
 */
export const TREATMENT_LEVELS: TermGroup = {
  name: 'treatment-levels',
  confidence: 0.7,
  requireCue: true,
  terms: [
    'intensive outpatient', 'intensive outpatient program', 'partial hospitalization',
    'partial hospitalization program', 'partial hospital program', 'residential treatment', 'residential program',
    'step-down program',
  ],
};
export const TREATMENT_LEVEL_ABBREVIATIONS: TermGroup = {
  name: 'treatment-level-abbreviations',
  confidence: 0.7,
  caseSensitive: true,
  requireCue: true,
  terms: ['IOP', 'PHP'],
};
/** Addiction-only settings that are also ordinary words ("rehab" after a knee replacement). */
export const SUD_SETTINGS_AMBIGUOUS: TermGroup = {
  name: 'sud-settings-ambiguous',
  confidence: 0.7,
  requireCue: true,
  terms: ['rehab', 'inpatient rehab', 'recovery center', 'treatment center', 'halfway house', 'recovery house'],
};
/** Strict substance-use context for ambiguous settings and instruments ("program" and "clinic" are not enough). */
export const SUBSTANCE_STRICT_CUES = [
  'alcohol', 'drinking', 'drinks', 'opioid', 'opioids', 'heroin', 'fentanyl', 'cocaine', 'meth', 'sober',
  'sobriety', 'addiction', 'substance', 'buprenorphine', 'suboxone', 'methadone', 'naltrexone', 'vivitrol',
  'detox', 'relapse', 'relapsed', 'use disorder', 'oud', 'aud', 'sud', 'withdrawal', 'sponsor', 'etoh',
  'narcotics anonymous', 'alcoholics anonymous', '12-step', 'clean', 'drug use', 'overdose', 'cannabis',
];
/** Strict psychiatric context for the shared levels of care. */
export const PSYCHIATRIC_STRICT_CUES = [
  'depression', 'depressive', 'anxiety', 'psychiatric', 'psychiatrist', 'psych', 'bipolar', 'mdd', 'ptsd',
  'ocd', 'suicidal', 'ideation', 'self-harm', 'eating disorder', 'anorexia', 'bulimia', 'psychosis',
  'schizophrenia', 'mental health', 'behavioral health', 'dbt', 'mood',
];

/** Substance-use vocabulary beyond the diagnoses: misuse, withdrawal care, recovery support, instruments. */
export const SUBSTANCE_USE_MORE: TermGroup = {
  name: 'substance-use-more',
  confidence: 0.8,
  terms: [
    'alcohol misuse', 'substance misuse', 'drug misuse', 'opioid misuse', 'prescription drug misuse',
    'problem drinking', 'problematic drinking', 'hazardous drinking', 'harmful drinking', 'unhealthy alcohol use',
    'risky drinking', 'polysubstance', 'polysubstance use', 'substance use', 'illicit drug use', 'drug use',
    'recreational drug use', 'cannabis use', 'marijuana use', 'methamphetamine use', 'cocaine use',
    'alcohol use', 'benzodiazepine misuse', 'benzo withdrawal', 'benzodiazepine withdrawal', 'nicotine withdrawal',
    'withdrawal seizures', 'withdrawal seizure', 'delirium tremens', 'alcohol detox', 'opioid detox', 'drug detox',
    'detox admission', 'detox admissions', 'detox unit', 'detox wing', 'sober house', 'recovery coach',
    'peer recovery', 'peer recovery specialist', 'smart recovery', '12-step', 'twelve-step', '12 step program',
    'addiction medicine', 'addiction psychiatry', 'addiction counselor', 'substance abuse counselor',
    'drug and alcohol counselor', 'sud treatment', 'xylazine', 'kratom', 'crystal meth', 'fentanyl test strips',
    'lofexidine', 'lucemyra', 'brixadi', 'buprenorphine extended-release', 'naltrexone er',
    'naltrexone extended-release',
    'blood alcohol', 'blood alcohol level', 'opiate withdrawal', 'audit-c', 'dast-10', 'crafft', 'using fentanyl',
    'using heroin', 'using meth', 'using cocaine', 'smoking meth', 'smoking crack', 'snorting', 'shooting up',
    'injecting heroin', 'injecting drugs', 'positive for cocaine', 'positive for fentanyl', 'positive for opiates',
    'positive for amphetamines', 'positive for thc',
    'drinking every night', 'drinking again', 'blackout drinking', 'blackout drunk', 'drunk driving', 'dope sick',
    'dopesick', 'tranq dope', 'speedball', 'meth', 'cocaine use disorder', 'marijuana', 'smoking weed',
    'benzo abuse', 'drug seeking', 'doctor shopping', 'track marks', 'needle exchange', 'syringe services program',
    'opioid overdose', 'addiction', 'chemical dependency', 'using again', 'getting high', 'days sober',
    'aa meeting', 'residential treatment', 'intensive outpatient program', 'partial hospitalization program',
    'campral', 'urine tox', 'breathalyzer', 'alcoholic hepatitis', 'alcoholic cirrhosis', 'nicotine dependence',
    'tobacco use disorder', 'vaping', 'varenicline', 'chantix', 'cows score', 'detox program',
    'addicted to opioids',
    // tobacco and cannabis vapes
    'former smoker', 'current smoker', 'ex-smoker', 'smoking cessation', 'tobacco cessation', 'quit smoking',
    'thc cart', 'thc cartridge', 'thc vape', 'nicotine vape',
    'alcohol-associated cirrhosis', 'alcohol-related cirrhosis', 'alcohol-associated hepatitis',
    // Drug testing and smoking status (fresh18).
    'synthetic cannabinoids', 'substance abuse professional',
    'ppd smoker', 'pack-per-day smoker', 'cannabis edible', 'cannabis edibles',
    // Drug confirmation panels (fresh21).
    'norbuprenorphine', 'norfentanyl', 'ethyl glucuronide', 'urine drug confirmation',
    // Drug-test metabolites of cannabis, cocaine, fentanyl and heroin (fresh35): a urine result positive for one is substance use
    'thc-cooh', 'benzoylecgonine', '6-mam', '6-monoacetylmorphine',
    // fresh56-67: ED, OTP, pulmonology
    'acute alcohol intoxication', 'alcohol intoxication', 'smoking history', 'possible diversion', 'vapes daily',
    // Drinking and withdrawal as written in jail and clinic mail (fresh87)
    'daily drinking', 'drinks daily', 'a fifth of vodka', 'fifth of vodka', 'alcohol withdrawal',
    'opioid withdrawal', 'benzo withdrawal', 'MAT program', 'MOUD',
    // Drinking and intoxication as staff write them (fresh91)
    'intoxicated', 'drinking most nights', 'drinking again', 'drinking every night', 'back to drinking',
    'relapsed on alcohol',
  ],
};

/** Substance-use screening instruments; "AUDIT" and "CAGE" are words too, so those only beside strict cues. */
export const SUBSTANCE_USE_INSTRUMENTS: TermGroup = {
  name: 'substance-use-instruments',
  confidence: 0.75,
  caseSensitive: true,
  terms: ['DAST', 'SBIRT', 'CIWA-Ar', 'TAPS tool'],
};
/**
 * "withdrawal" is substance use only in a message about substances (substance-use.ts checks the
 * whole message, since a family member writes the drug in one sentence and the symptoms three sentences later).
 */
export const SUBSTANCE_USE_AMBIGUOUS_MORE: TermGroup = {
  name: 'substance-use-ambiguous-more',
  confidence: 0.65,
  terms: ['withdrawal', 'withdrawals', 'clean and sober', 'using again'],
};
export const SUBSTANCE_USE_AMBIGUOUS_INSTRUMENTS: TermGroup = {
  name: 'substance-use-ambiguous-instruments',
  confidence: 0.65,
  caseSensitive: true,
  requireCue: true,
  terms: ['AUDIT', 'CAGE', 'ASSIST'],
};

/** HIV laboratory vocabulary and outcomes, and the antiretrovirals not in the first list. */
export const HIV_MORE: TermGroup = {
  name: 'hiv-more',
  confidence: 0.85,
  terms: [
    'viremia', 'low-level viremia', 'viremic', 'viral suppression', 'virally suppressed', 'viral rebound',
    'virologic failure', 'virological failure', 'hiv rna', 'hiv-1 rna', 'hiv viral load', 'hiv genotype',
    'hiv resistance', 'seroconversion', 'seroconverted', 'acute hiv', 'ryan white', 'adap',
    'aids drug assistance program', 'opportunistic infection', 'odefsey', 'symtuza', 'juluca', 'stribild',
    'complera', 'atripla', 'prezcobix', 'prezista', 'darunavir', 'raltegravir', 'isentress', 'tivicay',
    'emtricitabine', 'efavirenz', 'rilpivirine', 'cabotegravir', 'lenacapavir', 'sunlenca', 'yeztugo',
    'doravirine', 'pifeltro', 'delstrigo', 'rukobia', 'fostemsavir', 'trogarzo', 'ibalizumab', 'zidovudine',
    'nevirapine', 'hiv-exposed infant', 'perinatal hiv', 'hiv care', 'hiv clinic', 'hiv specialist',
    'hiv prevention', 'hiv screen', 'hiv screening', 'hiv ag/ab', 'hiv antigen/antibody', 'hiv-1/2',
    'hiv+', 'hiv infection', 'hiv disease', 'hiv/aids', 'aids diagnosis', 'aids-defining illness',
    'full-blown aids', 'living with hiv', 'newly diagnosed hiv', 'hiv diagnosis', 'serodiscordant',
    'acute retroviral syndrome', 'hiv exposure', 'exposed to hiv', 'mother-to-child transmission',
    'rapid hiv test', 'oraquick', 'hiv antibody', '4th generation hiv test', 'undetectable viral load',
    'cd4 percentage', 'genotype resistance testing', 'hiv drug resistance', 'hla-b*5701', 'hiv meds',
    'hiv medication', 'on prep', 'prep prescription', 'prep clinic', 'hiv pep', 'elvitegravir', 'edurant',
    'sustiva', 'atazanavir', 'reyataz', 'evotaz', 'tybost', 'emtricitabine/tenofovir', 'tenofovir alafenamide',
    'tenofovir disoproxil', 'abacavir', 'epzicom', 'combivir', 'trizivir', 'maraviroc', 'selzentry', 'etravirine',
    'intelence', 'cimduo', 'symfi', 'temixys', 'lopinavir/ritonavir', 'kaletra', 'ryan white program',
    'hiv case manager', 'pneumocystis pneumonia', 'kaposi sarcoma', 'cryptococcal meningitis', 'cmv retinitis',
    'hiv wasting syndrome', 'hiv-associated nephropathy', 'hiv-associated neurocognitive disorder',
    'progressive multifocal leukoencephalopathy', 'hiv disclosure', 'disclosed hiv status',
  ],
};

/**
 * Resistance testing and drug-level words belong to HIV only beside HIV context: "resistance genotype" after a
 * viral load, not a hepatitis C genotype or an antibiotic-resistance culture.
 */
export const HIV_AMBIGUOUS_MORE: TermGroup = {
  name: 'hiv-ambiguous-more',
  confidence: 0.7,
  requireCue: true,
  terms: [
    'resistance genotype', 'genotype resistance testing', 'resistance testing', 'drug resistance testing',
    'genotypic resistance', 'resistance mutations', 'tenofovir', 'lamivudine', 'abacavir',
  ],
};

export const HIV_CUES_MORE = [
  'hiv-1', 'rna', 'viremia', 'dovato', 'triumeq', 'genvoya', 'odefsey', 'cabenuva', 'apretude', 'dolutegravir',
  'bictegravir', 'arv', 'arvs', 'haart', 'undetectable', 'seropositive', 'plwh',
];

/** Fertility drugs and procedures: a fertility cycle is reproductive health even without the word "IVF". */
export const FERTILITY: TermGroup = {
  name: 'fertility',
  confidence: 0.85,
  terms: [
    'menopur', 'gonal-f', 'follistim', 'ovidrel', 'novarel', 'pregnyl', 'cetrotide', 'ganirelix', 'fyremadel',
    'clomid', 'clomiphene', 'progesterone in oil', 'crinone', 'endometrin', 'trigger shot', 'hcg trigger',
    'lupron trigger', 'ovarian stimulation', 'stimulation protocol', 'stim protocol', 'follicle scan',
    'follicle check', 'follicle monitoring', 'oocyte retrieval', 'egg retrievals', 'frozen embryo transfer',
    'fresh embryo transfer', 'embryo transfers', 'intracytoplasmic sperm injection', 'icsi', 'embryo freezing',
    'embryo banking', 'oocyte cryopreservation', 'sperm banking', 'semen analysis', 'sperm analysis', 'sperm donor',
    'egg donor', 'donor eggs', 'donor sperm', 'gestational carrier', 'gestational surrogate', 'surrogacy',
    'reproductive endocrinologist', 'reproductive endocrinology', 'fertility specialist',
    'fertility preservation', 'fertility medications', 'fertility drugs', 'hysterosalpingogram', 'hsg',
    'saline sonogram', 'sonohysterogram', 'antral follicle count', 'anti-mullerian hormone', 'amh level',
    'trying to conceive', 'ovulation induction', 'timed intercourse', 'ivf retrieval', 'semen sample',
    'sperm sample', 'semen specimen',
    'lining check', 'lining check ultrasound', 'lining scan', 'follitropin', 'follitropin alfa', 'menotropins',
    'cetrorelix', 'embryo transfer', 'euploid embryo', 'euploid blastocyst', 'blastocyst transfer',
    'trying to get pregnant', 'luteal phase support', 'vitrification', 'frozen embryos', 'blastocyst',
    'embryo grading', 'aneuploid embryo', 'mosaic embryo', 'embryo biopsy', 'sperm cryopreservation',
    'ovarian hyperstimulation syndrome', 'day 3 fsh', 'diminished ovarian reserve',
    'premature ovarian insufficiency', 'follicular monitoring', 'sperm count', 'low sperm count', 'azoospermia',
    'oligospermia', 'micro-tese', 'lh surge', 'fertilization report', 'assisted hatching',
  ],
};

/** Pregnancy loss and its care. */
export const PREGNANCY_LOSS: TermGroup = {
  name: 'pregnancy-loss',
  confidence: 0.85,
  terms: [
    'missed abortion', 'spontaneous abortion', 'incomplete abortion', 'threatened abortion', 'blighted ovum',
    'chemical pregnancy', 'fetal demise', 'intrauterine fetal demise', 'iufd', 'molar pregnancy',
    'products of conception', 'retained products of conception', 'early pregnancy loss', 'recurrent pregnancy loss',
    'recurrent miscarriage', 'miscarriages', 'pregnancy of unknown location', 'failed pregnancy',
    'nonviable pregnancy', 'non-viable pregnancy', 'manual vacuum aspiration', 'uterine aspiration',
    'dilation and evacuation', 'd&e', 'methotrexate for ectopic', 'salpingostomy',
  ],
};

/**
 * "hCG" is a pregnancy hormone, a fertility trigger and a tumor marker: reproductive health beside pregnancy,
 * loss or fertility words only. "Lupron" and "letrozole" are cancer drugs too.
 */
export const REPRODUCTIVE_AMBIGUOUS_MORE: TermGroup = {
  name: 'reproductive-ambiguous-more',
  confidence: 0.7,
  requireCue: true,
  cues: [
    'pregnancy', 'pregnant', 'miscarriage', 'loss', 'ectopic', 'weeks', 'gestation', 'ultrasound', 'fertility',
    'ivf', 'iui', 'embryo', 'transfer', 'retrieval', 'trigger', 'ovulation', 'conceive', 'beta', 'd&c',
    'bleeding', 'cycle', 'stims', 'follicles', 'ob', 'reproductive', 'infertility', 'egg', 'eggs',
    // A falling quantitative hCG is followed after a loss or an ectopic: "follow-up hCG ... was 38, down from 212".
    'down from', 'trending down', 'quantitative', 'quant',
  ],
  terms: ['hcg', 'lupron', 'letrozole', 'femara', 'estradiol', 'progesterone', 'stims'],
};

/**
 * "Termination" ends jobs and contracts too: a pregnancy's only beside prenatal words ("G3P2 at 16 weeks ... talk
 * through amniocentesis and all of their options, including termination").
 */
export const PREGNANCY_TERMINATION_AMBIGUOUS: TermGroup = {
  name: 'pregnancy-termination-ambiguous',
  confidence: 0.75,
  requireCue: true,
  cues: [
    'pregnancy', 'pregnant', 'weeks', 'gestation', 'fetal', 'fetus', 'trisomy', 'amniocentesis', 'anomaly',
    'anatomy scan',
    'prenatal', 'ultrasound', 'nipt', 'ob', 'abortion', 'miscarriage',
  ],
  terms: ['termination', 'terminate the pregnancy', 'termination of pregnancy', 'pregnancy termination', 'interruption of pregnancy'],
};

/** Hereditary testing and the genes and syndromes it reports. */
export const GENETIC_MORE: TermGroup = {
  name: 'genetic-more',
  confidence: 0.85,
  terms: [
    'cascade testing', 'cascade screening', 'family variant testing', 'predictive testing', 'presymptomatic testing',
    'hereditary', 'hereditary testing', 'inherited mutation', 'inherited variant', 'genetic predisposition',
    'genetic risk', 'genetic results', 'genetic result', 'genetic disorder', 'genetic condition',
    'genetic syndrome', 'genetics referral', 'genetics clinic', 'medical genetics', 'germline variant',
    'germline mutation', 'likely pathogenic variant', 'pathogenic mutation', 'deleterious mutation',
    'founder mutation', 'multigene panel', 'gene panel', 'genetic panel', 'li-fraumeni', 'li-fraumeni syndrome',
    'hereditary hemochromatosis', 'hemochromatosis gene', 'thalassemia trait', 'sma carrier',
    'spinal muscular atrophy carrier', 'cftr', 'microdeletion', '22q11 deletion', 'digeorge syndrome',
    'chromosomal abnormality', 'chromosome abnormality', 'aneuploidy', 'mosaicism', 'turner syndrome',
    'klinefelter syndrome', 'marfan syndrome', 'ehlers-danlos', 'neurofibromatosis', 'polygenic risk score',
    'dna test', 'dna testing', 'paternity test', 'paternity testing', 'noninvasive prenatal testing', 'nips',
    'prenatal genetic screening', 'heterozygous', 'homozygous', 'compound heterozygous', 'sickle cell gene',
    'carries one copy', 'carrier for cystic fibrosis', 'gene carrier',
    'de novo mutation', 'autosomal dominant', 'autosomal recessive', 'genetic carrier', 'copy number variant',
    'balanced translocation', 'robertsonian translocation', 'cfdna screening', 'maternit21', 'nuchal translucency',
    'trisomy 13', '47,xxy', '22q11.2 deletion', 'brca positive', 'hereditary breast and ovarian cancer',
    'apc gene', 'atm mutation', 'ret mutation', 'cf carrier', 'f508del', 'delta f508', 'gba mutation',
    'prothrombin gene mutation', 'apoe e4', 'dmd gene', 'pharmacogenomic testing', 'ancestry dna',
    'inherited retinal disease panel', 'carrier testing', 'x-linked retinitis pigmentosa',
    'cfdna', 'cell-free dna', 'nipt',
    // microarray and fragile X results
    '16p11.2 deletion', '16p11.2 recurrent deletion', 'CGG repeats', 'parental testing', 'fragile X testing',
    // From fresh41: the family history a BRCA test is ordered on
    'family hx breast ca', 'family hx ovarian ca', 'family history of breast cancer',
    'family history of ovarian cancer', 'three-generation pedigree', 'family pedigree', 'gc note', 'genetic counseling note',
    // fresh56-67: dermatology, allergy, fertility genetics
    'cdkn2a mutation', 'cdkn2a variant', 'pizz phenotype', 'tpsab1 copy number testing', 'euploid', 'aneuploid',
    'mosaic embryo',
  ],
};

/** Gene symbols in capitals; several are words ("ATM", "APC"), so only beside genetic-testing words. */
export const GENE_SYMBOLS: TermGroup = {
  name: 'gene-symbols',
  confidence: 0.7,
  caseSensitive: true,
  requireCue: true,
  terms: [
    'MLH1', 'MSH2', 'MSH6', 'PMS2', 'EPCAM', 'PALB2', 'CHEK2', 'ATM', 'TP53', 'CDH1', 'APC', 'MUTYH', 'PTEN',
    'STK11', 'BRIP1', 'RAD51C', 'RAD51D', 'HFE', 'CFTR', 'SMN1', 'FMR1', 'HTT', 'LDLR', 'PCSK9', 'MYH7', 'MYBPC3',
    'SCN5A', 'KCNQ1', 'RET', 'VHL', 'NF1', 'NF2', 'CYP2C19', 'CYP2D6', 'HLA-B*5701', 'DPYD', 'TPMT',
    // Hearing loss, inherited retinal disease and kidney disease genes (fresh30).
    'GJB2', 'GJB6', 'SLC26A4', 'OTOF', 'MYO7A', 'USH2A', 'ABCA4', 'RPGR', 'RPE65', 'PKD1', 'PKD2', 'COL4A5', 'APOL1',
  ],
};

/**
 * Prenatal care a pregnancy is known by (a prenatal genetic screen), home pregnancy tests,
 * and the misspellings patients type ("pregant", "pregnet").
 */
export const PRENATAL_CARE: TermGroup = {
  name: 'prenatal-care',
  confidence: 0.8,
  terms: [
    'nipt', 'noninvasive prenatal testing', 'non-invasive prenatal testing', 'cell-free dna screening',
    'home pregnancy test', 'home pregnancy tests', 'pregant', 'pregnet', 'pregnat', 'pregnate', 'prego', 'preggo',
    'preggers', 'pregnacy', 'pregancy', 'pregnency', 'amniocentesis', 'chorionic villus sampling', 'cvs procedure',
    'anatomy scan', 'anatomy ultrasound', 'level ii ultrasound', 'nuchal translucency', 'glucose challenge test',
    'prenatal visit', 'prenatal visits', 'prenatal care', 'prenatal labs', 'first prenatal visit', 'ob intake',
    'beta hcg', 'quantitative hcg', 'serum hcg', 'rhogam', 'rho(d) immune globulin', 'rhophylac', 'dating scan', 'viability ultrasound', 'viability scan', 'nt scan', 'early pregnancy ultrasound', 'dating ultrasound'],
};

/** "a home test", "the test" is a pregnancy test only beside a late period or a faint line. */
export const PREGNANCY_TEST_AMBIGUOUS: TermGroup = {
  name: 'pregnancy-test-ambiguous',
  confidence: 0.7,
  requireCue: true,
  cues: ['period', 'late', 'faint line', 'line', 'positive', 'pregnant', 'pregant', 'missed period', 'two lines'],
  terms: ['home test', 'home tests'],
};

/**
 * How teenagers and patients write contraception: "do i need plan b", "missed my depo shot", "the depo": "plan b"
 * and "depo" are other words elsewhere ("plan B is to reschedule", a deposition), so only beside sex, a period or
 * a pregnancy.
 */
export const CONTRACEPTION_AMBIGUOUS: TermGroup = {
  name: 'contraception-ambiguous',
  confidence: 0.7,
  requireCue: true,
  cues: ['sex', 'condom', 'condoms', 'unprotected', 'period', 'pregnant', 'pregnancy', 'birth control', 'contraception',
    'morning after', 'depo-provera', 'iud', 'nexplanon', 'missed my shot', 'depo shot'],
  terms: ['plan b', 'depo', 'the depo', 'ella',
    'the pill',
  ],
};

/**
 * A gestational age after a preposition ("at 28 weeks we'll do the glucose test"), counted by the
 * reproductive rule only beside obstetric words (see rules/reproductive-health.ts).
 */
export const GESTATIONAL_WEEKS_PATTERN =
  /(?<=(?:^|[^\w])(?:at|by|after|before|around|until|past|from)\s)(?:[4-9]|[1-3]\d|4[0-2])(?:\s*\+\s*[0-6])?\s*(?:weeks?|wks?)(?![\w-])/gi;
export const OBSTETRIC_CONTEXT =
  /(?:pregnan|prenatal|gestation|trimester|fetal|anatomy scan|glucose challenge|obstetric|due date|\bedd\b|nipt|rhogam|\bob\b|ob\/gyn|midwife|labor and delivery|amnio|trisomy|\bg\d{1,2}\s?p\d{1,2}\b)/;

/**
 * Protein-change variant shorthand: "F508del", "G542X", "V600E", "T790M". Counted by the genetic rule only beside
 * a gene, variant or testing cue (a letter-digits-letter token can be a part number). Tried only at word starts
 * of a letter and two digits; HGVS "c."/"p." notation is left out (a "c." start would open every c-word).
 */
const AMINO = 'ACDEFGHIKLMNPQRSTVWY';
export const PROTEIN_VARIANT_PATTERN = new RegExp(
  `(?<![\\w.-])[${AMINO}][1-9]\\d{1,3}(?:[${AMINO}X*]|del|dup|fs)(?![\\w-])`, 'g');
export const PROTEIN_VARIANT_STARTS: readonly string[] =
  [...AMINO.toLowerCase()].flatMap((a) => [...'123456789'].flatMap((d) => [...'0123456789'].map((e) => a + d + e)));

/** "bipolar ionization", "bipolar cautery": electrical devices, not the mood disorder. */
export const BIPOLAR_DEVICE = /^bipolar\s+(?:ionization|ionizer|transistor|electrodes?|cautery|forceps|leads?|pacing|sealer)/;
