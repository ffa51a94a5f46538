/** Words that announce a person's name right after them. */
export const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'drs', 'prof', 'professor', 'doctor', 'sir', 'madam', 'mme', 'mlle',
  'rev', 'fr', 'sr', 'herr', 'frau', 'sra', 'srta', 'dra', 'señor', 'señora', 'monsieur', 'madame', 'signor', 'signora',
  // The court's officers on an order: "the Hon. Margaret Ferris", "Judge Alvarez".
  'hon', 'honorable', 'judge', 'magistrate',
]);

/** Family, proxy and care roles: "son David", "HCP: Ann Lee", "wife milovan". */
export const RELATIONS = new Set([
  'patient', 'pt', 'son', 'sons', 'daughter', 'daughters', 'dtr', 'dau', 'wife', 'husband', 'spouse', 'partner',
  'mother', 'father', 'mom', 'dad', 'mum', 'sister', 'sisters', 'brother', 'brothers', 'sibling', 'aunt',
  'uncle', 'niece', 'nephew', 'cousin', 'grandson', 'granddaughter', 'grandaughter', 'grandmother',
  'grandfather', 'grandma', 'grandpa', 'stepson', 'stepdaughter', 'friend', 'neighbor', 'neighbour',
  'fiance', 'fiancee', 'boyfriend', 'girlfriend', 'proxy', 'hcp', 'nok', 'guardian', 'caregiver',
  'son-in-law', 'daughter-in-law', 'dtr-in-law', 'sister-in-law', 'brother-in-law', 'mother-in-law',
  'father-in-law', 'named', 'name', 'signed', 'attn',
]);

/** Clinician roles written before a name: "NP Carol", "attending Smith", "RN Jane Doe". */
export const ROLES = new Set([
  'np', 'rn', 'md', 'resident', 'intern', 'attending', 'fellow', 'nurse', 'pcp', 'sw', 'housestaff',
  'chaplain', 'therapist', 'pharmacist', 'surgeon', 'physician', 'cardiologist', 'oncologist', 'dietitian',
  'coordinator', 'manager', 'counselor', 'psychiatrist', 'psychologist', 'provider', 'doc', 'dr.',
  // Care-team titles written before a given name in portal replies and reminders: "Nurse Pilar",
  // "Coach Dana", "Midwife Ayo", "Navigator Tran".
  'coach', 'counsellor', 'midwife', 'doula', 'navigator', 'educator', 'nutritionist', 'paramedic', 'hygienist',
  'dentist', 'optometrist', 'audiologist', 'physiotherapist', 'psychotherapist', 'pediatrician', 'paediatrician',
  'neurologist', 'dermatologist', 'endocrinologist', 'gastroenterologist', 'nephrologist', 'pulmonologist',
  'rheumatologist', 'urologist', 'obstetrician', 'gynecologist', 'radiologist', 'anesthesiologist', 'lpn', 'cna',
  'technician', 'scheduler', 'receptionist', 'interpreter', 'advocate', 'caseworker',
  // Court, records and front-office staff named on a request: "Clerk: Frank", "Registrar: Dawn".
  'clerk', 'registrar', 'secretary', 'bailiff', 'courier', 'dispatcher', 'aide', 'volunteer',
]);

