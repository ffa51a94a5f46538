import type { TermGroup } from './matcher';

/** Conditions by name. Psychiatric, substance-use, HIV and reproductive terms live in their own lexicons. */
export const DIAGNOSIS_NAMES: TermGroup = {
  name: 'diagnosis-names',
  confidence: 0.8,
  terms: [
    'diabetes', 'diabetes mellitus', 'type 1 diabetes', 'type 2 diabetes', 'type II diabetes', 'type I diabetes',
    'prediabetes', 'gestational diabetes', 'diabetic ketoacidosis', 'hypoglycemia', 'hyperglycemia',
    'diabetic neuropathy', 'diabetic retinopathy', 'neuropathy', 'retinopathy',
    'hypertension', 'high blood pressure', 'hyperlipidemia', 'dyslipidemia', 'high cholesterol',
    'congestive heart failure', 'heart failure', 'atrial fibrillation', 'atrial flutter', 'afib', 'a-fib',
    'coronary artery disease', 'myocardial infarction', 'heart attack', 'angina', 'cardiomyopathy',
    'aortic stenosis', 'peripheral artery disease', 'deep vein thrombosis', 'pulmonary embolism',
    'stroke', 'transient ischemic attack', 'cerebrovascular accident', 'aneurysm',
    'chronic obstructive pulmonary disease', 'emphysema', 'asthma', 'pneumonia', 'bronchitis',
    'sleep apnea', 'obstructive sleep apnea', 'pulmonary fibrosis', 'tuberculosis', 'covid-19', 'covid',
    'influenza', 'sepsis', 'cellulitis', 'urinary tract infection', 'kidney infection', 'pyelonephritis',
    'chronic kidney disease', 'end-stage renal disease', 'kidney failure', 'renal failure',
    'acute kidney injury', 'kidney stones', 'nephrolithiasis',
    'cirrhosis', 'fatty liver disease', 'hepatitis', 'hepatitis b', 'hepatitis c', 'pancreatitis',
    "crohn's disease", 'ulcerative colitis', 'irritable bowel syndrome', 'celiac disease', 'gerd',
    'acid reflux', 'diverticulitis', 'gastroparesis',
    'hypothyroidism', 'hyperthyroidism', "hashimoto's", "graves' disease", 'obesity', 'morbid obesity',
    'anemia', 'iron deficiency anemia', 'sickle cell disease', 'hemophilia', 'thrombocytopenia',
    'osteoporosis', 'osteoarthritis', 'rheumatoid arthritis', 'psoriatic arthritis', 'lupus', 'gout',
    'fibromyalgia', 'scoliosis', 'fracture', 'hip fracture', 'concussion', 'traumatic brain injury',
    'migraine', 'migraines', 'epilepsy', 'seizure disorder', 'seizures', 'multiple sclerosis',
    "parkinson's disease", "parkinson's", "alzheimer's disease", "alzheimer's", 'dementia',
    'neuropathy', 'glaucoma', 'cataract', 'cataracts', 'macular degeneration',
    'cancer', 'breast cancer', 'lung cancer', 'prostate cancer', 'colon cancer', 'colorectal cancer',
    'pancreatic cancer', 'ovarian cancer', 'skin cancer', 'melanoma', 'lymphoma', "non-hodgkin lymphoma",
    "hodgkin lymphoma", 'leukemia', 'multiple myeloma', 'carcinoma', 'metastatic', 'metastases', 'tumor',
    'malignancy', 'shingles', 'strep throat', 'sinusitis', 'ear infection', 'otitis media', 'chlamydia',
    'gonorrhea', 'syphilis', 'herpes', 'lyme disease', 'eczema', 'psoriasis', 'anaphylaxis',
    'food allergy', 'peanut allergy', 'dehydration',
    'gallstones', 'cholelithiasis', 'cholecystitis', 'appendicitis', 'heart disease', 'kidney disease',
    'liver disease', 'arthritis', 'sciatica', 'radiculopathy', 'plantar fasciitis', 'tendinitis', 'bursitis',
    'vertigo', 'tinnitus', 'hearing loss', 'hypokalemia', 'hyperkalemia', 'hyponatremia', 'pleural effusion',
    'pneumothorax', 'respiratory failure', 'encephalopathy', 'delirium', 'gi bleed', 'colon polyp', 'polyps',
    'pulmonary nodule', 'thyroid nodule', 'allergic rhinitis', 'conjunctivitis', 'mononucleosis', 'rsv',
    'h. pylori', 'c. diff', 'mrsa', 'vitamin d deficiency', 'b12 deficiency', 'metabolic syndrome',
    'erectile dysfunction', 'urinary incontinence', 'overactive bladder', 'inguinal hernia', 'hernia',
    'kidney cyst', 'atherosclerosis', 'heart murmur', 'bradycardia', 'tachycardia', 'syncope', 'asc-us', 'cervical dysplasia', 'cystic fibrosis', 'autism', 'autism spectrum disorder',
  ],
};

/** Clinical abbreviations: matched case-sensitively so "CAD" counts and "cad" in prose does not. */
export const DIAGNOSIS_ABBREVIATIONS: TermGroup = {
  name: 'diagnosis-abbreviations',
  confidence: 0.75,
  caseSensitive: true,
  terms: [
    'CHF', 'HFrEF', 'HFpEF', 'COPD', 'CKD', 'ESRD', 'AKI', 'DM', 'DM2', 'DM1', 'T2DM', 'T1DM', 'DMII', 'IDDM',
    'NIDDM', 'HTN', 'HLD', 'CAD', 'AFib', 'DVT', 'CVA', 'TIA', 'NSTEMI', 'STEMI', 'GERD',
    'OSA', 'UTI', 'BPH', 'DKA', 'IBS', 'SLE', 'TBI', 'NASH', 'NAFLD', 'ASCVD', 'PVD', 'CHD',
  ],
};

/**
 * Abbreviations that are also everyday words ("PE" class, "PAD", "RA" resident assistant): only with a clinical
 * cue nearby. "MS" (mental status, morphine) and "CA" (calcium) are left out: too often not a diagnosis.
 */
export const AMBIGUOUS_DIAGNOSIS_ABBREVIATIONS: TermGroup = {
  name: 'diagnosis-ambiguous-abbreviations',
  confidence: 0.6,
  caseSensitive: true,
  requireCue: true,
  terms: ['DM', 'AF', 'PE', 'MI', 'RA', 'OA', 'PAD', 'ALS', 'URI', 'IBD', 'HF'],
};

/** Clinical cues: strict, so "MS Office" or "PE class" in an office email stays quiet. */
export const DIAGNOSIS_CUES = [
  'dx', 'diagnosis', 'diagnosed', 'hx', 'history of', 'h/o', 'pmh', 'patient', 'pt', 'presents with',
  'presented with', 'icd', 'icd-10', 'assessment', 'problem list', 'admitted', 'exacerbation', 'r/o',
  'rule out', 'ruled out', 'workup', 's/p', 'comorbidities',
];
