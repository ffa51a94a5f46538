import { phraseAlternation, type TermGroup } from './matcher';

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
    'blood pressure checks', 'infusions', 'mri scans', 'pcr test', 'biopsy results', 'pathology report',
    'blood work', 'bloodwork',
    'lab work', 'blood draw', 'surgery', 'outpatient surgery', 'post-op', 'postoperative', 'pre-op',
    'preoperative', 'epidural', 'steroid injection', 'cortisone injection', 'joint injection',
    'allergy testing', 'vaccination', 'immunization', 'flu shot', 'tetanus shot', 'hearing test',
    'continuous glucose monitoring', 'percutaneous drainage', 'drain placement', 'device implant',
    'icd implantation', 'pet-ct', 'pet ct scan', 'unna boot', 'compression wraps', 'compression therapy',
    'wound vac placement', 'pt/ot', 'cognitive behavioral therapy', 'dialectical behavior therapy', 'tms therapy',
    'speech evaluation', 'swallow study', 'swallow evaluation', 'feeding therapy', 'nerve ablation',
    'infusion therapy', 'iv iron', 'home infusion', 'wound check', 'suture check', 'nebulizer treatments',
    'breathing treatments', 'oxygen therapy', 'home oxygen', 'allergy skin testing', 'patch testing',
    'skin prick test', 'hearing aid fitting', 'vestibular therapy', 'vision therapy',
    'orthotics fitting', 'cast removal', 'splinting', 'tilt test',
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
    'INR', 'eGFR', 'BNP', 'LFTs', 'PFTs', 'DEXA', 'HbA1c', 'A1C', 'A1c', 'MoCA', 'MMSE', 'SLUMS', 'Mini-Cog', 'ABI',
    'IHC', 'CGM', 'PT/OT', 'PFT', 'NCS', 'DaTscan', 'PET-CT', 'PET/CT', 'KUB', 'VCUG', 'HSG', 'BAL', 'ECT', 'TUG', 'HSAT', 'BiPAP', 'CPAP', 'TACE', 'UDS', 'PCL-5'],
};

/** "CT" (Connecticut), "US", "UA", "LP", "PET", "echo" are everyday words: only with an imaging or lab cue. */
export const AMBIGUOUS_PROCEDURE_ABBREVIATIONS: TermGroup = {
  name: 'procedure-ambiguous-abbreviations',
  confidence: 0.65,
  caseSensitive: true,
  requireCue: true,
  // ACP is also a college, CAM alternative medicine, SLR a camera, AAC an audio format, DAT a data file.
  terms: ['CT', 'US', 'UA', 'LP', 'PET', 'XR', 'ACP', 'CAM', 'SLR', 'AAC', 'DAT'],
};
export const AMBIGUOUS_PROCEDURE_WORDS: TermGroup = {
  name: 'procedure-ambiguous-words',
  confidence: 0.6,
  requireCue: true,
  // "vaccine clinic" in a staff email is an event; "her vaccines" is care received.
  // "her lead test" is a child's blood lead level; "the lead test engineer" is not.
  terms: ['echo', 'scope', 'labs', 'vaccine', 'vaccines', 'lead test'],
};

export const PROCEDURE_CUES = [
  'scan', 'chest', 'abdomen', 'abdominal', 'pelvis', 'pelvic', 'contrast', 'imaging', 'radiology', 'showed',
  'shows', 'revealed', 'findings', 'impression', 'patient', 'pt', 'renal', 'cardiac', 'ejection fraction',
  'ef', 'lvef', 'lab', 'result', 'results', 'your', 'his', 'her', 'stat', 'fasting',
];

// ---------------------------------------------------------------------------------------------------------
// Classes beyond the first list. A message names a test, a scan, an operation or a shot in many ways; each
// group below covers one class so that a held-out message's "lipase" or "TURP" is found like "A1c" is.
// These groups stay out of HEALTH_LEXICON_WORDS (index.ts) on purpose: some of their words are surnames
// ("Whipple", "Nissen") or everyday words ("seat", "challenge") that other rules must keep seeing.
// ---------------------------------------------------------------------------------------------------------

/** Lab tests by name: chemistries, blood counts, cardiac and tumor markers, hormones, serologies, urine, cultures. */
export const LAB_TESTS: TermGroup = {
  name: 'lab-tests',
  confidence: 0.8,
  terms: [
    // chemistries
    'creatinine', 'serum creatinine', 'creatinine clearance', 'blood urea nitrogen', 'uric acid', 'bilirubin',
    'total bilirubin', 'direct bilirubin', 'liver enzymes', 'liver function test', 'liver function tests',
    'liver panel', 'hepatic function panel', 'kidney function test', 'kidney function tests', 'renal function panel',
    'renal panel', 'electrolyte panel', 'electrolytes', 'lipase', 'amylase', 'alkaline phosphatase',
    'transaminases', 'ammonia level', 'prealbumin', 'lactate', 'lactic acid', 'procalcitonin',
    'c-reactive protein', 'sed rate', 'sedimentation rate', 'erythrocyte sedimentation rate', 'ferritin',
    'iron studies', 'iron panel', 'transferrin saturation', 'fasting glucose', 'blood glucose',
    'fasting blood sugar', 'fingerstick glucose', 'finger stick glucose', 'c-peptide', 'microalbumin',
    'urine microalbumin', 'albumin-to-creatinine ratio', 'protein-to-creatinine ratio', 'lipid profile',
    'fasting lipid panel', 'cholesterol test', 'arterial blood gas', 'blood gas', 'drug level', 'trough level',
    'vancomycin trough', 'lithium level', 'blood lead level',
    // blood counts and clotting
    'hematocrit', 'platelet count', 'white blood cell count', 'white count', 'blood count', 'blood counts',
    'cbc with differential', 'reticulocyte count', 'peripheral smear', 'blood smear', 'coagulation panel',
    'coags', 'prothrombin time', 'partial thromboplastin time', 'fibrinogen', 'd-dimer', 'type and screen',
    'type and cross', 'blood typing', 'crossmatch', 'hemoglobin electrophoresis',
    // cardiac markers
    'troponin', 'troponins', 'troponin i', 'troponin t', 'high-sensitivity troponin', 'hs-troponin',
    'creatine kinase', 'ck-mb', 'nt-probnp', 'pro-bnp', 'probnp',
    // tumor markers
    'tumor markers', 'tumor marker', 'alpha-fetoprotein', 'carcinoembryonic antigen', 'psa test', 'psa level',
    // hormones
    'thyroid stimulating hormone', 'free t4', 'free t3', 'thyroid function tests', 'thyroid antibodies',
    'tpo antibodies', 'cortisol level', 'morning cortisol', 'acth stimulation test', 'prolactin',
    'testosterone level', 'parathyroid hormone', 'insulin level', 'beta hcg', 'quantitative hcg', 'serum hcg',
    'urine hcg',
    // vitamins and minerals as measured levels
    'vitamin d level', 'vitamin b12 level', 'b12 level', 'folate level', 'magnesium level', 'potassium level',
    'sodium level', 'calcium level', 'phosphorus level', 'glucose level', 'iron level', 'hemoglobin level',
    'vitamin d levels', 'potassium levels', 'iron levels', 'glucose levels',
    // infectious serologies and swabs
    'hepatitis panel', 'hepatitis b surface antigen', 'hepatitis c antibody', 'hep c antibody', 'hcv antibody',
    'hcv rna', 'hbv dna', 'quantiferon', 'quantiferon gold', 'tb test', 'tb skin test', 'tuberculin skin test',
    'monospot', 'mono test', 'lyme titer', 'lyme test', 'covid pcr', 'rapid covid test', 'rapid antigen test',
    'flu swab', 'rapid flu test', 'nasal swab', 'nasopharyngeal swab', 'respiratory panel', 'respiratory viral panel',
    'rapid strep', 'rapid strep test', 'throat swab', 'antinuclear antibody', 'rheumatoid factor', 'anti-ccp',
    'hla-b27', 'celiac panel', 'allergy panel', 'syphilis test',
    // urine and stool
    'urine test', 'urine tests', 'urine sample', 'urine samples', 'urine specimen', 'urine dipstick', 'urine dip',
    'clean catch urine', '24-hour urine', 'urine protein', 'urine albumin', 'urine pregnancy test',
    'stool test', 'stool sample', 'stool studies', 'stool culture', 'fecal occult blood test',
    'fecal immunochemical test', 'fit test', 'cologuard', 'ova and parasites', 'c. diff test', 'c diff toxin',
    // cultures
    'throat culture', 'wound culture', 'sputum culture', 'csf culture', 'culture and sensitivity', 'gram stain',
    // generic
    'lab test', 'lab tests', 'blood test', 'blood tests', 'lab results', 'labwork', 'fasting labs', 'pre-op labs',
    'serology', 'serologies', 'immunohistochemistry', 'plasma amino acids', 'urine organic acids',
    'acylcarnitine profile', 'hepatitis b panel', 'hepatitis c rna', 'hemoglobin and hematocrit', 'h&h',
    'ankle-brachial index', 'port flush', 'probe-to-bone', 'probe to bone test', 'blood smear review', 'anion gap',
    'urine drug test', 'mutation analysis', 'genotype testing', 'viral culture', 'fungal culture', 'afb culture',
    'afb smear', 'cytology', 'urine cytology', 'surgical pathology', 'frozen section',
  ],
};

/** Lab abbreviations written in capitals (a "BUN" or "CRP" in prose is a lab value). */
export const LAB_ABBREVIATIONS: TermGroup = {
  name: 'lab-abbreviations',
  confidence: 0.75,
  caseSensitive: true,
  terms: [
    'BUN', 'WBC', 'RBC', 'Hgb', 'Hct', 'ALP', 'GGT', 'LDH', 'CRP', 'hs-CRP', 'ESR', 'PTH', 'AFP', 'CEA',
    'CA 19-9', 'CA-19-9', 'CA-125', 'CA 125', 'CA 15-3', 'CA 27-29', 'PT/INR', 'PTT', 'aPTT', 'D-dimer', 'NT-proBNP',
    'proBNP', 'CK-MB', 'CPK', 'HBsAg', 'HCV Ab', 'RPR', 'UPT', 'FOBT', 'ABG', 'VBG', 'TIBC', 'fT4',
    'FT4', 'hsTnI', 'hs-TnT', 'TnI', 'TnT', 'Lp(a)', 'UACR', 'UCx', 'BCx', 'C&S', 'O&P', 'NAAT', 'GC/CT',
    'CBC w/ diff', 'CBC w/diff', 'LFT', 'BMP/CMP', 'Mg level', 'K level',
  ],
};

/** Short lab abbreviations that are also words or keys ("ALT", "AST", "CK", "ANA"): only beside lab words. */
export const AMBIGUOUS_LAB_ABBREVIATIONS: TermGroup = {
  name: 'lab-ambiguous-abbreviations',
  confidence: 0.65,
  caseSensitive: true,
  requireCue: true,
  cues: [
    'lft', 'lfts', 'liver', 'enzymes', 'alt', 'ast', 'elevated', 'level', 'levels', 'normal', 'wnl', 'high', 'low',
    'u/l', 'labs', 'lab', 'results', 'bilirubin', 'alk phos', 'titer', 'positive', 'negative', 'rheumatology',
    'lupus', 'hepatitis', 'ck', 'rhabdo', 'statin',
  ],
  terms: ['ALT', 'AST', 'CK', 'ANA', 'RF', 'FSH', 'LH', 'T4', 'T3', 'FIT'],
};

/** Everyday lab nouns ("cultures", "stitches"): only with a clinical cue. */
export const AMBIGUOUS_CLINICAL_WORDS: TermGroup = {
  name: 'procedure-ambiguous-clinical-words',
  confidence: 0.6,
  requireCue: true,
  cues: [
    'blood', 'urine', 'wound', 'sputum', 'lab', 'labs', 'results', 'pending', 'positive', 'negative', 'grew',
    'growth', 'sent', 'drawn', 'laceration', 'cut', 'forehead', 'chin', 'finger', 'removed', 'removal', 'er',
    'urgent care', 'sutures', 'stitched', 'patient', 'pt',
  ],
  terms: ['cultures', 'stitches'],
};

