import type { TermGroup } from './matcher';

/** Procedures, imaging, and the lab tests whose results travel in messages (a lab is a service received). */
export const PROCEDURES: TermGroup = {
  name: 'procedures',
  confidence: 0.8,
  terms: [
    'colonoscopy', 'endoscopy', 'upper endoscopy', 'sigmoidoscopy', 'bronchoscopy', 'cystoscopy',
    'biopsy', 'biopsies', 'needle biopsy', 'bone marrow biopsy', 'lumbar puncture', 'spinal tap',
    'paracentesis', 'thoracentesis', 'mri', 'mri scan', 'ct scan', 'cat scan', 'pet scan', 'pet/ct',
    'x-ray', 'xray', 'chest x-ray', 'ultrasound', 'echocardiogram', 'transesophageal echocardiogram',
    'mammogram', 'mammography', 'dexa scan', 'bone density scan', 'ekg', 'ecg', 'electrocardiogram',
    'holter monitor', 'stress test', 'nuclear stress test', 'cardiac catheterization', 'heart cath',
    'angiogram', 'angioplasty', 'stent placement', 'coronary stent', 'bypass surgery',
    'coronary artery bypass', 'coronary artery bypass graft', 'pacemaker', 'pacemaker placement',
    'defibrillator implant', 'ablation', 'cardioversion', 'valve replacement',
    'knee replacement', 'total knee replacement', 'hip replacement', 'total hip replacement',
    'arthroscopy', 'rotator cuff repair', 'acl reconstruction', 'spinal fusion', 'laminectomy',
    'appendectomy', 'cholecystectomy', 'gallbladder surgery', 'hernia repair', 'mastectomy', 'lumpectomy',
    'hysterectomy', 'prostatectomy', 'gastric bypass', 'bariatric surgery', 'sleeve gastrectomy',
    'tonsillectomy', 'cataract surgery', 'carpal tunnel release', 'amputation', 'tracheostomy',
    'intubation', 'dialysis', 'hemodialysis', 'peritoneal dialysis', 'kidney transplant', 'liver transplant',
    'transplant', 'chemotherapy', 'chemo', 'radiation therapy', 'radiation treatment', 'immunotherapy',
    'infusion', 'iron infusion', 'blood transfusion', 'transfusion', 'physical therapy', 'occupational therapy',
    'speech therapy', 'cardiac rehab', 'pulmonary rehab', 'wound care', 'skin graft', 'sleep study',
    'polysomnography', 'pulmonary function test', 'pulmonary function tests', 'spirometry',
    'a1c', 'hba1c', 'hemoglobin a1c', 'lipid panel', 'cholesterol panel', 'metabolic panel',
    'basic metabolic panel', 'comprehensive metabolic panel', 'complete blood count', 'thyroid panel',
    'urinalysis', 'urine culture', 'blood culture', 'blood cultures', 'pap smear', 'pap test', 'hpv test',
    'strep test', 'covid test', 'glucose tolerance test', 'colposcopy', 'flu shots', 'blood pressure check',
    'blood pressure checks', 'infusions', 'mri scans', 'pcr test', 'biopsy results', 'pathology report', 'blood work', 'bloodwork',
    'lab work', 'blood draw', 'surgery', 'outpatient surgery', 'post-op', 'postoperative', 'pre-op',
    'preoperative', 'epidural', 'steroid injection', 'cortisone injection', 'joint injection',
    'allergy testing', 'vaccination', 'immunization', 'flu shot', 'tetanus shot', 'hearing test',
  ],
};

/** Procedure and lab abbreviations: case-sensitive ("PSA" the test, not "psa" in prose). */
export const PROCEDURE_ABBREVIATIONS: TermGroup = {
  name: 'procedure-abbreviations',
  confidence: 0.75,
  caseSensitive: true,
  terms: [
    'CABG', 'MRI', 'fMRI', 'MRA', 'CTA', 'PET', 'EGD', 'ERCP', 'TEE', 'TTE', 'EKG', 'ECG', 'EEG', 'EMG',
    'PCI', 'TAVR', 'TAVI', 'TKA', 'THA', 'TKR', 'THR', 'ORIF', 'LP', 'CBC', 'CMP', 'BMP', 'TSH', 'PSA',
    'INR', 'eGFR', 'BNP', 'LFTs', 'PFTs', 'DEXA', 'HbA1c', 'A1C', 'A1c',
  ],
};

/** "CT" (Connecticut), "US", "UA", "LP", "PET", "echo" are everyday words: only with an imaging or lab cue. */
export const AMBIGUOUS_PROCEDURE_ABBREVIATIONS: TermGroup = {
  name: 'procedure-ambiguous-abbreviations',
  confidence: 0.65,
  caseSensitive: true,
  requireCue: true,
  terms: ['CT', 'US', 'UA', 'LP', 'PET', 'XR'],
};
export const AMBIGUOUS_PROCEDURE_WORDS: TermGroup = {
  name: 'procedure-ambiguous-words',
  confidence: 0.6,
  requireCue: true,
  terms: ['echo', 'scope', 'labs'],
};

export const PROCEDURE_CUES = [
  'scan', 'chest', 'abdomen', 'abdominal', 'pelvis', 'pelvic', 'contrast', 'imaging', 'radiology', 'showed',
  'shows', 'revealed', 'findings', 'impression', 'patient', 'pt', 'renal', 'cardiac', 'ejection fraction',
  'ef', 'lvef', 'lab', 'result', 'results', 'your', 'his', 'her', 'stat', 'fasting',
];