/** Credentials written after a name in signatures: "Emily Parker, RN", "Painter MD". */
export const CREDENTIALS = new Set([
  'rn', 'md', 'np', 'rrt', 'lpn', 'cna', 'phd', 'msw', 'lcsw', 'licsw', 'pharmd', 'crna', 'bsn', 'msn',
  'dnp', 'facp', 'facc', 'mph', 'pa-c', 'dds', 'dmd', 'od', 'lmft', 'slp', 'otr', 'dpt', 'aprn', 'cnm',
  'esq', 'jr', 'sr', 'ii', 'iii', 'crt', 'licws', 'rd', 'rph', 'cns', 'fnp', 'acnp',
  // Board-certified forms written with a hyphen: "Tanvir Hossain, FNP-C", "Ana Ruiz, PMHNP-BC".
  // Laboratory scientists and technicians ("Keisha Daniels, MLS(ASCP)"), HR and social work licences.
  'jd', 'mls', 'mlt', 'cls', 'mt', 'htl', 'shrm-cp', 'shrm-scp', 'phr', 'sphr', 'lisw', 'lisw-s', 'lsw-s',
  'fnp-c', 'fnp-bc', 'np-c', 'anp-c', 'anp-bc', 'agnp-c', 'agacnp-bc', 'pmhnp-bc', 'rn-bc', 'ccc-slp', 'lcsw-c', 'cpnp-pc', 'whnp-bc',
  // Behavioral health, advanced practice, therapy, nutrition, pharmacy and medical degrees and boards.
  'psyd', 'edd', 'dsw', 'lmsw', 'lsw', 'bsw', 'lpc', 'lpcc', 'lmhc', 'lcpc', 'lcadc', 'ladc', 'cadc', 'ncc',
  'bcba', 'pmhnp', 'agnp', 'agacnp', 'whnp', 'pnp', 'anp', 'cnp', 'ccrn', 'cen', 'rnc', 'lvn', 'cma', 'emt',
  'rdn', 'cde', 'cdces', 'ibclc', 'mbbs', 'mbchb', 'frcpc', 'frcs', 'facs', 'faap', 'facog', 'facep',
  'dpm', 'bcps', 'cpht', 'cota', 'pta', 'mpt', 'aud', 'mft', 'otr', 'ccc', 'mha', 'mba', 'mhs', 'atc',
  // Chaplaincy, science and public-health degrees, case management, coding and imaging certifications.
  'mdiv', 'dmin', 'bcc', 'msc', 'bsc', 'drph', 'mphil', 'cnl', 'cpnp', 'ccm', 'ches', 'cphq', 'rhia', 'rhit', 'cpc',
  'cic', 'rcp', 'rvt', 'rdms', 'arrt', 'cnor', 'ocn', 'cwocn', 'cdp',
  // Hyperbaric and wound care certifications (fresh38): "Tomasz Wierzbicki, CHT".
  'cht', 'chrn', 'cwcn', 'cwon', 'cws', 'wcc', 'cwca',
]);

/**
 * Credentials that are also everyday words or name parts ("DO", "PA", "PT", "OT", "MS", "MA", "DC"): a
 * credential only right after a name and a comma, closing the line or followed by another credential
 * ("Jane Roe, DO", "R. Lund, PT, DPT").
 */
export const COMMA_CREDENTIALS = new Set(['do', 'pa', 'pt', 'ot', 'ms', 'ma', 'dc', 'ld']);

/**
 * Surnames of eponymous diseases, signs and devices that are written alone ("his Parkinson's", "Alzheimer's
 * runs in the family", "early Huntington's"): a condition there, not a person.
 */
export const EPONYMS = new Set([
  'parkinson', 'parkinsons', 'alzheimer', 'alzheimers', 'crohn', 'crohns', 'hodgkin', 'hodgkins', 'huntington',
  'huntingtons', 'hashimoto', 'hashimotos', 'cushing', 'cushings', 'tourette', 'tourettes', 'asperger',
  'aspergers', 'raynaud', 'raynauds', 'sjogren', 'sjögren', 'sjogrens', 'guillain', 'barre', 'barré',
  'kawasaki', 'meniere', 'ménière', 'menieres', 'paget', 'pagets', 'marfan', 'ehlers', 'danlos', 'burkitt',
  'kaposi', 'wilms', 'hirschsprung', 'osgood', 'schlatter', 'peyronie', 'peyronies', 'dupuytren', 'bartholin',
  'buerger', 'charcot', 'creutzfeldt', 'jakob', 'digeorge', 'duchenne', 'fabry', 'gaucher', 'goodpasture',
  'klinefelter', 'meckel', 'munchausen', 'niemann', 'prader', 'willi', 'reye', 'takayasu', 'tietze',
  'wernicke', 'korsakoff', 'apgar', 'epley', 'heimlich', 'holter', 'papanicolaou', 'nissen', 'billroth',
  'lisfranc', 'colles', 'babinski', 'brudzinski', 'kernig', 'lyme', 'legionnaires', 'tay-sachs', 'sachs',
  'hirschsprungs', 'behcet', 'behçet', 'kussmaul', 'cheyne', 'trendelenburg', 'valsalva', 'glasgow',
  'zollinger',
]);

