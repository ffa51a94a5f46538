/** Month and weekday names and abbreviations: never a person, the start of a date. */
export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};
export const WEEKDAYS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tues', 'tue', 'wed',
  'weds', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);
export const CALENDAR_WORDS = new Set([...Object.keys(MONTHS), ...WEEKDAYS]);

/** Words that end a facility name: "Holy Cross Rehab", "Calvert Hospital", "Washington Adventist Hosp". */
export const FACILITY_WORDS = new Set([
  'hospital', 'hosp', 'hospitals', 'medical', 'center', 'centre', 'ctr', 'clinic', 'clinics', 'rehab',
  'rehabilitation', 'memorial', 'adventist', 'infirmary', 'hospice', 'sanatorium', 'manor', 'nursing',
  'healthcare', 'health', 'institute', 'pavilion', 'va', 'vamc', 'presbyterian', 'methodist', 'baptist',
  'lutheran', 'episcopal', 'general', 'childrens', "children's", 'university', 'college', 'school',
  'academy', 'church', 'prison', 'jail', 'shelter', 'med',
]);

/**
 * Words saying whom a clinic serves or what it does ("Teen Health Center", "Device clinic", "Memory Care
 * Center", "Travel Clinic"): with the care-unit kinds and the health lexicon, a facility named only by them is
 * a department or service, not a place that locates a patient.
 */
export const SERVICE_WORDS = new Set([
  'teen', 'teens', 'adolescent', 'youth', 'student', 'students', 'employee', 'employees', 'staff', 'women', "women's", 'womens',
  'men', "men's", 'mens', 'senior', 'seniors', 'veteran', 'veterans', 'refugee', 'family', 'community', 'public', 'rural',
  'device', 'devices', 'pacemaker', 'memory', 'vein', 'travel', 'vaccine', 'vaccination', 'immunization', 'gender',
  'transgender', 'lgbtq', 'wellness', 'weight', 'bariatric', 'nutrition', 'lactation', 'breast', 'spine', 'joint',
  'stroke', 'trauma', 'research', 'imaging', 'simulation', 'testing', 'screening', 'specialty', 'primary', 'care',
  'outpatient', 'inpatient', 'ambulatory', 'kidney', 'lung', 'liver', 'transplant', 'foot', 'hand', 'voice', 'vision',
  'hearing', 'balance', 'headache', 'epilepsy', 'autism', 'behavioral', 'counseling', 'recovery', 'addiction', 'detox',
  'infectious', 'disease', 'diseases', 'sexual', 'adult', 'adults', 'geriatric', 'child', 'children', 'nursing',
]);

/**
 * Words that end the name of a practice, pharmacy, school or laboratory ("Larkspur Pharmacy", "Ridgeview Cardiology
 * Associates", "Hawthorne Middle School", "Tri-County Reference Laboratory"). A named facility is a location, as
 * the corpora label it (hospital names are locations in the PhysioNet notes).
 */
export const PRACTICE_ENDS = new Set([
  'pharmacy', 'pharmacies', 'apothecary', 'pediatrics', 'paediatrics', 'dental', 'dentistry', 'orthodontics', 'associates',
  'physicians', 'practice', 'orthopedics', 'orthopaedics', 'dermatology', 'cardiology', 'oncology', 'urology',
  'neurology', 'radiology', 'rheumatology', 'endocrinology', 'gastroenterology', 'pulmonology', 'nephrology', 'psychiatry',
  'podiatry', 'chiropractic', 'optometry', 'audiology', 'ophthalmology', 'obstetrics', 'gynecology', 'dialysis', 'imaging',
  'elementary', 'school', 'academy', 'laboratory', 'laboratories', 'lab', 'labs', 'pathology', 'counseling', 'endocrine', 'gastro',
  'dermatopathology', 'otolaryngology', 'hematology', 'immunology', 'hepatology', 'neurosurgery', 'orthodontia',
]);
/**
 * Words that end a building's, a school's or a testing lab's name after any proper name ("Halvorsen Building",
 * "Carrow State University", "Helix Point Genetics", "Beacon Peer Collective"). Where a qualifier of the same end
 * is listed below, it stays part of the end. Vendors and departments ("Apex Medical Supply", "Patient Financial
 * Services", "Atlas Health Partners") are left out: they say nothing about where a patient is or was seen. No word
 * here is also a common surname ("Hall", "Park" and "Tower" are left out: "Jenny Park" is a person).
 */
