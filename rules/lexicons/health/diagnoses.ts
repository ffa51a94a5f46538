import type { TermGroup } from './matcher';

/**
 * Conditions by name, across specialties. Psychiatric, substance-use, HIV, reproductive and genetic terms
 * live in their own lexicons. Every word here also tells the name and location rules that it is not a name
 * (lexicons/health/index.ts), so the phrases built from everyday anatomy words ("rotator cuff tear", "distal
 * radius fx") are regex patterns (DIAGNOSIS_PATTERN_PARTS) rather than terms.
 */
// A hyphen in a term is optional, and the matcher takes the first spelling that matches: list one spelling of a
// word ("pre-eclampsia" also matches "preeclampsia"), and write longer terms with the same one.
export const DIAGNOSIS_NAMES: TermGroup = {
  name: 'diagnosis-names',
  confidence: 0.8,
  terms: [
    // endocrine, metabolic
    'diabetes', 'diabetes mellitus', 'type 1 diabetes', 'type 2 diabetes', 'type II diabetes', 'type I diabetes',
    'pre-diabetes', 'gestational diabetes', 'diabetic ketoacidosis', 'hypoglycemia', 'hyperglycemia',
    'diabetic neuropathy', 'diabetic retinopathy', 'diabetic nephropathy', 'diabetic gastroparesis', 'neuropathy',
    'peripheral neuropathy', 'retinopathy', 'insulin resistance', 'hypothyroidism', 'hyperthyroidism',
    "hashimoto's", "hashimoto's thyroiditis", "graves' disease", 'thyroiditis', 'goiter', 'multinodular goiter',
    'hyperparathyroidism', 'hypoparathyroidism', 'adrenal insufficiency', "addison's disease", "cushing's syndrome",
    "cushing's disease", 'hypogonadism', 'low testosterone', 'prolactinoma', 'pituitary adenoma',
    'diabetes insipidus', 'obesity', 'morbid obesity', 'severe obesity', 'metabolic syndrome', 'hyperlipidemia',
    'dyslipidemia', 'hypercholesterolemia', 'familial hypercholesterolemia', 'hypertriglyceridemia',
    'high cholesterol', 'vitamin d deficiency', 'b12 deficiency', 'vitamin b12 deficiency', 'iron deficiency',
    'osteoporosis', 'osteopenia', 'hypokalemia', 'hyperkalemia', 'hyponatremia', 'hypernatremia', 'hypocalcemia',
    'hypercalcemia', 'hypomagnesemia', 'hypophosphatemia', 'metabolic acidosis', 'lactic acidosis',
    'rhabdomyolysis', 'dehydration', 'malnutrition', 'failure to thrive',
    // cardiovascular
    'hypertension', 'high blood pressure', 'essential hypertension', 'uncontrolled hypertension',
    'hypertensive urgency', 'hypertensive emergency', 'pulmonary hypertension', 'hypotension',
    'orthostatic hypotension', 'congestive heart failure', 'heart failure', 'diastolic heart failure',
    'systolic heart failure', 'atrial fibrillation', 'atrial flutter', 'afib', 'a-fib',
    'paroxysmal atrial fibrillation', 'supraventricular tachycardia', 'ventricular tachycardia',
    'ventricular fibrillation', 'v-fib', 'v-tach', 'coronary artery disease', 'myocardial infarction',
    'heart attack', 'acute coronary syndrome', 'unstable angina', 'angina', 'cardiomyopathy',
    'dilated cardiomyopathy', 'hypertrophic cardiomyopathy', 'ischemic cardiomyopathy', 'takotsubo cardiomyopathy',
    'myocarditis', 'pericarditis', 'pericardial effusion', 'endocarditis', 'cardiac arrest', 'aortic stenosis',
    'aortic regurgitation', 'mitral regurgitation', 'mitral stenosis', 'mitral valve prolapse',
    'tricuspid regurgitation', 'heart murmur', 'bradycardia', 'tachycardia', 'sinus tachycardia', 'syncope',
    'vasovagal syncope', 'peripheral artery disease', 'peripheral arterial disease', 'peripheral vascular disease',
    'critical limb ischemia', 'carotid stenosis', 'carotid artery stenosis', 'renal artery stenosis',
    'aortic dissection', 'abdominal aortic aneurysm', 'thoracic aortic aneurysm', 'aneurysm', 'atherosclerosis',
    'deep vein thrombosis', 'pulmonary embolism', 'pulmonary emboli', 'venous thromboembolism',
    'superficial thrombophlebitis', 'venous insufficiency', 'chronic venous insufficiency', 'varicose veins',
    "raynaud's", "raynaud's phenomenon", 'postural orthostatic tachycardia syndrome', 'congenital heart disease',
    'heart disease', 'rheumatic heart disease',
    // neurological
    'stroke', 'ischemic stroke', 'hemorrhagic stroke', 'transient ischemic attack', 'cerebrovascular accident',
    'intracranial hemorrhage', 'intracerebral hemorrhage', 'subarachnoid hemorrhage', 'subdural hematoma',
    'epidural hematoma', 'brain aneurysm', 'cerebral aneurysm', 'migraine', 'migraines', 'chronic migraine',
    'migraine without aura', 'cluster headache', 'cluster headaches', 'tension headache', 'epilepsy',
    'seizure disorder', 'seizures', 'status epilepticus', 'febrile seizure', 'febrile seizures',
    'multiple sclerosis', "parkinson's disease", "parkinson's", 'parkinson disease', "alzheimer's disease",
    "alzheimer's", 'alzheimer disease', 'dementia', 'vascular dementia', 'frontotemporal dementia',
    'amyotrophic lateral sclerosis', 'myasthenia gravis', 'guillain-barre syndrome', "bell's palsy",
    'trigeminal neuralgia', 'essential tremor', 'restless legs syndrome', 'narcolepsy', 'cerebral palsy',
    'spina bifida', 'hydrocephalus', 'encephalopathy', 'hepatic encephalopathy', 'hypoxic ischemic encephalopathy',
    'meningitis', 'encephalitis', 'concussion', 'post-concussion syndrome', 'traumatic brain injury',
    'spinal cord injury', 'carpal tunnel syndrome', 'carpal tunnel', 'cubital tunnel syndrome', 'radiculopathy',
    'cervical radiculopathy', 'lumbar radiculopathy', 'sciatica', 'delirium', 'developmental delay', 'speech delay',
    'autism', 'autism spectrum disorder', 'tourette syndrome',
    // respiratory
    'chronic obstructive pulmonary disease', 'emphysema', 'chronic bronchitis', 'asthma', 'asthma exacerbation',
    'status asthmaticus', 'copd exacerbation', 'pneumonia', 'community-acquired pneumonia', 'aspiration pneumonia',
    'bronchitis', 'bronchiolitis', 'bronchiectasis', 'croup', 'sleep apnea', 'obstructive sleep apnea',
    'pulmonary fibrosis', 'idiopathic pulmonary fibrosis', 'interstitial lung disease', 'sarcoidosis',
    'acute respiratory distress syndrome', 'respiratory distress syndrome', 'respiratory failure',
    'hypoxic respiratory failure', 'pleural effusion', 'pneumothorax', 'empyema', 'atelectasis', 'pulmonary nodule',
    'lung nodule', 'cystic fibrosis', 'tuberculosis', 'latent tuberculosis', 'latent tb',
    // infections
    'covid-19', 'covid', 'covid pneumonia', 'influenza', 'influenza a', 'influenza b', 'sepsis', 'septic shock',
    'severe sepsis', 'bacteremia', 'cellulitis', 'abscess', 'skin abscess', 'perianal abscess',
    'peritonsillar abscess', 'osteomyelitis', 'septic arthritis', 'necrotizing fasciitis',
    'urinary tract infection', 'kidney infection', 'bladder infection', 'pyelonephritis', 'cystitis', 'prostatitis',
    'epididymitis', 'urosepsis', 'wound infection', 'shingles', 'herpes zoster', 'strep throat',
    'strep pharyngitis', 'streptococcal pharyngitis', 'pharyngitis', 'tonsillitis', 'sinusitis', 'acute sinusitis',
    'chronic sinusitis', 'sinus infection', 'ear infection', 'otitis media', 'acute otitis media', 'otitis externa',
    "swimmer's ear", 'conjunctivitis', 'mononucleosis', 'rsv', 'rsv bronchiolitis', 'h. pylori', 'h pylori',
    'helicobacter pylori', 'c. diff', 'c diff', 'c-diff', 'c. difficile', 'clostridioides difficile', 'mrsa',
    'mrsa infection', 'vre', 'esbl', 'chlamydia', 'gonorrhea', 'syphilis', 'trichomoniasis', 'trichomonas',
    'herpes', 'genital herpes', 'genital warts', 'bacterial vaginosis', 'yeast infection',
    'vaginal yeast infection', 'candidiasis', 'oral thrush', 'lyme disease', 'measles', 'mumps', 'rubella',
    'pertussis', 'whooping cough', 'chickenpox', 'varicella', 'roseola', 'impetigo', 'molluscum',
    'molluscum contagiosum', 'scabies', 'pinworms', 'ringworm', 'tinea', 'tinea pedis', 'tinea capitis',
    'tinea corporis', 'onychomycosis', 'norovirus', 'rotavirus', 'gastroenteritis', 'viral gastroenteritis',
    'salmonella', 'giardia', 'mpox', 'monkeypox', 'malaria', 'dengue', 'histoplasmosis', 'valley fever',
    'cmv infection', 'ebv infection', 'fungal infection', 'viral infection', 'bacterial infection',
    'upper respiratory infection',
    // kidney, urology
    'chronic kidney disease', 'end-stage renal disease', 'end stage renal disease', 'kidney failure',
    'renal failure', 'acute kidney injury', 'acute renal failure', 'kidney stones', 'nephrolithiasis',
    'renal colic', 'hydronephrosis', 'nephrotic syndrome', 'glomerulonephritis', 'iga nephropathy',
    'polycystic kidney disease', 'kidney cyst', 'kidney disease', 'benign prostatic hyperplasia',
    'enlarged prostate', 'urinary retention', 'urinary incontinence', 'stress incontinence', 'incontinence',
    'overactive bladder', 'neurogenic bladder', 'interstitial cystitis', 'hematuria', 'microscopic hematuria',
    'proteinuria', 'erectile dysfunction', 'kidney transplant rejection', 'undescended testicle', 'cryptorchidism',
    'hypospadias', 'testicular torsion', 'hydrocele', 'varicocele',
    // gastrointestinal, liver
    'cirrhosis', 'fatty liver disease', 'fatty liver', 'nonalcoholic fatty liver disease', 'hepatitis',
    'hepatitis a', 'hepatitis b', 'hepatitis c', 'hep b', 'hep c', 'autoimmune hepatitis', 'pancreatitis',
    'acute pancreatitis', 'chronic pancreatitis', "crohn's disease", "crohn's", 'ulcerative colitis',
    'inflammatory bowel disease', 'irritable bowel syndrome', 'celiac disease', 'gerd', 'acid reflux',
    'reflux esophagitis', 'esophagitis', 'eosinophilic esophagitis', "barrett's esophagus", 'achalasia',
    'hiatal hernia', 'gastritis', 'peptic ulcer', 'peptic ulcer disease', 'gastric ulcer', 'duodenal ulcer',
    'diverticulitis', 'diverticulosis', 'gastroparesis', 'bowel obstruction', 'ileus', 'volvulus',
    'intussusception', 'pyloric stenosis', 'hirschsprung disease', 'necrotizing enterocolitis', 'appendicitis',
    'gallstones', 'cholelithiasis', 'cholecystitis', 'choledocholithiasis', 'cholangitis', 'ascites',
    'esophageal varices', 'hemorrhoids', 'anal fissure', 'anal fistula', 'perianal fistula', 'colitis',
    'microscopic colitis', 'ischemic colitis', 'gi bleed', 'upper gi bleed', 'gastrointestinal bleeding',
    'colon polyp', 'colon polyps', 'polyps', 'adenomatous polyp', 'chronic constipation', 'fecal incontinence',
    'liver disease', 'liver failure', 'inguinal hernia', 'umbilical hernia', 'ventral hernia', 'incisional hernia',
    'hernia',
    // blood
    'anemia', 'iron deficiency anemia', 'pernicious anemia', 'anemia of chronic disease', 'sickle cell disease',
    'sickle cell anemia', 'thalassemia', 'hemophilia', 'von willebrand disease', 'thrombocytopenia',
    'immune thrombocytopenia', 'heparin-induced thrombocytopenia', 'neutropenia', 'febrile neutropenia',
    'pancytopenia', 'polycythemia', 'essential thrombocythemia', 'myelofibrosis', 'myelodysplastic syndrome',
    'coagulopathy', 'disseminated intravascular coagulation', 'hemochromatosis',
    // musculoskeletal, rheumatology
    'osteoarthritis', 'rheumatoid arthritis', 'psoriatic arthritis', 'ankylosing spondylitis', 'reactive arthritis',
    'juvenile idiopathic arthritis', 'lupus', 'systemic lupus erythematosus', "sjogren's syndrome", "sjögren's",
    'scleroderma', 'systemic sclerosis', 'polymyalgia rheumatica', 'vasculitis', 'dermatomyositis', 'polymyositis',
    'gout', 'gouty arthritis', 'pseudogout', 'fibromyalgia', 'arthritis', 'scoliosis', 'kyphosis',
    'spinal stenosis', 'lumbar stenosis', 'lumbar spinal stenosis', 'cervical stenosis', 'foraminal stenosis',
    'degenerative disc disease', 'degenerative joint disease', 'herniated disc', 'disc herniation', 'bulging disc',
    'spondylolisthesis', 'spondylosis', 'cervical spondylosis', 'lumbar spondylosis', 'cervical myelopathy',
    'plantar fasciitis', 'tendinitis', 'tendonitis', 'tendinopathy', 'bursitis', 'trochanteric bursitis',
    'adhesive capsulitis', 'shoulder impingement', 'impingement syndrome', 'lateral epicondylitis',
    'medial epicondylitis', "golfer's elbow", "de quervain's tenosynovitis", 'patellofemoral pain syndrome',
    'osgood-schlatter disease', 'shin splints', 'compartment syndrome', 'hip dysplasia',
    'developmental dysplasia of the hip', 'clubfoot', 'torticollis', 'plagiocephaly', 'avascular necrosis',
    'fracture', 'fractures', 'hip fracture', 'stress fracture', 'compression fracture',
    'vertebral compression fracture', 'fragility fracture', 'pathologic fracture', 'dislocation',
    'shoulder dislocation', 'rotator cuff tendinopathy', 'rotator cuff tendinitis', 'rotator cuff tendonitis',
    'contusion', 'contusions', 'hematoma', 'whiplash',
    // eye, ear, nose, throat
    'glaucoma', 'angle-closure glaucoma', 'cataract', 'cataracts', 'macular degeneration',
    'wet macular degeneration', 'diabetic macular edema', 'macular edema', 'retinal detachment', 'retinal tear',
    'uveitis', 'iritis', 'keratitis', 'corneal abrasion', 'dry eye disease', 'amblyopia', 'strabismus',
    'blepharitis', 'chalazion', 'vertigo', 'benign paroxysmal positional vertigo', "meniere's disease", 'tinnitus',
    'hearing loss', 'sensorineural hearing loss', 'conductive hearing loss', 'deviated septum', 'nasal polyps',
    'allergic rhinitis', 'chronic rhinitis', 'epistaxis', 'tongue tie', 'ankyloglossia',
    // skin, wounds
    'eczema', 'atopic dermatitis', 'seborrheic dermatitis', 'dermatitis', 'psoriasis', 'plaque psoriasis', 'acne',
    'acne vulgaris', 'cystic acne', 'rosacea', 'hidradenitis suppurativa', 'vitiligo', 'alopecia',
    'alopecia areata', 'urticaria', 'chronic urticaria', 'angioedema', 'actinic keratosis', 'actinic keratoses',
    'seborrheic keratosis', 'dysplastic nevus', 'atypical nevus', 'keloid', 'lipoma', 'epidermoid cyst',
    'sebaceous cyst', 'pilonidal cyst', 'pilonidal abscess', 'bullous pemphigoid', 'pemphigus', 'lichen planus',
    'lichen sclerosus', 'warts', 'plantar warts', 'diaper dermatitis', 'laceration', 'lacerations',
    'pressure injury', 'pressure injuries', 'pressure ulcer', 'pressure ulcers', 'decubitus ulcer', 'bedsore',
    'bedsores', 'venous stasis ulcer', 'venous leg ulcer', 'venous ulcer', 'arterial ulcer', 'leg ulcer',
    'wound dehiscence', 'puncture wound', 'skin tear', 'frostbite', 'anaphylaxis', 'food allergy', 'peanut allergy',
    'penicillin allergy', 'drug allergy', 'latex allergy',
    // cancer: organ names with "cancer" and the histologies are built by a pattern (DIAGNOSIS_PATTERN_PARTS)
    'cancer', 'breast cancer', 'lung cancer', 'prostate cancer', 'colon cancer', 'colorectal cancer',
    'pancreatic cancer', 'ovarian cancer', 'skin cancer', 'melanoma', 'metastatic melanoma', 'lymphoma',
    'non-hodgkin lymphoma', "non-hodgkin's lymphoma", 'hodgkin lymphoma', "hodgkin's lymphoma",
    'follicular lymphoma', 'mantle cell lymphoma', 'leukemia', 'acute myeloid leukemia',
    'acute lymphoblastic leukemia', 'chronic lymphocytic leukemia', 'chronic myeloid leukemia', 'multiple myeloma',
    'myeloma', 'smoldering myeloma', 'carcinoma', 'adenocarcinoma', 'squamous cell carcinoma',
    'basal cell carcinoma', 'ductal carcinoma in situ', 'invasive ductal carcinoma', 'invasive lobular carcinoma',
    'hepatocellular carcinoma', 'renal cell carcinoma', 'urothelial carcinoma', 'transitional cell carcinoma',
    'cholangiocarcinoma', 'mesothelioma', 'sarcoma', 'osteosarcoma', 'ewing sarcoma', 'rhabdomyosarcoma',
    'liposarcoma', 'glioblastoma', 'glioma', 'astrocytoma', 'meningioma', 'medulloblastoma', 'neuroblastoma',
    'retinoblastoma', 'wilms tumor', 'neuroendocrine tumor', 'carcinoid tumor', 'gastrointestinal stromal tumor',
    'triple-negative breast cancer', 'metastatic', 'metastases', 'metastatic disease', 'brain metastases',
    'bone metastases', 'liver metastases', 'tumor', 'malignancy', 'malignant neoplasm', 'brain tumor',
    // obstetric (pregnancy itself is in the reproductive-health lexicon)
    'rh negative', 'rh-negative', 'rh incompatibility', 'rh isoimmunization', 'rh sensitization', 'pre-eclampsia',
    'eclampsia', 'hellp syndrome', 'gestational hypertension', 'pregnancy-induced hypertension', 'placenta previa',
    'placental abruption', 'placenta accreta', 'preterm labor', 'preterm premature rupture of membranes',
    'premature rupture of membranes', 'postpartum hemorrhage', 'hyperemesis gravidarum', 'hyperemesis',
    'cervical insufficiency', 'incompetent cervix', 'short cervix', 'intrauterine growth restriction',
    'fetal growth restriction', 'oligohydramnios', 'polyhydramnios', 'breech presentation',
    'cholestasis of pregnancy', 'intrahepatic cholestasis of pregnancy', 'chorioamnionitis', 'endometritis',
    'mastitis', 'postpartum pre-eclampsia', 'perineal laceration', 'uterine fibroids', 'fibroids', 'ovarian cyst',
    'ovarian torsion', 'pelvic inflammatory disease', 'cervical dysplasia', 'asc-us', 'abnormal uterine bleeding',
    'postmenopausal bleeding',
    // neonatal, pediatric
    'prematurity', 'extreme prematurity', 'preterm infant', 'premature infant', 'premature birth',
    'respiratory distress syndrome of the newborn', 'transient tachypnea of the newborn', 'apnea of prematurity',
    'bronchopulmonary dysplasia', 'hyperbilirubinemia', 'neonatal hyperbilirubinemia', 'neonatal jaundice',
    'jaundice', 'physiologic jaundice', 'neonatal sepsis', 'intraventricular hemorrhage',
    'periventricular leukomalacia', 'retinopathy of prematurity', 'patent ductus arteriosus',
    'ventricular septal defect', 'atrial septal defect', 'patent foramen ovale', 'tetralogy of fallot',
    'coarctation of the aorta', 'meconium aspiration', 'meconium aspiration syndrome', 'low birth weight',
    'neonatal hypoglycemia', 'trisomy 21', 'kawasaki disease', 'colic', 'reflux in infants', 'diaper rash',
    'precocious puberty',
    // other
    'obstructive uropathy', 'anaphylactic reaction', 'hypothermia', 'chronic fatigue syndrome', 'lymphedema',
    'sarcopenia', 'gallbladder disease', 'phenylketonuria', 'galactosemia', 'maple syrup urine disease',
    'mcad deficiency', 'congenital hypothyroidism', 'congenital adrenal hyperplasia', 'ureteral stone',
    'renal calculus', 'urolithiasis', 'granuloma', 'petechial rash', 'petechiae', 'purpura', 'whipple disease',
    "whipple's disease", 'acetaminophen overdose', "paget's disease", "wilson's disease", "still's disease",
    "behcet's disease", "sjogren's", "peyronie's disease", "dupuytren's contracture", 'legg-calve-perthes disease',
    'tay-sachs disease', 'gaucher disease', 'fabry disease', 'pompe disease', 'ehlers-danlos syndrome', 'trisomy 13',
    'fragile x syndrome', 'prader-willi syndrome', 'angelman syndrome', 'williams syndrome', 'noonan syndrome',
    'rett syndrome', "reye's syndrome", 'stevens-johnson syndrome', 'goodpasture syndrome', 'takayasu arteritis',
    'temporal arteritis', "buerger's disease", 'creutzfeldt-jakob disease', 'wernicke encephalopathy',
    'korsakoff syndrome', 'zollinger-ellison syndrome', 'burkitt lymphoma', 'kaposi sarcoma', "kawasaki's disease",
    'hand, foot and mouth disease', 'dehiscence', 'seroma', 'phlebitis', 'thrombophlebitis', 'stye', 'nosebleeds',
    'laryngitis', 'vocal cord nodules', 'hives', 'elevated psa', 'nephrotic range proteinuria', 'acidosis',
    'thyroid nodule', 'prediabetes', 'chronic cough', 'hemoptysis', 'ectopic pregnancy',
    'ruptured ectopic pregnancy', 'insomnia', 'chronic insomnia',
  ],
};