/** Imaging named without a body part, and the plurals of the first list ("x-rays", "MRIs"). */
export const IMAGING: TermGroup = {
  name: 'imaging',
  confidence: 0.8,
  terms: [
    'x-rays', 'xrays', 'mris', 'ct scans', 'cat scans', 'pet scans', 'ultrasounds', 'sonogram', 'sonograms',
    'mammograms', 'echocardiograms', 'echocardiography', 'radiograph', 'radiographs', 'ekgs', 'ecgs',
    'fluoroscopy', 'doppler', 'doppler ultrasound', 'venous doppler', 'carotid doppler', 'duplex ultrasound',
    'hida scan', 'bone scan', 'v/q scan', 'vq scan', 'barium swallow', 'modified barium swallow', 'barium enema',
    'upper gi series', 'mrcp', 'ct angiogram', 'ct angiography', 'ct-guided biopsy', 'ultrasound-guided biopsy',
    'coronary cta', 'calcium score', 'coronary calcium score', 'low-dose ct', 'stress echo', 'tilt table test',
    'event monitor', 'zio patch', 'cardiac monitor', 'loop recorder', 'eeg', 'electroencephalogram', 'emg',
    'nerve conduction study', 'nerve conduction studies', 'bone age', 'dexa scans', 'myelogram', 'arthrogram',
    'transvaginal ultrasound', 'pelvic ultrasound', 'abdominal ultrasound', 'renal ultrasound', 'breast ultrasound',
    'thyroid ultrasound', 'obstetric ultrasound', 'head ct', 'cta head and neck', 'ct head', 'ct chest',
    'ct abdomen', 'ct abd/pelvis', 'imaging studies', 'diagnostic mammogram', 'screening mammogram',
    '3d mammogram', 'breast mri', 'cardiac mri', 'holter',
  ],
};

/** Operations, including the shorthand surgeons write ("lap chole", "total knee"). */
export const SURGERIES: TermGroup = {
  name: 'surgeries',
  confidence: 0.8,
  terms: [
    'lap chole', 'lap choly', 'lap cholecystectomy', 'laparoscopic cholecystectomy', 'lap appy',
    'laparoscopic appendectomy', 'lap band', 'gastric sleeve', 'roux-en-y', 'roux-en-y gastric bypass',
    'fundoplication', 'nissen fundoplication', 'total knee', 'total knees', 'total hip', 'total hips',
    'total joint', 'total joint replacement', 'total shoulder', 'reverse shoulder arthroplasty',
    'partial knee replacement', 'knee arthroplasty', 'hip arthroplasty', 'shoulder arthroplasty', 'arthroplasty',
    'knee arthroscopy', 'shoulder arthroscopy', 'meniscectomy', 'meniscus repair', 'acl repair', 'bunionectomy',
    'trigger finger release', 'fasciotomy', 'open reduction', 'closed reduction', 'open reduction internal fixation',
    'hardware removal', 'discectomy', 'microdiscectomy', 'kyphoplasty', 'vertebroplasty', 'spine surgery',
    'back surgery', 'neck surgery', 'craniotomy', 'shunt placement', 'vp shunt', 'deep brain stimulation',
    'spinal cord stimulator', 'thrombectomy', 'mechanical thrombectomy', 'embolectomy', 'endarterectomy',
    'carotid endarterectomy', 'aneurysm repair', 'aaa repair', 'atherectomy', 'fem-pop bypass', 'stenting',
    'carotid stenting', 'mitral valve repair', 'valve repair', 'open heart surgery', 'heart surgery',
    'pfo closure', 'watchman', 'icd placement', 'defibrillator placement', 'loop recorder placement',
    'port placement', 'port-a-cath', 'picc line', 'picc placement', 'central line', 'central line placement',
    'chest tube', 'thoracostomy', 'arthrocentesis', 'joint aspiration', 'peg tube', 'g-tube', 'g-tube placement',
    'feeding tube', 'gastrostomy', 'colostomy', 'ileostomy', 'ostomy reversal', 'colostomy reversal',
    'colectomy', 'hemicolectomy', 'bowel resection', 'small bowel resection', 'whipple', 'whipple procedure',
    'pancreaticoduodenectomy', 'distal pancreatectomy', 'liver resection', 'hepatectomy', 'nephrectomy',
    'partial nephrectomy', 'thyroidectomy', 'parathyroidectomy', 'adrenalectomy', 'splenectomy', 'esophagectomy',
    'gastrectomy', 'lobectomy', 'wedge resection', 'pneumonectomy', 'vats', 'inguinal hernia repair',
    'ventral hernia repair', 'umbilical hernia repair', 'laparoscopy', 'diagnostic laparoscopy', 'laparotomy',
    'exploratory laparotomy', 'hysteroscopy', 'myomectomy', 'oophorectomy', 'salpingectomy',
    'salpingo-oophorectomy', 'bilateral salpingo-oophorectomy', 'leep', 'cone biopsy', 'endometrial biopsy',
    'turp', 'turbt', 'lithotripsy', 'ureteroscopy', 'stent removal', 'orchiectomy', 'circumcision',
    'cataract extraction', 'lasik', 'vitrectomy', 'trabeculectomy', 'retinal detachment repair',
    'intravitreal injection', 'tonsillectomy and adenoidectomy', 'adenoidectomy', 'ear tubes', 'myringotomy',
    'tympanostomy tubes', 'septoplasty', 'sinus surgery', 'rhinoplasty', 'mohs surgery', 'mohs', 'excision',
    'wide local excision', 'skin biopsy', 'punch biopsy', 'shave biopsy', 'excisional biopsy', 'core biopsy',
    'core needle biopsy', 'fine needle aspiration', 'sentinel node biopsy', 'sentinel lymph node biopsy',
    'lymph node dissection', 'breast reconstruction', 'cryotherapy', 'mole removal', 'cyst removal',
    'incision and drainage', 'abscess drainage', 'debridement', 'wound debridement', 'skin grafting',
    'laceration repair', 'sutures', 'suture removal', 'staple removal', 'wound vac', 'wound vac change',
    'negative pressure wound therapy', 'dressing change', 'dressing changes', 'hyperbaric oxygen',
    'anesthesia', 'general anesthesia', 'local anesthesia', 'spinal anesthesia', 'regional anesthesia',
    'sedation', 'conscious sedation', 'moderate sedation', 'twilight sedation', 'nerve block', 'mechanical ventilation',
    'ecmo', 'crrt', 'plasmapheresis', 'stem cell transplant', 'bone marrow transplant', 'radiotherapy',
    'radiation', 'brachytherapy', 'proton therapy', 'stereotactic radiosurgery', 'gamma knife', 'phototherapy',
    'uv light therapy', 'light therapy', 'cardiac ablation', 'catheter ablation', 'ep study', 'heart catheterization',
    'cardiac cath', 'left heart cath', 'right heart cath', 'cath lab', 'tee/cardioversion', 'egd', 'eus',
    'ercp', 'capsule endoscopy', 'flexible sigmoidoscopy', 'endoscopic ultrasound', 'eus-guided fna',
    'transplant surgery', 'reconstructive surgery', 'oral surgery', 'wisdom teeth removal', 'root canal',
    'robotic surgery', 'hand surgery', 'foot surgery', 'knee surgery', 'hip surgery', 'shoulder surgery',
    'eye surgery', 'brain surgery', 'weight loss surgery',
  ],
};

/** Surgical and procedural shorthand in capitals ("I&D", "TURP", "ACDF"). */
export const SURGERY_ABBREVIATIONS: TermGroup = {
  name: 'surgery-abbreviations',
  confidence: 0.75,
  caseSensitive: true,
  terms: [
    'I&D', 'EUS', 'EUS-FNA', 'EUS-guided FNA', 'FNA', 'EBUS', 'EBUS-TBNA', 'LEEP', 'TURP', 'TURBT', 'BSO',
    'TAH', 'TAH-BSO', 'LAVH', 'TLH', 'ACDF', 'TLIF', 'PLIF', 'PICC', 'EVAR', 'TEVAR', 'PTCA', 'ECMO', 'CRRT',
    'NPWT', 'HBOT', 'SBRT', 'IMRT', 'XRT', 'AICD', 'CRPP', 'UKA', 'ACLR', 'LHC', 'RHC', 'VATS', 'PEG tube',
    'G-tube', 'J-tube', 'NG tube', 'OG tube', 'VP shunt', 'DBS', 'RFA', 'TKA', 'THA', 'T&A', 'BMT', 'D&E',
    'MRCP', 'EP study', 'EEG', 'EMG', 'NCV', 'DXA', 'TEE', 'LDCT',
    'BKA',
  ],
};

/** Injections and blocks: "epidural steroid injection", "trigger point injections", "cortisone shot". */
export const INJECTIONS: TermGroup = {
  name: 'injections',
  confidence: 0.8,
  terms: [
    'epidural steroid injection', 'epidural steroid injections', 'epidural injection', 'facet injection',
    'facet joint injection', 'facet injections', 'medial branch block', 'radiofrequency ablation',
    'trigger point injection', 'trigger point injections', 'si joint injection', 'sacroiliac joint injection',
    'knee injection', 'shoulder injection', 'hip injection', 'steroid shot', 'cortisone shot', 'gel injection',
    'gel injections', 'hyaluronic acid injection', 'prp injection', 'b12 injection', 'b12 shot', 'b12 shots',
    'allergy shots', 'allergy shot', 'stellate ganglion block', 'occipital nerve block', 'nerve blocks',
    'eye injection', 'eye injections', 'joint injections', 'steroid injections',
  ],
};

/** "ESI" is an epidural steroid injection beside a back complaint, and a triage level ("ESI 3") in the ED. */
export const AMBIGUOUS_INJECTION_ABBREVIATIONS: TermGroup = {
  name: 'injection-ambiguous-abbreviations',
  confidence: 0.65,
  caseSensitive: true,
  requireCue: true,
  cues: [
    'lumbar', 'cervical', 'thoracic', 'spine', 'spinal', 'stenosis', 'radiculopathy', 'sciatica', 'back pain',
    'neck pain', 'disc', 'herniation', 'epidural', 'injection', 'pain management', 'f/u', 's/p', 'l4-5', 'l5-s1',
  ],
  terms: ['ESI', 'ESIs', 'TFESI', 'ILESI', 'MBB', 'TPI', 'TPIs'],
};

/** Exams, physicals and screenings a clinic schedules. */
export const EXAMS_AND_SCREENINGS: TermGroup = {
  name: 'exams-screenings',
  confidence: 0.8,
  terms: [
    'eye exam', 'dilated eye exam', 'diabetic eye exam', 'retinal exam', 'retinal screening', 'foot exam',
    'diabetic foot exam', 'monofilament exam', 'skin check', 'skin exam', 'full body skin exam', 'breast exam',
    'clinical breast exam', 'pelvic exam', 'prostate exam', 'rectal exam', 'digital rectal exam', 'physical exam',
    'annual physical', 'sports physical', 'school physical', 'camp physical', 'dot physical',
    'pre-employment physical', 'preop physical', 'pre-op physical', 'wellness visit', 'annual wellness visit',
    'well-child visit', 'well-child check', 'well child check', 'well visit', 'well-baby visit', 'well woman exam',
    'well-woman visit', 'annual exam', 'annual checkup', 'neuro exam', 'neurological exam', 'cognitive screening',
    'cognitive testing', 'developmental screening', 'vision screening', 'vision screen', 'hearing screen',
    'hearing screening', 'hearing test', 'audiogram', 'newborn screen', 'newborn screening', 'newborn hearing screen',
    'cchd screen', 'cchd screening', 'car seat challenge', 'car seat test', 'lead screening', 'fall risk screening',
    'bone density test',
  ],
};

/** Newborn and NICU care named in discharge summaries. */
export const NEWBORN_CARE: TermGroup = {
  name: 'newborn-care',
  confidence: 0.8,
  terms: [
    'bili lights', 'bili blanket', 'exchange transfusion', 'gavage feeding', 'gavage feeds', 'kangaroo care',
    'umbilical line', 'umbilical catheter', 'cranial ultrasound', 'head ultrasound', 'rop exam', 'rop screening',
    'heel stick', 'bilirubin check', 'bilirubin level', 'bili check', 'hearing screening', 'cpap trial',
  ],
};

/** Vaccines written as terms of their own. Brand names stay with the medication lexicon. */
export const VACCINES: TermGroup = {
  name: 'vaccines',
  confidence: 0.8,
  terms: [
    'tdap', 'dtap', 'tetanus booster', 'tetanus vaccine', 'vaccinations', 'immunizations',
    'booster shot', 'booster shots', 'covid booster', 'covid boosters', 'flu vaccine', 'travel vaccines',
    'childhood vaccines', 'catch-up vaccines',
  ],
};

/** Vaccine abbreviations in capitals ("MMR", "PCV20", "HPV #2"). */
export const VACCINE_ABBREVIATIONS: TermGroup = {
  name: 'vaccine-abbreviations',
  confidence: 0.75,
  caseSensitive: true,
  terms: ['Tdap', 'DTaP', 'MMR', 'MMRV', 'PCV13', 'PCV15', 'PCV20', 'PCV21', 'PPSV23', 'IPV', 'Hib', 'HepB', 'HepA', 'MenACWY', 'MenB'],
};

