import type { TermGroup } from './matcher';

/**
 * Generic names and main brands of the drugs US clinics prescribe, dispense or give most (the ~300 most
 * prescribed outpatient drugs plus the inpatient, emergency, obstetric, neonatal and over-the-counter drugs a
 * message names). Invented words, so matched case-insensitively. A brand that is also a person's name or an
 * English word ("Allegra", "Soma") goes to AMBIGUOUS_MEDICATIONS instead; every word here also tells the name
 * and location rules that it is not a name (lexicons/health/index.ts), so none of them may be one.
 */
export const MEDICATIONS: TermGroup = {
  name: 'medications',
  confidence: 0.85,
  terms: [
    // diabetes
    'metformin', 'metformin er', 'glucophage', 'glipizide', 'glucotrol', 'glyburide', 'glimepiride', 'amaryl',
    'pioglitazone', 'actos', 'sitagliptin', 'januvia', 'janumet', 'linagliptin', 'tradjenta', 'saxagliptin',
    'onglyza', 'alogliptin', 'empagliflozin', 'jardiance', 'synjardy', 'glyxambi', 'dapagliflozin', 'farxiga',
    'xigduo', 'canagliflozin', 'invokana', 'ertugliflozin', 'steglatro', 'semaglutide', 'ozempic', 'wegovy',
    'rybelsus', 'tirzepatide', 'mounjaro', 'zepbound', 'liraglutide', 'victoza', 'saxenda', 'dulaglutide',
    'trulicity', 'exenatide', 'byetta', 'bydureon', 'pramlintide', 'symlin', 'acarbose', 'repaglinide',
    'nateglinide', 'insulin', 'insulin glargine', 'insulin lispro', 'insulin aspart', 'insulin detemir',
    'insulin degludec', 'insulin nph', 'nph insulin', 'regular insulin', 'insulin regular', 'insulin glulisine',
    'lantus', 'basaglar', 'semglee', 'toujeo', 'humalog', 'admelog', 'lyumjev', 'novolog', 'fiasp', 'apidra',
    'levemir', 'tresiba', 'humulin', 'novolin', 'glucagon', 'baqsimi', 'gvoke',
    // cardiovascular: ACE inhibitors, ARBs, beta blockers, calcium channel blockers, diuretics, nitrates
    'lisinopril', 'zestril', 'prinivil', 'zestoretic', 'enalapril', 'vasotec', 'ramipril', 'altace', 'benazepril',
    'lotensin', 'lotrel', 'quinapril', 'accupril', 'fosinopril', 'captopril', 'trandolapril', 'perindopril',
    'losartan', 'cozaar', 'hyzaar', 'valsartan', 'diovan', 'olmesartan', 'benicar', 'irbesartan', 'avapro',
    'candesartan', 'atacand', 'telmisartan', 'micardis', 'azilsartan', 'edarbi', 'entresto', 'sacubitril',
    'sacubitril-valsartan', 'amlodipine', 'norvasc', 'amlodipine-benazepril', 'diltiazem', 'cardizem', 'verapamil',
    'calan', 'nifedipine', 'procardia', 'adalat', 'felodipine', 'nicardipine', 'clevidipine', 'cleviprex',
    'cardene', 'nitroprusside', 'nipride', 'metoprolol', 'metoprolol succinate', 'metoprolol tartrate', 'toprol',
    'toprol xl', 'lopressor', 'carvedilol', 'coreg', 'atenolol', 'tenormin', 'propranolol', 'inderal', 'bisoprolol',
    'nebivolol', 'bystolic', 'nadolol', 'labetalol', 'esmolol', 'brevibloc', 'hydralazine', 'clonidine', 'catapres',
    'guanfacine', 'methyldopa', 'minoxidil', 'doxazosin', 'cardura', 'terazosin', 'prazosin', 'minipress',
    'hydrochlorothiazide', 'hctz', 'chlorthalidone', 'indapamide', 'metolazone', 'triamterene',
    'triamterene-hydrochlorothiazide', 'maxzide', 'dyazide', 'amiloride', 'furosemide', 'lasix', 'bumetanide',
    'bumex', 'torsemide', 'demadex', 'spironolactone', 'aldactone', 'eplerenone', 'finerenone', 'kerendia',
    'acetazolamide', 'diamox', 'nitroglycerin', 'nitrostat', 'isosorbide', 'isosorbide mononitrate',
    'isosorbide dinitrate', 'imdur', 'ranolazine', 'ranexa', 'ivabradine', 'corlanor', 'vericiguat', 'verquvo',
    'mavacamten', 'camzyos', 'digoxin', 'lanoxin', 'amiodarone', 'pacerone', 'cordarone', 'nexterone',
    'dronedarone', 'multaq', 'dofetilide', 'tikosyn', 'flecainide', 'propafenone', 'sotalol', 'mexiletine',
    'adenosine', 'adenocard',
    // lipids
    'atorvastatin', 'lipitor', 'rosuvastatin', 'crestor', 'simvastatin', 'zocor', 'pravastatin', 'pravachol',
    'lovastatin', 'pitavastatin', 'livalo', 'ezetimibe', 'zetia', 'vytorin', 'fenofibrate', 'tricor', 'gemfibrozil',
    'lopid', 'icosapent ethyl', 'vascepa', 'lovaza', 'omega-3-acid ethyl esters', 'niacin', 'bempedoic acid',
    'nexletol', 'nexlizet', 'repatha', 'evolocumab', 'praluent', 'alirocumab', 'inclisiran', 'leqvio',
    // anticoagulants, antiplatelets, thrombolytics, reversal agents
    'apixaban', 'eliquis', 'rivaroxaban', 'xarelto', 'dabigatran', 'pradaxa', 'edoxaban', 'savaysa', 'warfarin',
    'coumadin', 'jantoven', 'heparin', 'heparin drip', 'heparin gtt', 'unfractionated heparin', 'enoxaparin',
    'lovenox', 'dalteparin', 'fragmin', 'fondaparinux', 'arixtra', 'argatroban', 'bivalirudin', 'angiomax',
    'clopidogrel', 'plavix', 'ticagrelor', 'brilinta', 'prasugrel', 'effient', 'cilostazol', 'pletal',
    'dipyridamole', 'aggrenox', 'eptifibatide', 'integrilin', 'cangrelor', 'aspirin 81', 'baby aspirin',
    'low-dose aspirin', 'enteric-coated aspirin', 'alteplase', 'activase', 'tenecteplase', 'tnkase', 'reteplase',
    'streptokinase', 'cathflo', 'protamine', 'idarucizumab', 'praxbind', 'andexanet', 'andexxa', 'kcentra',
    'phytonadione', 'tranexamic acid', 'lysteda',
    // emergency, ICU, anesthesia
    'epinephrine', 'epinephrine auto-injector', 'epipen', 'auvi-q', 'norepinephrine', 'levophed', 'vasopressin',
    'vasostrict', 'angiotensin ii', 'giapreza', 'phenylephrine', 'dobutamine', 'milrinone', 'dobutrex', 'primacor',
    'dopamine drip', 'insulin drip', 'insulin gtt', 'nitro drip', 'atropine', 'amiodarone drip',
    'sodium bicarbonate', 'calcium gluconate', 'calcium chloride', 'magnesium sulfate', 'mag sulfate',
    'potassium chloride', 'potassium chloride er', 'k-dur', 'klor-con', 'potassium citrate', 'dextrose 50',
    'activated charcoal', 'acetylcysteine', 'n-acetylcysteine', 'mucomyst', 'naloxone', 'narcan', 'evzio',
    'flumazenil', 'romazicon', 'mannitol', 'hypertonic saline', "lactated ringer's", 'propofol', 'diprivan',
    'midazolam', 'dexmedetomidine', 'precedex', 'ketamine', 'ketalar', 'etomidate', 'amidate', 'rocuronium',
    'zemuron', 'succinylcholine', 'anectine', 'vecuronium', 'sugammadex', 'bridion', 'lidocaine', 'bupivacaine',
    'ropivacaine', 'fentanyl patch', 'fentanyl drip', 'octreotide', 'albumin 25%', 'thiamine', 'banana bag',
    // respiratory, allergy
    'albuterol', 'proair', 'ventolin', 'proventil', 'levalbuterol', 'xopenex', 'ipratropium', 'atrovent',
    'ipratropium-albuterol', 'duoneb', 'combivent', 'fluticasone', 'flovent', 'flonase', 'arnuity',
    'fluticasone-salmeterol', 'advair', 'wixela', 'salmeterol', 'serevent', 'symbicort', 'budesonide',
    'budesonide-formoterol', 'pulmicort', 'rhinocort', 'formoterol', 'breo', 'trelegy', 'breztri', 'anoro',
    'incruse', 'umeclidinium', 'stiolto', 'spiriva', 'tiotropium', 'mometasone', 'asmanex', 'nasonex', 'dulera',
    'beclomethasone', 'qvar', 'ciclesonide', 'alvesco', 'triamcinolone', 'nasacort', 'kenalog', 'montelukast',
    'singulair', 'roflumilast', 'daliresp', 'theophylline', 'omalizumab', 'xolair', 'mepolizumab', 'nucala',
    'benralizumab', 'fasenra', 'tezepelumab', 'tezspire', 'dupilumab', 'dupixent', 'prednisone', 'prednisolone',
    'orapred', 'methylprednisolone', 'medrol', 'medrol dosepak', 'solu-medrol', 'depo-medrol', 'dexamethasone',
    'decadron', 'hydrocortisone', 'solu-cortef', 'betamethasone', 'celestone', 'fludrocortisone', 'cetirizine',
    'zyrtec', 'levocetirizine', 'xyzal', 'loratadine', 'claritin', 'desloratadine', 'clarinex', 'fexofenadine',
    'diphenhydramine', 'benadryl', 'chlorpheniramine', 'azelastine', 'astelin', 'olopatadine', 'patanol', 'pataday',
    'oxymetazoline', 'afrin', 'pseudoephedrine', 'sudafed', 'guaifenesin', 'mucinex', 'dextromethorphan',
    'robitussin', 'delsym', 'zaditor', 'benzonatate', 'tessalon', 'promethazine-codeine', 'nyquil', 'dayquil',
    'cromolyn', 'racemic epinephrine',
    // antibiotics
    'amoxicillin', 'amoxil', 'augmentin', 'amoxicillin-clavulanate', 'ampicillin', 'ampicillin-sulbactam', 'unasyn',
    'penicillin', 'penicillin vk', 'penicillin g', 'bicillin', 'benzathine penicillin', 'dicloxacillin',
    'nafcillin', 'oxacillin', 'piperacillin-tazobactam', 'pip-tazo', 'zosyn', 'azithromycin', 'z-pak', 'zithromax',
    'clarithromycin', 'biaxin', 'erythromycin', 'doxycycline', 'vibramycin', 'minocycline', 'tetracycline',
    'cephalexin', 'keflex', 'cefadroxil', 'cefazolin', 'ancef', 'cefuroxime', 'ceftin', 'cefprozil', 'cefdinir',
    'omnicef', 'cefpodoxime', 'cefixime', 'suprax', 'ceftriaxone', 'rocephin', 'cefotaxime', 'ceftazidime',
    'cefepime', 'cefoxitin', 'ceftaroline', 'meropenem', 'ertapenem', 'invanz', 'imipenem', 'aztreonam',
    'ciprofloxacin', 'cipro', 'levofloxacin', 'levaquin', 'moxifloxacin', 'avelox', 'ofloxacin', 'nitrofurantoin',
    'macrobid', 'macrodantin', 'fosfomycin', 'monurol', 'bactrim', 'bactrim ds', 'septra', 'sulfamethoxazole',
    'trimethoprim', 'trimethoprim-sulfamethoxazole', 'sulfamethoxazole-trimethoprim', 'clindamycin', 'cleocin',
    'metronidazole', 'flagyl', 'tinidazole', 'vancomycin', 'vanc', 'iv vanc', 'oral vancomycin', 'fidaxomicin',
    'dificid', 'linezolid', 'zyvox', 'daptomycin', 'cubicin', 'gentamicin', 'tobramycin', 'amikacin', 'rifampin',
    'rifaximin', 'xifaxan', 'isoniazid', 'ethambutol', 'pyrazinamide', 'mupirocin', 'bactroban', 'bacitracin',
    'neosporin', 'polysporin', 'silvadene',
    // antivirals, antifungals, antiparasitics
    'oseltamivir', 'tamiflu', 'baloxavir', 'xofluza', 'zanamivir', 'paxlovid', 'nirmatrelvir', 'molnupiravir',
    'remdesivir', 'veklury', 'valacyclovir', 'valtrex', 'acyclovir', 'zovirax', 'famciclovir', 'ganciclovir',
    'valganciclovir', 'entecavir', 'sofosbuvir', 'epclusa', 'harvoni', 'mavyret', 'fluconazole', 'diflucan',
    'nystatin', 'clotrimazole', 'lotrimin', 'miconazole', 'monistat', 'terbinafine', 'lamisil', 'tolnaftate',
    'tinactin', 'ketoconazole', 'itraconazole', 'voriconazole', 'posaconazole', 'micafungin', 'caspofungin',
    'amphotericin', 'hydroxychloroquine', 'plaquenil', 'chloroquine', 'atovaquone-proguanil', 'malarone',
    'ivermectin', 'stromectol', 'albendazole', 'mebendazole', 'permethrin', 'elimite',
    // pain, musculoskeletal
    'ibuprofen', 'advil', 'motrin', 'naproxen', 'naproxen sodium', 'aleve', 'naprosyn', 'acetaminophen', 'tylenol',
    'tylenol #3', 'excedrin', 'meloxicam', 'mobic', 'celecoxib', 'celebrex', 'diclofenac', 'voltaren',
    'voltaren gel', 'indomethacin', 'ketorolac', 'toradol', 'ofirmev', 'iv acetaminophen', 'caldolor', 'meperidine',
    'demerol', 'sublimaze', 'nabumetone', 'etodolac', 'gabapentin', 'neurontin', 'gralise', 'pregabalin', 'lyrica',
    'cyclobenzaprine', 'flexeril', 'methocarbamol', 'robaxin', 'tizanidine', 'zanaflex', 'baclofen', 'carisoprodol',
    'metaxalone', 'skelaxin', 'tramadol', 'ultram', 'tapentadol', 'nucynta', 'oxycodone', 'oxycontin', 'roxicodone',
    'percocet', 'oxycodone-acetaminophen', 'hydrocodone', 'hydrocodone-acetaminophen', 'vicodin', 'norco', 'lortab',
    'morphine', 'morphine sulfate', 'ms contin', 'hydromorphone', 'dilaudid', 'codeine', 'fentanyl patch',
    'duragesic', 'butrans', 'lidocaine patch', 'lidoderm', 'capsaicin cream',
    // gastrointestinal, bowel preps
    'omeprazole', 'prilosec', 'pantoprazole', 'protonix', 'esomeprazole', 'nexium', 'lansoprazole', 'prevacid',
    'rabeprazole', 'aciphex', 'dexlansoprazole', 'dexilant', 'famotidine', 'pepcid', 'cimetidine', 'tagamet',
    'ranitidine', 'zantac', 'sucralfate', 'carafate', 'calcium carbonate', 'tums', 'simethicone', 'ondansetron',
    'ondansetron odt', 'zofran', 'metoclopramide', 'reglan', 'prochlorperazine', 'compazine', 'promethazine',
    'phenergan', 'meclizine', 'antivert', 'scopolamine', 'transderm scop', 'cyproheptadine', 'doxylamine',
    'pyridoxine', 'scopolamine patch', 'dicyclomine', 'bentyl', 'hyoscyamine', 'levsin', 'loperamide', 'imodium',
    'diphenoxylate', 'diphenoxylate-atropine', 'lomotil', 'eluxadoline', 'viberzi', 'bismuth subsalicylate',
    'pepto-bismol', 'docusate', 'colace', 'senna', 'sennosides', 'senokot', 'bisacodyl', 'dulcolax',
    'polyethylene glycol', 'polyethylene glycol 3350', 'miralax', 'lactulose', 'magnesium citrate',
    'magnesium oxide', 'mag oxide', 'psyllium', 'metamucil', 'methylcellulose', 'citrucel', 'simethicone drops',
    'mylicon', 'pedialyte', 'linaclotide', 'linzess', 'lubiprostone', 'amitiza', 'plecanatide', 'trulance',
    'prucalopride', 'motegrity', 'golytely', 'nulytely', 'colyte', 'trilyte', 'gavilyte', 'moviprep', 'suprep',
    'sutab', 'plenvu', 'clenpiq', 'osmoprep', 'mesalamine', 'lialda', 'asacol', 'apriso', 'delzicol', 'pentasa',
    'canasa', 'rowasa', 'ozanimod', 'zeposia', 'mirikizumab', 'omvoh', 'etrasimod', 'velsipity', 'sulfasalazine',
    'azulfidine', 'budesonide ec', 'entocort', 'uceris', 'ursodiol', 'actigall', 'creon', 'pancrelipase', 'zenpep',
    'cholestyramine', 'colestipol',
    // thyroid, endocrine, bone
    'levothyroxine', 'synthroid', 'levoxyl', 'unithroid', 'euthyrox', 'tirosint', 'liothyronine', 'cytomel',
    'np thyroid', 'methimazole', 'tapazole', 'propylthiouracil', 'testosterone cypionate', 'testosterone enanthate',
    'androgel', 'testosterone gel', 'cabergoline', 'bromocriptine', 'desmopressin', 'ddavp', 'somatropin',
    'genotropin', 'norditropin', 'alendronate', 'fosamax', 'risedronate', 'actonel', 'ibandronate', 'boniva',
    'zoledronic acid', 'reclast', 'zometa', 'denosumab', 'prolia', 'xgeva', 'teriparatide', 'forteo',
    'abaloparatide', 'tymlos', 'romosozumab', 'evenity', 'raloxifene', 'evista', 'calcitriol', 'cinacalcet',
    'sensipar', 'sevelamer', 'renvela', 'calcium acetate', 'phoslo', 'patiromer', 'veltassa', 'lokelma',
    'sodium zirconium cyclosilicate', 'kayexalate', 'sodium polystyrene sulfonate',
    // vitamins, minerals, supplements a clinician prescribes
    'vitamin d3', 'vitamin d2', 'ergocalciferol', 'cholecalciferol', 'cyanocobalamin', 'vitamin b12 injection',
    'b12 injection', 'b12 injections', 'folic acid', 'ferrous sulfate', 'ferrous gluconate', 'ferrous fumarate',
    'iron sucrose', 'venofer', 'ferric carboxymaltose', 'injectafer', 'feraheme', 'ferumoxytol', 'iron dextran',
    'infed', 'multivitamin', 'prenatal vitamins', 'prenatal vitamin', 'epoetin', 'epoetin alfa', 'procrit',
    'epogen', 'retacrit', 'darbepoetin', 'aranesp',
    // pediatric and neonatal
    'poly-vi-sol', 'tri-vi-sol', 'd-vi-sol', 'fer-in-sol', 'enfamil poly-vi-sol', "children's tylenol",
    "children's motrin", "infants' tylenol", 'infant tylenol', "children's advil", "children's benadryl",
    'amoxicillin suspension', 'surfactant', 'beractant', 'survanta', 'poractant', 'poractant alfa', 'curosurf',
    'calfactant', 'infasurf', 'caffeine citrate', 'palivizumab', 'synagis', 'nirsevimab', 'beyfortus',
    'erythromycin ointment', 'erythromycin eye ointment', 'vitamin k injection', 'ampicillin and gentamicin',
    'nystatin suspension', 'inhaled nitric oxide',
    // neurology
    'levetiracetam', 'keppra', 'lamotrigine', 'lamictal', 'topiramate', 'topamax', 'oxcarbazepine', 'trileptal',
    'carbamazepine', 'tegretol', 'phenytoin', 'dilantin', 'fosphenytoin', 'valproic acid', 'valproate',
    'divalproex', 'depakote', 'lacosamide', 'vimpat', 'zonisamide', 'zonegran', 'brivaracetam', 'briviact',
    'clobazam', 'onfi', 'cenobamate', 'xcopri', 'phenobarbital', 'sumatriptan', 'imitrex', 'rizatriptan', 'maxalt',
    'zolmitriptan', 'zomig', 'eletriptan', 'relpax', 'naratriptan', 'ubrogepant', 'ubrelvy', 'rimegepant', 'nurtec',
    'atogepant', 'qulipta', 'erenumab', 'aimovig', 'fremanezumab', 'ajovy', 'galcanezumab', 'emgality',
    'onabotulinumtoxina', 'botox', 'butalbital', 'fioricet', 'donepezil', 'aricept', 'memantine', 'namenda',
    'rivastigmine', 'galantamine', 'lecanemab', 'leqembi', 'donanemab', 'kisunla', 'carbidopa-levodopa',
    'carbidopa/levodopa', 'sinemet', 'rytary', 'levodopa', 'pramipexole', 'mirapex', 'ropinirole', 'requip',
    'rasagiline', 'azilect', 'selegiline', 'safinamide', 'amantadine', 'entacapone', 'glatiramer', 'copaxone',
    'fingolimod', 'gilenya', 'dimethyl fumarate', 'tecfidera', 'natalizumab', 'tysabri', 'ofatumumab', 'kesimpta',
    'ocrevus', 'ocrelizumab', 'teriflunomide', 'aubagio', 'interferon beta', 'dalfampridine', 'ampyra', 'riluzole',
    'pyridostigmine', 'mestinon', 'dihydroergotamine', 'carbidopa', 'nimodipine',
    // psychiatric (also reported as mental health when the context is psychiatric)
    'sertraline', 'zoloft', 'fluoxetine', 'prozac', 'escitalopram', 'lexapro', 'citalopram', 'celexa', 'paroxetine',
    'paxil', 'fluvoxamine', 'venlafaxine', 'effexor', 'desvenlafaxine', 'pristiq', 'duloxetine', 'cymbalta',
    'vortioxetine', 'trintellix', 'vilazodone', 'viibryd', 'bupropion', 'wellbutrin', 'mirtazapine', 'remeron',
    'trazodone', 'amitriptyline', 'nortriptyline', 'pamelor', 'doxepin', 'imipramine', 'clomipramine', 'buspirone',
    'buspar', 'lithium', 'lithium carbonate', 'quetiapine', 'seroquel', 'aripiprazole', 'abilify',
    'abilify maintena', 'risperidone', 'risperdal', 'olanzapine', 'zyprexa', 'lurasidone', 'latuda', 'ziprasidone',
    'geodon', 'paliperidone', 'invega', 'invega sustenna', 'cariprazine', 'vraylar', 'brexpiprazole', 'rexulti',
    'lumateperone', 'caplyta', 'clozapine', 'clozaril', 'haloperidol', 'haldol', 'chlorpromazine', 'fluphenazine',
    'perphenazine', 'esketamine', 'spravato', 'zuranolone', 'zurzuvae', 'brexanolone', 'alprazolam', 'xanax',
    'clonazepam', 'klonopin', 'diazepam', 'valium', 'lorazepam', 'ativan', 'temazepam', 'restoril',
    'chlordiazepoxide', 'librium', 'zolpidem', 'ambien', 'eszopiclone', 'lunesta', 'suvorexant', 'belsomra',
    'lemborexant', 'ramelteon', 'methylphenidate', 'ritalin', 'concerta', 'dexmethylphenidate', 'focalin',
    'adderall', 'amphetamine salts', 'mixed amphetamine salts', 'dextroamphetamine', 'dexedrine', 'zenzedi',
    'lisdexamfetamine', 'vyvanse', 'atomoxetine', 'strattera', 'viloxazine', 'qelbree', 'intuniv', 'modafinil',
    'provigil', 'armodafinil', 'nuvigil', 'hydroxyzine', 'vistaril', 'atarax',
    // substance use treatment
    'buprenorphine', 'buprenorphine-naloxone', 'suboxone', 'subutex', 'sublocade', 'brixadi', 'zubsolv',
    'methadone', 'naltrexone', 'naltrexone er', 'vivitrol', 'acamprosate', 'disulfiram', 'antabuse', 'varenicline',
    'chantix', 'zyban', 'campral', 'lofexidine', 'lucemyra', 'kloxxado', 'zimhi', 'tylenol pm', 'advil pm',
    'unisom', 'zzzquil', 'heparin flush', 'iron supplement', 'iron supplements', 'nicotine patch', 'nicotine gum',
    'nicotine lozenge', 'nicorette', 'nicoderm',
    // HIV treatment and prevention
    'truvada', 'descovy', 'biktarvy', 'genvoya', 'stribild', 'odefsey', 'complera', 'atripla', 'symtuza', 'triumeq',
    'dovato', 'juluca', 'cabenuva', 'apretude', 'tivicay', 'isentress', 'prezista', 'prezcobix', 'dolutegravir',
    'bictegravir', 'tenofovir', 'emtricitabine', 'efavirenz', 'raltegravir', 'darunavir', 'cabotegravir',
    'rilpivirine', 'lenacapavir', 'sunlenca', 'yeztugo',
    // urology
    'finasteride', 'proscar', 'propecia', 'dutasteride', 'avodart', 'tamsulosin', 'flomax', 'alfuzosin',
    'uroxatral', 'silodosin', 'rapaflo', 'oxybutynin', 'ditropan', 'tolterodine', 'detrol', 'solifenacin',
    'vesicare', 'trospium', 'mirabegron', 'myrbetriq', 'vibegron', 'gemtesa', 'phenazopyridine', 'pyridium',
    'azo urinary pain relief', 'bethanechol', 'sildenafil', 'viagra', 'revatio', 'tadalafil', 'cialis',
    'vardenafil', 'levitra',
    // women's health, contraception, menopause
    'mifepristone', 'misoprostol', 'cytotec', 'levonorgestrel', 'nexplanon', 'etonogestrel', 'depo-provera',
    'medroxyprogesterone', 'provera', 'mirena', 'kyleena', 'liletta', 'skyla', 'nuvaring', 'annovera', 'xulane',
    'twirla', 'norethindrone', 'norethindrone acetate', 'norgestimate', 'ethinyl estradiol', 'drospirenone',
    'sprintec', 'tri-sprintec', 'loestrin', 'lo loestrin', 'junel', 'microgestin', 'yaz', 'slynd', 'opill',
    'estradiol', 'estrace', 'estradiol patch', 'vivelle-dot', 'climara', 'premarin', 'conjugated estrogens',
    'prempro', 'duavee', 'vagifem', 'estring', 'ospemifene', 'fezolinetant', 'veozah', 'progesterone', 'prometrium',
    'progesterone in oil', 'crinone', 'endometrin', 'tranexamic acid', 'elagolix', 'orilissa', 'relugolix',
    'myfembree', 'oriahnn',
    // fertility
    'clomiphene', 'clomid', 'letrozole', 'femara', 'menopur', 'menotropins', 'gonal-f', 'follistim', 'follitropin',
    'follitropin alfa', 'follitropin beta', 'ovidrel', 'choriogonadotropin alfa', 'pregnyl', 'novarel', 'ganirelix',
    'cetrotide', 'cetrorelix', 'leuprolide', 'lupron', 'lupron depot', 'estradiol valerate', 'delestrogen',
    // obstetric
    'rhogam', 'rho(d) immune globulin', 'rho d immune globulin', 'rhophylac', 'winrho', 'anti-d immune globulin',
    'pitocin', 'methylergonovine', 'methergine', 'carboprost', 'hemabate', 'dinoprostone', 'cervidil', 'prepidil',
    'terbutaline', 'hydroxyprogesterone caproate', 'doxylamine-pyridoxine', 'diclegis', 'bonjesta',
    // immunology, rheumatology, transplant
    'methotrexate', 'otrexup', 'rasuvo', 'leflunomide', 'arava', 'azathioprine', 'imuran', 'mycophenolate',
    'mycophenolate mofetil', 'cellcept', 'myfortic', 'tacrolimus', 'prograf', 'envarsus', 'cyclosporine',
    'sirolimus', 'everolimus', 'belatacept', 'humira', 'adalimumab', 'hadlima', 'hyrimoz', 'amjevita', 'enbrel',
    'etanercept', 'infliximab', 'remicade', 'inflectra', 'renflexis', 'certolizumab', 'cimzia', 'golimumab',
    'simponi', 'tocilizumab', 'actemra', 'sarilumab', 'kevzara', 'abatacept', 'orencia', 'rituximab', 'rituxan',
    'secukinumab', 'cosentyx', 'ixekizumab', 'taltz', 'ustekinumab', 'stelara', 'guselkumab', 'tremfya',
    'risankizumab', 'skyrizi', 'vedolizumab', 'entyvio', 'tofacitinib', 'xeljanz', 'upadacitinib', 'rinvoq',
    'baricitinib', 'olumiant', 'apremilast', 'otezla', 'deucravacitinib', 'sotyktu', 'belimumab', 'benlysta',
    'anifrolumab', 'saphnelo', 'anakinra', 'ivig', 'immune globulin', 'allopurinol', 'zyloprim', 'febuxostat',
    'uloric', 'colchicine', 'colcrys', 'mitigare', 'probenecid', 'pegloticase', 'krystexxa',
    // oncology and supportive care
    'keytruda', 'pembrolizumab', 'opdivo', 'nivolumab', 'yervoy', 'ipilimumab', 'tecentriq', 'atezolizumab',
    'imfinzi', 'durvalumab', 'libtayo', 'cemiplimab', 'tamoxifen', 'letrozole', 'anastrozole', 'arimidex',
    'exemestane', 'aromasin', 'fulvestrant', 'faslodex', 'palbociclib', 'ibrance', 'ribociclib', 'kisqali',
    'abemaciclib', 'verzenio', 'trastuzumab', 'herceptin', 'enhertu', 'pertuzumab', 'perjeta', 'bevacizumab',
    'avastin', 'cetuximab', 'erbitux', 'osimertinib', 'tagrisso', 'imatinib', 'gleevec', 'ibrutinib', 'imbruvica',
    'acalabrutinib', 'calquence', 'venetoclax', 'venclexta', 'lenalidomide', 'revlimid', 'pomalidomide',
    'bortezomib', 'velcade', 'daratumumab', 'darzalex', 'olaparib', 'lynparza', 'enzalutamide', 'xtandi',
    'abiraterone', 'zytiga', 'apalutamide', 'erleada', 'darolutamide', 'nubeqa', 'bicalutamide', 'degarelix',
    'eligard', 'cisplatin', 'carboplatin', 'oxaliplatin', 'paclitaxel', 'taxol', 'nab-paclitaxel', 'abraxane',
    'docetaxel', 'taxotere', 'gemcitabine', 'gemzar', 'fluorouracil', '5-fu', 'capecitabine', 'xeloda',
    'irinotecan', 'folfox', 'folfiri', 'folfirinox', 'doxorubicin', 'adriamycin', 'cyclophosphamide', 'cytoxan',
    'pemetrexed', 'alimta', 'etoposide', 'vincristine', 'cytarabine', 'azacitidine', 'decitabine', 'hydroxyurea',
    'temozolomide', 'temodar', 'bcg instillation', 'filgrastim', 'neupogen', 'zarxio', 'pegfilgrastim', 'neulasta',
    'udenyca', 'leucovorin', 'mesna', 'dronabinol', 'marinol', 'megestrol', 'olanzapine odt', 'aprepitant',
    'fosaprepitant', 'granisetron', 'palonosetron',
    // ophthalmology
    'latanoprost', 'xalatan', 'bimatoprost', 'lumigan', 'travoprost', 'travatan', 'timolol', 'brimonidine',
    'alphagan', 'dorzolamide', 'dorzolamide-timolol', 'cosopt', 'combigan', 'rhopressa', 'netarsudil', 'restasis',
    'xiidra', 'cequa', 'prednisolone acetate', 'pred forte', 'durezol', 'moxifloxacin eye drops', 'vigamox',
    'ofloxacin eye drops', 'ranibizumab', 'lucentis', 'aflibercept', 'eylea', 'faricimab', 'vabysmo',
    'atropine eye drops', 'cyclopentolate', 'tropicamide', 'ketotifen',
    // dermatology
    'tretinoin', 'isotretinoin', 'accutane', 'absorica', 'claravis', 'adapalene', 'differin', 'benzoyl peroxide',
    'clindamycin gel', 'clindamycin-benzoyl peroxide', 'clobetasol', 'temovate', 'betamethasone dipropionate',
    'triamcinolone cream', 'triamcinolone acetonide', 'hydrocortisone cream', 'desonide', 'fluocinonide',
    'mometasone cream', 'tacrolimus ointment', 'protopic', 'pimecrolimus', 'elidel', 'crisaborole', 'eucrisa',
    'ruxolitinib cream', 'opzelura', 'calcipotriene', 'dovonex', 'ketoconazole shampoo', 'ketoconazole cream',
    'imiquimod', 'aldara', 'efudex', '5-fu cream', 'fluorouracil cream', 'metronidazole gel', 'metrogel',
    'ivermectin cream', 'soolantra', 'azelaic acid', 'finacea', 'tralokinumab', 'adbry', 'lebrikizumab', 'ebglyss',
    'santyl', 'collagenase ointment',
    // kidney, misc
    'allopurinol', 'sodium bicarbonate tablets', 'midodrine', 'droxidopa', 'northera', 'glargine', 'lispro',
    'aspart', 'detemir', 'degludec', 'vitamin k', 'mircera', 'sodium chloride', 'epidiolex', 'nitroglycerine',
    'cyclosporin', 'amoxycillin', 'amitryptyline', 'cyanocobalamine', 'isoniazide', 'thiamin', 'ciprodex', 'ofev',
    'nintedanib', 'esbriet', 'pirfenidone', 'paragard', 'collagenase', 'medihoney', 'xeroform', 'chlorhexidine',
    'peridex', 'roxanol', 'glycopyrrolate',
    'daprodustat', 'jesduvroq', 'vadadustat', 'vafseo', 'hif-ph inhibitors', 'erythropoiesis-stimulating agent',
    'phosphate binders', 'zemplar', 'tolvaptan', 'pcsk9 inhibitors', 'diuretics', 'vyndamax',
    'attruby', 'winrevair', 'breo ellipta', 'trelegy ellipta', 'ohtuvayre', 'brinsupri', 'trikafta', 'prevnar 20',
    'fluoroquinolones', 'blujepa', 'vowst', 'antifungals', 'antivirals', 'neffy',
    'fentanyl', 'normal saline', 'anti-inflammatories', 'journavx', 'muscle relaxer', 'synvisc', 'euflexxa',
    'vitamin d', 'biosimilars', 'glaucoma drops', 'vuity', 'low-dose atropine', 'dilating drops', 'miebo',
    'lotemax', 'polytrim', 'tobradex', 'xdemvy', 'syfovre', 'tepezza', 'ozurdex', 'septocaine', 'carbocaine',
    'oraqix', 'orajel', 'nitrous oxide', 'local anesthetic', 'arestin', 'prevident 5000', 'magic mouthwash',
    'antibiotic premedication', 'antihistamines', 'steroid taper', 
    'emla cream', 'cortisporin', 'antiseizure medications', 'vyepti', 'gepants', 'dysport', 'xeomin', 'radicava',
    'vyvgart', 'xyrem', 'dayvigo', 'quviviq', 'melatonin', 'dramamine', 'astepro', 'dymista', 'saline nasal spray',
    'decongestants', 'tessalon perles', 'winlevi', 'vtama', 'zoryve', 'nemluvio',
    'cibinqo', 'bimzelx', 'ilumya', 'litfulo', 'leqselvi', 'voquezna', 'antacids', 'laxatives', 'rezdiffra',
    'compounded semaglutide', 'soliqua', 'insulin pen', 'tzield', 'glucose tablets', 'phentermine', 'elmiron',
    'orgovyx', 'anktiva', 'jemperli', 'bavencio', 'opdualag', 'pd-1 inhibitor', 'sacituzumab govitecan',
    'trodelvy', 'datroway', 'padcev', 'elahere', 'antibody-drug conjugate', 'carvykti', 'imdelltra', 'brukinsa',
    'lorbrena', 'alecensa', 'lumakras', 'rybrevant', 'lenvima', 'cabometyx', 'lonsurf', 'tafinlar', 'mekinist',
    'braftovi', 'voranigo', 'zejula', 'parp inhibitors', 'tukysa', 'pluvicto', 'jakafi', 'reblozyl', 'adcetris',
    'breyanzi', 'yescarta', 'kymriah', 'anti-nausea medication', 'neulasta onpro', 'hemlibra', 'factor viii',
    'promacta', 'vitamin b12', 'liquid morphine', 'muscle relaxant', 'muscle relaxers', 'antihistamine',
    'diuretic', 'tafamidis', 'sotatercept', 'antiviral', 'comirnaty',
    'spikevax', 'fluzone high-dose', 'arexvy', 'abrysvo', 'boostrix', 'adacel', 'pediarix', 'varivax', 'bexsero',
    'rotateq', 'pneumovax 23', 'capvaxive', 'systane', 'articaine', 'benzocaine', 'tyrosine kinase inhibitor',
    'airsupra', 'sunosi', 'wakix', 'xywav', 'lumryz', 'skyclarys', 'qalsody', 'spinraza', 'evrysdi', 'zilbrysq',
    'briumvi', 'crexont', 'vyalev', 'leqembi iqlik', 'brenzavvy', 'crenessity', 'yorvipath', 'iqirvo', 'livdelzi',
    'zymfentra', 'eohilia', 'pivya', 'orlynvah', 'exblifep', 'penmenvy', 'penbraya', 'mresvia', 'mnexspike',
    'enflonsia', 'tryngolza', 'tryvio', 'krazati', 'truqap', 'orserdu', 'itovebi', 'lazcluze', 'ziihera', 'vyloy',
    'ensacove', 'ibtrozi', 'modeyso', 'gomekli', 'romvimza', 'ojemda', 'elrexfio', 'talvey', 'columvi', 'epkinly',
    'tecvayli', 'aucatzyl', 'amtagvi', 'niktimvo', 'rytelo', 'revuforj', 'vanflyta', 'hympavzi', 'alhemo',
    'qfitlia', 'andembry', 'ekterly', 'altuviiio', 'zelsuvmi', 'sofdra', 'daxxify', 'zavzpret', 'symbravo',
    'vykat xr', 'miplyffa', 'daybue',
    'insulin pens',
    'clarithro', 'fentanyl transdermal', 'transdermal fentanyl',
    'sodium picosulfate', 'calcium citrate', 'mite extract', 'grass extract', 'cat hair extract', 'allergen extract',
    'allergen extracts',
    'letermovir', 'piflufolastat', 'piflufolastat f 18', 'azithro',
    // Spanish spellings of common drugs ("la sertralina").
    'metformina', 'insulina', 'amoxicilina', 'ibuprofeno', 'omeprazol', 'losartán', 'atorvastatina',
  ],
};