/**
 * Conditions whose names hold an everyday word or a name ("West Nile", "polycythemia vera", "Wolff", "tennis",
 * "small"): matched like the names above, but kept out of DIAGNOSIS_NAMES so those words stay available to the
 * name and location rules.
 */
/**
 * Symptoms as patients and nurses report them ("chest pain", "shortness of breath", "vomiting"): health
 * information about whoever has them. Words that are everyday English too ("fever", "pain", "rash",
 * "headache") are found only when someone has them (rules/diagnosis.ts, owned-symptom).
 */
export const SYMPTOMS: TermGroup = {
  name: 'symptoms',
  confidence: 0.7,
  terms: [
    'chest pain', 'chest pains', 'chest tightness', 'chest pressure', 'shortness of breath', 'short of breath',
    'trouble breathing', 'difficulty breathing', 'abdominal pain', 'stomach pain', 'belly pain', 'stomach ache',
    'stomachache', 'back pain', 'neck pain', 'knee pain', 'hip pain', 'shoulder pain', 'joint pain', 'joint pains',
    'muscle aches', 'body aches', 'sore throat', 'runny nose', 'stuffy nose', 'nasal congestion', 'vomiting',
    'throwing up', 'threw up', 'diarrhea', 'diarrhoea', 'nausea', 'nauseous', 'nausea and vomiting', 'dizziness',
    'dizzy spells', 'lightheadedness', 'lightheaded', 'light-headed', 'palpitations', 'heart racing', 'racing heart',
    'fainting', 'fainted', 'chills', 'night sweats', 'low-grade fever', 'high fever', 'blurry vision',
    'blurred vision', 'double vision', 'numbness', 'tingling', 'wheezing', 'constipation', 'heartburn',
    'blood in stool', 'blood in his stool', 'blood in her stool', 'blood in urine', 'blood in the urine',
    'bloody stool', 'bloody stools', 'black stools', 'coughing up blood', 'painful urination',
    'burning with urination', 'burning when i pee', 'frequent urination', 'swollen ankles', 'leg swelling',
    'ankle swelling', 'swollen glands', 'swollen lymph nodes', 'ear pain', 'earache', 'toothache', 'sinus pressure',
    'loss of appetite', 'unintentional weight loss', 'trouble sleeping', 'memory loss', 'slurred speech',
    'facial droop', 'weakness on one side', 'pelvic pain', 'menstrual cramps', 'heavy bleeding',
    'shortness of breath on exertion', 'productive cough', 'dry cough', 'persistent cough', 'cough and fever',
    'fever and chills', 'sore muscles', 'stiff neck', 'swollen', 'itchy rash', 'skin rash', 'hives', 'nosebleed',
    'tremors', 'hot flashes', 'night terrors', 'bed-wetting', 'bedwetting', 'blood sugars', 'high blood sugar', 'low blood sugar', 'high blood sugars', 'low blood sugars', 'wetting the bed', 'broken bone', 'broken bones', 'broken wrist', 'broken ankle', 'broken arm', 'broken leg', 'broken hip', 'bruising', 'a bad fall', 'fell and hit', 'hit her head', 'hit his head', 'dizzy', 'feel dizzy', 'feeling dizzy', 'making me dizzy', 'constipated', 'light spotting', 'some spotting', 'swelling in her legs', 'swelling in his legs', 'swelling in my legs', 'leg cramps', 'more confusion', 'increased confusion', 'new confusion', 'sundowning',
    'dyspnea', 'dyspnea on exertion', 'orthopnea', 'terminal agitation', 'terminal restlessness',
    // From fresh17's misses: symptoms as families and nurses write them ("more confused at night", "low urine output").
    'low urine output', 'decreased urine output', 'diffuse body pain', 'weight loss', 'poor perfusion',
    'breathing hard', 'agitation', 'more confused', 'increasingly confused', 'acute confusion', 'hemiplegia',
    'hemiparesis',
    // Spanish, as patients write in the portal ("tengo náuseas y no duermo bien").
    'náuseas', 'nauseas', 'mareos', 'dolor de cabeza', 'dolor de pecho', 'fiebre', 'vómitos', 'vomitos',
    'falta de aire', 'presión alta', 'presion alta', 'azúcar alta',
    // Symptoms as care instructions and families say them (fresh18).
    'drowsy', 'barely eating', 'confused at night', 'weakness in your leg',
    'trouble controlling bladder', 'loss of bladder control', 'pus',
    // Symptoms in pediatric, ED and eye mail (fresh19/fresh20).
    'easy fatigue', 'fast breathing', 'poor feeding', 'not feeding', 'spit-ups', 'fussiness', 'weak cry',
    'drooping eyelids', 'sluggish pupils', 'decreased gag', 'lethargy', 'leg weakness', 'blur at near',
    'blurry vision at near', 'sundowns', 'isn\'t sleeping',
    'trouble swallowing', 'difficulty swallowing',
  ],
};