// What a vaccine, screening or test is OF: conditions, organs and body checks. Used by the composite patterns
// below, so "Hep B vaccine", "gonorrhea/chlamydia testing", "blood pressure screenings", "tetanus booster"
// are one procedure span (and win over the bare diagnosis word inside them in the merge).
const TEST_TOPICS = [
  'flu', 'influenza', 'covid', 'covid-19', 'covid 19', 'coronavirus', 'hep a', 'hep b', 'hep c', 'hepatitis a',
  'hepatitis b', 'hepatitis c', 'hpv', 'shingles', 'zoster', 'pneumonia', 'pneumococcal', 'measles', 'mumps',
  'rubella', 'varicella', 'chickenpox', 'chicken pox', 'polio', 'tetanus', 'diphtheria', 'pertussis',
  'whooping cough', 'rotavirus', 'meningococcal', 'meningitis', 'rsv', 'yellow fever', 'typhoid', 'rabies',
  'mpox', 'monkeypox', 'gonorrhea', 'chlamydia', 'syphilis', 'trichomonas', 'trich', 'herpes', 'hsv', 'sti', 'std',
  'stis', 'stds', 'sexually transmitted infection', 'strep', 'mono', 'lyme', 'tb', 'tuberculosis', 'blood pressure',
  'cholesterol', 'lipid', 'glucose', 'blood sugar', 'diabetes', 'a1c', 'cancer', 'breast cancer',
  'cervical cancer', 'colorectal cancer', 'colon cancer', 'lung cancer', 'prostate cancer', 'skin cancer',
  'oral cancer', 'hearing', 'vision', 'newborn', 'developmental', 'autism', 'lead', 'anemia', 'osteoporosis',
  'bone density', 'aaa', 'fall risk', 'scoliosis', 'sleep apnea', 'kidney', 'thyroid', 'liver', 'allergy',
  'eye', 'foot', 'skin', 'breast', 'pelvic', 'prostate', 'rectal', 'retinal', 'dilated eye', 'diabetic eye',
  'diabetic foot', 'dental', 'c. diff', 'c diff', 'c. difficile', 'cdiff', 'cmv', 'ebv', 'hsv-2', 'hsv-1', 'hbv',
  'hcv', 'hiv', 'hiv-1/2', 'er/pr/her2', 'er/pr', 'her2', 'jak2', 'bcr-abl', 'egfr', 'kras', 'braf', 'alk', 'msi', 'pd-l1',
];
const TEST_KINDS = [
  'test', 'tests', 'testing', 'swab', 'swabs', 'check', 'checks', 'exam', 'exams', 'vaccine', 'vaccines',
  'vaccination', 'vaccinations', 'shot', 'shots', 'booster', 'boosters', 'jab', 'jabs', 'immunization',
  'immunizations', 'culture', 'cultures', 'co-testing', 'cotesting', 'pcr', 'igm', 'igg', 'panel', 'rna', 'dna',
  'serology', 'serologies', 'antibody', 'antibodies', 'titer', 'titers', 'antigen', 'naat', 'viral load',
  'mutation analysis', 'mutation testing', 'genotype', 'genotyping', 'sequencing',
];
const SCREENING_KINDS = ['screening', 'screenings', 'screen', 'screens', 'rescreen', 'rescreening'];
/** Spaces and hyphens in a phrase both match a run of either ("co-testing", "co testing"). */
const alternation = (words: readonly string[]) => phraseAlternation(words, /[\s-]+/g);
const TOPIC = `(?:${alternation(TEST_TOPICS)})`;
const topicThen = (kinds: readonly string[]) => new RegExp(
  `(?<![\\w-])${TOPIC}(?:\\s*(?:/|,|&|\\band\\b|\\bor\\b)\\s*${TOPIC})*[\\s-]+(?:${alternation(kinds)})(?![\\w-])`, 'g',
);
/** "gonorrhea/chlamydia testing", "Hep B vaccine", "updated COVID boosters", "foot exam": the test, not the disease. */
export const TOPIC_TEST_PATTERN = topicThen(TEST_KINDS);
/**
 * "blood pressure screenings", "hearing screen", "colorectal cancer screening", "hepatitis C screening": the
 * screening, not the disease it looks for (nobody screened is said to have it), so it outranks the diagnosis word.
 */
export const TOPIC_SCREENING_PATTERN = topicThen(SCREENING_KINDS);
/** Text every topic-test / topic-screening match contains (its kind word), checked before the regex runs. */
export const TOPIC_TEST_NEEDS: readonly string[] = [
  'test', 'swab', 'check', 'exam', 'vaccin', 'shot', 'booster', 'jab', 'immuniz', 'culture', 'panel', 'serolog',
  'antibod',
  'titer', 'antigen', 'viral load', 'mutation', 'genotyp', 'sequencing',
  // Short kinds with the space or hyphen before them: "rna" alone is inside "internal", "igg" inside "trigger".
  ' pcr', '-pcr', ' igm', '-igm', ' igg', '-igg', ' rna', '-rna', ' dna', '-dna', ' naat',
];
export const TOPIC_SCREENING_NEEDS = 'screen';
/** The words the topic patterns begin with, so they are tried only at those word starts. */
export const TOPIC_STARTS: readonly string[] = TEST_TOPICS;

const MODALITIES = [
  'x-ray', 'x-rays', 'xray', 'xrays', 'radiograph', 'radiographs', 'films', 'ct', 'ct scan', 'ct scans', 'cat scan',
  'mri', 'mris', 'mra', 'ultrasound', 'ultrasounds', 'us', 'sonogram', 'doppler', 'dopplers', 'duplex', 'pet',
  'pet/ct', 'imaging', 'scan', 'scans', 'xr',
];
const BODY_PARTS = [
  'head', 'brain', 'neck', 'chest', 'abdomen', 'abd', 'abdominal', 'pelvis', 'pelvic', 'abd/pelvis',
  'abdomen/pelvis', 'abdomen and pelvis', 'a/p', 'spine', 'c-spine', 't-spine', 'l-spine', 'cervical spine',
  'thoracic spine', 'lumbar spine', 'lumbar', 'shoulder', 'shoulders', 'elbow', 'elbows', 'wrist', 'wrists',
  'hand', 'hands', 'finger', 'hip', 'hips', 'knee', 'knees', 'ankle', 'ankles', 'foot', 'feet', 'toe', 'femur',
  'tibia', 'fibula', 'forearm', 'humerus', 'clavicle', 'rib', 'ribs', 'sinus', 'sinuses', 'orbits', 'facial bones',
  'cardiac', 'renal', 'kidney', 'kidneys', 'liver', 'ruq', 'gallbladder', 'thyroid', 'breast', 'breasts',
  'carotid', 'carotids', 'lower extremity', 'upper extremity', 'lower extremities', 'upper extremities', 'leg',
  'legs', 'transvaginal', 'scrotal', 'testicular', 'bladder', 'soft tissue', 'skull', 'aorta', 'venous',
  'arterial', 'pelvic floor', 'neck soft tissue',
];
const SIDES = ['l', 'r', 'left', 'right', 'bilateral', 'bilat', 'both'];
const SIDE = '(?:(?:l|r|left|right|bilateral|bilat|both)\\.?\\s+)?';
const BODY = `(?:${alternation(BODY_PARTS)})`;
const MODALITY = `(?:${alternation(MODALITIES)})`;
/** "CT abdomen", "MRI of the left knee", "x-rays of both wrists", "chest x-ray", "renal US", "knee MRI". */
export const IMAGING_PATTERN = new RegExp(
  `(?<![\\w-])(?:${MODALITY}(?:\\s+(?:of|w/o|w/|with|without)(?:\\s+contrast)?)?(?:\\s+(?:the|his|her|your|their))?\\s+${SIDE}${BODY}` +
  `|${SIDE}${BODY}[\\s-]+${MODALITY})(?![\\w-])`, 'gi',
);
export const IMAGING_STARTS: readonly string[] = [...SIDES, ...MODALITIES, ...BODY_PARTS];

/**
 * Modality abbreviations inside an imaging match must be capitals ("US" the scan, not "us" the pronoun; "PET"
 * not a pet), and a finger, hand or face "scan" is a login, not imaging.
 */
export function imagingMatchIsClinical(m: string): boolean {
  const abbreviations = m.match(/(?<![\w-])(?:us|pet|xr)(?![\w-])/gi) ?? [];
  if (abbreviations.some((a) => a !== a.toUpperCase())) return false;
  return !/(?<![\w-])(?:finger|hands?|face|facial bones)\s+scans?(?![\w-])/i.test(m);
}

const OPERATED_PARTS = [
  'gallbladder', 'appendix', 'tonsil', 'tonsils', 'adenoids', 'thyroid', 'parathyroid', 'spleen', 'kidney',
  'kidney stone', 'kidney stones', 'uterus', 'ovary', 'ovaries', 'ovarian cyst', 'fibroid', 'fibroids', 'breast',
  'prostate', 'colon', 'bowel', 'hernia', 'cataract', 'cataracts', 'wisdom teeth', 'wisdom tooth', 'tooth', 'knee',
  'hip', 'shoulder', 'rotator cuff', 'acl', 'meniscus', 'ankle', 'wrist', 'elbow', 'spine', 'spinal', 'neck',
  'disc', 'heart', 'valve', 'sinus', 'nasal', 'ear', 'eye', 'retina', 'lung', 'liver', 'pancreas', 'stomach',
  'esophagus', 'bladder', 'mole', 'cyst', 'lump', 'lipoma', 'bunion', 'carpal tunnel', 'trigger finger',
  'varicose vein', 'varicose veins', 'vein', 'hemorrhoid', 'hemorrhoids', 'polyp', 'polyps', 'nodule',
  'lymph node', 'lymph nodes', 'stent', 'pacemaker', 'implant', 'implants', 'foot', 'hand', 'brain',
  'skin cancer', 'tumor', 'catheter', 'feeding tube', 'ear tube', 'ear tubes', 'icd', 'aicd', 'defibrillator',
  // Not "device", "port", "pump", "drain" or "peg" alone: facilities and IT repair and replace those too.
  'loop recorder', 'iud', 'nexplanon', 'implanon', 'picc', 'picc line', 'chest tube', 'g-tube', 'peg tube', 'trach',
  'stoma', 'ostomy', 'shunt', 'spinal cord stimulator',
];
const OPERATIONS = [
  'removal', 'removed', 'surgery', 'surgeries', 'repair', 'replacement', 'reconstruction', 'recon', 'resection',
  'transplant', 'scope', 'fusion', 'release', 'extraction', 'extracted', 'ablation', 'excision', 'excised',
  'ligation', 'banding', 'operation', 'op', 'implant', 'implantation', 'insertion', 'inserted', 'placement',
  'placed', 'explant', 'revision', 'exchange', 'flush', 'taken out',
];
/**
 * A body part or organ with what was done to it: "gallbladder removal", "knee scope", "rotator cuff surgery",
 * "wisdom teeth extraction", "had her thyroid removed".
 */
export const OPERATED_PART_PATTERN = new RegExp(
  `(?<![\\w-])(?:(?:l|r|left|right|bilateral|bilat)\\.?\\s+)?(?:${alternation(OPERATED_PARTS)})[\\s-]+(?:${alternation(OPERATIONS)})(?![\\w-])`, 'gi',
);

/** What comes out in an operation ("gallbladder", "tonsils"): not "heart" or "eye", which people have out of a game. */
const REMOVABLE_PARTS = [
  'gallbladder', 'appendix', 'tonsils', 'adenoids', 'wisdom teeth', 'wisdom tooth', 'tooth', 'teeth', 'uterus', 'ovary',
  'ovaries', 'spleen', 'kidney', 'thyroid', 'gallstones', 'kidney stone', 'kidney stones', 'stitches', 'staples', 'drain',
  'catheter', 'stent', 'mole', 'cyst', 'lump', 'polyp', 'polyps', 'cataract', 'cataracts', 'tumor', 'tubes', 'ear tubes',
];
/** "had her gallbladder out", "getting his tonsils out": the part, between a possessive and "out". */
export const PART_OUT_PATTERN = new RegExp(
  `(?<![\\w-])(?:had|have|has|having|get|got|gets|getting)\\s+(?:her|his|their|my|your|the)\\s+(?:${alternation(REMOVABLE_PARTS)})\\s+(?:taken\\s+)?out(?![\\w-])`, 'gi',
);

export const OPERATED_PART_STARTS: readonly string[] = [...SIDES, ...OPERATED_PARTS];

/** Peds visit shorthand: "4-month shots", "12 month vaccines", "2-year well visit". */
export const AGE_VISIT_PATTERN =
  /(?<![\w-])\d{1,2}[\s-]?(?:months?|mos?|years?|yrs?|weeks?|wks?)(?:[\s-]+old)?[\s-]+(?:shots|vaccines|vaccinations|immunizations|well[\s-]+(?:child\s+)?(?:visit|check|checkup)|checkup|check-up|physical)(?![\w-])/gi;