/**
 * Products whose names hold an everyday word or a name ("Armour", "silver", "milk", "with"): matched like the
 * terms above, but kept out of MEDICATIONS so those words stay available to the name and location rules.
 */
export const MEDICATION_PHRASES: TermGroup = {
  name: 'medication-phrases',
  confidence: 0.85,
  terms: [
    'prothrombin complex concentrate', 'silver sulfadiazine', 'tylenol with codeine', 'milk of magnesia',
    'armour thyroid', 'poly-vi-sol with iron',
  ],
};

/**
 * Drug abbreviations a clinician writes ("APAP prn", "NTG SL", "KCl 20 mEq", "tPA given"), case-sensitive:
 * "tPA" but not "TPA" (a third-party administrator in a billing email), "KCl" but not "kcl". A hyphen in a
 * term is optional, so "Retin-A" is here (case-sensitive) lest "retina" match, and "AC-T" is left out ("ACT",
 * the clotting time).
 */
export const MEDICATION_ABBREVIATIONS: TermGroup = {
  name: 'medication-abbreviations',
  confidence: 0.75,
  caseSensitive: true,
  terms: [
    'APAP', 'NTG', 'SL NTG', 'MVI', 'KCl', 'tPA', 'rtPA', 'rt-PA', 'TNK', 'TMP-SMX', 'TMP/SMX', 'SMX-TMP', 'MTX',
    'HCQ', 'LMWH', 'UFH', 'TXA', 'INH', 'PCN VK', 'Pen VK', 'MgSO4', 'MgOx', 'NaHCO3', 'D50', 'D50W', 'PEG 3350',
    'PEG-3350', 'PTU', 'OCP', 'OCPs', 'COCP', 'DMPA', 'LNG-IUD', 'DOAC', 'DOACs', 'NOAC', 'NOACs', 'PPI', 'PPIs',
    'NSAID', 'NSAIDs', 'ACEi', 'ACE-I', 'ACEI', 'ARNI', 'GLP-1', 'GLP1', 'GLP-1 RA', 'GLP-1RA', 'GLP-1s', 'SGLT2',
    'SGLT-2', 'SGLT2i', 'DPP4i', 'LABA', 'SABA', 'LAMA', 'ICS-LABA', 'ICS/LABA', 'G-CSF', 'ATRA', 'ABVD', 'R-CHOP',
    'TNFi', 'IV NAC', '4F-PCC', 'Retin-A',
    'PrEP', 'PIO',
    'MOUD',
    'ARBs', 'DMARDs', 'anti-TNF', 'anti-VEGF', 'TKIs',
    'GDMT',
    // antiseizure medications, levetiracetam
    'ASMs', 'LEV',
    // From fresh54/55: GI and hepatology, refugee health, plastic surgery and burns, an ACT team
    'LAI', 'LAIs',
    // From fresh72/73: an antidepressant class by its letters
    'SSRI', 'SSRIs', 'SNRI', 'SNRIs',
  ],
};