export const DIAGNOSIS_PHRASES: TermGroup = {
  name: 'diagnosis-phrases',
  confidence: 0.8,
  terms: [
    'hyperosmolar hyperglycemic state', 'diabetic foot ulcer', 'heart failure with reduced ejection fraction',
    'heart failure with preserved ejection fraction', 'heart block', 'complete heart block', 'av block',
    'sick sinus syndrome', 'long qt syndrome', 'wolff-parkinson-white', 'migraine with aura', 'lewy body dementia',
    'mild cognitive impairment', 'normal pressure hydrocephalus', 'global developmental delay',
    'hospital-acquired pneumonia', 'surgical site infection', 'diabetic foot infection', 'pink eye',
    'rocky mountain spotted fever', 'west nile virus', 'hand foot and mouth disease', 'hand-foot-and-mouth disease',
    'scarlet fever', 'fifth disease', 'head lice', "athlete's foot", 'kidney stone', 'small bowel obstruction',
    'primary biliary cholangitis', 'primary sclerosing cholangitis', 'lower gi bleed',
    'small intestinal bacterial overgrowth', 'polycythemia vera', 'giant cell arteritis', 'low back pain',
    'chronic low back pain', 'frozen shoulder', 'tennis elbow', 'trigger finger', 'iliotibial band syndrome',
    'slipped capital femoral epiphysis', 'open-angle glaucoma', 'age-related macular degeneration', 'macular hole',
    'contact dermatitis', 'complex laceration', 'foot ulcer', 'dog bite', 'animal bite', 'cat bite', 'burn injury',
    'bee sting allergy', 'diffuse large b-cell lymphoma', 'small cell lung cancer', 'non-small cell lung cancer',
    'pre-eclampsia with severe features', 'breast milk jaundice', 'early-onset sepsis',
    'hypoplastic left heart syndrome', 'small for gestational age', 'large for gestational age',
    'very low birth weight', 'lead poisoning', 'elevated lead level', 'failure to gain weight', 'heat stroke',
  ],
};

/** Clinical abbreviations: matched case-sensitively so "CAD" counts and "cad" in prose does not. */
export const DIAGNOSIS_ABBREVIATIONS: TermGroup = {
  name: 'diagnosis-abbreviations',
  confidence: 0.75,
  caseSensitive: true,
  terms: [
    'CHF', 'HFrEF', 'HFpEF', 'HFmrEF', 'COPD', 'CKD', 'ESRD', 'AKI', 'DM2', 'DM1', 'T2DM', 'T1DM', 'DMII', 'IDDM',
    'NIDDM', 'HTN', 'HLD', 'CAD', 'AFib', 'DVT', 'CVA', 'TIA', 'NSTEMI', 'STEMI', 'GERD', 'OSA', 'UTI', 'BPH',
    'DKA', 'IBS', 'SLE', 'TBI', 'NASH', 'NAFLD', 'MASLD', 'MASH', 'ASCVD', 'PVD', 'CHD', 'ADHF', 'OAB', 'UTIs',
    'DVTs', 'TIAs', 'CVAs', 'AOM',
    // respiratory, infections
    'ARDS', 'RDS', 'ILD', 'IPF', 'LTBI', 'MSSA', 'VRE', 'SSTI', 'URTI', 'LRTI',
    // cardiac
    'SVT', 'NSVT', 'VTach', 'VFib', 'WPW', 'HOCM', 'NSTE-ACS', 'HLHS',
    // neuro, GI, heme
    'SAH', 'IVH', 'BPPV', 'PUD', 'EoE', 'UGIB', 'LGIB', 'SIBO',
    // oncology
    'DCIS', 'NSCLC', 'SCLC', 'CLL', 'CML', 'DLBCL', 'MGUS',
    // musculoskeletal
    'DJD', 'SCFE', 'JIA',
    // obstetric, neonatal
    'PPROM', 'PPH', 'IUGR', 'GDM', 'HELLP', 'PKU', 'MSUD', 'MCADD', 'SCID', 'FVL', 'SOB', 'N/V', 'N/V/D'],
};

/**
 * Abbreviations that are also everyday words or other things ("PE" class, "PAD", "RA" resident assistant,
 * "HCC" a billing category, "PROM" a dance, "AML" anti-money laundering, "NAS" a storage box): only with a
 * clinical cue nearby. The matcher picks the group by the term, so each of these is listed here only.
 * Left out: "MS" (mental status, morphine), "CA" (calcium), "AS"/"MR" (words in capitals), "CAP", "NPH" (the
 * insulin), "HIT" (health IT), "BPD" (the mental-health lexicon's), "DDD" (a pacemaker mode), "PDA" (posterior
 * descending artery), "PMR" (rehabilitation medicine), "CDI" (documentation improvement), "NAS" (the
 * substance-use lexicon's).
 */
export const AMBIGUOUS_DIAGNOSIS_ABBREVIATIONS: TermGroup = {
  name: 'diagnosis-ambiguous-abbreviations',
  confidence: 0.6,
  caseSensitive: true,
  requireCue: true,
  terms: [
    'DM', 'AF', 'PE', 'MI', 'RA', 'OA', 'PAD', 'ALS', 'URI', 'IBD', 'HF', 'HAP', 'VAP', 'AAA', 'ASD', 'MCI', 'GBS',
    'HIE', 'NEC', 'PKD', 'ITP', 'DIC', 'MDS', 'IDA', 'IDC', 'HCC', 'RCC', 'BCC', 'SCC', 'GBM', 'AML', 'CTS', 'DDH',
    'GCA', 'AVN', 'PROM', 'PIH', 'SGA', 'LGA', 'TTN', 'ROP', 'FTT', 'PBC', 'PSC', 'FGR', 'SBO', 'VTE', 'ICH', 'SDH',
    'PFO', 'VSD', 'UC', 'TB', 'BV', 'PID',
    // HHS is also the federal department, GPA a grade point average
    'HHS', 'MTC', 'GPA', 'TR3', 'TR4', 'TR5',
    // SSI is also Supplemental Security Income, CP chest pain or a company
    'SSI', 'CP',
    // HS is also high school: hidradenitis with a cue ("flares")
    'HS',
  ],
};

/**
 * Symptoms and events said in everyday words ("falls", "infection", "confused", "a lump"): office mail is full of
 * them, so they count only in a message that is about a patient already (no cue makes them count elsewhere; see
 * rules/support/patient-message.ts for their everyday readings there).
 */
export const PATIENT_MESSAGE_SYMPTOMS: TermGroup = {
  name: 'patient-message-symptoms',
  confidence: 0.6,
  requireCue: true,
  cues: [],
  terms: [
    'falls', 'fall risk', 'high fall risk', 'recent fall', 'had a fall', 'after a fall', 'sleepy', 'lethargic',
    'infection', 'infections', 'allergy', 'allergies', 'trauma', 'confused', 'confusion', 'sore', 'sores', 'blister',
    'blisters', 'lump', 'fever', 'fevers', 'pain', 'rash', 'cough', 'fatigue', 'headache', 'headaches', 'cramping',
    'itching', 'agitated', 'weight gain', 'poor appetite', 'not eating', 'incontinent', 'injury', 'injuries',
    'wound', 'wounds', 'skin breakdown', 'redness',
    // a laptop has memory issues too
    'memory issues', 'lows', 'low sugar', 'sweaty', 'shaky', 'foggy', 'leaking', 'coughing',
    'perforation', 'perforations',
    // From fresh30/31: what patients and parents write about a wound, a stoma, an ear, a PD bag or a graft
    'ringing in my ear', 'ringing in my ears', 'ringing in her ears', 'ringing in his ears', 'ear ringing',
    'swelling', 'drainage', 'draining', 'crusting', 'crust', 'warmth', 'flares', 'flare-ups', 'bad smell',
    'foul smell', 'foul odor', 'scarring', 'scars', 'weepy', 'oozing', 'itches', 'bleeds', 'won\'t heal',
    'cloudy bag', 'cloudy fluid', 'exhausted', 'blurry', 'rejection',
    // From fresh34/35
    'restless', 'restlessness', 'wheezy', 'wheezing at night',
    // From fresh40/41
    'spotting', 'locking', 'aura', 'eating concerns',
    // From fresh42
    'spasms', 'cavities', 'impulsive',
    // From fresh44/45: said of a patient ("The Snoring Pig" is a pub)
    'snoring', 'snores',
    // From fresh48: said of a patient ("a back strain on the network")
    'back strain',
    // From fresh54/55: GI and hepatology, refugee health, plastic surgery and burns, an ACT team (said of a patient)
    'parasites', 'red spots', 'bites', 'disorganized', 'paranoid', 'voices',
    // From fresh80/81 (after measuring): numbness and swelling as patients type them
    'numb', 'goes numb', 'go numb', 'going numb', 'pins and needles', 'swolen', 'sweling', 'swolled',
  ],
};