export const ORGANIZATION_ENDS = new Set(['building', 'annex', 'university', 'college', 'collective', 'coalition', 'genetics']);
/** Ends that name a practice only after their qualifier: "Primary Care", "Home Health", "Physical Therapy", "Research Unit". */
export const QUALIFIED_PRACTICE_ENDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['care', new Set(['primary', 'urgent', 'wound', 'eye', 'home', 'senior', 'family', 'foot', 'skin', 'kidney', 'heart', 'vein', 'memory', 'vision', 'dental', 'health', 'medical', 'pediatric', 'immediate', 'express'])],
  ['health', new Set(['behavioral', 'home', "women's", 'women', 'womens', 'community', 'mental', 'family', 'senior', "men's", 'student', 'rural', 'public', 'pediatric', 'occupational'])],
  ['medicine', new Set(['family', 'internal', 'sports', 'integrative', 'functional', 'pediatric', 'sleep', 'pain'])],
  ['therapy', new Set(['physical', 'occupational', 'speech', 'hand', 'massage', 'infusion'])],
  ['unit', new Set(['research'])],
  ['nursing', new Set(['skilled'])],
  ['group', new Set(['medical', 'physicians', 'health', 'surgical', 'dental', 'orthopedic', 'cardiology', 'oncology', 'urology', 'pediatric', 'practice'])],
  ['surgery', new Set(['oral', 'plastic', 'vascular', 'foot', 'eye', 'hand', 'facial'])],
  // "Northgate Allergy & Asthma", "Eastside Foot & Ankle": a practice named by its two specialties.
  ['asthma', new Set(['allergy'])],
  ['ankle', new Set(['foot'])],
  ['infusion', new Set(['home'])],
  ['services', new Set(['laboratory', 'lab', 'evaluation', 'imaging', 'diagnostic', 'hospice', 'rehabilitation', 'therapy', 'counseling', 'recovery', 'dental', 'nursing', 'treatment', 'community'])],
  ['program', new Set(['disorder', 'disorders', 'treatment', 'recovery', 'methadone', 'addiction'])],
  ['department', new Set(['health'])],
  ['library', new Set(['public', 'memorial', 'county', 'city'])],
  ['center', new Set(['surgery', 'surgical', 'treatment', 'recovery', 'cancer', 'heart', 'wellness', 'imaging', 'infusion', 'dialysis', 'birth', 'wound', 'sleep', 'eye', 'kidney', 'rehab', 'rehabilitation', 'counseling', 'health',
    // "Willow Bend Care Center", "Northgate Training Center": a nursing home, a staff venue.
    'care', 'nursing', 'training', 'conference', 'community', 'transplant', 'fertility', 'endoscopy', 'breast', 'spine', 'pain',
    'stroke', 'trauma', 'burn', 'autism', 'diagnostic', 'diagnostics', 'senior', 'vein', 'vision', 'hearing', 'skin'])],
]);
/**
 * Words that say what a practice does rather than name it ("Primary", "Reference", "Women's", "Clinical"): a
 * practice's name needs a word besides these ("Pediatric Associates", "Internal Medicine Group" are kinds).
 */
export const PRACTICE_DESCRIPTORS = new Set([
  'pediatric', 'internal', 'medical', 'clinical', 'reference', 'physical', 'occupational', 'speech', 'sports', 'oral',
  'plastic', 'integrative', 'functional', 'urgent', 'wound', 'home', 'skilled', 'general', 'mental', 'specialty', 'retail',
  'mail', 'order', 'compounding', 'central', 'main', 'outpatient', 'inpatient', 'hospital', 'orthopedic', 'surgical',
  'ear', 'nose', 'throat', 'sleep', 'pain', 'skin', 'heart', 'cancer', 'eye', 'foot', 'hand', 'spine', 'vein', 'vision',
  'dental', 'health', 'care', 'medicine', 'therapy', 'research', 'immediate', 'express', 'elementary', 'middle', 'high',
  'charter', 'public', 'private', 'junior', 'senior', 'primary', 'family', "women's", 'womens', 'women', "children's",
  'childrens', 'community', 'behavioral', 'regional', 'county', 'city', 'state', 'national', 'american', 'university',
  'infusion', 'imaging', 'diagnostic', 'diagnostics', 'molecular', 'genetic', 'genetics', 'fertility', 'reproductive',
]);