/** After "Dr." almost any word is a surname ("Dr. Small", "Dr. Foley"), except these. */
export const NOT_AFTER_HONORIFIC = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'is', 'was',
  'aware', 'notified', 'paged', 'called', 'ordered', 'office', 'team', 'service', 'here', 'there', 'in-house',
  'said', 'says', 'states', 'stated', 'wants', 'feels', 'thinks', 'will', 'would', 'may', 'also', 'not', 'who',
  'and', 'has', 'had', 'have', 'saw', 'seen', 'at', 're', 'please', 'today', 'tonight', 'note', 'notes',
]);

/** Words that greet or sign off, followed by a name: "Hi Mark,", "Thanks, Sarah". */
export const SALUTATIONS = new Set([
  'dear', 'hi', 'hello', 'hey', 'thanks', 'thank', 'regards', 'best', 'sincerely', 'cheers', 'greetings',
  'cordially', 'respectfully', 'yours', 'love', 'xoxo', 'morning', 'afternoon', 'evening',
  // Closings of condolence and thanks letters: "With sympathy,", "With gratitude,", "Warmly,".
  'sympathy', 'gratitude', 'appreciation', 'warmly', 'warmest', 'condolences',
  // Spanish, in a clinic's portal replies to its patients ("Hola Guadalupe:", "Saludos, Dra. Castillo").
  'hola', 'estimado', 'estimada', 'querido', 'querida', 'saludos', 'gracias', 'atentamente', 'cordialmente',
]);

/**
 * First names that are also everyday or clinical words: only a cue makes them a name ("Hi Mark", "son
 * Bill") or a following surname ("Grace Kelly").
 */
export const AMBIGUOUS_NAMES = new Set([
  'will', 'may', 'june', 'april', 'august', 'bill', 'rose', 'mark', 'grace', 'hope', 'joy', 'faith', 'pat',
  'sue', 'art', 'max', 'ray', 'dawn', 'gene', 'guy', 'rich', 'frank', 'drew', 'jack', 'chase', 'lance',
  'grant', 'wade', 'pierce', 'skip', 'buck', 'chuck', 'nick', 'rob', 'stew', 'peg', 'mack', 'foster',
  'blaze', 'blossom', 'spike', 'biff', 'jan', 'ed', 'al', 'val', 'les', 'bo', 'dee', 'hunter', 'sky',
  'summer', 'autumn', 'winter', 'crystal', 'amber', 'iris', 'ivy', 'holly', 'lily', 'daisy', 'ginger',
  'sandy', 'rusty', 'penny', 'cash', 'clay', 'dale', 'glen', 'heath', 'miles', 'sterling', 'kit', 'ted',
  'tim', 'sal', 'jo', 'ira', 'eli', 'ike', 'kip', 'lex', 'liv', 'mae', 'mel', 'moe', 'ned', 'sam', 'stu',
  'tod', 'ty', 'ben', 'dan', 'don', 'hal', 'ken', 'len', 'ron', 'roy', 'sid', 'vic', 'wes', 'abe', 'cal',
  'gus', 'bea', 'bev', 'deb', 'eva', 'fay', 'kay', 'kim', 'lea', 'lin', 'lyn', 'pam', 'rae', 'tia', 'ana',
  'ann', 'ada', 'amy', 'jen', 'kat', 'liz', 'meg', 'mia', 'zoe', 'bob', 'sue', 'jean', 'carol', 'marion',
  'jude', 'shay', 'shea', 'casey', 'kai', 'mina', 'luca', 'nico', 'regan', 'rene', 'avi', 'ali', 'ida',
  'ola', 'pia', 'nia', 'ria', 'rin', 'sri', 'tui', 'yan', 'wei', 'hao', 'jie', 'aoi', 'ava', 'awa', 'aya',
  'iva', 'ila', 'gia', 'lia', 'mya', 'noa', 'nur', 'luz', 'mei', 'nel', 'kia', 'ema', 'ela', 'evi', 'ewa',
  'uri', 'ori', 'zac', 'zan', 'luc', 'nik', 'jed', 'jim', 'joe', 'jon', 'tom', 'ian', 'abu', 'adi', 'alf',
  'ari', 'lou', 'ayn', 'bart', 'bud', 'sonny', 'lane', 'major', 'prince', 'king', 'duke', 'earl', 'baron',
  'precious', 'star', 'rocky', 'misty', 'stormy', 'destiny', 'harmony', 'melody', 'patience', 'constance',
  'temperance', 'honor', 'justice', 'liberty', 'trinity', 'angel', 'christian', 'page', 'paige', 'reed',
  'norm', 'sherry', 'brandy', 'candy', 'coral', 'jasmine', 'olive', 'pearl', 'ruby', 'violet', 'hazel',
  'fern', 'heather', 'myrtle', 'marina', 'lorraine', 'georgia', 'virginia', 'carolina', 'florence',
  'austin', 'dallas', 'denver', 'houston', 'jackson', 'lincoln', 'phoenix', 'sydney', 'victoria', 'paris',
  'madison', 'brooklyn', 'orlando', 'cleveland', 'chelsea', 'savannah', 'aurora', 'beverly', 'camden',
  'rochester', 'charlotte', 'elizabeth', 'alexandria', 'eugene', 'augusta', 'helena', 'marshall', 'tyler',
  'troy', 'vernon', 'warren', 'wayne', 'york', 'salem', 'regina', 'adelaide', 'cordelia', 'jordan', 'israel',
  'chad', 'kenya', 'india', 'china', 'asia', 'africa', 'america', 'france', 'tunis', 'lima', 'cuba',
  'gaza', 'nan', 'dot', 'tab', 'sat', 'sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'dc', 'van', 'von', 'del',
  'la', 'le', 'de', 'di', 'da', 'du', 'bin', 'ibn',
  // English words that are given names too: "hi Cliff,", "Sunny Castellanos, CNO", "Jun, social worker Abebe".
  'cliff', 'sunny', 'jun', 'cherry', 'river', 'rain', 'storm', 'brook', 'dusty', 'lucky', 'bliss', 'sage', 'ward',
  'marsh', 'story', 'chance', 'wren',
]);