export const ANALYTE_STARTS: readonly string[] = [
  'sodium', 'potassium', 'calcium', 'magnesium', 'phosphorus', 'glucose', 'sugar', 'iron', 'hemoglobin', 'platelet',
  'albumin', 'cholesterol', 'triglycerides', 'vitamin', 'b12', 'folate', 'ammonia', 'testosterone', 'estrogen',
  'cortisol', 'insulin', 'thyroid', 'kidney', 'liver',
];

/** An everyday analyte asked about as a test: "vitamin D and B12 results", "iron levels", "potassium check". */
export const ANALYTE_TEST_PATTERN =
  /(?<![\w-])(?:sodium|potassium|calcium|magnesium|phosphorus|glucose|sugar|iron|hemoglobin|platelets?|albumin|cholesterol|triglycerides|vitamin d|b12|folate|ammonia|testosterone|estrogen|cortisol|insulin|thyroid|kidney|liver)(?:\s*(?:,|and|&|\/)\s*(?:sodium|potassium|calcium|magnesium|phosphorus|glucose|iron|hemoglobin|platelets?|albumin|cholesterol|triglycerides|vitamin d|b12|folate|thyroid|kidney|liver))*\s+(?:results?|levels?|labs?|bloodwork|blood work|studies)(?![\w-])/gi;

/** A title or a department before the word: "Chief of Anesthesia", "Department of Radiology". */
export const DEPARTMENT_BEFORE =
  /(?:chief|department|dept\.?|director|head|chair|division|section|professor|school|college|residency|fellowship|service|society) of\s+(?:the\s+)?$/i;

/** Words after a procedure name that make it a department, a business or its staff: "ENDOSCOPY SUITE". */
export const PROCEDURE_PLACE_OR_STAFF =
  /^(?:\s*(?:suite|suites|department|dept\.?|associates|group|partners|services|staff|staffing|team|coverage|wing|floor|bldg|building|residency|fellowship|society|conference|journal|billing|vendor|schedulers?|desk|office|oncology|safety|training|committee|machines?|equipment|techs?|technologists?|therapists?|nurses?|physicists?|policy|policies|certification|course|units?|centers?|centre|rns?|lpns?|pumps?)|[\s-]+patient\s+(?:parking|lounge|entrance))\b/i;

// ---------------------------------------------------------------------------------------------------------
// Specialty procedures: each specialty's clinic writes its own procedures and monitoring tests, which the
// general lists above (written from primary care) miss. One class per specialty, terms chosen so their first
// three letters are not those of common English words (support/word-starts.ts tries the lexicon there only).
// ---------------------------------------------------------------------------------------------------------

/**
 * Nephrology and dialysis: modalities, vascular access and adequacy measures ("AV fistula", "permcath",
 * "Kt/V", "CAPD"); radiation oncology and neurosurgical resections; prenatal testing; ophthalmic imaging and
 * lasers; sleep, neuromodulation, nuclear medicine and specialty labs (sweat chloride, syphilis serologies).
 */