/** Lay names that are also other words ("mono" audio, "the flu shot", Old Lyme): only with a clinical cue nearby. */
export const AMBIGUOUS_DIAGNOSIS_NAMES: TermGroup = {
  name: 'diagnosis-ambiguous-names',
  confidence: 0.6,
  requireCue: true,
  // "issues that plague the unit".
  terms: ['flu', 'stomach flu', 'mono', 'lyme', 'celiac', 'sprue', 'strep', 'plague'],
};

/** Clinical cues: strict, so "MS Office" or "PE class" in an office email stays quiet. */
export const DIAGNOSIS_CUES = [
  'dx', 'diagnosis', 'diagnosed', 'hx', 'history of', 'h/o', 'pmh', 'patient', 'pt', 'presents with',
  'presented with', 'icd', 'icd-10', 'assessment', 'problem list', 'problems', 'admitted', 'exacerbation', 'r/o',
  'rule out', 'ruled out', 'workup', 's/p', 'comorbidities', 'complicated by', 'c/b', 'secondary to',
  'concern for', 'c/f', 'suspected', 'reason for visit', 'impression', 'a/p', 'newborn', 'neonate', 'nicu',
  'infant', 'wga', 'weeks gestation', 'biopsy', 'pathology', 'oncology', 'new-onset', 'treated for', 'yo', 'y/o',
  'year-old', 'month-old', 'seropositive', 'seronegative', 'flare', 'flares',
  'positive for', 'tested positive', 'sick with', 'symptoms',
];

/**
 * Parts of the regex-built diagnoses in rules/diagnosis.ts (facts, not terms: the words are everyday anatomy).
 * Lower-case; a space stands for any run of spaces or hyphens.
 */
export const DIAGNOSIS_PATTERN_PARTS = {
  /** Bones and regions a fracture is named by ("distal radius fx", "L1 compression fracture"). */
  fractureSites: [
    'radius', 'radial', 'radial head', 'ulna', 'ulnar', 'wrist', 'scaphoid', 'hand', 'finger', 'thumb',
    'metacarpal', 'metacarpals', "boxer's", 'boxer', 'phalanx', 'phalangeal', 'clavicle', 'clavicular',
    'collarbone', 'scapula', 'scapular', 'humerus', 'humeral', 'humeral shaft', 'supracondylar', 'shoulder',
    'elbow', 'olecranon', 'forearm', 'rib', 'ribs', 'sternal', 'sternum', 'vertebral', 'vertebra', 'compression',
    'burst', 'spine', 'spinal', 'sacral', 'sacrum', 'coccyx', 'pelvic', 'pelvis', 'pubic ramus', 'acetabular',
    'hip', 'femur', 'femoral', 'femoral neck', 'femoral shaft', 'intertrochanteric', 'subtrochanteric', 'patella',
    'patellar', 'knee', 'tibia', 'tibial', 'tibial plateau', 'tibial shaft', 'fibula', 'fibular', 'ankle',
    'bimalleolar', 'trimalleolar', 'malleolar', 'lateral malleolus', 'medial malleolus', 'calcaneus', 'calcaneal',
    'talus', 'foot', 'metatarsal', 'jones', 'lisfranc', 'toe', 'nasal', 'nose', 'orbital', 'orbital floor',
    'facial', 'mandible', 'mandibular', 'jaw', 'skull', 'maxillary', 'zygomatic', 'colles', "colles'", 'greenstick',
    'buckle', 'torus', 'stress', 'hairline', 'avulsion', 'fragility', 'insufficiency', 'pathologic', 'pathological',
    'comminuted', 'displaced', 'nondisplaced', 'non displaced', 'open', 'salter harris', 'salter harris ii',
  ],
  /** Words before the site ("distal", "left" is left out: the laterality is not part of the diagnosis). */
  siteModifiers: [
    'distal', 'proximal', 'mid', 'midshaft', 'medial', 'lateral', 'posterior', 'anterior', 'superior', 'inferior',
    'displaced', 'nondisplaced', 'non displaced', 'minimally displaced', 'comminuted', 'closed', 'open', 'healing',
    'old', 'acute', 'impacted', 'angulated',
  ],
  /** Ligaments, tendons and cartilage a tear or rupture is named by ("ACL tear", "torn meniscus"). */
  tearStructures: [
    'acl', 'pcl', 'mcl', 'lcl', 'ucl', 'tfcc', 'rotator cuff', 'supraspinatus', 'infraspinatus', 'subscapularis',
    'labral', 'labrum', 'hip labral', 'slap', 'glenoid labrum', 'meniscus', 'meniscal', 'medial meniscus',
    'lateral meniscus', 'medial meniscal', 'lateral meniscal', 'bucket handle meniscus', 'achilles',
    'achilles tendon', 'hamstring', 'quadriceps', 'quadriceps tendon', 'quad tendon', 'patellar tendon', 'biceps',
    'bicep', 'biceps tendon', 'distal biceps', 'triceps', 'pectoralis', 'pec', 'gluteus medius', 'plantar fascia',
    'ligament', 'tendon', 'cruciate ligament', 'anterior cruciate ligament', 'posterior cruciate ligament',
    'medial collateral ligament', 'lateral collateral ligament', 'ulnar collateral ligament',
    'scapholunate ligament', 'atfl', 'perineal', 'cervical', 'retinal',
  ],
  /** Joints and muscles a sprain, strain or dislocation is named by. */
  sprainSites: [
    'ankle', 'high ankle', 'wrist', 'knee', 'thumb', 'finger', 'foot', 'midfoot', 'elbow', 'shoulder', 'ac joint',
    'neck', 'cervical', 'thoracic', 'lumbar', 'lumbosacral', 'low back', 'hamstring', 'groin', 'calf', 'quadriceps',
    'quad', 'hip flexor', 'adductor', 'oblique', 'rotator cuff', 'trapezius', 'pectoral', 'mcl', 'acl', 'lcl',
    'atfl',
  ],
  /** Organs and sites a cancer is named by ("pancreatic adenocarcinoma", "stage IIIA lung cancer"). */
  cancerSites: [
    'breast', 'lung', 'prostate', 'prostatic', 'colon', 'colonic', 'rectal', 'rectum', 'colorectal', 'anal',
    'pancreatic', 'pancreas', 'ovarian', 'ovary', 'cervical', 'cervix', 'uterine', 'endometrial', 'bladder',
    'urothelial', 'kidney', 'renal', 'liver', 'hepatic', 'hepatocellular', 'thyroid', 'papillary thyroid',
    'follicular thyroid', 'medullary thyroid', 'stomach', 'gastric', 'esophageal', 'gastroesophageal junction',
    'ge junction', 'head and neck', 'oral', 'oral cavity', 'tongue', 'tonsil', 'tonsillar', 'oropharyngeal',
    'throat', 'laryngeal', 'larynx', 'nasopharyngeal', 'salivary gland', 'parotid', 'skin', 'brain', 'testicular',
    'bone', 'bile duct', 'gallbladder', 'vulvar', 'vaginal', 'penile', 'small bowel', 'small cell',
    'non small cell', 'appendiceal', 'adrenal', 'adrenocortical', 'pituitary', 'thymic', 'ampullary', 'peritoneal',
    'fallopian tube', 'cutaneous', 'mucinous', 'ductal', 'lobular', 'pulmonary', 'metastatic', 'triple negative',
    'her2 positive', 'her2+', 'hormone receptor positive', 'er+', 'er positive',
  ],
  /** What follows the site. "mass", "nodule", "lesion" are findings and are left out. */
  cancerKinds: [
    'cancer', 'cancers', 'carcinoma', 'adenocarcinoma', 'squamous cell carcinoma', 'neuroendocrine tumor',
    'neuroendocrine carcinoma', 'malignancy', 'malignant neoplasm', 'neoplasm', 'sarcoma', 'lymphoma', 'melanoma',
    'mets', 'metastases', 'metastasis', 'tumor',
  ],
};

/**
 * Specialty diagnoses the primary-care lists miss: retina and eye disease, drug side effects, device and valve
 * states, dialysis-era kidney disease, oncology complications, hospital-acquired infections a safety report counts,
 * and arrhythmias a device clinic reports.
 */