/**
 * Words of clinical notes and everyday mail that compromise does not know but that follow cues like "son"
 * or "Dr" ("son hx of ...", "Dr on call"). A name is never one of these.
 */
export const NOT_NAMES = new Set([
  'hx', 'pmh', 'pmhx', 'dx', 'ddx', 'rx', 'tx', 'sx', 'fx', 'bx', 'cx', 'sob', 'doe', 'cp', 'bp', 'hr', 'rr',
  'sp', 'sao', 'abg', 'abgs', 'vbg', 'ct', 'mri', 'cxr', 'ekg', 'ecg', 'echo', 'iv', 'ivf', 'po', 'npo', 'prn',
  'qd', 'bid', 'tid', 'qid', 'qhs', 'hs', 'gtt', 'gtts', 'ngt', 'ogt', 'peg', 'picc', 'tpn', 'ppn', 'ns', 'lr',
  'kcl', 'mgso', 'lasix', 'ivp', 'prbc', 'prbcs', 'ffp', 'plt', 'plts', 'hct', 'hgb', 'wbc', 'inr', 'ptt',
  'bun', 'cr', 'lytes', 'icu', 'micu', 'sicu', 'ccu', 'csru', 'nicu', 'picu', 'ew', 'er', 'ed', 'or', 'pacu',
  'osh', 'ems', 'ua', 'uo', 'foley', 'ett', 'vent', 'cpap', 'bipap', 'peep', 'fio', 'sbt', 'trach', 'neuro',
  'resp', 'cv', 'gi', 'gu', 'id', 'heme', 'endo', 'skin', 'social', 'dispo', 'plan', 'assessment', 'response',
  'action', 'pt', 'pts', 'nsg', 'npn', 'rn', 'md', 'np', 'rrt', 'ok', 'aware', 'notified', 'paged', 'bedside',
  'updated', 'visited', 'visiting', 'called', 'phoned', 'spoke', 'states', 'stated', 'reports', 'asks',
  'here', 'there', 'home', 'today', 'tonight', 'tomorrow', 'yesterday', 'am', 'pm', 'noc', 'overnight', 'pt\'s',
  'who', 'whom', 'whose', 'he', 'she', 'his', 'her', 'hers', 'they', 'them', 'their', 'it', 'its', 'we', 'us',
  'you', 'your', 'i', 'me', 'my', 'a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with',
  'by', 'from', 'as', 'is', 'was', 'were', 'be', 'been', 'has', 'had', 'have', 'not', 'no', 'yes', 'all',
  'also', 'both', 'other', 'another', 'per', 'via', 're', 'regarding', 'about', 'team', 'service', 'unit',
  'floor', 'office', 'staff', 'apt', 'suite', 'ste', 'bldg', 'house', 'on-call', 'covering', 'following', 'aware', 'team\'s', 'rounds',
  'nurse', 'nursing', 'doctor', 'md\'s', 'dtr',
  'son', 'daughter', 'wife', 'husband', 'family', 'friend', 'friends', 'sister', 'brother', 'mother',
  'father', 'patient', 'pt', 'proxy', 'hcp', 'nok', 'ms', 'mr', 'mrs', 'dr', 'pcp', 'cardiology', 'surgery',
  'medicine', 'renal', 'ortho', 'psych', 'etoh', 'sats', 'sat', 'temp', 'tmax', 'afeb', 'afebrile', 'labs',
  'meds', 'med', 'mg', 'mcg', 'ml', 'cc', 'hrs', 'hr', 'min', 'mins', 'prn', 'dose', 'doses', 'gm',
  'sputum', 'secretions', 'edema', 'crackles', 'rhonchi', 'coarse', 'clear', 'diminished', 'bases',
  'stable', 'unchanged', 'improved', 'improving', 'tolerating', 'tolerated', 'remains', 'remained',
  'continues', 'cont', 'd/c', 'dc', 'dc\'d', 'cath', 'lab', 'labs', 'rehab', 'hospice', 'ems', 'cmo', 'dnr',
  'dni', 'full', 'code', 'in-law', 'inlaw', 'inlaws', 'rt', 'lt', 'sons', 'daughters', 'dear', 'hi', 'hello', 'thanks', 'regards', 'best',
  'incl', 'eg', 'ie', 'etc', 'vs', 'vss', 'wnl', 'nad', 'aox', 'perrl', 'ra', 'la', 'lv', 'rv',
  'ef', 'mr', 'tr', 'ar', 'as', 'ms', 'vf', 'vt', 'af', 'afib', 'nsr', 'st', 'sb', 'pvc', 'pvcs', 'pac',
  'bs', 'bm', 'bms', 'ng', 'og', 'ck', 'cks', 'mb', 'trop', 'tsh', 'uti', 'cap', 'hap', 'vap', 'mrsa', 'vre',
  'cdiff', 'hep', 'hiv', 'copd', 'chf', 'cad', 'htn', 'dm', 'esrd', 'arf', 'cri', 'cabg', 'mi', 'cva', 'tia',
  'dvt', 'pe', 'gib', 'ugib', 'lgib', 'ptca', 'avr', 'mvr', 'ppm', 'aicd', 'icd', 'iabp', 'ptx', 'sbp', 'dbp',
  'map', 'cvp', 'pap', 'pcwp', 'svr', 'co', 'ci', 'ph', 'pco', 'po2', 'pco2', 'fi', 'ps', 'imv', 'simv', 'ac',
  // Services that give orders ("per neurosurg will follow", "cards aware").
  'neurosurg', 'nsurg', 'neurosurgery', 'cards', 'neph', 'nephro', 'pulm', 'onc', 'derm', 'uro', 'gyn', 'obgyn',
  'vasc', 'ctsurg', 'csurg', 'tsurg', 'ir', 'ep', 'pharm', 'pharmacy', 'nutrition', 'dietary', 'podiatry',
  'hospitalist', 'intensivist', 'anesthesia', 'anesth', 'radiology', 'rads', 'transplant', 'hepatology',
  'tv', 'mv', 'rsbi', 'aline', 'a-line', 'quinton', 'quentin', 'perla', 'perrla', 'brady', 'walker', 'tol', 'occ',
  'diff', 'jesus', 'christ', 'god', 'lord', 'ot', 'pr', 'nt', 'epi', 'ent', 'oob', 'ls', 'ii', 'iii', 'x\'s', 'nc', 'fm', 'nrb', 'hfm', 'tc', 'cm', 'rm', 'bed', 'chair', 'ambulance', 'medflight',
]);