export const SPECIALTY_PROCEDURES: TermGroup = {
  name: 'specialty-procedures',
  confidence: 0.8,
  terms: [
    // dialysis and access
    'home hemodialysis', 'home dialysis', 'home pd', 'pd catheter', 'hd catheter', 'permcath',
    'perm cath', 'permacath', 'tunneled dialysis catheter', 'tunneled catheter', 'dialysis catheter',
    'av fistula', 'a-v fistula', 'arteriovenous fistula', 'av graft', 'arteriovenous graft', 'fistulogram',
    'fistula cannulation', 'av fistula cannulation', 'fistula creation', 'fistula placement', 'kt/v',
    'urea reduction ratio', 'continuous ambulatory peritoneal dialysis', 'nocturnal dialysis', 'ultrafiltration',
    'kidney biopsy', 'renal biopsy',
    // radiation oncology, neuro-oncology, oncologic surgery
    'proton beam therapy', 'proton beam', 'proton radiation', 'craniospinal irradiation', 'craniospinal radiation',
    'whole brain radiation', 'stereotactic body radiation therapy', 'irradiation',
    'chemoradiation', 'chemoradiotherapy', 'adjuvant chemotherapy',
    'gross total resection', 'subtotal resection', 'near-total resection', 'tumor resection', 'debulking',
    'debulking surgery', 'axillary dissection', 'axillary lymph node dissection', 'bone marrow aspirate',
    'bone marrow aspiration', 'stem cell collection', 'car-t cell therapy', 'car-t therapy', 'car-t cells', 'car t-cell therapy', 'tissue sampling',
    // prenatal
    'anatomy scan', 'anatomy ultrasound', 'anatomic survey', 'nuchal translucency', 'glucose challenge test',
    'glucose challenge', 'one-hour glucose test', '1-hour glucose test', 'three-hour glucose test',
    '3-hour glucose test', 'biophysical profile', 'non-stress test', 'nonstress test', 'amniocentesis',
    'chorionic villus sampling', 'quad screen', 'growth scan', 'growth ultrasound', 'dating ultrasound',
    'gbs swab', 'group b strep swab', 'fetal echo', 'fetal echocardiogram',
    // dental
    'tooth extraction', 'tooth extractions', 'dental extraction', 'dental extractions', 'dental implant',
    'dental implants', 'scaling and root planing', 'periodontal surgery', 'pulpotomy', 'dental cleaning',
    'dental crown', 'apicoectomy', 'alveoloplasty',
    // ophthalmology
    'optical coherence tomography', 'fluorescein angiography', 'visual field test', 'visual field testing',
    'yag laser', 'yag capsulotomy', 'laser trabeculoplasty', 'panretinal photocoagulation', 'photocoagulation',
    'anti-vegf injection', 'anti-vegf injections', 'intravitreal injections', 'corneal transplant',
    // sleep, neuromodulation, nuclear medicine
    'sleep studies', 'home sleep test', 'home sleep study', 'split-night study', 'cpap titration',
    'transcranial magnetic stimulation', 'electroconvulsive therapy', 'vagus nerve stimulation',
    'vagus nerve stimulator', 'mibg scan', 'muga scan', 'gallium scan', 'octreotide scan',
    'thyroid uptake scan', 'spect scan', 'pet/mri',
    // cardiac devices
    'device interrogation', 'pacemaker interrogation', 'icd interrogation', 'generator change',
    'lead extraction', 'biventricular pacemaker', 'cardiac resynchronization therapy', 'loop recorder implant',
    // specialty labs
    'sweat chloride test', 'sweat chloride', 'sweat test', 'tp-pa', 'fta-abs', 'vdrl', 'hla typing',
    'serum protein electrophoresis', 'urine protein electrophoresis',
    'genetic testing', 'narrowband uvb', 'total body skin exam', 'electrodesiccation and curettage',
    'laser treatment', 'functional endoscopic sinus surgery', 'tympanometry', 'laryngoscopy', 'nasal endoscopy',
    'cochlear implant', 'epley maneuver', 'videonystagmography', 'phacoemulsification',
    'selective laser trabeculoplasty', 'fundus photography', 'retinal laser', 'prostate biopsy', 'urodynamics',
    'bladder scan', 'post-void residual', 'radioactive iodine', 'thyroid biopsy', 'six-minute walk test',
    '6-minute walk test', 'ebus bronchoscopy', 'iud removal', 'nexplanon insertion', 'nexplanon removal',
    'gait training', 'therapeutic exercise', 'manual therapy', 'range of motion exercises', 'balance training',
    'vestibular rehab', 'dry needling', 'home exercise program', 'functional capacity evaluation',
    'fall risk assessment', 'total contact cast', 'dental filling', 'dentures', 'panoramic x-ray', 'bitewings',
    'bitewing x-rays', 'palliative care', 'comfort care', 'hospice care', 'hospice', 'end-of-life care',
    'goals of care', 'goals-of-care conversation', 'code status', 'comfort measures', 'comfort measures only',
    'bereavement support', 'op note', 'operative note', 'operative report', 'op report', 'procedure note', 'blood sugar checks', 'sugar checks', 'fingersticks', 'glucose checks', 'test strips', 'glucose test strips', 'glucose meter', 'glucometer', 'pen needles', 'lancets', 'cgm sensor', 'dexcom', 'freestyle libre', 'omnipod', 'insulin pump supplies', 'med list', 'medication list', 'med rec', 'medication reconciliation', 'med reconciliation', 'insulin pump therapy', 'hsat', 'home sleep apnea test', 'bipap', 'cpap', 'tace', 'y-90', 'vein mapping', 'audiology testing', 'audiology evaluation', 'rnfl scan', 'rnfl scans', 'visual fields', 'timed up and go', 'total contact casting', 'vasectomy consult', 'hiv-1/2 antigen/antibody', 'dental sealants', 'teeth cleaning', 'multigene panel testing', 'germline multigene panel', 'genetic panel testing', 'peritoneal dialysis training', 'pd training', 'hd training',
    'plasma exchange', 'therapeutic plasma exchange', 'plasmapheresis', 'gene panel', 'complement gene panel',
    'blood draw', 'lab draw', 'plasma glucose', 'fingerstick glucose', 'foley removal', 'foley catheter removal',
    'catheter removal', 'impact baseline', 'impact test', 'concussion baseline', 'baseline concussion test',
    'antigen/antibody test', 'antigen/antibody tests', 'fourth-generation test', '4th-generation test',
    'single-site testing', 'cascade testing', 'medication management visit',
    'medication management', 'med management', 'breathalyzer',
    'dilated exam', 'dilated eye exam', 'amsler grid', 'shock therapy', 'monofilament', 'monofilament test',
    'monofilament exam', 'cotinine test', 'h. pylori breath test', 'urea breath test', 'roux-en-y gastric bypass',
    'stop-bang', 'nutrition consult', 'trough level', 'tacrolimus trough', 'vancomycin trough', 'hiv-1 rna pcr',
    'hiv rna pcr', 'ulnar gutter splint', 'thumb spica splint', 'skeletal survey', 'fibroscan',
    'transient elastography', 'tpmt genotyping', 'anti-smooth muscle antibody', 'gender-affirming hormone therapy',
    'hormone therapy', 'estradiol level', 'testosterone level', 'neoadjuvant chemotherapy', 'allergy shots',
    'allergen immunotherapy',
    'karyotype', 'karyotyping', 'antiphospholipid panel', 'antiphospholipid antibodies',
    'dental sealant', 'below-knee amputation', 'above-knee amputation', 'bilateral bka',
    'bk virus pcr', 'sirs screen', 'real-ear measurement', 'biometric screening', 'remote patient monitoring',
    'ct colonography', 'life-sustaining treatment', 'ambulatory oximetry', 'return-to-learn plan',
    'aspiration precautions', 'addiction medicine consult', 'anti-dsdna', 'nutrition counseling', 'retic count',
    'reticulocyte count', 'follow-up ct', 'spinal fusion', 'lumbar fusion', 'doula services',
    'continuous glucose monitors', 'iud placement', 'iud insertion',
    'pulse oximetry', 'pulse ox', 'pulse oximeter', 'overnight oximetry', 'home oximetry', 'hemiarthroplasty',
    'cone beam ct', 'periodontal maintenance', 'perio maintenance', 'split-night polysomnogram',
    'split night sleep study', 'fistulagram', 'neuromuscular electrical stimulation', 'next-generation sequencing',
    'adaptive servo-ventilation', 'asv titration', 'peritoneal dialysis cycler', 'pd cycler', '12-lead ecg',
    '12-lead ekg', 'cardiac event monitor', 'zio monitor', 'implantable loop recorder', 'transthoracic echo',
    'transthoracic echocardiogram', 'transesophageal echo', 'stress echocardiogram', 'dobutamine stress echo',
    'exercise stress test', 'treadmill stress test', 'treadmill test', 'lexiscan', 'lexiscan stress test',
    'myocardial perfusion imaging', 'left heart catheterization', 'right heart catheterization',
    'coronary angiogram', 'coronary angiography', 'angiography', 'balloon angioplasty', 'cardiac stent',
    'drug-eluting stent', 'aortic valve replacement', 'mitral valve replacement', 'mitraclip',
    'watchman procedure', 'left atrial appendage closure', 'afib ablation', 'pulmonary vein isolation',
    'electrophysiology study', 'pacemaker check', 'implantable defibrillator', 'icd shock', 'lifevest',
    'wearable defibrillator', 'direct current cardioversion', 'defibrillation', 'pericardiocentesis', 'cac score',
    'cardiac rehabilitation', 'intra-aortic balloon pump', 'impella', 'endovenous ablation',
    'radiofrequency vein ablation', 'sclerotherapy', 'compression stockings', 'lung volumes',
    'methacholine challenge', 'endobronchial ultrasound', 'navigational bronchoscopy', 'bronchoalveolar lavage',
    'pleurx catheter', 'pleurodesis', 'lung biopsy', 'ct pulmonary angiogram', 'supplemental oxygen',
    'oxygen concentrator', 'portable oxygen concentrator', 'nasal cannula', 'high-flow nasal cannula',
    'cpap machine', 'bipap machine', 'cpap mask', 'ventilator', 'extubation', 'trach', 'trach care',
    'trach change', 'nebulizer', 'nebulizers', 'nebulizer treatment', 'neb treatment', 'inhaler', 'inhalers',
    'peak flow meter', 'incentive spirometer', 'incentive spirometry', 'chest physiotherapy',
    'airway clearance vest', 'vest therapy', 'flutter valve', 'pulmonary rehabilitation', 'polysomnogram',
    'in-lab sleep study', 'multiple sleep latency test', 'maintenance of wakefulness test', 'titration study',
    'oral appliance therapy', 'mandibular advancement device', 'hypoglossal nerve stimulator', 'inspire implant',
    'actigraphy', 'fistula surgery', 'tenckhoff catheter', 
    'renal transplant', 'transplant evaluation', 'pth level', '24-hour urine collection', 'apheresis', 'dialyzer',
    'chemo infusion', 'targeted therapy', 'mediport', 'picc dressing change', 'autologous transplant',
    'cyberknife', 'radiation simulation', 'ct simulation', 'cea level', 'double mastectomy', 'neulasta onpro',
    'flow cytometry', 'cbc with diff', 'total knee arthroplasty', 'total hip arthroplasty',
    'total shoulder arthroplasty', 'joint replacement', 'external fixator', 'ex-fix', 'cervical fusion',
    'tendon repair', 'achilles repair', 'hip arthroscopy', 'viscosupplementation', 
    'hand therapy', 'aquatic therapy', 'tens unit', 'e-stim', 'electrical stimulation', 'ultrasound therapy',
    'iontophoresis', 'cervical traction', 'kinesio taping', 'cpm machine', 'knee brace', 'back brace',
    'walking boot', 'cam boot', 'crutches', 'knee scooter', 'fiberglass cast', 'wrist splint', 'orthotics',
    'custom orthotics', 'ankle foot orthosis', 'prosthesis', 'prosthetic leg', 'bone stimulator',
    'bone growth stimulator', 'work conditioning', 'work hardening', 'dxa scan', 'mri with contrast',
    'mri without contrast', 'mri with and without contrast', 'open mri', 'mr arthrogram', 'ct with contrast',
    'ct without contrast', 'ct abdomen pelvis', 'nuclear medicine scan', 'discogram', 'venogram', 'esophagram',
    'voiding cystourethrogram', 'dmsa scan', 'contrast dye', 'oct scan', 'retinal photography', 'phaco',
    'intraocular lens', 'glaucoma surgery', 'scleral buckle',
    'pneumatic retinopexy', 'laser photocoagulation', 'corneal cross-linking', 'punctal plugs', 'tonometry',
    'pachymetry', 'gonioscopy', 'contact lens fitting', 'blepharoplasty', 'chalazion excision',
    'strabismus surgery', 'b-scan', 'electroretinogram', 'slit lamp exam', 'cbct scan', 'prophy',
    'dental prophylaxis', 'root canal therapy', 'root canal treatment', 'endodontic treatment', 'pulpectomy',
    'surgical extraction', 'bone graft', 'socket preservation', 'sinus lift', 'implant crown', 'porcelain crown',
    'crown lengthening', 'gingivectomy', 'gum graft', 'gingival graft', 'fluoride treatment', 'full mouth x-rays',
    'periapical x-ray', 'composite filling', 'amalgam filling', 'onlay', 'porcelain veneers', 'partial denture',
    'denture reline', 'occlusal guard', 'invisalign', 'orthodontic braces', 'space maintainer', 'frenectomy',
    'periodontal charting', 'perio charting', 'silver diamine fluoride', 'core buildup', 'post and core',
    'occlusal adjustment', 'prenatal ultrasound', 'external cephalic version', 'cerclage', 'colpo',
    'laparoscopic hysterectomy', 'endometrial ablation', 'breast biopsy', 'stereotactic biopsy', 'pessary',
    'pessary fitting', 'pelvic floor therapy', 'pelvic floor physical therapy', 'urodynamic testing',
    'urodynamic study', 'cysto', 'trus biopsy', 'fusion biopsy', 'ureteral stent', 'robotic prostatectomy',
    'urolift', 'rezum', 'foley catheter', 'foley change', 'suprapubic catheter', 'straight cath',
    'straight catheterization', 'intermittent catheterization', 'urinary catheter', 'condom catheter',
    'nephrostomy tube', 'nephrostomy', 'bladder instillation', 'mrsa swab', 'mrsa screen', 'stool o&p',
    'hep b surface antibody', 'titers', 'titer draw', 'mmr titer', 'iv hydration', 'iv fluids', 'iv infusion',
    'prevnar', 'shingrix', 'mmr vaccine', 'wound closure', 'closed reduction and splinting',
    'ct head without contrast', 'nasal packing', 'foreign body removal', 'ear lavage', 'ear irrigation',
    'cerumen removal', 'earwax removal', 'ear wax removal', 'wart removal', 'skin tag removal', 'audiometry',
    'baseline audiogram', 'spirometry test', 'venipuncture', 'inr check', 'coag panel', 'ana test',
    'platelet transfusion', 'haptoglobin', 'dexamethasone suppression test', 'afp level', 'h. pylori test',
    'hydrogen breath test', 'stool antigen', 'fecal calprotectin', 'calprotectin', 'stool guaiac', 'hemoccult',
    'colonoscopies', 'screening colonoscopy', 'diagnostic colonoscopy', 'endoscopies', 'pill camera',
    'esophageal manometry', 'anorectal manometry', 'ph study', 'bravo ph study', 'esophageal dilation',
    'polypectomy', 'liver biopsy', 'elastography', 'tips procedure', 'gj tube', 'nj tube', 'tube feeding',
    'tube feedings', 'enteral feeding', 'parenteral nutrition', 'mic-key button', 'feeding pump', 'kangaroo pump',
    'ostomy', 'ostomy bag', 'ostomy supplies', 'colostomy bag', 'small bowel follow-through',
    'gastric emptying study', 'bowel prep', 'colonoscopy prep', 'continuous glucose monitor', 
    'fingerstick', 'finger stick', 'ambulatory eeg', 'video eeg', 'thrombolysis', 
    'intrathecal pump', 
    'evoked potentials', 'pe tubes', 'balloon sinuplasty', 'turbinate reduction', 'hearing aid', 'hearing aids',
    'dermoscopy', 'photodynamic therapy', 'lead level', 'frenotomy', 'tongue-tie release', 'apnea monitor',
    'hoyer lift', 'bedside commode', 'shower chair', 'gait belt', 'rollator', 'power wheelchair',
    'manual wheelchair', 'pressure mattress', 'alternating pressure mattress', 'wound vacuum',
    'hyperbaric oxygen therapy', 'skin substitute', 'subcutaneous infusion', 'cadd pump', 'pca pump',
    'speech-language therapy', 'lymphedema therapy', 'manual lymphatic drainage', 'respiratory therapy',
    'biologic infusion', 'monoclonal antibody infusion', 'iv sedation',
    'nitrous oxide sedation', 'orthostatic vitals', 'ambulatory blood pressure monitoring',
    'home blood pressure monitor', 'blood pressure cuff', 'snellen chart', 'watchman device', 'ldl cholesterol',
    'lithium level', 'ot hand therapy', 'crown seated', 'endosteal implant',
    'custom abutment', 'abutment supported crown', 'socket preservation graft', 'fixed bridge',
    'periodontal maintenance', '3-hour test', 'gene therapy trial', 'goldmann visual field', 'goldmann vf',
    'screening colonoscopies', 'fit kit', 'split-night polysomnogram', 'pd cyclers', 'staple removal',
    'hip hemiarthroplasty',
    // transplant, interventional radiology, wound, hearing and hospice care
    'calpro', 'lung shunt study', 'maa lung shunt study', 'tc-99m maa', 'radioembolization',
    'yttrium-90 radioembolization', 'y-90 radioembolization', 'y-90 mapping', 'microcoil embolization',
    'coil embolization', 'left gastric artery embolization', 'embolization', 'embolizations', 'chemoembolization',
    'tac trough', 'tacrolimus level', 'hiv-1 rna quant', 'negative pressure wound therapy', 'wound vac', 'bp check',
    'blood pressure check', 'conservative kidney management', 'remote monitoring', 'paracentesis', 'paracenteses',
    'thoracentesis', 'thoracenteses', 'port placement', 'picc placement', 'peak flow', 'cochlear implantation',
    'cochlear implant surgery', 'azbio', 'azbio sentences', 'wide local excision', 'skin assessment',
    'total bilirubin', 'deceased donor kidney transplant', 'living donor kidney transplant',
    'genetic cardiomyopathy panel', 'real-ear measures', 'audiogram',
    // immunostains, hepatitis B serologies, stroke-risk scores, point-of-care glucose
    'her2 fish', 'ki-67', 'ttf-1', 'napsin a', 'ck20', 'ck7', 'pd-l1', 'pd-l1 22c3', 'anti-hbs', 'anti-hbc', 'hbsag',
    'cha2ds2-vasc', 'has-bled', 'poc glucose', 'o2 sat', 'ebus', 'ebus-guided fna', 'immunostains',
    'fine needle aspiration',
    // endoscopy, rheumatology scores, splints, EMS ECGs, TB testing
    'cdai', 'das28', 'cold snare', 'hot snare', 'band ligation', 'variceal banding', 'pap/hpv co-test', 'hpv co-test',
    'co-test', 'sugar-tong splint', 'strep a culture', 'rapid strep', '12-lead', 'posterior leads',
    'right-sided leads', '2-step tst', 'two-step tst', 'qft', 'quantiferon-tb gold', 'chlamydia/gonorrhea screen',
    'gc/ct screen', 'methadone administration', 'cecal intubation', 'adenoma detection rate',
    // sleep studies, orthopedic and hand surgery and therapy, dental, urology and transplant
    'paco2', 'pao2', 'pap adherence', 'cpap adherence', 'split-night psg', 'im nail', 'intramedullary nailing',
    'intramedullary nail', 'iv antibiotics', 'des to lad', 'mrsa nasal screen',
    'stainless steel crown', 'stainless steel crowns', 'noninvasive ventilation',
    'duran protocol', 'four-strand core repair', 'flexor tendon repair', 'dorsal blocking orthosis',
    'tacrolimus troughs', '24-hr urine', '24-hour urine', 'ileocecal resection', 'bcg instillations',
    'bcg instillation', 'a1 pulley release', 'trigger finger release', 'carpal tunnel release', 'semmes-weinstein',
    'quickdash', 'stone analysis',
    // Long-term care and wound nursing (fresh17).
    'thickened liquids', 'mechanically altered diet', 'wound culture', 'wound cx', 'braden score',
    'home oxygen', 'oxygen therapy', 'blood sugar log', 'fingerstick blood sugar',
    // Occupational health, drug testing and cardiology (fresh18).
    'stool-based screening', 'ortho eval', 'ortho f/u', 'orthopedic evaluation', 'empty can test', 'drop arm test',
    'suturing', 'digital block', 'wound irrigation', 'co-oximetry', 'cohb', 'carboxyhemoglobin', 'pdmp check',
    'post-accident testing', 'post-accident drug test', 'split specimen testing', 'drug testing', 'drug screen',
    'breath alcohol test', 'expanded 10-panel', 'dot 5-panel', '10-panel drug screen', '5-panel drug screen',
    'lc-ms/ms', 'tavrs', 'troponin trend', 'trop', 'ther ex',
    // Pediatric, dialysis, toxicology, dermatology, eye and ear procedures (fresh19/fresh20).
    '4-extremity bp', 'four-extremity blood pressure', 'car seat tolerance screen', 'car seat challenge', 'ng feeds',
    'ng tube feeds', 'access recirculation', 'spkt/v', 'orthostatics', 'acetaminophen level', 'salicylate level',
    'serum ethanol', 'type & cross', 'type and cross', 'shave bx', 'shave biopsy', 'ed&c', 'fractional resurfacing',
    'tattoo removal', 'oct-a', 'oct angiography', 'dermal filler', 'chemical peel', 'chemical peels', 'dermaplaning',
    'refraction', 'visual field', 'tinnitus evaluation', 'audiometric exam', 'hydrafacial', 'coolsculpting',
    'ipl photofacial', 'parotidectomy', 'temporal bone resection', 'lateral temporal bone resection',
    'high-dose insulin euglycemic therapy', 'hiet',
    // Imaging and obstetric procedures (fresh21/fresh22).
    'plain films', 'device reprogramming', 'liver bx', 'post-bx us', 'nuclear med', 'nuclear medicine', 'mammo',
    'dating us', 'nt scan', 'nt scans', 'bpp', 'bpps', 'spontaneous vaginal delivery',
    // Dental, orthodontic, rehabilitation and orthotic procedures (fresh23/fresh24).
    'periapicals', 'periapical x-rays', 'srp', 'night guard', 'third molar extractions',
    'lateral ceph', 'serial cephs', 'cephalometric x-ray', 'herbst appliance', 'essix retainer', 'braces adjustment',
    'resin-bonded bridge', 'provisional flipper', 'digital study models', 'canine substitution', 'hld index',
    'hand-wrist film', 'periodic oral eval', 'comprehensive oral evaluation', 'full-arch implant',
    'medicated dressing', 'neuromuscular re-education', 'nerve gliding', 'mirror therapy',
    'gaze stabilization exercises', 'canalith repositioning', 'task-specific training', 'adl retraining',
    'caregiver training', 'box and block', '9-hole peg', '10mwt', '4-stage balance test', 'single leg stance',
    'morse fall scale', 'amppro', 'oculomotor exam', 'retrograde massage', 'prone press-ups', 'shockwave therapy',
    'cranial orthosis', 'wrist orthoses', 'wrist orthosis', 'tummy time program', 'positioning education',
    'pt eval and treat', 'outpatient ot', 'home safety check', 'nerve conduction study', 'nerve conduction',
    'vanc trough', 'steroid injection', 'corticosteroid injection', 'corticosteroid injections', 'balance screening',
    // neurology/sleep, endocrine and bariatric, GI/urology and infectious disease procedures
    'hyperventilation', 'photic stimulation', 'comprehensive neuropsychological evaluation',
    'neuropsychological evaluation', 'PAP titration', 'sleep scoring', 'routine EEG',
    'sleep-deprived EEG', 'EMU admission', 'nutrition assessment', 'nutrition assessments',
    'medical nutrition therapy', 'diabetes self-management training', 'diabetes self-management education',
    'thyroid bx', 'gastric bypasses', 'lap sleeve', 'lap sleeve gastrectomy',
    'MR enterography', 'CT enterography', 'piecemeal EMR', 'endoscopic mucosal resection', 'flex sig',
    'ABO typing', 'pad weight test', '24-hr pad weight test', 'male sling',
    'artificial urinary sphincter', 'Kegels', 'Kegel exercises', 'directly observed therapy', 'video DOT',
    'mycobacterial culture', 'drug susceptibility testing', 'rabies PEP', 'rabies post-exposure prophylaxis',
    'complement levels', 'thick and thin smears', 'malaria smear', 'NP swab PCR', 'IgG level', 'urine ACR',
    'blood cx', 'urine cx', 'T bili',
    // geriatrics/palliative, orthopedics, anesthesia, SLP/OT and developmental assessments, labs
    'advance care planning', 'artificial nutrition', 'home safety eval', 'home safety evaluation',
    'functional screen', 'pre-participation physical', 'whisper test', 'Lachman test', 'pivot shift', 'McMurray test',
    'McMurray', 'hop test', 'single leg hop test', 'SCAT6', 'SCAT5', 'adductor canal block', 'interscalene block',
    'decolonization', 'nasal decolonization', 'shoulder scope', 'shoulder scopes', 'spine fusion',
    'spine fusions', 'steri-strip closure', 'type & screen', 'feeding consult',
    'oral-motor assessment', 'food chaining', 'puree practice', 'chewy tube exercises', 'clinical swallow eval',
    'clinical swallow evaluation', 'SOS approach', 'developmental evaluation', 'developmental evaluations',
    'AAC assessment', 'pragmatic language observation', 'feeding/swallowing tx', 'AV canal repair',
    'leukocyte esterase', 'fasting lipids', 'LDL-C', 'triglycerides',
   
    // radiation oncology, blood bank, microbiology, lymphedema and survivorship care
    'whole breast RT', 'involved-site RT', 'short-course RT', 'pelvic RT',
    'fiducial marker placement', 'SpaceOAR gel', 'antibody screen', 'antibody ID', 'antibody identification',
    'ABO/Rh', 'direct antiglobulin test', 'compression garments', 'manual lymph drainage', 'BCID2 panel',
    'blood culture ID panel', 'MALDI-TOF', '1,25-dihydroxy vitamin D', 'HBsAb', 'fertility consult',
   
    // From fresh30/31: eye and ear tests, dialysis and transplant care, NICU, plastic surgery and wound care
    'goldmann applanation', 'applanation tonometry', 'hvf 24-2', 'hvf 10-2', 'humphrey visual field', 'otoscopy',
    'real-ear measurements', 'cochlear implant activation', 'cochlear implant mapping', 'aided soundfield',
    'soundfield testing', 'fundus photos', 'weber test', 'rinne test',
    'ureteral reimplantation', 'bilateral ureteral reimplantation', 'tac level', 'tac levels', 'tacrolimus levels',
    'peritoneal dialysis exchanges', 'pd exchanges', 'buttonhole cannulation', 'c4d staining', 'c4d', 'jj stent',
    'double-j stent', 'car seat tolerance screening', 'ng tube placement', 'laser hair removal', 'rectus plication',
    'liposuction', 'flank liposuction', 'adjacent tissue transfer', 'breast reduction', 'reduction mammaplasty',
    'abdominoplasty', 'panniculectomy', 'mohs micrographic surgery',
    'full-thickness skin graft', 'split-thickness skin graft', 'local flap', 'rotation flap', 'advancement flap',
    'forehead flap',
    // From fresh32/33: pulmonary function and allergy testing, clotting workups, vein and foot care, knee exams
    'skin prick testing', 'allergy skin testing', 'intradermal testing', 'total ige', 'absolute eosinophil count',
    'eosinophil count', 'walking oximetry', 'ambulatory oxygen', 'ambulatory o2', 'o2 titration walk',
    'oxygen titration', 'thrombophilia eval', 'thrombophilia evaluation', 'thrombophilia workup',
    'thrombophilia panel', 'protein c/s', 'antithrombin', 'antithrombin iii', 'venous duplex', 'venous reflux study',
    'catheter-directed lysis', 'catheter-directed thrombolysis', 'paring of calluses', 'callus paring', 'debriding',
    'lachman', 'pre-hab', 'prehab', 'subcutaneous immunotherapy', 'sublingual immunotherapy',
    'spirometry with bronchodilator', 'pre/post bronchodilator', 'bronchodilator response',
    // From fresh34/35: device clinic, LVAD, hemophilia, IVIG dosing scores, pain and spine, telestroke
    'remote interrogation', 'in-office interrogation', 'wearable cardioverter-defibrillator',
    'driveline', 'driveline dressing', 'driveline care', 'bethesda assay', 'inhibitor titer',
    'incat score', 'iga level', 'factor ix prophylaxis', 'factor ix activity', 'factor viii activity',
    'factor viii prophylaxis', 'abcd2 score', 'scs trial', 'spinal cord stimulator trial', 'posterior fusion',
    'telepsych intake', 'tele-psych intake', 'telestroke consult',
    // From fresh36/37
    'well-child exam', 'well child exam', 'daily weights',
    // From fresh38/39: hyperbaric and wound care, infusion, gender-affirming care
    'marx protocol', 'tcpo2', 'transcutaneous oximetry', 'skin substitutes', 'skin sub', 'skin sub graft',
    '4-layer compression', 'four-layer compression', 'otoscope exam', 'bone bx', 'bone biopsy', 'aerobic culture',
    'anaerobic culture', 'latissimus flap', 'latissimus flap reconstruction', 'port site check',
    'urine dips', 'genital hair removal', 'drain removal', 'bolster removal',
    'gender affirming hormone therapy',
    // From fresh40/41: regional anesthesia, NICU follow-up, school health
    'tap block', 'supraclavicular block', 'pda ligation', 'weight checks', 'pt eval',
    'sports physicals', 'hcg, urine',
    // From fresh42/43
    'intermittent cath', 'self-cath', 'self cath', 'digital stimulation', 'pvrs', 'post-void residuals', 'serum osm',
    'urine osm', 'urine na', 'neuro checks',
    // From fresh44/45: rheumatology, sleep medicine, dental and occupational health
    'dental clearance', 'dental clearances', 'dental evaluation', 'dental eval', 'panorex', 'dot exam', 'dot exams',
    'dot recert', 'dot recertification', 'drug test', 'drug tests', 'dot drug test', 'dot drug tests',
    'breath alcohol tests', 'breath alcohol testing', 'saliva alcohol test', 'saliva alcohol tests',
    'return-to-duty test', 'return-to-duty drug test', 'sap evaluation', 'respirator fit test',
    'respirator fit testing', 'fit testing', 'n95 fit test', 'n95 fit testing', 'blood lead', 'blood lead level',
    'silica surveillance', 'g6pd testing', 'g6pd test', 'g6pd level', 'cd19 count', 'serum urate', 'serum uric acid',
    'uric acid level', 'quant hcg', 'quantitative hcg', 'auto-pap trial', 'apap trial', 'cpap trial',
    'split-night studies', 'split night study', 'home sleep testing', 'sleep consult', 'sleep consults',
    'port access', 'capnography', 'hepatitis b surface antibody', 'subacromial injection', 'gc/ms', 'mro review',
    'dot physicals',
    // From fresh26 (the diagnosis rule leaves a test of the disease to this one)
    'celiac serologies', 'celiac serology', 'celiac panel',
    // From fresh46/47: geriatrics and memory care, endocrine and bariatric surgery, ED callbacks, eating disorders
    'cognitive assessment and care plan', 'bedside swallow eval', 'slp bedside swallow eval',
    'bedside swallow evaluation', 'endoscopic stent', 'hiatal hernia repair', 'psych eval',
    'psych evaluation', 'pre-op psych evaluation', 'h. pylori testing', 'h pylori testing',
    'new patient office visit', 'cardiology f/u', 'cardiology follow-up', 'hcg, quantitative, serum',
    'quantitative serum hcg', 'hiv ag/ab screen', 'blind weigh-in', 'blind weigh-ins', 'blind weights',
    'blind weight', 'family-based treatment', 'family based treatment', 'cbt-e', 'dbt skills group', 'dbt group',
    'exposure group', 'nutrition eval', 'nutrition evaluation', 'nutrition restoration', 'weight restoration',
    'intensive outpatient program', 'partial hospitalization program', 'methylmalonic acid', 'beta-hydroxybutyrate',
    'vitamin b12', 'b12 level',
    // From fresh48/49: urgent care, cardiology and electrophysiology, maternal-fetal medicine, urology
    'rapid flu a/b', 'rapid flu test', 'rapid flu', 'rapid flu a/b tests', 'flu a/b test',
    'rapid antigen detection test', 'rapid strep test', 'id now', 'vagal maneuvers', '14-day monitor',
    '30-day event monitor', 'event monitor', 'zio patch', '12-lead ecgs', 'rf ablation', 'cryoablation',
    'cryoballoon ablation', 'urine protein creatinine ratio', 'incision check',
    'cell-free dna', 'digital rectal exam', 'uroflow', 'uroflowmetry', 'retrograde pyelogram', 'pelvic floor pt',
    'growth scans', 'umbilical artery doppler', 'detailed anatomy scan',
    // From fresh50/51: long-term-care pharmacy, hospitalists, infectious disease and travel medicine, neurology
    'orthostatic bps', 'orthostatic blood pressures', 'vancomycin level', 'vanc level', 'vancomycin auc', 'washout',
    'i&d and washout', 'apap level', 't. pallidum ab', 'hiv-1/2 ag/ab', 'hiv-1/2 ag/ab 4th gen',
    'g6pd quantitative testing', 'xpert mtb/rif', 'quantitative immunoglobulins', 'neuroimaging', 'ictal spect',
    'jcv antibody', 'jcv antibody testing', 'jcv index', 'jcv ab', 'jcv ab w/ reflex index', 'aquaporin-4 igg',
    'mog antibody', 'oligoclonal bands', 'onabotulinumtoxina injections', 'botox injections', 'afb smear',
    'afb smears', 'sputum cultures',
    // From fresh52/53: pediatrics, orthopedics, radiation oncology, home hospice
    'med check', 'med checks', 'well check', 'well checks', 'well child', 'well-child check', '4-month well child',
    'lead, capillary', 'capillary lead', 'venous lead', 'knee aspiration', 'r knee aspiration', 'l knee aspiration',
    'joint aspiration', 'casting', 'cast check', 'fracture films', 'regional blocks', 'steroid inj',
    'shoulder steroid inj', 'btb autograft', 'hamstring autograft', 'ct sim', 'deep inspiration breath hold',
    'spaceoar hydrogel', 'oncotype dx', 'chemort', 'brachy', 'brachytherapy', 'painad', 'mac measurements',
    'magic mouthwash',
    // From fresh54/55: GI and hepatology, refugee health, plastic surgery and burns, an ACT team
    'random colon bx', 'colon bx', 'gastric bx', 'gastric biopsies', 'tdm', 'therapeutic drug monitoring', 'hbeag',
    'anti-hbe', 'hiv ag/ab', 'hdv ab', 'hep d antibody', 'hcc surveillance', 'strongyloides igg',
    'strongyloides serology', 'compression garment fitting', 'breast augmentation', 'diep flap', 'tissue expander',
    'tissue expanders', 'implant-based reconstruction', 'fractional co2 laser', 'ipl', 'scar massage',
    'pressure garment therapy', 'free flap', 'stsg', 'fat grafting', 'nipple tattooing', 'expander exchange',
    'exchange of tissue expanders to implants', 'laser resurfacing', 'post-injection observation', 'clozapine level',
    'norclozapine', 'li level', 'prenatal care',
    // fresh56-67: specialty tests and procedures (ENT, retina, transplant, lead, CF, allergy, gynecology, psychiatry, rehab, oncology)
    'intermediate layered closure', 'layered closure', 'environmental lead investigation', 'xrf testing',
    'living liver donation', 'living kidney donation', 'living donor evaluation', 'living donor testing',
    'nasopharyngeal pcr', 'gms stain', 'otoacoustic emissions', 'hepatic panel', 'immunofluorescence',
    'ci programming', 'fk level', 'vestibular testing', 'saline irrigations', 'saline rinses', 'peth testing',
    'stool specimens', 'flap repair', 'steroid pulses', 'venous confirmation', 'capillary screening',
    'cmv prophylaxis', 'visual acuity', 'dilated fundus exam', 'viral panel', 'prenatal screen', 'lsvt loud',
    'hearing evaluation', 'hearing screening', 'retinal imaging', 'hemoglobin checks', 'post-exposure prophylaxis',
    'chelation', 'cochlear device implantation', 'cotinine', 'hyaluronic acid filler', 'test of cure',
    'bone marrow donation', 'liver allotransplant', 'kidney allotransplant', 'stone risk urine panel',
    'low vision evaluation', 'in-office laryngeal injections', 'laryngeal injections', '2-step ppd',
    '4-extremity bps', '6mw', 'aba therapy', 'adhd evaluation', 'adhd eval', 'allergen injections',
    'allergy injections', 'alpha-1 antitrypsin level', 'baked milk challenge', 'ball cautery', 'biofeedback',
    'blood alcohol', 'blood eosinophils', 'bowel program', 'braden scale', 'bush-francis catatonia rating scale',
    'c1-inh function', 'c1-inh level', 'celiac plexus block', 'cftr dna panel', 'cftr sequencing',
    'cluster build-up', 'co-testing', 'colposcopy', 'deep oral suctioning', 'dilator therapy', 'duffy phenotype',
    'easi score', 'endocervical curettage', 'flow-volume loops', 'food challenge', 'oral food challenge', 'fontan',
    'hip pinning', 'hpv genotyping', 'hpv 16/18 genotyping', 'hpv-based testing',
    'irrigation of implanted venous access device', 'lorazepam challenge', 'ophthalmologic exam',
    'ophthalmology exam', 'paracervical block', 'pelvic binder', 'plethysmography', 'port flushes', 'port flush',
    'port removal', 'pulmonary function testing', 'pulmonary rehab', 'sbe prophylaxis',
    'subcutaneous immunoglobulin', 'stool elastase', 'thinprep pap', 'tobacco cessation', 'transannular patch',
    'trough monitoring', 'tryptase', 'tube feeds', 'urine tox screen', 'vanc random', 'venom immunotherapy',
    'von willebrand panel', 'vsd patch closure', 'telestroke', 'telepsychiatry', 'sonohysterogram', 'dna panel',
    'carrier screen',
    // From fresh70/71: a critical access hospital, obstetrics, pediatrics and school health, care management
    'vte prophylaxis', 'antibiogram', 'heart failure teaching', 'fetal heart rate', 'tocometry', 'bimanual massage', 'gh stimulation testing', 'growth hormone stimulation test', 'growth hormone stimulation testing', 'wet wrap therapy', 'hearing and vision screening', 'venous draw', 'amoxicillin challenge', 'drug challenge', 'lithium level', 'apgars', 'apgar scores',
    // From fresh72/73: stroke and cardiology, oncology and infusion, behavioral health levels of care, sports medicine
    'dysphagia screen', 'peg feeds', 'pf4 antibody', 'transvenous pacing', 'transcutaneous pacing', 'dobutamine stress echo', 'pitx2 genotyping', 'scalp cooling', 'cold cap', 'desensitization', 'respite care', 'suicide risk screen', 'sane exam', 'concussion evaluation', 'dry needling', 'vestibular/ocular-motor therapy', 'vestibular therapy', 'eating disorder assessment', 'motivational interviewing', 'withdrawal management', 'partial hospitalization', 'intensive outpatient', 'crisis respite', 'outpatient psychiatry', 'psychiatric inpatient', 'inpatient psychiatric', 'residential sud', 'sud treatment', 'mpfl reconstruction', 'cardiac mri',
    // From fresh74/75: trauma, endoscopy and liver transplant, MDS assessments in a nursing facility, telehealth primary care
    'tlso brace', 'im nailing', 'cast change', 'suicide risk screening', 'genexpert mtb/rif', 'normothermic machine perfusion', 'duodenoscope culture', 'ph impedance', 'tips placement', 'portosystemic gradient', 'tacrolimus trough', 'endoscopic submucosal dissection', 'section gg', 'digoxin level', 'multiplex pcr', 'buprenorphine induction', 'depression screening', 'fertility preservation', 'pillcam sb3',
    // From fresh76/77: community mental health, NICU and pediatric surgery, spine and PT
    'lai injections', 'lai injection', 'medically supervised withdrawal', 'brca1/brca2 full sequencing', 'skin-to-skin care', 'gbs screen', 'pasteurized donor milk feeding', 'donor milk feeding', 'milk fortification', 'nuss procedure', 'pda ligation', 'uvc/uac placement', 'neonatal resuscitation', 'rooming-in', 'mask induction', 'feeding advancement protocol', 'needle decompression', 'therapeutic hypothermia', 'multilevel fusions', 'multilevel fusion', 'chlorhexidine bathing', 'transforaminal esi', 'deep neck flexor training', 'running gait analysis', 'cbtp',
    // From fresh78/79: blood products and blood bank work-up, dialysis access, anesthesia, labs
    'cryoprecipitate', 'packed red blood cells', 'red blood cells', 'prbcs', 'rbc transfusion',
    'platelet transfusion', 'fresh frozen plasma', 'plasma transfusion', 'irradiated blood', 'irradiated products',
    'antibody elution', 'elution study', 'anti-d titer', 'antibody titer', 'viscoelastic testing',
    'thromboelastography', 'radiocephalic fistula', 'brachiocephalic fistula', 'av fistula', 'arteriovenous fistula',
    'av graft', 'fistula cannulation', 'buttonhole cannulation', 'home hemodialysis', 'peritoneal dialysis',
    'ultrafiltration', 'arterial line', 'bag-mask ventilation', 'rapid sequence induction',
    'rapid sequence intubation', 'neuraxial anesthesia', 'spinal anesthesia', 'monitored anesthesia care',
    'sputum induction', 'window prophylaxis', 'zygosity testing', 'whole genome sequencing', 'hammertoe correction',
    'hammertoe corrections', 'gi pathogen pcr panel', 'gi pathogen panel', 'autoimmune encephalitis panel',
    'anti-nmda receptor antibody', 'ppd placement', 'ppd read', 'afb smear', 'afb culture', 'her2 testing',
    'fish testing', 'camp test',
    // From fresh80/81 (after measuring): dental, occupational medicine, immunology, eye exams
    'dental extraction', 'tooth extraction', 'straight leg raise', 'straight leg raise test', 'igras', 'anti-ro/ssa',
    'anti-ro', 'anti-ssa', 'anti-la/ssb', 'fitness-for-duty evaluation', 'fitness for duty evaluation',
    'fitness-for-duty exam', 'medical surveillance exam', 'hair drug test', 'hair follicle test',
    '10-panel drug screen', '5-panel drug screen', 'igg trough', 'urine specific gravity', 'oral suctioning',
    'tracheal suctioning', 'penicillin allergy delabeling', 'penicillin skin testing', 'dilated eye exam',
    'visual acuity', 'root canal therapy',
    // From fresh82/83 (after measuring): rehab, pharmacy services, fertility and gyn oncology
    'nectar thick liquids', 'honey thick liquids', 'thickened liquids', 'follicle tracking', 'follicle monitoring',
    'driver rehabilitation evaluation', 'driving evaluation', 'body-weight supported treadmill training',
    'comprehensive medication review', 'medication therapy management', 'hyperthermic intraperitoneal chemotherapy',
    'botulinum toxin injection', 'botox injection', 'am-pac', 'functional electrical stimulation',
    // From fresh84/85 (after measuring): pediatric endocrinology
    'gh stim test', 'gh stimulation test', 'growth hormone stimulation test', 'stim test',
    'arginine stimulation test', 'clonidine stimulation test',
    // From fresh84/85 (after measuring): breast imaging, PTSD therapies, diabetes care, urgent care
    'digital breast tomosynthesis', 'breast tomosynthesis', 'tomosynthesis', '3d mammogram',
    'prolonged exposure therapy', 'imagery rehearsal therapy', 'written exposure therapy', 'blood ketone testing',
    'ketone testing', 'mody panel', 'mody genetic testing', 'dka protocol', 'thumb spica splint', 'thumb spica cast',
    'stereotactic breast biopsy', 'automated insulin delivery',
    // Sleep, cardiology and eating-disorder care (fresh86/fresh87 misses)
    'Epworth Sleepiness Scale', 'Epworth score', 'nuclear stress test', 'nuclear stress', 'auto-PAP',
    'APAP titration', 'transcutaneous CO2', 'TcCO2 monitoring', 'cardiac resynchronization therapy',
    'exposure meal', 'exposure meals',
    'maintenance of wakefulness test', 'in-clinic device check', 'remote device check', 'revascularization',
    'sleep diary', 'panoramic x-ray', 'family meal session',
    'family meal', 'metabolic monitoring', 'weight check', 'blind weight', 'blind weights', 'supervised meals',
    'refeeding protocol', 'CBT-AR', 'suicide risk screen', 'TB symptom screen', 'detox protocol',
    'withdrawal protocol', 'CIWA protocol', 'COWS protocol',
    // Line placements as schedulers write them (fresh89)
    'IV placement', 'PIV placement', 'peripheral IV placement', 'IV start', 'IV insertion', 'ultrasound-guided IV',
    // ENT, audiology, voice, dermatology, EMS and end-of-life care (fresh88/fresh89 misses)
    'i-gel', 'i-gel airway', 'word recognition testing', 'word recognition scores', 'withdrawal of life support',
    'withdrawal of life-sustaining treatment', 'total body photography', 'termination of resuscitation',
    'semi-occluded vocal tract exercises', 'saliva PCR', 'real-ear verification', 'real-ear measurement',
    'pure-tone audiometry', 'pure-tone thresholds', 'otoacoustic emissions', 'otoacoustic emission', 'microneedling',
    'microneedling with radiofrequency', 'i-STAT', 'fluency therapy', 'facelift', 'rhytidectomy', 'blepharoplasty',
    'rhinoplasty', 'septoplasty', 'deep shave', 'shave biopsy', 'punch biopsy', 'circumlaryngeal massage',
    'capacity evaluation', 'decision-making capacity evaluation', 'caloric testing', 'videonystagmography',
    'bipolar cautery', 'bag-valve-mask ventilation', 'BVM ventilation', 'artificially administered nutrition',
    'resonant voice therapy', 'voice therapy', 'MART-1 staining', 'immunohistochemistry', 'LVO screening',
    'IO access', 'intraosseous access', 'CI mapping', 'cochlear implant mapping', 'CDKN2A testing', 'BDD screener',
    'pulsed dye laser', 'laser hair removal', 'tympanometry', 'auditory brainstem response', 'automated ABR',
    'visual reinforcement audiometry', 'laryngoscopy', 'videostroboscopy', 'stroboscopy', 'needle decompression',
    'RSI', 'rapid sequence intubation', '12-lead ECG', 'CNC word scores', 'AzBio',
    // Urology, neurology, refugee health and bariatric evaluation (fresh90-fresh93 misses)
    'mpMRI', 'multiparametric MRI', 'cystometrogram', 'urodynamics', 'pressure-flow studies', 'pressure-flow study',
    'Wada testing', 'Wada test', 'visual evoked potentials', 'Decipher genomic classifier', 'Decipher test',
    'immigration physical', 'immigration medical exam', 'civil surgeon exam', 'I-693 exam',
    'domestic medical screening', 'overseas medical exam', 'sputum smears', 'sputum smear', 'AFB smear',
    'non-treponemal titer', 'treponemal screening test', 'RPR titer', 'psych diagnostic evaluation',
    'psychiatric diagnostic evaluation', 'pre-surgical psychological evaluation', 'seizure precautions',
    'active surveillance', 'male sterilization', 'AQP4-IgG', 'MOG antibody', 'HIV Ag/Ab test', 'NP swab',
    'nasopharyngeal swab', 'video EEG', 'ambulatory EEG', 'prostate biopsy', 'transperineal biopsy',
    'vasectomy reversal', 'semen analysis', 'post-vasectomy semen analysis', 'testosterone injections',
    'testosterone pellets', 'gender-affirming surgery', 'top surgery', 'bottom surgery', 'orchiectomy',
    'vaginoplasty', 'phalloplasty', 'facial feminization surgery',
  ],
  // Left out for speed: terms whose first three letters are those of frequent note words ("DaTscan" ~ "date",
  // "flow cytometry" ~ "floor", "external beam" ~ "extremities", "neoadjuvant" ~ "neonatal" word starts).
};