/**
 * Drug classes as a message names them ("started a statin", "hold the beta blocker", "on a DOAC"). Lay
 * phrases ("blood thinner", "steroids", "antibiotics") are left out: they are everyday words and labelers
 * did not count them as a medication.
 */
export const DRUG_CLASSES: TermGroup = {
  name: 'drug-classes',
  confidence: 0.7,
  terms: [
    'statin', 'statins', 'high-intensity statin', 'moderate-intensity statin', 'beta blocker', 'beta blockers',
    'beta-adrenergic blocker', 'ace inhibitor', 'ace inhibitors', 'angiotensin receptor blocker',
    'angiotensin receptor blockers', 'calcium channel blocker', 'calcium channel blockers', 'loop diuretic',
    'thiazide diuretic', 'potassium-sparing diuretic', 'anticoagulant', 'anticoagulants', 'antiplatelet agent',
    'dual antiplatelet therapy', 'direct oral anticoagulant', 'low molecular weight heparin',
    'proton pump inhibitor', 'proton pump inhibitors', 'h2 blocker', 'h2 blockers', 'glp-1 receptor agonist',
    'glp-1 agonist', 'glp-1 medication', 'glp-1 medications', 'sglt2 inhibitor', 'sglt2 inhibitors',
    'dpp-4 inhibitor', 'sulfonylurea', 'sulfonylureas', 'basal insulin', 'bolus insulin', 'long-acting insulin',
    'rapid-acting insulin', 'sliding scale insulin', 'bisphosphonate', 'bisphosphonates', 'triptan', 'triptans',
    'cgrp inhibitor', 'anticonvulsant', 'anticonvulsants', 'antiepileptic', 'antiepileptics', 'antiemetic',
    'inhaled corticosteroid', 'inhaled corticosteroids', 'tnf inhibitor', 'tnf blocker', 'jak inhibitor',
    'immunosuppressant', 'immunosuppressants', 'aromatase inhibitor', 'checkpoint inhibitor', 'gonadotropins',
    'alpha blocker', 'alpha-blocker', '5-alpha reductase inhibitor', 'anticholinergic', 'benzodiazepine',
    'benzodiazepines', 'stool softener', 'bowel prep solution', 'iv antibiotics', 'oral antibiotics',
    'broad-spectrum antibiotics', 'pressors', 'vasopressors', 'thrombolytics', 'thrombolytic',
    'opioids', 'opioid therapy', 'opioid analgesics', 'opiates',
    // Drug classes (fresh18).
    'anthracycline', 'anthracyclines', 'antiarrhythmic',
    'antiarrhythmic drug therapy',
    // From fresh70/71: a class in a quality measure
    'ras antagonists', 'ras antagonist',
  ],
};