/**
 * Words of desks, lines and queues that follow role titles ("Charge Nurse Desk", "Triage RN Pool", "Nurse
 * Navigator Line"), and role titles compromise does not know: a team or a mailbox, never a person's name.
 * Only the name recognizer reads this list.
 */
export const WORKPLACE_WORDS = new Set([
  'desk', 'station', 'queue', 'inbox', 'pool', 'triage', 'intake', 'pod', 'hub', 'helpdesk', 'hotline', 'callback',
  'voicemail', 'mychart', 'portal', 'frontdesk', 'lobby', 'reception', 'registration', 'scheduling', 'navigator',
  'educator', 'scheduler', 'receptionist', 'caseworker', 'midwife', 'doula', 'nutritionist', 'hygienist',
  'optometrist', 'audiologist', 'physiotherapist', 'psychotherapist', 'pediatrician', 'paediatrician',
  'neurologist', 'dermatologist', 'endocrinologist', 'gastroenterologist', 'nephrologist', 'pulmonologist',
  'rheumatologist', 'urologist', 'obstetrician', 'gynecologist', 'radiologist', 'anesthesiologist', 'counsellor',
  'technician', 'interpreter', 'paramedic', 'dentist', 'clinician', 'clinicians',
  // "Franklin Rooms 4-9": the rooms of a site named after its town.
  'room', 'rooms', 'suites',
]);

