import type { TermGroup } from './matcher';

/** Generic names, common brands and drug classes seen in messages. Invented words, so matched case-insensitively. */
export const MEDICATIONS: TermGroup = {
  name: 'medications',
  confidence: 0.85,
  terms: [
    // diabetes
    'metformin', 'glucophage', 'glipizide', 'glyburide', 'glimepiride', 'pioglitazone', 'sitagliptin', 'januvia',
    'janumet', 'empagliflozin', 'jardiance', 'dapagliflozin', 'farxiga', 'canagliflozin', 'invokana',
    'semaglutide', 'ozempic', 'wegovy', 'rybelsus', 'tirzepatide', 'mounjaro', 'zepbound', 'liraglutide',
    'victoza', 'saxenda', 'dulaglutide', 'trulicity', 'insulin', 'insulin glargine', 'insulin lispro',
    'insulin aspart', 'insulin detemir', 'insulin degludec', 'lantus', 'basaglar', 'toujeo', 'humalog',
    'novolog', 'levemir', 'tresiba',
    // cardiovascular
    'lisinopril', 'enalapril', 'ramipril', 'benazepril', 'losartan', 'valsartan', 'olmesartan', 'irbesartan',
    'entresto', 'sacubitril', 'amlodipine', 'norvasc', 'diltiazem', 'verapamil', 'nifedipine', 'metoprolol',
    'metoprolol succinate', 'metoprolol tartrate', 'toprol', 'lopressor', 'carvedilol', 'coreg', 'atenolol',
    'propranolol', 'bisoprolol', 'labetalol', 'hydralazine', 'clonidine', 'hydrochlorothiazide', 'hctz',
    'chlorthalidone', 'furosemide', 'lasix', 'bumetanide', 'torsemide', 'spironolactone', 'eplerenone',
    'atorvastatin', 'lipitor', 'rosuvastatin', 'crestor', 'simvastatin', 'zocor', 'pravastatin', 'ezetimibe',
    'zetia', 'repatha', 'evolocumab', 'alirocumab', 'digoxin', 'amiodarone', 'flecainide', 'sotalol',
    'nitroglycerin', 'isosorbide', 'ranolazine',
    'apixaban', 'eliquis', 'rivaroxaban', 'xarelto', 'dabigatran', 'pradaxa', 'edoxaban', 'warfarin',
    'coumadin', 'jantoven', 'heparin', 'enoxaparin', 'lovenox', 'clopidogrel', 'plavix', 'ticagrelor',
    'brilinta', 'prasugrel', 'aspirin 81', 'baby aspirin',
    // respiratory, allergy
    'albuterol', 'proair', 'ventolin', 'fluticasone', 'advair', 'symbicort', 'budesonide', 'breo', 'trelegy',
    'spiriva', 'tiotropium', 'montelukast', 'singulair', 'prednisone', 'prednisolone', 'methylprednisolone',
    'medrol', 'dexamethasone', 'epipen', 'epinephrine auto-injector', 'cetirizine', 'loratadine',
    // antibiotics, antivirals
    'amoxicillin', 'augmentin', 'amoxicillin-clavulanate', 'azithromycin', 'z-pak', 'zithromax', 'doxycycline',
    'cephalexin', 'keflex', 'ceftriaxone', 'cefdinir', 'ciprofloxacin', 'cipro', 'levofloxacin', 'levaquin',
    'nitrofurantoin', 'macrobid', 'bactrim', 'sulfamethoxazole', 'trimethoprim', 'clindamycin', 'metronidazole',
    'flagyl', 'vancomycin', 'linezolid', 'penicillin', 'oseltamivir', 'tamiflu', 'paxlovid', 'valacyclovir',
    'valtrex', 'acyclovir', 'fluconazole', 'diflucan',
    // pain, GI, thyroid, other
    'ibuprofen', 'advil', 'motrin', 'naproxen', 'aleve', 'acetaminophen', 'tylenol', 'meloxicam', 'celecoxib',
    'celebrex', 'diclofenac', 'gabapentin', 'neurontin', 'pregabalin', 'lyrica', 'cyclobenzaprine', 'flexeril',
    'tramadol', 'oxycodone', 'percocet', 'hydrocodone', 'vicodin', 'norco', 'morphine', 'hydromorphone',
    'dilaudid', 'fentanyl patch', 'omeprazole', 'prilosec', 'pantoprazole', 'protonix', 'esomeprazole',
    'nexium', 'famotidine', 'pepcid', 'ondansetron', 'zofran', 'levothyroxine', 'synthroid', 'methimazole',
    'allopurinol', 'colchicine', 'alendronate', 'fosamax', 'methotrexate', 'hydroxychloroquine', 'plaquenil',
    'humira', 'adalimumab', 'enbrel', 'etanercept', 'stelara', 'dupixent', 'keytruda', 'pembrolizumab',
    'tamoxifen', 'letrozole', 'anastrozole', 'finasteride', 'tamsulosin', 'flomax', 'sildenafil', 'tadalafil',
    'potassium chloride', 'vitamin d3', 'ferrous sulfate', 'donepezil', 'aricept', 'memantine',
    'levetiracetam', 'keppra', 'lamotrigine', 'lamictal', 'topiramate', 'topamax', 'sumatriptan', 'imitrex',
    'carbidopa-levodopa', 'sinemet', 'oxybutynin', 'flovent', 'ocrevus', 'ocrelizumab', 'tiotropium',
    // psychiatric (also reported as mental health when the context is psychiatric)
    'sertraline', 'zoloft', 'fluoxetine', 'prozac', 'escitalopram', 'lexapro', 'citalopram', 'celexa',
    'paroxetine', 'paxil', 'venlafaxine', 'effexor', 'duloxetine', 'cymbalta', 'bupropion', 'wellbutrin',
    'mirtazapine', 'remeron', 'trazodone', 'buspirone', 'buspar', 'lithium', 'quetiapine', 'seroquel',
    'aripiprazole', 'abilify', 'risperidone', 'risperdal', 'olanzapine', 'zyprexa', 'lurasidone', 'latuda',
    'clozapine', 'clozaril', 'haloperidol', 'haldol', 'depakote', 'divalproex', 'lorazepam', 'ativan',
    'alprazolam', 'xanax', 'clonazepam', 'klonopin', 'diazepam', 'valium', 'zolpidem', 'ambien',
    'methylphenidate', 'ritalin', 'concerta', 'adderall', 'amphetamine salts', 'lisdexamfetamine', 'vyvanse',
    'atomoxetine', 'strattera', 'hydroxyzine',
    // substance use treatment
    'buprenorphine', 'buprenorphine-naloxone', 'suboxone', 'subutex', 'sublocade', 'zubsolv', 'methadone',
    'naltrexone', 'vivitrol', 'naloxone', 'narcan', 'acamprosate', 'disulfiram', 'antabuse',
    // HIV treatment and prevention
    'truvada', 'descovy', 'biktarvy', 'genvoya', 'triumeq', 'dovato', 'cabenuva', 'apretude', 'dolutegravir',
    'bictegravir', 'tenofovir', 'emtricitabine', 'efavirenz', 'raltegravir', 'darunavir', 'cabotegravir',
    // reproductive
    'mifepristone', 'misoprostol', 'levonorgestrel', 'nexplanon', 'depo-provera', 'mirena', 'kyleena',
    'clomiphene', 'clomid', 'letrozole', 'progesterone', 'estradiol', 'prenatal vitamins',
  ],
};

/** Brand names that are also words or names: only with a dose or prescription cue nearby. */
export const AMBIGUOUS_MEDICATIONS: TermGroup = {
  name: 'medications-ambiguous',
  confidence: 0.7,
  requireCue: true,
  terms: ['aspirin', 'plan b', 'ella', 'januvia xr'],
};

export const MEDICATION_CUES = [
  'mg', 'mcg', 'units', 'tablet', 'tablets', 'tab', 'capsule', 'daily', 'bid', 'tid', 'qd', 'qhs', 'prn',
  'rx', 'prescription', 'prescribed', 'refill', 'dose', 'dosage', 'taking', 'started', 'medication',
  'medications', 'pharmacy', 'sig', 'po',
];