/** Brands that are also words or names ("Allegra", "Soma", "Exelon"): only with a dose or prescription cue nearby. */
export const AMBIGUOUS_MEDICATIONS: TermGroup = {
  name: 'medications-ambiguous',
  confidence: 0.7,
  requireCue: true,
  terms: [
    'aspirin', 'plan b', 'ella', 'januvia xr', 'allegra', 'soma', 'exelon', 'sonata', 'emend', 'versed', 'oxytocin',
    'dopamine', 'melatonin', 'vitamin d', 'vitamin b12', 'fish oil', 'testosterone', 'estrogen', 'nitro',
    'normal saline', 'dextrose', 'makena', 'fentanyl', 'amphetamine',
  ],
};

export const MEDICATION_CUES = [
  'mg', 'mcg', 'meq', 'units', 'tablet', 'tablets', 'tab', 'tabs', 'capsule', 'capsules', 'daily', 'bid', 'tid',
  'qid', 'qd', 'qhs', 'qam', 'qpm', 'q4h', 'q6h', 'q8h', 'q12h', 'prn', 'rx', 'prescription', 'prescribed',
  'refill', 'refills', 'dose', 'dosage', 'doses', 'taking', 'started', 'restarted', 'stopped', 'held', 'loaded',
  'chewed', 'medication', 'medications', 'meds', 'pharmacy', 'sig', 'po', 'iv', 'sq', 'subq', 'bolus', 'gtt',
  'infusion', 'sedation', 'analgesia', 'transdermal', 'patch', 'drip',
  // A weight-based dose and a drip's titration ("IVIG 2 g/kg and aspirin", "oxytocin titrations").
  'g/kg', 'mg/kg', 'mcg/kg', 'titration', 'titrations', 'titrate',
];