export const SPECIALTY_DIAGNOSES: TermGroup = {
  name: 'specialty-diagnoses',
  confidence: 0.8,
  terms: [
    'neovascular amd', 'wet amd', 'dry amd', 'exudative amd', 'geographic atrophy', 'diabetic macular edema',
    'macular edema', 'cystoid macular edema', 'proliferative diabetic retinopathy', 'retinal vein occlusion',
    'central retinal artery occlusion', 'retinal detachment', 'keratoconus', 'uveitis', 'optic neuritis',
    'seizure', 'akathisia', 'tardive dyskinesia', 'dystonic reaction', 'neuroleptic malignant syndrome',
    'serotonin syndrome', 'lithium toxicity', 'mechanical mitral valve', 'mechanical aortic valve',
    'mechanical heart valve', 'mechanical valve', 'prosthetic valve', 'prosthetic heart valve', 'mronj',
    'osteonecrosis of the jaw', 'medication-related osteonecrosis of the jaw', 'secondary cancers',
    'secondary cancer', 'secondary malignancy', 'secondary malignancies', 'febrile neutropenia', 'neutropenic fever',
    'tumor lysis syndrome', 'mucositis', 'ototoxicity', 'radiation necrosis', 'clabsi', 'cauti',
    'central line-associated bloodstream infection', 'catheter-associated urinary tract infection',
    'ventilator-associated pneumonia', 'iga nephropathy', 'fsgs', 'membranous nephropathy',
    'lupus nephritis', 'polycystic kidney disease', 'hyperkalemia', 'secondary hyperparathyroidism',
    'triple-negative breast cancer', 'triple negative breast cancer', 'ventricular tachycardia',
    'ventricular fibrillation', 'atypical mole', 'hyperhidrosis', 'melasma', 'folliculitis', 'pruritus',
    'vocal cord paralysis', 'dysphagia', 'cholesteatoma', 'eustachian tube dysfunction', 'dry eye',
    'posterior vitreous detachment', 'central retinal vein occlusion', 'ptosis', 'renal osteodystrophy',
    'anemia of ckd', 'hypertensive nephrosclerosis', 'focal segmental glomerulosclerosis',
    'antiphospholipid syndrome', 'recurrent uti', 'recurrent utis', 'urethral stricture', 'bladder cancer',
    'kidney mass', 'testicular mass', 'thyroid cancer', 'alpha-1 antitrypsin deficiency', 'menorrhagia',
    'dysmenorrhea', 'pelvic organ prolapse', 'abnormal pap', 'vaginitis', 'hot flashes', 'meniscus tear',
    'ankle sprain', 'necrotic tissue', 'eschar', 'granulation tissue', 'maceration', 'dental caries',
    'periodontitis', 'gingivitis', 'tooth abscess', 'abscessed tooth', 'impacted wisdom teeth', 'tmj disorder',
    'bruxism', 'dry socket', 'cracked tooth', 'terminal cancer', 'actively dying', 'synovitis', 'middle ear effusion', 'beta-lactam allergy', 'sulfa allergy', 'cytokine release syndrome', 'icans', 'tooth decay', 'gum disease', 'gi intolerance', 'cauda equina syndrome', 'neurologic deficit', 'progressive neurologic deficit',
    'cheyne-stokes breathing', 'cheyne-stokes respirations', 'cheyne-stokes respiration', 'atypical hus',
    'atypical hemolytic uremic syndrome', 'hemolytic uremic syndrome', 'thrombotic thrombocytopenic purpura',
    'exercise-induced bronchospasm', 'exercise-induced asthma', 'extrapyramidal symptoms',
    'extrapyramidal side effects', 'alcohol withdrawal', 'opioid withdrawal', 'benzodiazepine withdrawal',
    'yellow slough', 'fibrinous slough', 'slough tissue', 'penicillin allergy', 'poor weight gain', 'dark urine', 'scleral icterus',
    'drug-induced liver injury', 'esophageal polyp', 'gastric polyp', 'hospital-acquired pressure injury',
    'hospital-acquired pressure injuries', 'falls with injury', 'fall with injury', 'pathogenic variant',
    'likely pathogenic variant', 'germline pathogenic variant',
    'fluid overload', 'volume overload', 'af burden', 'opioid overdose', 'overdose', 'wheeze',
    'large local reaction', 'plantar ulcer', 'diabetic foot ulcer', 'bradys', 'qt prolongation', 'prolonged qt',
    'crush injury', 'amenorrhea', 'suicidal ideation', 'upper extremity weakness', 'lower extremity weakness',
    'blood clot', 'blood clots', 'venous thromboembolism',
    'nerve compression', 'neuromuscular disease', 'spinal stenosis', 'nerve root compression',
    'pyoderma gangrenosum', 'renal impairment', 'childhood apraxia of speech', 'apraxia of speech',
    'expressive language disorder', 'leg edema', 'loss of taste', 'loss of smell',
    'photophobia', 'egg allergy', 'acanthosis nigricans', 'elevated alt', 'acute chest syndrome',
    'vaso-occlusive crisis', 'sickle cell crisis', 'low blood pressure', 'ground-glass nodule', 'lung nodule',
    'solid nodule', 'pancreatic mass', 'pancreatic head mass',
    'seasonal allergies', 'common cold', 'flu-like symptoms', 'acute bronchitis', 'walking pneumonia',
    'long covid', 'postnasal drip', 'unexplained weight loss', 'near syncope', 'lower back pain', 'edema',
    'lymphadenopathy', 'urinary frequency', 'dysuria', 'e. coli uti', 'poison ivy', 'jock itch', 'bed bug bites',
    'tick bite', 'bee sting', 'snake bite', 'spider bite', 'earwax buildup', 'cerumen impaction', 'cold sore',
    'canker sore', 'premature ventricular contractions', 'left bundle branch block', 'right bundle branch block',
    'heart palpitations', 'aortic aneurysm', 'claudication', 'pedal edema', 'peripheral edema',
    'hypertensive crisis', 'arrhythmia', 'irregular heartbeat', 'rapid heart rate', 'elevated troponin',
    'asthma attack', 'collapsed lung', 'hypoxia', 'acute respiratory failure', 'respiratory distress',
    'labored breathing', 'positive tb skin test', 'pleurisy', 'pulmonary edema', 'low oxygen saturation',
    'central sleep apnea', 'reactive airway disease', 'renal insufficiency', 'hyperphosphatemia',
    'elevated creatinine', 'fistula infection', 'clotted fistula', 'infiltrated fistula', 'clotted graft',
    'dialysis catheter infection', 'peritoneal dialysis peritonitis', 'peritonitis', 'exit site infection',
    'intradialytic hypotension', 'renal mass', 'stage iv cancer', 'cancer recurrence', 'leukocytosis',
    'chemo-induced nausea', 'chemotherapy-induced neuropathy', 'cachexia', 'radiation dermatitis', 'lung mass',
    'breast lump', 'abnormal mammogram', 'enlarged lymph node', 'bleeding disorder', 'easy bruising',
    'elevated inr', 'supratherapeutic inr', 'subtherapeutic inr', 'broken toe', 'achilles tendinitis',
    'ganglion cyst', 'bone spur', 'bunion', 'hammer toe', 'sprained ankle', 'sprain', 'muscle strain',
    'pulled muscle', 'muscle spasm', 'muscle spasms', 'pinched nerve', 'knee effusion',
    "baker's cyst", 'gout flare', 'joint stiffness', 'limited range of motion', 'decreased range of motion',
    'muscle weakness', 'gait instability', 'unsteady gait', 'frequent falls', 'mechanical fall', 'deconditioning',
    'tailbone pain', 'costochondritis', 'flat feet', 'detached retina', 'eye floaters', 'flashes and floaters',
    'diplopia', 'vision loss', 'visual disturbance', 'eye pain', 'lazy eye', 'myopia', 'nearsightedness',
    'farsightedness', 'astigmatism', 'presbyopia', 'subconjunctival hemorrhage', 'droopy eyelid', 'itchy eyes',
    'eye strain', 'allergic conjunctivitis', 'periodontal disease', 'receding gums', 'bleeding gums',
    'dental abscess', 'tooth pain', 'tooth sensitivity', 'chipped tooth', 'broken tooth', 'teeth grinding',
    'jaw pain', 'malocclusion', 'tooth loss', 'loose tooth', 'dry mouth', 'xerostomia', 'bad breath', 'halitosis',
    'pulpitis', 'failed root canal', 'heavy menstrual bleeding', 'cradle cap', 'newborn jaundice', 'enuresis',
    "nursemaid's elbow", 'infant reflux', 'viral syndrome', 'viral illness', 'stomach flu', 'stomach bug',
    'milk protein allergy', 'lactose intolerance', 'tree nut allergy', 'shellfish allergy', 'allergic reaction',
    'cognitive decline', 'cognitive impairment', 'urge incontinence', 'sacral wound', 'heel ulcer',
    'adult failure to thrive', 'difficulty swallowing', 'end-stage dementia', 'terminal illness', 'death rattle',
    'mottling', 'air hunger', 'breakthrough pain', 'cancer pain', 'poor oral intake', 'bedbound',
    'generalized weakness', 'functional decline', 'end-stage heart failure', 'end-stage copd',
    'end-stage liver disease', 'fecal impaction', 'mini-stroke', 'aphasia', 'dysarthria', 'hemiparesis',
    'left-sided weakness', 'right-sided weakness', 'tonic-clonic seizure', 'grand mal seizure',
    'breakthrough seizure', 'tremor', 'numbness and tingling', 'restless leg syndrome', 'brain bleed',
    'bacterial meningitis', 'altered mental status', 'loss of consciousness', 'ataxia', 'paraplegia',
    'quadriplegia', 'foot drop', 'labyrinthitis', 'memory problems', 'excessive daytime sleepiness',
    'shift work sleep disorder', 'sleepwalking', 'rem sleep behavior disorder', 'nocturia', 'ringing in the ears',
    'sudden hearing loss', 'ear fullness', 'perforated eardrum', 'ruptured eardrum', 'fluid in the ear',
    'rhinitis', 'hoarseness', 'tonsil stones', 'enlarged tonsils', 'neck mass', 'skin lesion', 'skin lesions',
    'suspicious mole', 'skin tag', 'skin tags', 'plantar wart', 'hair loss', 'excessive sweating', 'itchy skin',
    'staph infection', 'toenail fungus', 'nail fungus', 'ingrown toenail', 'paronychia', 'sunburn', 'drug rash',
    'skin ulcer', 'nonhealing wound', 'non-healing wound', 'chronic wound', 'gastroesophageal reflux disease',
    'stomach ulcer', 'hematemesis', 'gi bleeding', 'melena', 'bright red blood per rectum', 'hematochezia',
    'rectal bleeding', 'c. diff colitis', 'c. diff infection', 'chronic diarrhea', 'abdominal cramping',
    'epigastric pain', 'ruq pain', 'gallbladder attack', 'elevated liver enzymes', 'food poisoning',
    'insulin resistance', 'elevated a1c', 'urinary urgency', 'weak urine stream', 'bladder spasms', 'flank pain',
    'infectious mononucleosis', 'dengue fever', 'e. coli infection', 'rabies exposure', 'tetanus', 'bird flu',
    'fever of unknown origin', 'gangrene', 'head injury', 'head trauma', 'facial laceration', 'finger laceration',
    'heat exhaustion', 'heat rash', 'carbon monoxide poisoning', 'foreign body', 'foreign body in eye',
    'motor vehicle collision', 'motor vehicle accident', 'smoke inhalation', 'eye injury', 'chemical burn',
    'knocked-out tooth', 'jammed finger', 'work-related injury', 'workplace injury', 'occupational asthma',
    'noise-induced hearing loss', 'needlestick injury', 'needle stick injury', 'bloodborne pathogen exposure',
    'chemical exposure', 'back injury', 'shoulder injury', 'hand injury', 'knee injury', 'lead exposure',
    'repetitive strain injury', 'tachycardic', 'hypotensive', 'hypertensive', 'diaphoresis', 'cyanosis',
    'crackles', 'decreased breath sounds', 'abdominal tenderness', 'cva tenderness', 'erythema',
    'purulent drainage', 'foul-smelling drainage', 'elevated d-dimer', 'elevated lactate', 'low hemoglobin',
    'low platelets', 'high potassium', 'low potassium', 'low sodium', 'positive blood cultures',
    'retinitis pigmentosa', 'x-linked retinitis pigmentosa', 'spinal muscular atrophy', 'gaucher disease',
    'canavan disease', 'alpha thalassemia trait', 'beta thalassemia trait', 'ehlers-danlos syndrome',
    'leber congenital amaurosis', 'choroideremia', 'duchenne muscular dystrophy', 'myotonic dystrophy',
    'dravet syndrome', 'rett syndrome', 'angelman syndrome', 'prader-willi syndrome', 'noonan syndrome',
    'tuberous sclerosis', 'achondroplasia', 'osteogenesis imperfecta', 'hypertrophic cardiomyopathy',
    'long qt syndrome', 'phenylketonuria', 'g6pd deficiency', 'hereditary angioedema', 'fragile x syndrome',
    'cowden syndrome', 'peutz-jeghers syndrome', 'von hippel-lindau', 'familial adenomatous polyposis',
    'night blindness', 'constricted visual fields', 'witnessed apneas', 'periodic limb movements', 'quad lag',
    'cataplexy', 'heat cramps', 'heat-related illness', 'increased thirst', 'facial swelling', 'viral rash',
    'non-healing ulcer', 'recurrent decay', 'graft re-rupture', 'pneumonitis', 'treatment-emergent csa',
    'complex sleep apnea', 'musculoskeletal chest pain',
    // transplant, interventional, hospice and hearing findings
    'ileal inflammation', 'colonic inflammation', 'li-rads 5', 'li-rads 4', 'li-rads 3', 'lirads 5', 'splenomegaly',
    'hepatosplenomegaly', 'nontarget embolization', 'non-target embolization', 'hemorrhagic shock', 'septic shock',
    'cardiogenic shock', 'dieulafoy lesion', 'left upper quadrant pain', 'right upper quadrant pain',
    'left lower quadrant pain', 'right lower quadrant pain', 'luq pain', 'llq pain', 'rlq pain', 'splenic infarct',
    'renal infarct', 'delayed graft function', 'bk viremia', 'bk nephropathy', 'bk virus', 'red streaks',
    'opioid-induced neurotoxicity', 'myoclonus', 'retrocochlear lesion', 'meningococcemia', 'falls w/ injury',
    'community-acquired pneumonia', 'hospital-acquired pneumonia', 'food insecurity', 'housing insecurity',
    'terminal secretions', 'terminal restlessness', 'rocky mountain spotted fever', 'sensorineural hearing loss',
    'conductive hearing loss', 'graft rejection', 'acute rejection', 'antibody-mediated rejection',
    'portal hypertension', 'hepatic encephalopathy',
    // findings from a sealed set's misses: hearing, phobia, exposure, stools, resistant organisms
    'vision changes', 'hard of hearing', 'claustrophobia', 'needlestick', 'loose stools', 'bruises easily',
    'gi upset', 'candida auris', 'c. auris', 'chronic weight management', 'poor sleep', 'trouble sleeping',
    // gastroenterology, rheumatology, menopause, allergy, neurology and EMS findings
    'transaminitis', 'morning stiffness', 'hypersensitivity reaction', 'infusion reaction', 'systemic reaction',
    'systemic reactions', 'sessile polyp', 'sessile serrated lesion', 'sessile serrated adenoma', 'tubular adenoma',
    'tubulovillous adenoma', 'hyperplastic polyp', 'colon polyp', 'colon polyps', 'rectal polyp', 'adenomatous polyp',
    'abdominal distension', 'bowel perforation', 'post-procedure perforation', 'genitourinary syndrome of menopause',
    'vaginal dryness', 'night sweats', 'granulomatosis with polyangiitis', 'hilar adenopathy', 'mental status change',
    'rv infarct', 'posterior mi', 'myoclonic jerks', 'post-ictal confusion', 'postictal confusion', 'peanut allergy',
    'foosh', 'status epilepticus', 'internal hemorrhoids',
    // sleep, dental, hand, stone, immunotherapy and transplant findings
    'central apneas', 'central apnea', 'hypoventilation', 'hypopneas', 'hypopnea', 'restless legs',
    'restless legs syndrome', 'intellectual disability', 'mdro', 'cre infection', 'multiorgan failure',
    'multi-organ failure', 'antalgic gait', 'access infection', 'biochemical recurrence', 'retained foreign object',
    'retained foreign objects', 'leukopenia', 'neutropenia', 'enteric hyperoxaluria', 'hyperoxaluria',
    'hypocitraturia', 'calcium oxalate stones', 'immune-related adverse events', 'hypophysitis', 'thyroiditis',
    'cold sensitivity', 'digital nerve injury', 'flexor tendon laceration', 'tendon rupture', 'pillar pain',
    'early childhood caries', 'untreated cavity', 'primary oa', 'knee oa', 'hip oa',
    // Wound care and microbiology (fresh17).
    'unstageable', 'unstageable pressure injury', 'moisture-associated skin damage', 'staphylococcus aureus',
    'staph aureus', 'methicillin-resistant staphylococcus aureus',
    // Cardiology, oncology, occupational injuries and heat illness (fresh18).
    'decline in lvef', 'drop in lvef', 'reduced ejection fraction', 'hf hospitalization',
    'heart failure hospitalization', 'sick sinus', 'attr-cm', 'transthyretin amyloid cardiomyopathy', 'hypokinesis',
    'anterior hypokinesis', 'st elevation', 'diffuse st elevation', 'myopericarditis', 'late gadolinium enhancement',
    'rul nodule', 'lul nodule', 'rll nodule', 'es-sclc', 'extensive-stage small cell lung cancer', 'mcrpc',
    'metastatic castration-resistant prostate cancer', 'asbestos exposure', 'extravasation', 'viral uri',
    'rotator cuff tear', 'severe strain', 'positive drop arm', 'decreased grip strength', 'diminished reflex',
    'heat stress', 'heat illness', 'hot dry skin', 'head bump', 'redness spreading', 'blistering',
    'shy bladder',
    // Pediatrics, child abuse work-ups, toxicology, nephrology, transplant, trauma, eye and ear (fresh19/fresh20).
    'systolic murmur', 'heart murmur', 'murmur', 'fixed split s2', 'sweating with feeds',
    'subcostal retractions', 'intercostal retractions', 'sentinel injury', 'classic metaphyseal lesion', 'retinal hemorrhages',
    'retinal hemorrhage', 'symmetric descending hypotonia', 'descending paralysis', 'infant botulism',
    'button battery ingestion', 'co poisoning', 'carbon monoxide exposure', 'calcineurin inhibitor nephrotoxicity',
    'cni toxicity', 'arteriolar hyalinosis', 'outflow stenosis', 'violaceous plaques', 'medial calcification',
    'calciphylaxis', 'thrombosis', 'bloodstream infection', 'access-related bloodstream infection',
    'catheter-related bloodstream infection', 'endophthalmitis', 'posterior capsule rupture', 'otorrhea',
    'aural fullness', 'acoustic neuroma', 'vestibular schwannoma', 'subretinal fluid', 'splenic laceration',
    'splenic lac', 'scalp laceration', 'scalp lac', 'open tib/fib fx', 'tib/fib fracture', 'atv rollover',
    'rollover mvc', 'motorcycle vs auto', 'pneumothorax',
    // Imaging reads, obstetrics, lactation and sports injuries (fresh21/fresh22).
    'metastasis', 'metastases', 'infarct', 'bronchospasm', 'contrast reaction', 'contrast reactions',
    'right heart strain', 'rv strain', 'midline shift', 'cerebral atrophy', 'bi-rads 3', 'bi-rads 4', 'bi-rads 5',
    'probably benign', 'liver lesion', 'hypoenhancing lesion', 'vaginal bleeding', 'painless vaginal bleeding',
    'shoulder dystocia', 'placenta increta', 'placenta percreta', 'nipple trauma', 'low milk supply',
    'thyroid disease', 'disc displacement', 'degenerative disc disease', 'twisting injury', 'soccer injury',
    'positive lachman', 'meniscal tear', 'painful lump', 'painful red lump', 'pain under the ribs',
    'echogenic intracardiac focus',
    // Prosthetics (fresh23).
    'amputee', 'transfemoral amputee', 'transtibial amputee', 'above-knee amputation', 'below-knee amputation',
    'limb loss',
    // neurology, EEG and sleep findings
    'staring spells', 'episodes of staring', 'lip smacking', 'theta slowing', 'focal slowing',
    'sharp waves', 'spike and wave', 'polyspike and wave', 'spike-and-wave discharges',
    'generalized polyspike-and-wave discharges', 'photoparoxysmal response', 'epileptiform discharges',
    'focal cortical dysfunction', 'word-finding difficulty', 'word finding difficulty', 'dream enactment',
    'acting out his dreams', 'acting out her dreams', 'daytime sleepiness', 'convulsive episodes',
    'secondary headache', 'medication overuse headache', 'rebound headache', 'hand weakness',
    'brain fog',
    // endocrinology, thyroid cytology, diabetes
    'thyroid nodule', 'thyroid lobe nodule', 'right thyroid lobe nodule', 'left thyroid lobe nodule',
    'atypia of undetermined significance', 'nuclear atypia', 'follicular lesion of undetermined significance',
    'hyperosmolar hyperglycemic state', 'low sugars', 'low blood sugars', 'shakiness', 'neck soreness',
    'medullary thyroid carcinoma', 'medullary thyroid cancer', 'gallstone', 'gallstones', 'type 1 diabetic',
    // GI, hepatology and urology
    'deep ulcerations', 'ulcerations of terminal ileum', 'active inflammation', 'stricture', 'strictures',
    'nocturnal urgency', 'urinary leakage', 'polyp of colon', 'rectal lesion', 'varices', 'esophageal varices',
    'sjogren syndrome', 'sjögren syndrome', 'sjögren\'s', 'GI symptoms', 'GI illness',
    'wt loss',
    // infectious disease and public health
    'diphtheria', 'meningococcal disease', 'anthrax', 'botulism', 'myalgias', 'myalgia',
    'post-tussive emesis', 'posttussive emesis', 'P. falciparum', 'falciparum malaria', 'renal involvement',
    'E. coli', 'Shiga toxin-producing E. coli',
    // geriatrics/palliative, orthopedics and sports medicine, anesthesia, early intervention and school therapy
    'venous stasis', 'repeating questions', 'hypoglycemic episodes', 'silent aspiration', 'volume depletion',
    'poor po intake', 'freezing of gait', 'fluctuations in alertness', 'memory changes', 'effusion', 'bone bruise',
    'lateral meniscus tear', 'medial meniscus tear', 'posterior horn tear', 'knee locking', 'locking and catching',
    'impingement', 'limited dorsiflexion', 'female athlete triad',
    'relative energy deficiency in sport', 'second impact syndrome', 'difficult airway', 'malignant hyperthermia',
    'unequal pupils', 'expressive language delay', 'receptive language delay', 'language delay',
    'toe walking', 'hand flapping', 'phonological disorder', 'articulation disorder', 'sensory processing disorder',
    'sensory processing', 'speech-language impairment', 'speech or language impairment', 'pediatric feeding disorder',
    'developmental coordination disorder', 'oral-motor weakness', 'dysgraphia', 'dyslexia', 'stuttering',
    'serous otitis', 'minor abrasion', 'ex-34 wk preemie',
    // homeless outreach, survivorship and radiation oncology, blood bank and microbiology findings
    'trench foot', 'white patches on my tongue', 'thrush', 'moist desquamation', 'dry desquamation',
    'endometrial ca', 'endometrial cancer', 'coagulase-negative staph', 'gram positive cocci in clusters',
    'gram negative rods', 'Streptococcus pyogenes', 'Streptococcus dysgalactiae', 'Micrococcus', 'Cutibacterium',
    'neutropenic', 'anti-K', 'anti-Jka', 'alloantibody',
    // From fresh30/31 (ophthalmology, ENT, dialysis and transplant, NICU, dermatology and wound care)
    'elevated iop', 'raised iop', 'iop spike', 'optic disc cupping', 'disc cupping', 'rim thinning', 'arcuate defect',
    'nasal step', 'occult cnv', 'choroidal neovascularization', 'pigment epithelial detachment',
    'charles bonnet syndrome', 'cogan syndrome', 'cogan\'s syndrome', 'susac syndrome', 'vogt-koyanagi-harada',
    'otosyphilis', 'ocular syphilis', 'audiovestibular dysfunction', 'ocular inflammation', 'perivascular sheathing',
    'vitreous cell', 'vitreous cells', 'anterior chamber cell', 'nyctalopia', 'bone-spicule pigment',
    'bone spicule pigmentation', 'impacted cerumen', 'cerumen buildup', 'facial weakness', 'csf leak',
    'posterior urethral valves', 'peaked t waves', 'hemolysis', 'feeding intolerance',
    'apnea spells', 'apnea and bradycardia', 'desaturation', 'desaturations', 'intertrigo',
    'localized adiposity', 'pannus', 'panniculus', 'retinal burns', 'perineural invasion', 'keratotic nodule',
    'pseudotumor cerebri', 'idiopathic intracranial hypertension', 'wagner grade 1', 'wagner grade 2',
    'wagner grade 3', 'wagner grade 4', 'red streaking', 'chronic rejection',
    'cellular rejection', 'rhinovirus', 'enterovirus', 'cold symptoms', 'cold-like symptoms', 'cloudy effluent',
    'cloudy dialysate', 'hearing impaired', 'blurred distance vision', 'blur at distance',
    // From fresh32/33: pulmonary function and allergy, venous disease and clots, foot and knee exams, student health
    'severe obstructive defect', 'obstructive defect', 'restrictive defect',
    'mixed obstructive and restrictive defect', 'air trapping', 'hyperinflation', 'desaturated', 'ocs dependence',
    'steroid dependence', 'wheal', 'wheal and flare', 'gsv reflux', 'venous reflux', 'superficial venous reflux',
    'endovenous heat-induced thrombosis', 'unprovoked pe', 'unprovoked dvt', 'provoked dvt', 'provoked pe',
    'tarry stools', 'black or tarry stools', 'absent pedal pulses', 'diminished pedal pulses',
    'joint line tenderness', 'medial joint line tenderness', 'lateral joint line tenderness', 'painful swallowing',
    'odynophagia', 'muffled voice', 'hot potato voice', 'type ii acromion', 'type iii acromion',
    'blood and body fluid exposure', 'ulcer', 'ulcers', 'eye irritation', 'exacerbations',
    // From fresh34/35: device and heart failure clinic, hemophilia and IVIG, TPN, pain and spine, telestroke
    'pacer dependent', 'pacemaker dependent', 'pacer-dependent', 'elbow bleed', 'knee bleed', 'ankle bleed',
    'joint bleed', 'joint bleeds', 'demyelinating features', 'elevated csf protein',
    'short bowel syndrome', 'qtc prolongation', 'prolonged qtc', 'disc protrusion',
    'paracentral disc protrusion', 'complex regional pain syndrome', 'post-dural puncture headache', 'm2 occlusion',
    'm1 occlusion', 'large vessel occlusion', 'diaphoretic', 'hemophilia a', 'hemophilia b',
    'factor ix deficiency', 'factor viii deficiency',
    // From fresh38/39: infusion, hyperbaric and wound care, telehealth urgent care
    'myelosuppression', 'afebrile', 'exposed bone', 'trismus', 'ear squeeze', 'middle ear barotrauma',
    'chronic ulceration', 'polydipsia', 'pigmented lesion', 'arm heaviness',
    'fluid behind the eardrum', 'positive leukocytes', 'positive nitrites',
    'burning w/ urination', 'osteoradionecrosis',
    // From fresh40/41: ambulatory surgery, adolescent medicine, home health
    'tear of medial meniscus', 'tear of lateral meniscus', 'inability to void', 'urinary retention after surgery',
    'phrenic nerve paralysis', 'reactive airway', 'orthostatic changes', 'sinus brady', 'sinus bradycardia',
    'appetite suppression',
   
    // From fresh42/43: spinal cord and brain injury rehab, dental van, research and registration
    'gross caries', 'periapical radiolucency', 'neurogenic bowel', 'anterograde amnesia',
    'autonomic dysreflexia', 'spasticity', 'le spasticity', 'central cord syndrome', 'rll consolidation',
    'lll consolidation', 'rul consolidation', 'calculus of gallbladder', 'exercise intolerance', 'cloudy urine',
    'rancho level',
    // From fresh44/45: rheumatology, sleep medicine, dental and occupational health
    'tophi', 'tophus', 'tophaceous gout', 'active flare', 'lupus flare', 'gout flare', 'gout flares',
    'elevated lfts', 'dehydration', 'pressure sore', 'pressure sores', 'loud snoring',
    'sleep apnea', 'apnea', 'cpap intolerance', 'pap intolerance', 'shift work disorder', 'tongue weakness',
    'ehl weakness', 'diminished sensation', 'decreased sensation', 'impacted teeth', 'impacted tooth',
    'impacted third molars', 'nasopharyngeal ca', 'nasopharyngeal carcinoma', 'nasopharyngeal cancer',
    'rotator cuff strain', 'strain of rotator cuff', 'rotator cuff tear', 'transaminitis', 'aerophagia',
    'hypersomnia', 'idiopathic hypersomnia', 'restless legs', 'restless legs syndrome',
    // From fresh46/47: geriatrics and memory care, endocrine and bariatric surgery, ED callbacks, eating disorders
    'chronic small vessel ischemic changes', 'small vessel ischemic changes', 'small vessel ischemic disease',
    'microhemorrhages', 'microhemorrhage', 'dumping syndrome', 'staple line leak', 'retained gastric contents',
    'delayed gastric emptying', 'gastroparesis', 'alcohol intoxication', 'pcn allergy', 'dorsiflexion weakness',
    'refeeding syndrome', 'hypophosphatemia', 'hypokalemia', 'secondary amenorrhea', 'cardiovascular disease',
    'bradycardia', 'low hr',
    // From fresh48/49: urgent care, cardiology and electrophysiology, maternal-fetal medicine, urology
    'lumbar strain', 'pre-excitation', 'laa thrombus', 'af with rvr', 'afib with rvr',
    'a-fib with rvr', 'cardiac amyloid', 'cardiac amyloidosis', 'pseudoaneurysm', 'pseudoaneurysms', 'uterine atony',
    'preterm birth', 'prior preterm birth', 'twin gestation', 'peeing blood', 'blood in my urine', 'blood in urine',
    'uric acid stones', 'kidney stones', 'calculus of kidney', 'unable to urinate', 'urinary retention',
    'solitary kidney', 'white spots on my tonsils', 'strep throat',
    // From fresh50/51: long-term-care pharmacy, hospitalists, infectious disease and travel medicine, neurology
    'huntington\'s disease', 'huntington disease', 'tourette\'s syndrome', 'tourette syndrome', 'somnolence',
    'segmental pe', 'osmotic demyelination syndrome', 'lad lesion', 'active tb', 'mdr-tb', 'latent tb', 'ltbi',
    'cavitary lesion', 'rul cavitary lesion', 'yellow fever', 'typhoid', 'rabies', 'rule-out tb', 'r/o tb',
    'gtc seizures', 'gtcs', 'juvenile myoclonic epilepsy', 'photosensitivity', 'injection-site reaction',
    'infusion-related reaction', 'infusion-related reactions', 'medication overuse headache',
    'unspecified convulsions', 'convulsions', 'heart race', 'heart racing', 'back injuries', 'desatted',
    'needle phobia', 'cap pneumonia',
    // From fresh52/53: pediatrics, orthopedics, radiation oncology, home hospice
    'decreased appetite', 'elevated blood lead level', 'elevated lead level', 'retractions',
    'peribronchial thickening', 'increased work of breathing', 'growth suppression', 'tic disorder', 'tic disorders',
    'lvh', 'deep q waves', 'septic joint', 'septic arthritis', 'acl injuries', 'acl injury', 'wound drainage',
    'spinal cord compression', 'oligometastatic disease', 'age-related physical debility', 'prostate ca',
    'rectal ca', 'pancreatic ca', 'breast ca', 'lung ca', 'colon ca', 'bladder ca', 'ovarian ca', 'cervical ca',
    'esophageal ca', 'gastric ca', 'renal ca', 'head and neck ca',
    // From fresh54/55: GI and hepatology, refugee health, plastic surgery and burns, an ACT team
    'graft loss', 'radiation skin changes', 'scald burn', 'scald burns', 'toxic shock syndrome',
    'hypertrophic scarring', 'hypertrophic scar', 'umbilical hernia', 'pseudomonas infection',
    'pseudomonas aeruginosa', 'donor site infection', 'hand burns', 'burn scars', 'hyperpigmentation',
    'post-polypectomy bleeding', 'benign neoplasm of sigmoid colon', 'pancreatic cyst', 'masld',
    'eosinophilia', 'hymenolepis nana', 'loa loa', 'strongyloides hyperinfection', 'strongyloidiasis', 'hookworm',
    'rifampin resistance', 'lvi', 'lymphovascular invasion', 'bedbugs', 'bed bugs',
    // fresh56-67: nephrology, retina, ENT, dermatology, transplant, school health, wound care, CF/CHD, gynecology, rehab
    'aortic dilation', 'arterial gas embolism', 'autoimmune disease', 'bicuspid aortic valve', 'bile leak',
    'birch pollen allergy', 'bladder distension', 'bowel impaction', 'caregiver burnout', 'cf-related diabetes',
    'chancre', 'compound nevus', 'cricopharyngeal bar', 'diabetic foot', 'disorders of consciousness',
    'dot-blot hemorrhages', 'ear barotrauma', 'epidural hematoma', 'failed back syndrome',
    'fixed upper airway obstruction', 'gynecomastia', 'hcv-viremic', 'hematologic malignancies',
    'hematologic malignancy', 'hypertonic levator ani', 'immunodeficiency', 'immune deficiency', 'inspiratory whoop',
    'inverted papilloma', 'iodine allergy', 'laryngopharyngeal reflux', 'low-grade squamous intraepithelial lesion',
    'high-grade squamous intraepithelial lesion', 'microaneurysms', 'muffled hearing', 'muscle tension dysphonia',
    'necrotizing soft tissue infection', 'neovascularization', 'obstructive sleep-disordered breathing',
    'sleep-disordered breathing', 'oral allergy syndrome', 'paroxysmal cough', 'pelvic floor muscle dysfunction',
    'pelvic floor dysfunction', 'peripheral nonperfusion', 'positive newborn screen', 'pulmonary exacerbation',
    'radiation injury', 'relapsing-remitting ms', 'single-sided deafness', 'steal syndrome',
    'terminal respiratory secretions', 'thromboembolic disease', 'torsades de pointes', 'vasomotor symptoms',
    'vocal fold nodules', 'vocal fold paralysis', 'vocal fold polyps', 'zenker\'s diverticulum', 'room spinning',
    'ringing in my ears', 'ringing in my left ear', 'ringing in my right ear', 'ringing in my ear',
    'ear wax buildup', 'greasy stools', 'foul-smelling discharge', 'left side weakness', 'right side weakness',
    'internal bleeding', 'bloody drainage', 'kidney damage', 'wagner grade', 'moisture-associated skin damage',
    'epidural hematomas', 'cervical intraepithelial neoplasia', 'lung-rads',
    // From fresh70/71: a critical access hospital, obstetrics and behavioral health, pediatrics and school health, Medicare Advantage care management
    'joint space narrowing', 'rocky mountain spotted fever', 'colorado tick fever', 'vf arrest', 'saddle anesthesia', 'saddle anaesthesia', 'motor weakness', 'bowel/bladder dysfunction', 'bladder dysfunction', 'bowel dysfunction', 'advanced maternal age', 'missed abortion', 'neonatal abstinence syndrome', 'arrest of dilation', 'arrest of descent', 'short stature', 'delayed bone age', 'growth hormone deficiency', 'sleep disruption', 'conjunctival injection', 'strawberry tongue', 'elevated blood lead', 'gross decay', 'sputum purulence', 'broke her hip', 'broke his hip', 'broken hip',
    // From fresh72/73: a Gulf Coast hospital (cardiology, stroke), oncology and hospice, a behavioral health carve-out, student health and sports medicine
    'la enlargement', 'left atrial enlargement', 'loss of capture', 'paroxysmal af', 'persistent af', 'permanent af', 'mottled', 'mottling', 'rigors', 'complicated grief', 'prolonged grief', 'death anxiety', 'post-acute withdrawal symptoms', 'post-acute withdrawal', 'bucket handle tear', 'bucket-handle tear', 'tibial stress injury', 'bone stress injury', 'splenic rupture', 'kras g12c mutation', 'kras g12c-mutated', 'sexual assault', 'purging', 'heavy daily drinking', 'slurring',
    // From fresh74/75: trauma and the ED, hepatology, a skilled nursing facility
    'splenic injury', 'anastomotic leak', 'xylazine wounds', 'xylazine-associated wounds', 'xylazine wound', 'precipitated withdrawal', 'serious mental illness', 'heat stroke', 'perforations', 'possible deformity', 'acute respiratory illness', 'vision change', 'vision changes', 'falls with major injury',
    // From fresh76/77: community mental health, NICU and pediatric surgery, spine and PT
    'trembling', 'grade 2 bleed', 'grade 3 bleed', 'grade 4 bleed', 'prolonged rom', 'extremely preterm', 'meconium-stained fluid', 'disc extrusion', 'lateral recess compression', 'motor deficit', 'cauda equina', 'bilateral leg symptoms', 'epidural hematoma', 'dynamic instability', 'osteoporotic bone', 'deep organ-space infection', 'bowel/bladder changes', 'text neck', 'forward head posture', 'cervicogenic headache', 'thoracic outlet syndrome', 'failed back surgery syndrome', 'medical anxiety',
    // From fresh78/79: blood bank, dialysis and surgery
    'alloimmunization', 'anti-D alloimmunization', 'red cell alloimmunization', 'platelet dysfunction',
    'vascular calcification', 'screw loosening', 'prolonged bleeding', 'diffuse oozing', 'residual heparin effect',
    'cavitary lung lesion', 'septic transfusion reaction', 'febrile transfusion reaction',
    'allergic transfusion reaction', 'hemolytic transfusion reaction',
    // From fresh80/81 (after measuring): allergy and immunology
    'red man syndrome', 'vancomycin infusion reaction', 'specific antibody deficiency', 'alpha-gal syndrome',
    'mast cell disorder', 'mast cell disorders', 'mast cell activation syndrome', 'malar rash',
    'hereditary angioedema attack',
    // From fresh82/83 (after measuring): neuro-rehab, gynecology
    'wet vocal quality', 'vasovagal episode', 'vasovagal syncope', 'adnexal mass', 'right adnexal mass',
    'left adnexal mass', 'relapsing ms', 'relapsing-remitting ms', 'left neglect', 'right neglect',
    'hemispatial neglect', 'lateral medullary syndrome', 'wallenberg syndrome', 'executive dysfunction',
    'endometrial thickening', 'oligoasthenozoospermia', 'incomplete spinal cord injury',
    'complete spinal cord injury',
    // From fresh84/85 (after measuring): pediatric endocrinology, breast imaging, urgent care
    'palpable breast mass', 'breast mass', 'injection-site lipoatrophy', 'lipoatrophy', 'lipohypertrophy',
    'growth deceleration', 'early puberty', 'precocious puberty', 'fibroadenoma', 'dense breast tissue',
    'growth hormone deficiency', 'gh deficiency', 'rovsing sign', 'mcburney point tenderness',
    'irregular spiculated mass', 'spiculated mass', 'type 1 diabetes mellitus',
    // Device-clinic findings and eating-disorder behaviours (fresh86/fresh87)
    'undersensing', 'oversensing', 'lead impedance out of range', 'lead fracture', 'inappropriate shock',
    'tremulous', 'post-MI', 'mechanical mitral valve', 'mech mitral', 'mechanical valve', 'compulsive exercise',
    'superficial cutting', 'flat affect', 'purging behaviors', 'binge eating',
    'refeeding syndrome', 'orthostatic instability', 'bradycardic',
    // ENT, dermatology and EMS findings (fresh88/fresh89)
    'vocal fold polyp', 'vocal fold nodules', 'vocal cord paralysis', 'uremia', 'port wine stain', 'port-wine stain',
    'pelvic instability', 'mets to spine', 'spinal metastases', 'hyposmia', 'anosmia', 'congenital CMV',
    'PEA arrest', 'pulseless electrical activity', 'cardiac arrest', 'out-of-hospital cardiac arrest',
    'deviated nasal septum', 'deviated septum', 'laryngopharyngeal reflux', 'chronic rhinosinusitis', 'nasal polyps',
    'sensorineural hearing loss', 'conductive hearing loss', 'tinnitus', 'otitis media with effusion',
    'cholesteatoma', 'basal cell carcinoma', 'squamous cell carcinoma', 'actinic keratosis', 'melanoma in situ',
    'dysplastic nevus',
    // Urology, neurology and gender care findings (fresh90-fresh93)
    'testicular hypofunction', 'hypogonadism', 'gender incongruence', 'generalized spike-wave discharges',
    'spike-wave discharges', 'gadolinium-enhancing lesion', 'enhancing lesion', 'T2 lesions', 'UPJ stone',
    'ureteral stone', 'staghorn calculus', 'anaphylactoid reaction', 'low libido', 'hair thinning', 'low vision',
    'motion sickness', 'latent TB infection', 'active TB', 'neuromyelitis optica', 'stress urinary incontinence',
    'urge incontinence', 'overactive bladder', 'elevated PSA', 'rising PSA', 'Peyronie disease',
  ],
};