/** Words after which a capitalized word is a place or facility, not a person ("St. Mary Hospital"). */
export const PLACE_PREFIXES = new Set(['st', 'saint', 'mt', 'mount', 'fort', 'ft', 'lake', 'port', 'san', 'santa', 'los', 'las', 'el']);

// Derivational endings of ordinary English words ("Battery", "Wisdom", "Nutrition") and of drug names
// ("Propofol", "Captopril", "Dobutamine"): a Capitalized word with one is not taken for a lone name.
export const ENGLISH_SUFFIX = /(?:tion|sion|ness|ment|ity|acy|ing|ery|ary|ory|able|ible|ous|ive|ism|ist|ship|ure|ogy|dom|ance|ence|ics|ical|ally|ful|less|ward|wise|ize|ise|ate|ed|ly|er)$/;
export const NOT_NAME_SUFFIX = /(?:ine|ide|ol|pril|olol|mab|cin|cillin|azole|statin|pam|lam|done|phine|sone|lone|ate|ium|vir|mycin|floxacin|tide|xin|vue|nt|ct|ics?)$/;

/**
 * Field labels and acronyms of forms and notes ("Patient Jane Roe, MRN 4481230, DOB 03/14/1962"): they sit
 * next to names in lists but are never one.
 */
export const LABELS = new Set([
  'mrn', 'dob', 'ssn', 'dos', 'id', 'pcp', 'hcp', 'npi', 'ein', 'tin', 'doa', 'dod', 'los', 'adm', 'acct',
  'acc', 'ph', 'tel', 'fax', 'cell', 'mob', 'email', 'addr', 'sex', 'gender', 'age', 'ht', 'wt', 'bmi',
  'allergies', 'nkda', 'nka', 'cc', 'hpi', 'ros', 'pe', 'a/p', 'ap', 'attending', 'ref', 'reg', 'pid',
  'uid', 'vin', 'dl', 'ins', 'insurance', 'policy', 'group', 'plan', 'member', 'claim', 'room', 'bed',
  'unit', 'ward', 'visit', 'encounter', 'provider', 'npp', 'dx', 'icd', 'cpt', 'rx', 'mr', 'ms', 'usa', 'uk',
]);

/**
 * Words after which a person's name follows in ordinary prose, weaker than an honorific: reported speech
 * ("says Okafor"), naming ("call me Lotte", "named him Timo"), credits ("starring Lindqvist", "producer
 * Aino Laine"), and people in forms and chats ("User: Eva Holm", "my kid Jonas").
 */
export const INTRO_CUES = new Set([
  'says', 'said', 'asks', 'asked', 'replied', 'replies', 'wrote', 'writes',
  'starring', 'featuring', 'feat', 'producer', 'songwriter', 'singer', 'author', 'writer', 'actor', 'actress',
  'director', 'composer', 'poet', 'novelist', 'artist', 'kid', 'child', 'baby', 'nickname', 'aka', 'user',
  'customer', 'client', 'colleague', 'coworker', 'co-worker', 'boss', 'roommate', 'classmate', 'me', 'him',
  'her', 'called', 'surname', 'firstname', 'lastname', 'nee', 'née', 'alias', 'applicant',
  'tenant', 'landlord', 'given', "i'm", 'employee', 'student', 'teacher', 'coach', 'lawyer', 'attorney', 'accountant',
]);

// Endings of medical terms ("Anesthesia", "Aphasia", "Colitis", "Pelvic"): a Capitalized word with one is
// a clinical word, not a lone name.
export const MEDICAL_SUFFIX = /(?:esia|emia|aemia|itis|osis|ectomy|otomy|ostomy|plasty|scopy|graphy|gram|pathy|algia|uria|asia|plegia|penia|trophy|ology|lvic|rdic|otic|tic|ular|onal|inal|ary)$/;