/** "ARB" or "ASA" next to another drug or class is a drug: "switch the ACE inhibitor to an ARB". */
const AMBIGUOUS_ABBREVIATION_CUES = [
  ...MEDICATION_CUES, 'inhibitor', 'blocker', 'statin', 'aspirin', 'lisinopril', 'losartan', 'valsartan', 'acei',
  'ace-i', 'switch', 'switched', 'plavix', 'clopidogrel', 'ticagrelor', 'brilinta', 'heparin', 'stent',
  'antiplatelet', 'inhaler', 'albuterol', 'allergy', 'allergic', 'allergies',
];

/**
 * Abbreviations that also stand for something else: "ASA" (American Society of Anesthesiologists class,
 * aspirin), "ARB", "ICS" (incident command system), "EPO" (a plan type): only with a dose or drug cue.
 */
export const AMBIGUOUS_MEDICATION_ABBREVIATIONS: TermGroup = {
  name: 'medication-ambiguous-abbreviations',
  confidence: 0.65,
  caseSensitive: true,
  requireCue: true,
  // ASM is also a society, SU a sulfonylurea or a university, PEG a tube or a board.
  terms: ['ASA', 'EC ASA', 'ARB', 'ARBs', 'ICS', 'EPO', 'PCN', 'SSKI', 'ASM', 'SU', 'PEG', 'RIPE'],
  cues: AMBIGUOUS_ABBREVIATION_CUES,
};