/** Specialty abbreviations in capitals: dialysis adequacy, devices, ophthalmic imaging, neuromodulation. */
export const SPECIALTY_ABBREVIATIONS: TermGroup = {
  name: 'specialty-abbreviations',
  confidence: 0.75,
  caseSensitive: true,
  terms: [
    'AVF', 'AVG', 'Kt/V', 'CAPD', 'CCPD', 'APD', 'URR', 'CRT-D', 'CRT-P', 'S-ICD', 'LVAD', 'WBRT', 'PSG',
    'MSLT', 'rTMS', 'VNS', 'SPECT', 'FTA-ABS', 'TP-PA', 'TPPA', 'VDRL', 'SPEP', 'UPEP', 'BPP', 'NST',
    'GCT', 'OGTT', 'PRP laser', 'FA/ICG',
    'RYGB', 'HIV Ab', 'HCV Ab', 'OGD',
    'GFTA-3', 'C3/C4', 'CPR',
    'CBCT', 'NMES', 'TSAT', 'DCCV', 'IABP', 'DLCO', 'FeNO', 'CTPA', 'ABGs', 'HFNC', 'AVAPS', 'UPCR', 'HSCT',
    'EBRT', 'SLNB', 'DSEK', 'DMEK', 'ESWL', 'PCNL', 'IGRA', 'OPAT', 'eFAST', 'PRBCs', 'tTG-IgA', 'MBSS', 'VFSS',
    'EEGs', 'EMGs', 'EMG/NCS', 'ABPM', 'CXR', 'NGS', 'ILR', '6MWT', 'AFO', 'FCE', 'IOL', 'PRK', 'SLT', 'BWX',
    'FMX', 'TPN', 'VNG', 'OAE', 'GFR', 'ERG', 'NMES', 'HHD',
    // transplant, interventional, dermatology and liver fibrosis scores
    'DDKT', 'LDKT', 'WLE', 'APRI', 'FIB-4', 'CrCl', 'PICCs', 'NPWT', 'TACE', 'TARE', 'BMI',
    'AHI',
    // headache disability, nutrition therapy, liver scores, TB and stool tests
    'MIDAS', 'MNT', 'DSMT', 'DSMES', 'UGI', 'MELD', 'MELD-Na', 'TST', 'DST', 'BASDAI', 'HVLT',
    // delirium, hearing, autism and language/motor/cognitive tests, the prescription monitoring check
    '4AT', 'ABR', 'ADOS-2', 'M-CHAT-R/F', 'M-CHAT', 'CELF-5', 'CELF Preschool-3', 'BOT-2', 'WISC-V', 'PDMP',
    // stereotactic radiosurgery, direct antiglobulin test, type and screen
    'T&S',
    // From fresh30/31: OCT layers, peritoneal dialysis modes, donor-specific antibodies, abdominal film, total contact cast, newborn-screen IRT
    'RNFL', 'AXR',
    // From fresh32/33: spirometry and peak flow, allergen immunotherapy, IgE, hepatitis B immune globulin
    'FEV1', 'FVC', 'FEV1/FVC', 'PEF', 'PEFR', 'SCIT', 'IgE', 'HBIG',
    // From fresh34/35
    'CPET', 'NIHSS', 'CESI', 'UDT', 'LVEF',
    // From fresh36/37: history and physical, absolute neutrophil count (clozapine monitoring)
    'H&P', 'ANC',
    // From fresh38/39: hyperbaric oxygen, post-mastectomy radiation, gender-affirming hormone therapy
    'HBO', 'PMRT', 'GAHT',
    // From fresh40/41: corrected QT ("ESS", the Epworth scale, is also Employee Self Service)
    'QTc',
    // From fresh44/45: rheumatology, sleep medicine, dental and occupational health
    'BPAP', 'BPAP ST', 'BiPAP ST', 'DISE', 'SUA', 'RAPID3', 'CDAI', 'DAS28', 'dsDNA', 'anti-dsDNA',
    'anti-Smith', 'anti-Sm', 'CBT-I', 'CBTi',
    // From fresh46/47: geriatrics and memory care, endocrine and bariatric surgery, ED callbacks, eating disorders
    'FBT', 'LSG', 'hCG', 'CBT-E',
    // From fresh48/49: urgent care, cardiology and electrophysiology, maternal-fetal medicine, urology
    'PVI', 'MCOT', 'UPC', 'EFW', 'DRE', 'EPDS',
    // From fresh50/51: long-term-care pharmacy, hospitalists, infectious disease and travel medicine, neurology
    'AIMS', 'EEG', 'vEEG', 'cEEG', 'LTM',
    // From fresh52/53: pediatrics, orthopedics, radiation oncology, home hospice
    'RCR', 'IGRT', 'SRS', 'VMAT', 'DIBH', 'SBRT', 'IMRT',
    // fresh56-67: swallow studies, transplant, allergy/immunology, fertility, CF newborn screen
    'FEES', 'MBS', 'OLT', 'LRKT', 'PEth', 'cPRA', 'PVST', 'TVUS', 'SCIG', 'IVIG', 'AMH', 'PTHrP', 'OFC',
    'AWV', 'ICSI',
    // From fresh70/71: spontaneous vaginal delivery; insulin-like growth factor 1
    'SVD', 'IGF-1',
    // From fresh72/73: PCIs, left atrial appendage occlusion, serum creatinine, in situ hybridization, concussion and sleep instruments
    'PCIs', 'LAAO', 'SCr', 'ISH', 'SCOAT6', 'PSQI',
    // From fresh74/75: the MDS brief interview for mental status; peroral endoscopic myotomy; endoscopic ultrasound
    'BIMS', 'POEM', 'EUS',
    // From fresh76/77: high-frequency oscillatory ventilation, inhaled nitric oxide, intubate-surfactant-extubate; an ACT fidelity scale, a psychiatric rating scale, a suicide prevention training
    'HFOV', 'iNO', 'INSURE', 'DACTS', 'BPRS', 'QPR',
    // From fresh78/79: blood products, labs, anesthesia
    'RBCs', 'PRBCs', 'PRBC', 'FFP', 'RhIG', '4F-PCC', 'PPD', 'AFB', 'FISH', 'HER2', 'ER/PR', 'TEG', 'ROTEM',
    'RSI', 'WGS', 'HRIG', 'HPV9',
    // From fresh80/81: best-corrected visual acuity
    'BCVA',
    // From fresh82/83: heated intraperitoneal chemotherapy
    'HIPEC',
    // Sleep and device-clinic abbreviations (fresh86)
    'MWT', 'ASV', 'TcCO2', 'ICM', 'CIED', 'AICD check', 'MAT induction',
    // Audiology and EMS abbreviations (fresh88/fresh89)
    'AABR', 'VRA', 'VNG', 'OAE', 'OAEs', 'DPOAE', 'TEOAE', 'ABR', 'BVM', 'PDL', 'ROSC',
    // Neurology and urology abbreviations (fresh92)
    'VEP', 'SSEP', 'PVR', 'UDS', 'cEEG', 'vEEG',
  ],
};