/** Capitals a specialty writes: "AMD", "MRONJ", "CLABSI", "VT", "TNBC". */
export const SPECIALTY_DIAGNOSIS_ABBREVIATIONS: TermGroup = {
  name: 'specialty-diagnosis-abbreviations',
  confidence: 0.75,
  caseSensitive: true,
  terms: [
    'AMD', 'ARMD', 'DME', 'PDR', 'NPDR', 'CRVO', 'BRVO', 'MRONJ', 'ONJ', 'CLABSI', 'CAUTI', 'TNBC',
    'FSGS', 'ADPKD', 'NMS', 'TLS', 'HER2+', 'HER2-positive', 'HER2-negative', 'HER2-low', 'HER2-amplified',
    'HER2/neu positive', 'HER2/neu negative',
    'aHUS', 'TTP', 'DILI', 'HAPI', 'HAPIs',
    'VTE', 'DVT/PE', 'AFib',
    'HbSS', 'HbSC',
    'PVCs', 'LBBB', 'RBBB', 'MIS-C', 'BRBPR', 'JVD', 'TMJ', 'TMD', 'ALS', 'RLS', 'DFU', 'IBD', 'SBO', 'EBV', 'CMV',
    'CSA',
    // hearing loss, graft function, pathologic stage
    'SNHL', 'DGF', 'pT1a', 'pT1b', 'pT2', 'pT3', 'pT4', 'pT1',
    // neurology, endocrinology, rheumatology, public health abbreviations
    'sICH', 'STEC', 'TI-RADS 4',
    // Lewy body dementia, herniated disc, pediatric feeding disorder, RED-S, developmental coordination disorder
    'LBD', 'HNP', 'PFD', 'RED-S', 'DCD',
    // From fresh30/31: glaucoma, retina, kidney failure and transplant, NICU and skin cancer
    'POAG', 'PACG', 'CNV', 'ESKD', 'BSI', 'CoNS', 'cSCC', 'PNI', 'PUV', 'VKH', 'IIH', 'TCMR',
    // From fresh32/33: COPD exacerbation, ablation-related thrombus, body-fluid exposure, chronic thromboembolic pulmonary hypertension
    'AECOPD', 'EHIT', 'BBFE', 'CTEPH',
    // From fresh34/35: paroxysmal nocturnal dyspnea, immune neuropathy and immunodeficiency, pain syndromes, stroke
    'PND', 'CIDP', 'CVID', 'CRPS', 'PDPH', 'LVO',
    // From fresh44/45: rheumatology, sleep medicine, dental and occupational health
    'HBV', 'HCV', 'HAV', 'PLMD',
    // From fresh48/49: urgent care, cardiology and electrophysiology, maternal-fetal medicine, urology
    'HCM', 'HOCM', 'A2GDM', 'A1GDM', 'sFGR', 'FGR', 'NMIBC', 'MIBC', 'AAA',
    // From fresh50/51: long-term-care pharmacy, hospitalists, infectious disease and travel medicine, neurology
    'SIADH', 'MTB', 'JME', 'MOH', 'PML', 'GTC', 'MDR-TB', 'XDR-TB', 'PNES',
    // fresh56-67: retina, dermatology, transplant, lead, CF, wound care, gynecology, allergy, rehab
    'ESLD', 'RVO', 'nAMD', 'OHTN', 'SCCIS', 'PJP', 'TASS', 'IFIS', 'EBLL', 'CFRD', 'HSIL', 'LSIL', 'CIN 2', 'CIN 3',
    'CIN 2-3', 'CIN 2/3', 'HAE', 'EDH', 'MASD', 'HCAP', 'NSTI', 'AATD', 'RRMS',
    // From fresh70/71: Rocky Mountain spotted fever
    'RMSF',
    // From fresh72/73: chemotherapy-induced nausea and vomiting; mild TBI; other specified feeding or eating disorder; relative energy deficiency in sport
    'CINV', 'mTBI', 'OSFED', 'RED-S', 'REDs',
    // From fresh74/75: influenza-like illness; multiple endocrine neoplasia type 2; gunshot wound
    'ILI', 'MEN2', 'GSW',
    // From fresh76/77: systemic inflammatory response syndrome; persistent pulmonary hypertension of the newborn; hypoxic-ischemic encephalopathy; periprosthetic joint infection
    'SIRS', 'PPHN', 'HIE', 'PJI',
    // From fresh78/79: transfusion reactions (acute lung injury, circulatory overload, febrile non-hemolytic); postoperative nausea and vomiting
    'TRALI', 'TACO', 'FNHTR', 'PONV',
    // From fresh82/83: spinal cord injury; intrauterine pregnancy
    'SCI', 'IUP',
    // From fresh84/85: type 1 diabetes, growth hormone deficiency, BI-RADS categories
    'T1D', 'T2D', 'GHD', 'BI-RADS 0', 'BI-RADS 3', 'BI-RADS 4', 'BI-RADS 4A', 'BI-RADS 4B', 'BI-RADS 4C',
    'BI-RADS 5', 'BI-RADS 6',
    // EMS and ENT abbreviations (fresh89)
    'OHCA', 'LPR', 'SNHL', 'SCC', 'PEA',
    // Amyloid-related imaging abnormalities on anti-amyloid therapy (fresh92)
    'ARIA', 'ARIA-E', 'ARIA-H',
    // Neurology and STI abbreviations (fresh92/fresh93)
    'NMOSD', 'MOGAD', 'LTBI', 'UPJ', 'STI', 'STIs', 'BPH', 'OAB', 'SUI',
  ],
};