/**
 * Specialty drugs the general list misses: seizure rescue sprays and gels, kidney-clinic drugs (binders,
 * complement and endothelin blockers), and drug allergies written by their class ("sulfa", "sulfa drugs").
 */
export const SPECIALTY_MEDICATIONS: TermGroup = {
  name: 'specialty-medications',
  confidence: 0.8,
  terms: [
    'valtoco', 'nayzilam', 'diastat', 'diastat acudial', 'rectal diazepam', 'intranasal midazolam',
    'nasal midazolam', 'sparsentan', 'filspari', 'tarpeyo', 'auryxia', 'ferric citrate', 'velphoro',
    'sucroferric oxyhydroxide', 'iptacopan', 'fabhalta', 'eculizumab', 'soliris', 'ravulizumab', 'ultomiris',
    'avacopan', 'tavneos', 'kadcyla', 'ado-trastuzumab emtansine', 'trastuzumab deruxtecan', 'phesgo',
    'sulfa', 'sulfa drugs', 'sulfonamides', 'rh immune globulin', 'anti-d immune globulin', 'rhophylac',
    'ciprofloxacin otic', 'ciprofloxacin drops', 'ofloxacin drops', 'cyclosporine drops', 'artificial tears',
    'moxifloxacin drops', 'atropine drops', 'oral contraceptives', 'birth control pills', 'budesonide nebs',
    'lidocaine with epinephrine', 'fluoride varnish', 'comfort kit', 'hospice comfort kit', 'eye drops', 'ear drops',
    'steroid cream', 'steroid inhaler', 'rescue inhaler', 'blood pressure meds', 'blood pressure medicine', 'blood pressure medication', 'blood pressure pills', 'bp meds', 'bp medicine', 'bp medication', 'cholesterol meds', 'cholesterol medicine', 'cholesterol medication', 'diabetes meds', 'diabetes medicine', 'diabetes medication', 'sugar pills', 'heart meds', 'heart medicine', 'pain meds', 'pain medicine', 'pain medication', 'pain pills', 'thyroid meds', 'thyroid medicine', 'seizure meds', 'seizure medicine', 'water pill', 'water pills', 'sleeping pills', 'sleep meds', 'doxy-pep', 'doxypep', 'doxycycline pep',
    'flublok', 'fluzone', 'flucelvax', 'fluad', 'afluria', 'flumist', 'fluarix', 'flulaval', 'icodextrin',
    'extraneal', 'calcium alginate', 'silver alginate', 'alginate dressing',
    'long-acting injectable antipsychotics', 'long-acting injectable antipsychotic', 'long-acting injectables',
    'emergency contraception', 'morning-after pill', 'progesterone in oil', 'pre-exposure prophylaxis',
    'post-exposure prophylaxis', 'follitropin', 'follitropin alfa', 'follitropin beta', 'menotropins',
    'cetrorelix',
    'estrogen-containing contraceptives', 'bismuth quadruple therapy', 'glecaprevir/pibrentasvir', 'glecaprevir',
    'pibrentasvir', 'sofosbuvir/velpatasvir', 'ledipasvir/sofosbuvir', 'allergen extract',
    'crystalloid', 'biologics', 'birth control',
    'tarlatamab',
    // Neonatal, transplant, toxicology and HIV drugs (fresh19/fresh20).
    'neosure', 'human milk fortifier', 'basiliximab', 'babybig', 'botulism immune globulin', 'aminoglycosides',
    'aminoglycoside', 'sodium thiosulfate', 'lipid emulsion', 'intralipid', 'cobicistat', 'tacro', 'nirsevimab',
    'beyfortus', 'palivizumab', 'synagis',
    // Contrast media and lactation care (fresh22).
    'gadolinium', 'iohexol', 'omnipaque', 'iopamidol', 'isovue', 'iodixanol', 'visipaque', 'iv contrast', 'lanolin',
    // headache, hepatology, TB, travel and infectious disease drugs
    'CGRP monoclonal antibodies', 'CGRP monoclonal antibody', 'IV DHE', 'obeticholic acid',
    'PPAR agonists', 'BCG', '3HP', 'RIPE therapy', 'Anti-TNF mAb', 'cefiderocol', 'Vivotif', 'YF-Vax',
    'artesunate', 'IV artesunate', 'quinidine', 'artemether-lumefantrine', 'atovaquone',
    'pneumococcal vaccine', 'antiseizure medication', 'anti-seizure medication',
    // Parkinson psychosis drug, a barrier cream, antiplatelets
    'pimavanserin', 'dimethicone', 'antiplatelets', 'antiplatelet',
    // chemotherapy regimens and supportive care
    'dose-dense AC-T', 'taxanes', 'taxane', 'ABVE-PC', 'procarbazine',
    'IV abx', 'PJP prophylaxis',
    // From fresh30/31: eye drops, transplant and NICU drugs, wound and skin products
    'difluprednate', 'loteprednol', 'prostaglandin analog', 'prostaglandin analogs', 'mag-ox', 'mycophenolic acid',
    'erythropoietin', 'cadexomer iodine', 'cadexomer iodine gel', 'silver nitrate', 'petrolatum',
    'zinc oxide', 'titanium dioxide',
    // From fresh32/33
    'bronchodilator', 'bronchodilators', 'short-acting bronchodilator', 'long-acting bronchodilator',
    'hepatitis b immune globulin',
    // From fresh34/35: hemophilia factor, immune globulin, parenteral nutrition, line flushes, opioids
    'antihemophilic factor', 'gamunex-c', 'gamunex', 'privigen', 'gammagard',
    'gammagard liquid', 'hizentra', 'octagam', 'smoflipid', 'clinolipid',
    'mg sulfate', 'ns flushes', 'saline flushes', 'heparin flushes', 'eftrenonacog alfa', 'alprolix', 'advate',
    'oxymorphone', 'qt-prolonging drugs',
    // From fresh36/37
    'benztropine', 'long-acting injectable',
    // From fresh39
    'puberty blockers', 'puberty blocker', 'histrelin', 'histrelin implant', 'supprelin',
    // From fresh44/45: rheumatology, sleep medicine, dental and occupational health
    'yusimry', 'hadlima', 'sodium oxybate', 'pitolisant', 'lumryz', 'xywav', 'xyrem', 'wakix', 'sunosi',
    'solriamfetol', 'marcaine', 'septocaine', 'articaine', 'pegloticase', 'krystexxa', 'febuxostat', 'probenecid',
    'mycophenolate mofetil', 'anifrolumab', 'saphnelo', 'belimumab', 'voclosporin', 'lupkynis',
    // From fresh46/47: geriatrics and memory care, endocrine and bariatric surgery, ED callbacks, eating disorders
    'amox', 'k-phos neutral', 'k-phos', 'ssris', 'snris',
    // From fresh48/49: urgent care, cardiology and electrophysiology, maternal-fetal medicine, urology
    'pnv', 'prenatal vitamins', 'prenatal vitamin', 'magnesium drip', 'mag drip', 'magnesium sulfate drip',
    // From fresh50/51: long-term-care pharmacy, hospitalists, infectious disease and travel medicine, neurology
    'shingrix', 'prevnar 20', 'prevnar', 'pcv20', 'pcv21', 'capvaxive', 'tubersol', 'aplisol', 'stamaril',
    'yellow fever vaccine', 'heplisav-b', 'engerix-b', 'ixiaro', 'typhoid vi', 'typhim vi', 'austedo',
    'valbenazine', 'ingrezza', 'deutetrabenazine', 'nuplazid', 'tafenoquine', 'arakoda', 'krintafel', 'mefloquine',
    'primaquine', 'atovaquone-proguanil', 'malarone', 'rifapentine', 'vemlidy', 'tenofovir alafenamide',
    'cladribine', 'mavenclad', 'dalbavancin', 'oritavancin', '3% saline', 'hypertonic saline', 'hep gtt',
    'sliding scale insulin', 'ethosuximide', 'zarontin', 'cgrp mab', 'psychotropic drugs', 'psychotropics',
    'antibiotics', 'iv antibiotics', 'norgestimate/ethinyl estradiol',
    // From fresh52/53: pediatrics, orthopedics, radiation oncology, home hospice
    'menacwy', 'menquadfi', 'hpv vaccine', 'gardasil', 'mmrv', 'proquad', 'varicella vaccine', 'rotavirus vaccine',
    'rotateq', 'aquaphor', 'miaderm', 'calendula', 'aloe vera gel', 'maalox', 'benzos',
    // From fresh54/55: GI and hepatology, refugee health, plastic surgery and burns, an ACT team
    'aristada', 'invega sustenna', 'invega trinza', 'invega hafyera', 'abilify maintena', 'abilify asimtufii',
    'uzedy', 'zyprexa relprevv', 'haloperidol decanoate', 'fluphenazine decanoate', 'sulfamylon', 'mafenide',
    'hydroquinone', 'resmetirom', 'rezdiffra', 'yesintek', 'avsola', 'fleet phospho-soda', 'sodium phosphate prep',
    'hepatitis a vaccine', 'hepatitis b vaccine', 'covid-19 vaccine', 'vitamin b6', 'praziquantel', 'albendazole',
    'ivermectin', 'taf',
    // fresh56-67: retina, transplant, CF, allergy immunotherapy, oncology supportive care, gynecology, smoking cessation
    'alyftrek', 'astagraf xl', 'astagraf', 'byooviz', 'cimerli', 'cftr modulator', 'cftr modulators', 'dantrolene',
    'dexrazoxane', 'edurant', 'elexacaftor', 'tezacaftor', 'ivacaftor', 'elexacaftor/tezacaftor/ivacaftor',
    'vanzacaftor', 'ensifentrine', 'epinephrine auto-injector', 'gnrh agonist', 'grastek', 'ragwitek',
    'hyaluronidase', 'il-17 inhibitor', 'il-23 inhibitor', 'izervay', 'kalydeco', 'symdeko', 'trikafta',
    'levoleucovorin', 'methylnaltrexone', 'relistor', 'naloxegol', 'monsel\'s solution', 'monsel\'s paste',
    'nicotine patch', 'nicotine gum', 'omidria', 'pancreatic enzyme replacement therapy', 'pilocarpine',
    'potassium phosphate', 'povidone-iodine', 'prolastin-c', 'prolastin', 'pulmozyme', 'succimer',
    'topical calcineurin inhibitor', 'topical corticosteroids', 'topical corticosteroid', 'ulipristal',
    'vaginal estrogen', 'vaxelis', 'kinrix', 'vocabria', 'yupelri', 'thymoglobulin', 'aluminum chloride',
    'glucose tabs', 'glucose tablets', 'iron drops', 'anti-vegf', 'bioidentical hormones', 'venom extract',
    'honey bee venom', 'mixed vespid venom', 'ragweed extract', 'sedative-hypnotics', 'macrolides', 'edurant',
    'annovera', 'twirla', 'xulane',
    // From fresh70/71: a wound dressing
    'hydrocolloid dressing',
    // From fresh72/73: a Spanish drug name, a stress agent, classes in oncology, an injectable buprenorphine
    'warfarina', 'regadenoson', 'fluoropyrimidine', 'fluoropyrimidines', 'endocrine therapy', 'bup injectable',
    // From fresh74/75: an HCV drug alone, a hypoglycemia treatment, a vaccine by its short name
    'velpatasvir', 'glucose gel', 'hep b vaccine',
    // From fresh76/77: NICU feeds, fortifiers and galactagogues, a topical anesthetic
    'dextrose 40% gel', 'd10w', 'human milk-based fortifier', 'bovine fortifier', 'domperidone', 'fenugreek', 'lactobacillus reuteri', 'neocate', 'lmx4', 'probiotics',
    // From fresh78/79: dialysis, vaccines, rabies prophylaxis, anesthesia
    'etelcalcetide', 'parsabiv', 'difelikefalin', 'korsuva', 'citrasate', 'imovax', 'rabavert',
    'rabies immune globulin', 'rabies vaccine', 'ryanodex', 'amisulpride', 'sugammadex', 'bridion',
    'rho(d) immune globulin', 'rhogam', 'kcentra', 'gardasil 9', 'gardasil',
    // From fresh80/81 (after measuring): hereditary angioedema, eye drops, drug screen classes
    'icatibant', 'firazyr', 'sebetralstat', 'ekterly', 'proparacaine', 'fluorescein', 'glucocorticoids',
    'propoxyphene', 'barbiturates', 'berinert', 'takhzyro', 'lanadelumab',
    // From fresh82/83 (after measuring)
    'botulinum toxin', 'onabotulinumtoxina', 'choriogonadotropin alfa', 'ovidrel', 'etonogestrel implant',
    'nexplanon', 'norgestimate',
    // From fresh84/85 (after measuring): growth hormone products, puberty suppression
    'sogroya', 'skytrofa', 'ngenla', 'somatrogon', 'somapacitan', 'lonapegsomatropin', 'humatrope', 'genotropin',
    'norditropin', 'omnitrope', 'fensolvi', 'supprelin', 'lupron depot-ped',
    // Vaccines and radiotracers by brand (fresh86/fresh87)
    'Havrix', 'Engerix-B', 'Twinrix', 'tc-99m', 'technetium-99m', 'regadenoson',
    // Fillers, neuromodulators and SMA drugs (fresh88/fresh89)
    'nusinersen', 'Spinraza', 'Sculptra', 'Radiesse', 'Juvederm', 'Restylane', 'Dysport', 'Xeomin', 'Daxxify',
    // Travel vaccines and PrEP regimens (fresh90/fresh93)
    'Vaxchora', 'Ixiaro', 'Vivotif', 'Typhim Vi', 'YF-Vax', 'Stamaril', 'Imvamune', 'Jynneos', 'TDF/FTC', 'Truvada',
    'Descovy', 'Apretude', 'cabotegravir', 'lenacapavir', '3HR', '3HP', 'rifapentine',
  ],
};