/**
 * Abbreviations with other meanings: "HD" (high definition), "PD" (police department, Parkinson's), "ICD"
 * (the code set, "ICD-10"), "OCT" (October), "TMS"/"ECT" (transcranial/electroconvulsive only beside
 * psychiatric words), "CSI" (crime scene): only with the specialty's own cue nearby.
 */
export const AMBIGUOUS_SPECIALTY_ABBREVIATIONS: TermGroup = {
  name: 'specialty-ambiguous-abbreviations',
  confidence: 0.65,
  caseSensitive: true,
  requireCue: true,
  cues: [
    'dialysis', 'hemodialysis', 'fistula', 'avf', 'esrd', 'nephrology', 'dry weight', 'cannulate', 'mwf', 'tts',
    'peritoneal', 'shocks', 'atp', 'cardiomyopathy', 'lvef', 'interrogation', 'pacing', 'dual-chamber',
    'retina', 'retinal', 'subretinal', 'macula', 'macular', 'amd', 'glaucoma', 'rnfl', 'drusen', 'intravitreal',
    'depression', 'mdd', 'depressive', 'irradiation', 'radiation', 'protons', 'proton', 'photon',
    'medulloblastoma', 'radiotherapy',
  ],
  terms: ['HD', 'PD', 'ICD', 'OCT', 'TMS', 'CSI', 'PPM', 'ILR', 'SRS'],
};

