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
  terms: ['anxiety', 'depressed', 'panic attack', 'manic'],
};
export const MENTAL_HEALTH_AMBIGUOUS_ABBREVIATIONS: TermGroup = {
  name: 'mental-health-ambiguous-abbreviations',
  confidence: 0.6,
  caseSensitive: true,
  requireCue: true,
  terms: ['SI', 'HI', 'AH/VH'],
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
  ],
};

export const MENTAL_HEALTH_CUES = [
  'depression', 'depressive', 'anxiety', 'anxious', 'psychiatric', 'psychiatrist', 'psych', 'mood', 'bipolar',
  'mdd', 'gad', 'ptsd', 'suicidal', 'ideation', 'therapist', 'counselor', 'counseling', 'psychotherapy',
  'mental health', 'behavioral health', 'panic', 'diagnosed', 'dx', 'symptoms', 'phq-9', 'gad-7', 'patient',
  'pt', 'denies', 'endorses', 'adhd', 'ocd', 'mania', 'attention', 'reports', 'hallucinations', 'psychosis', 'schizophrenia', 'worsening',
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
  ],
};

export const SUBSTANCE_USE_ABBREVIATIONS: TermGroup = {
  name: 'substance-use-abbreviations',
  confidence: 0.75,
  caseSensitive: true,
  terms: ['OUD', 'SUD', 'MOUD', 'IVDU', 'PWID', 'CIWA', 'COWS', 'UDS', 'OTP'],
};

/** "MAT" (a mat), "AUD" (Australian dollars), "AA" (batteries): only next to substance-use context. */
export const SUBSTANCE_USE_AMBIGUOUS: TermGroup = {
  name: 'substance-use-ambiguous',
  confidence: 0.65,
  caseSensitive: true,
  requireCue: true,
  terms: ['MAT', 'AUD', 'AA', 'NA', 'ETOH', 'EtOH'],
};

export const SUBSTANCE_USE_CUES = [
  'alcohol', 'drinking', 'drinks', 'opioid', 'opioids', 'recovery', 'sober', 'sobriety', 'addiction',
  'substance', 'buprenorphine', 'suboxone', 'methadone', 'naltrexone', 'detox', 'relapse', 'meetings',
  'sponsor', 'withdrawal', 'use disorder', 'program', 'treatment', 'clinic', 'induction', 'dependence',
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
  terms: ['PrEP', 'PREP', 'HAART', 'cART', 'ARV', 'ARVs', 'AIDS', 'PLWH', 'U=U'],
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
    'third trimester', 'weeks pregnant', 'weeks gestation', 'gestational age', 'c-section', 'cesarean',
    'cesarean section', 'labor and delivery', 'obstetric', 'obstetrics', 'due date', 'fetal', 'fetus', 'd&c',
    'dilation and curettage', 'pcos', 'polycystic ovary syndrome', 'endometriosis', 'menopause', 'hrt',
  ],
};

export const REPRODUCTIVE_ABBREVIATIONS: TermGroup = {
  name: 'reproductive-abbreviations',
  confidence: 0.75,
  caseSensitive: true,
  terms: ['Plan B', 'G2P1', 'G1P0', 'G3P2', 'G2P0', 'G1P1', 'EDD', 'LMP', 'SAB', 'TAB', 'OB/GYN', 'OBGYN'],
};

/** In ICU shorthand "IVF" is IV fluids: in vitro fertilization only with fertility words nearby. */
export const REPRODUCTIVE_AMBIGUOUS: TermGroup = {
  name: 'reproductive-ambiguous',
  confidence: 0.7,
  requireCue: true,
  terms: ['ivf'],
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
  ],
};

export const GENETIC_ABBREVIATIONS: TermGroup = {
  name: 'genetic-abbreviations',
  confidence: 0.75,
  caseSensitive: true,
  terms: ['VUS', 'PGT-A', 'PGT', 'WES', 'WGS', 'GINA'],
};