/** "VT", "VF" are also Vermont and a file; "TD" a touchdown: with a cardiac or psychiatric cue. */
export const AMBIGUOUS_SPECIALTY_DIAGNOSIS_ABBREVIATIONS: TermGroup = {
  name: 'specialty-diagnosis-ambiguous-abbreviations',
  confidence: 0.6,
  caseSensitive: true,
  requireCue: true,
  cues: [
    'episodes', 'episode', 'icd', 'atp', 'shock', 'shocks', 'device', 'pacemaker', 'cardiomyopathy', 'ef',
    'amiodarone', 'arrhythmia', 'telemetry', 'tele', 'ablation', 'runs', 'sustained', 'nonsustained',
  ],
  terms: ['VT', 'VF', 'VFib'],
};

/**
 * Breast cancer receptor status: "ER-/PR-/HER2+", "ER+/PR+ HER2-", "ER positive, PR negative". Two receptors
 * make it a tumor's status (a lone "ER+" could be anything); HER2 alone is a lexicon term above. Tried only at
 * "er"/"pr" word starts (many) of messages that name PR after a slash or HER2.
 */
const RECEPTOR = '(?:ER|PR|PgR|HER2|HER-2|HER2/neu)';
const STATUS = '(?:\\s*[+-](?![A-Za-z0-9+])|[\\s-]+(?:positive|negative|pos|neg|amplified|low)\\b)';
export const RECEPTOR_STATUS_PATTERN = new RegExp(
  `(?<![\\w-])(?:ER|PR|PgR)${STATUS}(?:\\s*[/,;]?\\s*${RECEPTOR}${STATUS})+`, 'g');
export const RECEPTOR_STARTS: readonly string[] = ['er', 'pr', 'pgr'];
/** A receptor chain names PR after a slash or HER2: a message with neither skips the pattern (one scan each). */
export const RECEPTOR_NEEDS: readonly string[] = ['/pr', 'her2'];

/** "CKD 4", "ckd stage 3b", "stage 4 CKD": kidney disease with its stage, written in any case. */
export const CKD_STAGE_PATTERN = /(?<![\w-])(?:ckd(?:\s+stage)?\s*(?:[1-5][ab]?|i{1,3}[ab]?|iv|v)|stage\s+(?:[1-5][ab]?|i{1,3}[ab]?|iv|v)\s+ckd)(?![\w-])/gi;
export const CKD_STARTS: readonly string[] = ['ckd', 'stage'];

/** One-word diagnoses patients misspell ("arthritus", "hypertention"): looked for one edit away too. */
export const DIAGNOSIS_NAMES_SPELLED_BY_EAR: readonly string[] = [DIAGNOSIS_NAMES, SPECIALTY_DIAGNOSES].flatMap((g) => g.terms);