/**
 * Capitalized words that continue a practice's or organization's name after a town's name ("Riverbend
 * Pediatrics", "Cedar Grove Behavioral Health", "Birchwood Family Dental"): the town word names the practice
 * there; a facility word ("Baltimore Rehab", "Boston Medical Center") is left to the facility pass.
 */
export const PRACTICE_WORDS = new Set([
  'pediatrics', 'paediatrics', 'dental', 'dentistry', 'family', 'behavioral', 'orthopedics', 'orthopaedics',
  'dermatology', 'cardiology', 'oncology', 'urology', 'neurology', 'radiology', 'imaging', 'surgical', 'surgery',
  'surgeons', 'associates', 'group', 'partners', 'physicians', 'pharmacy', 'primary', 'urgent', 'internal',
  'eye', 'vision', 'hearing', 'counseling', 'wellness', 'chiropractic', 'podiatry', 'obstetrics', 'gynecology',
  'obgyn', 'fertility', 'allergy', 'endocrinology', 'gastroenterology', 'pulmonology', 'nephrology', 'rheumatology',
  'psychiatry', 'psychology', 'dialysis', 'kidney', 'orthodontics', 'optometry', 'audiology', 'therapy', 'pt',
  'elementary', 'middle', 'high', 'academy', 'library', 'ymca', 'ywca', 'recreation', 'fire', 'police',
]);

/**
 * Nature and landmark words that organizations take as names ("Valley Vascular Access Center", "Lakeshore
 * Dialysis Center", "Summit Wound Clinic"): English words, but in front of a clinic or a center they name the
 * place, where "Teen Health Center" or "Vascular Access Center" only say what it does.
 */
export const ORGANIZATION_NAME_WORDS = new Set([
  'valley', 'river', 'riverside', 'riverview', 'lake', 'lakeside', 'lakeshore', 'lakeview', 'ridge', 'harbor', 'harbour',
  'bay', 'bayside', 'summit', 'creek', 'meadow', 'meadows', 'prairie', 'grove', 'hills', 'highland', 'highlands',
  'mountain', 'canyon', 'coastal', 'pines', 'oaks', 'cedar', 'maple', 'willow', 'birch', 'aspen', 'sunrise', 'sunset',
  'evergreen', 'pinnacle', 'heritage', 'horizon', 'beacon', 'cornerstone', 'crossroads', 'gateway', 'keystone',
  'magnolia', 'orchard', 'pioneer', 'sequoia', 'timber', 'bluff', 'mesa', 'woodland', 'woodlands', 'parkview',
  'hillside', 'hilltop', 'seaside', 'shoreline', 'bayview', 'brookside', 'fairview', 'clearwater', 'bluewater',
]);

/** Kinds of hospital unit: "Neuro ICU", "Trauma ICU", "Stepdown unit" are no hospital names. */
export const CARE_UNIT_KINDS = new Set([
  'neuro', 'neurosurgical', 'neurology', 'surgical', 'medical', 'medicine', 'cardiac', 'cardiothoracic', 'coronary',
  'cardiology', 'cardiovascular', 'thoracic', 'vascular', 'trauma', 'burn', 'burns', 'pediatric', 'paediatric',
  'neonatal', 'stepdown', 'step-down', 'transplant', 'respiratory', 'intermediate', 'intensive', 'critical',
  'surgery', 'ortho', 'orthopedic', 'oncology', 'onc', 'psych', 'psychiatric', 'geriatric', 'renal', 'main',
  // Clinics named by their specialty: "high-risk OB clinic", "GI clinic", "wound center".
  'ob', 'gyn', 'obgyn', 'gi', 'ent', 'derm', 'uro', 'urology', 'peds', 'pulm', 'heme', 'endo', 'rheum', 'cards',
  'wound', 'pain', 'sleep', 'lipid', 'eye', 'dental', 'dialysis', 'infusion', 'anticoagulation', 'fertility',
  'prenatal', 'ivf', 'hiv', 'std', 'methadone', 'urgent', 'walk-in', 'allergy', 'diabetes', 'heart', 'cancer',
  // Units and services a patient is sent to: "transfer to Telemetry 2", "to Angio today".
  'telemetry', 'tele', 'angio', 'cath', 'stepdown', 'icu', 'pacu', 'ed', 'er', 'ew', 'floor', 'ward', 'unit',
  'radiology', 'nuclear', 'endoscopy', 'dialysis', 'rehab', 'hospice', 'home', 'snf', 'ltac', 'ltach', 'vicu',
]);