/** A tooth extraction written with the tooth number: "extractions of #19 and #30", "extraction of tooth 3". */
export const DENTAL_EXTRACTION_PATTERN =
  /(?<![\w-])(?<value>extractions?)(?=\s+(?:of\s+)?(?:(?:teeth|tooth|molars?|premolars?)\b|#\s?\d))/gi;
export const DENTAL_EXTRACTION_STARTS: readonly string[] = ['extraction', 'extractions'];

/** Lower-case panel abbreviations in informal notes ("repeat bmp thurs", "cbc and cmp in am"): with a lab cue. */
export const LOWERCASE_LAB_ABBREVIATIONS: TermGroup = {
  name: 'lab-lowercase-abbreviations',
  confidence: 0.6,
  requireCue: true,
  cues: [
    'repeat', 'recheck', 'draw', 'drawn', 'labs', 'ordered', 'results', 'pending', 'egfr', 'potassium',
    'creatinine',
  ],
  terms: ['bmp', 'cmp', 'cbc', 'tsh', 'lfts', 'bnp'],
};

/** One-word procedure names patients misspell ("colonscopy", "mamogram"): looked for one edit away too. */
export const PROCEDURE_NAMES_SPELLED_BY_EAR: readonly string[] = [PROCEDURES, LAB_TESTS, IMAGING, SURGERIES, SPECIALTY_PROCEDURES]
  .flatMap((g) => g.terms);

/**
 * Care said in everyday words ("imaging", "a splint", "catheter", "OT"): only in a message that is about a patient
 * already (rules/support/patient-message.ts).
 */
export const PATIENT_MESSAGE_PROCEDURES: TermGroup = {
  name: 'patient-message-procedures',
  confidence: 0.6,
  requireCue: true,
  cues: [],
  terms: [
    'imaging', 'splint', 'catheter', 'catheters', 'pathology', 'path report', 'vitals', 'vital signs',
    'OT', 'home O2',
    // an insulin pump and CGM sensors in a patient message
    'pump', 'sensors', 'motility', 'calcitonin', 'ammonia', 'photic', 'bypass',
    // From fresh46/47: geriatrics and memory care, endocrine and bariatric surgery, ED callbacks, eating disorders (everyday words outside a patient's message)
    'meal plan', 'supported meals', 'supported meal', 'weight check', 'weight checks', 'family session',
    'family sessions', 'sleeve', 'breath test',
    // From fresh48/49: urgent care, cardiology and electrophysiology, maternal-fetal medicine, urology (a unit, a part or a cold pack outside a patient's message)
    'telemetry', 'stent', 'cryo',
    // From fresh52/53: pediatrics, orthopedics, radiation oncology, home hospice (a simulation lab or drill outside a patient's message)
    'sim', 'simulation',
  ],
};