/** Labels of a phone number, after the name of whose it is: "Ann Roe cell# ...". */
export const CONTACT_LABELS = new Set(['cell', 'home', 'work', 'mobile', 'pager', 'beeper', 'phone', 'tel', 'ph']);

/** Single letters that head the parts of a clinical note or mean a side: O/A/P (of SOAP), R/L. */
export const NOTE_LETTERS = new Set(['o', 'a', 'p', 'r', 'l']);

/**
 * Last words of job titles in signatures and memos ("Revenue Cycle Manager", "Data Analyst", "Fleet
 * Coordinator", "Privacy Officer"): the capitalized words before them name a department, not a person.
 * Titles that are also common surnames ("Marshall", "Porter", "Dean") are left out.
 */
export const JOB_TITLE_WORDS = new Set([
  'manager', 'analyst', 'coordinator', 'director', 'engineer', 'specialist', 'officer', 'administrator', 'supervisor',
  'assistant', 'associate', 'technician', 'technologist', 'scientist', 'consultant', 'liaison', 'representative',
  'architect', 'developer', 'planner', 'strategist', 'auditor', 'accountant', 'secretary', 'clerk', 'registrar',
  'recruiter', 'educator', 'navigator', 'scheduler', 'receptionist', 'programmer', 'designer', 'editor', 'advisor',
  'lead', 'chair', 'chief', 'president', 'controller', 'treasurer', 'superintendent', 'therapist', 'rep', 'reps',
]);

/** Languages named in mail ("Se habla español. Nou pale Kreyòl"): never a person. Karen, a given name, is left out. */
export const LANGUAGES = new Set([
  'english', 'spanish', 'español', 'creole', 'kreyòl', 'kreyol', 'haitian', 'portuguese', 'português', 'vietnamese', 'somali',
  'arabic', 'mandarin', 'cantonese', 'chinese', 'russian', 'polish', 'hmong', 'tagalog', 'filipino', 'korean', 'japanese',
  'french', 'français', 'amharic', 'swahili', 'farsi', 'persian', 'dari', 'pashto', 'nepali', 'bengali', 'bangla', 'hindi',
  'urdu', 'punjabi', 'gujarati', 'tamil', 'telugu', 'khmer', 'lao', 'burmese', 'tigrinya', 'oromo', 'yoruba', 'igbo',
  'italian', 'german', 'greek', 'turkish', 'ukrainian', 'albanian', 'bosnian', 'serbian', 'croatian', 'romanian',
  'hebrew', 'yiddish', 'asl', 'navajo', 'kinyarwanda', 'kirundi', 'dinka', 'nuer', 'mam', "k'iche'", 'quiché',
]);

/**
 * Departments and specialties written after a clinician's credential in a signature ("MD, Pediatric
 * Radiation Oncology", "Director, Clinical Engineering", "MD, Psychiatry"): never a person.
 */
export const DEPARTMENT_WORDS = new Set([
  'pediatric', 'pediatrics', 'paediatric', 'radiation', 'oncology', 'psychiatry', 'psychology', 'cardiology', 'neurology',
  'dermatology', 'radiology', 'urology', 'nephrology', 'surgery', 'surgical', 'medicine', 'internal', 'family',
  'emergency', 'clinical', 'engineering', 'informatics', 'operations', 'services', 'service', 'department', 'dept',
  'division', 'office', 'research', 'quality', 'safety', 'compliance', 'nursing', 'pharmacy', 'anesthesia',
  'anesthesiology', 'orthopedics', 'orthopaedics', 'obstetrics', 'gynecology', 'hematology', 'gastroenterology',
  'pulmonary', 'pulmonology', 'endocrinology', 'rheumatology', 'infectious', 'diseases', 'critical', 'care',
  'primary', 'palliative', 'geriatrics', 'neonatology', 'breast', 'thoracic', 'vascular', 'plastic', 'behavioral',
  'health', 'medical', 'adult', 'child', 'adolescent', 'applications', 'systems', 'finance', 'revenue', 'cycle',
  'billing', 'admissions', 'facilities', 'security', 'communications', 'marketing', 'education', 'human', 'resources',
]);