/**
 * Everyday destinations compromise's lexicon lacks, written capitalized in notes ("wants to go to Bathroom",
 * "Family going to Cafeteria"): rooms and errands, never a town or hospital name. Words ending in "room"
 * ("Dayroom", "Restroom") are caught by their ending.
 */
export const COMMON_DESTINATIONS = new Set([
  'bathroom', 'restroom', 'toilet', 'commode', 'cafeteria', 'canteen', 'chapel', 'lobby', 'gym', 'kitchen',
  'pharmacy', 'lab', 'laboratory', 'parking', 'garage', 'lounge', 'gift', 'store', 'supermarket', 'bank',
  'dinner', 'lunch', 'breakfast', 'sleep', 'bed', 'work', 'school', 'daycare', 'mass', 'church', 'temple',
  'mosque', 'synagogue', 'court', 'jail', 'prison', 'shelter', 'airport', 'downtown', 'uptown', 'outside',
]);

/** States a patient returns to ("returned to Baseline", "back to Sinus Rhythm"), never a place. */
export const CLINICAL_STATES = new Set([
  'baseline', 'sinus', 'rhythm', 'saline', 'normal', 'nsr', 'afib', 'flutter', 'pacing', 'paced', 'vent', 'ventilator',
  'cpap', 'bipap', 'trach', 'settings', 'diet', 'room', 'air',
]);

/**
 * Short forms of US city names as notes write them ("VA in Balt", "lives in DC"). DC and SF are also
 * "discontinue" and "safe", so they need a residence cue; the others any locative preposition.
 */
export const CITY_SHORT_FORMS = new Set(['dc', 'sf', 'balt', 'balto', 'bmore', 'nyc', 'philly', 'phila', 'pgh', 'nola']);
export const AMBIGUOUS_CITY_SHORT_FORMS = new Set(['dc', 'sf']);

/** US states and territories by postal code, and their names. */
export const US_STATES: Record<string, string> = {
  AL: 'alabama', AK: 'alaska', AZ: 'arizona', AR: 'arkansas', CA: 'california', CO: 'colorado',
  CT: 'connecticut', DE: 'delaware', FL: 'florida', GA: 'georgia', HI: 'hawaii', ID: 'idaho', IL: 'illinois',
  IN: 'indiana', IA: 'iowa', KS: 'kansas', KY: 'kentucky', LA: 'louisiana', ME: 'maine', MD: 'maryland',
  MA: 'massachusetts', MI: 'michigan', MN: 'minnesota', MS: 'mississippi', MO: 'missouri', MT: 'montana',
  NE: 'nebraska', NV: 'nevada', NH: 'new hampshire', NJ: 'new jersey', NM: 'new mexico', NY: 'new york',
  NC: 'north carolina', ND: 'north dakota', OH: 'ohio', OK: 'oklahoma', OR: 'oregon', PA: 'pennsylvania',
  RI: 'rhode island', SC: 'south carolina', SD: 'south dakota', TN: 'tennessee', TX: 'texas', UT: 'utah',
  VT: 'vermont', VA: 'virginia', WA: 'washington', WV: 'west virginia', WI: 'wisconsin', WY: 'wyoming',
  DC: 'district of columbia', PR: 'puerto rico', GU: 'guam', VI: 'virgin islands', AS: 'american samoa',
  MP: 'northern mariana islands',
};

/** Street types, US and international, that end (or start) a street name. */
export const STREET_TYPES = [
  'street', 'st', 'avenue', 'ave', 'av', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'ln', 'drive', 'dr',
  'way', 'court', 'ct', 'place', 'pl', 'terrace', 'ter', 'circle', 'cir', 'parkway', 'pkwy', 'highway', 'hwy',
  'square', 'sq', 'trail', 'trl', 'loop', 'row', 'points?', 'lodge', 'crossing', 'xing', 'plaza', 'path',
  'pike', 'alley', 'run', 'ridge', 'hill', 'gardens', 'park', 'walk', 'close', 'crescent', 'mews', 'green',
  'grove', 'heights', 'turnpike', 'expressway', 'freeway', 'route', 'rte', 'broadway', 'circuit', 'commons',
  'estates', 'harbor', 'junction', 'landing', 'meadows?', 'orchard', 'pass', 'point', 'ramp', 'shores?',
  'springs?', 'station', 'summit', 'valley', 'view', 'villas?', 'vista', 'wharf', 'quay', 'embankment',
];