/**
 * Chemotherapy regimens by their letters ("TCHP x6", "FOLFOX", "FOLFIRINOX"): a regimen is a list of drugs.
 * Regimens that are also words or initials ("CHOP", "TC", "BEP", "FLOT"; "AC-T" is "ACT" once the optional
 * hyphen is dropped) are left out.
 */
export const CHEMO_REGIMENS: TermGroup = {
  name: 'chemo-regimens',
  confidence: 0.8,
  caseSensitive: true,
  terms: [
    'TCHP', 'FOLFOX', 'mFOLFOX6', 'FOLFIRI', 'FOLFIRINOX', 'mFOLFIRINOX', 'XELOX', 'ddAC',
    'R-CHOP', 'R-EPOCH', 'DA-EPOCH-R', 'BEACOPP', 'VRd', 'KRd', 'DRd', 'FOLFOXIRI', 'Gem/Cis', 'Gem-Cis',
    // From fresh38: colorectal, sarcoma and germ-cell regimens.
    'CAPOX', 'VDC/IE', 'VDC', 'Nivo/Ipi', 'Gem/Carbo', 'Carbo/Taxol',
  ],
};

/**
 * Drug names patients spell by ear ("lisinipril", "metforman"): the one-word generic and brand names that the
 * medication rule also looks for one edit away (rules/support/misspellings.ts).
 */
export const NAMES_SPELLED_BY_EAR: readonly string[] = [...MEDICATIONS.terms, ...SPECIALTY_MEDICATIONS.terms];

/** Medicines said in everyday words ("oxygen", "antibiotics", "a blood thinner"): only in a patient's message. */
export const PATIENT_MESSAGE_MEDICATIONS: TermGroup = {
  name: 'patient-message-medications',
  confidence: 0.6,
  requireCue: true,
  cues: [],
  terms: [
    'oxygen', 'antibiotic', 'antibiotics', 'blood thinner', 'blood thinners',
    'steroid', 'steroids', 'epi',
    'doxy',
    // the narcotics cabinet in office mail
    'narcotics', 'oxy',
    // abx and "cape" (capecitabine) in a patient message
    'abx', 'cape',
    // Chemotherapy shorthand nurses write in a patient's message (fresh38): "gem" and "carbo" are words too
    'nivo', 'ipi', 'gem', 'carbo',
  ],
};
