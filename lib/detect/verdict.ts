import type { ScanContext } from '../../rules/types';
import { inParensAfterName } from '../../rules/support/tokens';
import { CREDENTIALS, ROLES } from '../../rules/lexicons/people-cues';
import { cueMatcher } from './cues';
import { SensitiveType, type Finding, type RiskLevel, type Verdict } from './types';
import { allMatches } from '../../rules/support/word-starts';

/**
 * Words that put a message in a care or payment context even when no diagnosis is named. Everyday office
 * words ("appointment", "follow up", "chart", "claim") are left out: they alone made staff emails PHI.
 */
const CARE_CONTEXT = cueMatcher([
  'diagnosed', 'diagnosis', 'admitted', 'discharged', 'discharge summary', 'discharge instructions',
  'prior authorization', 'prior auth', 'lab results', 'test results', 'prescription', 'prescribed',
  'medical record', 'symptoms', 'hospice', 'icu', 'er visit', 'treatment plan', 'plan of care',
  // A request for someone's chart is care information even without a diagnosis in it.
  'medical records', 'health records', 'records for', 'records request', 'release of information', 'visit notes',
  'office notes', 'clinic notes', 'progress notes', 'after-visit summary',
  // A lab's critical-value call is about one patient's result even when the test's name is not in a lexicon.
  'critical value', 'critical high', 'critical low', 'read-back',
]);

/** The first care word that is not a staff member's department in parentheses ("Hope Abdullah (ICU)"). */
function careContextIn(text: string, lower: string): string | undefined {
  for (let from = 0; from < lower.length;) {
    const hit = CARE_CONTEXT.findAt(lower, from, lower.length);
    if (!hit) return undefined;
    const end = hit.index + hit.cue.length;
    if (!inParensAfterName(text, hit.index, end)) return hit.cue;
    from = end;
  }
  return undefined;
}

/**
 * Cues that the health information is about a particular person (a patient, a client, a relative) rather
 * than a topic: a newsletter on diabetes or a talk on PrEP names staff, but nobody's care.
 */
const SUBJECT_CUE_WORDS = [
  'patient', 'pt', 'client', 'member', 'dob', 'd.o.b.', 'date of birth', 'mrn', 'medical record number',
  'referring', 'referral for', 'referral:', 'referred', 'sending over', 'discharged', 'discharge summary',
  'discharge instructions', 'admitted', 'diagnosed', 'dx', 'pmh', 'hx', 'h/o', 's/p', 'history of',
  'prior authorization', 'prior auth', 'insured', 'subscriber', 'went home', 'results for', 'critical value',
  'my daughter', 'my son', 'my mother', 'my father', 'my mom', 'my dad', 'my wife', 'my husband',
  'my partner', 'my child', 'my grandmother', 'my grandfather', 'my brother', 'my sister', "mom's", "dad's",
  "mother's", "father's", "daughter's", "son's", 'your results', 'your test', 'your labs',
];
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Compiled once: the verdict runs on every keystroke pause. */
const SUBJECT_CUES = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:${[...SUBJECT_CUE_WORDS].sort((a, b) => b.length - a.length).map(escapeRegex).join('|')})(?![\\p{L}\\p{N}_])`,
  'gu',
);
/**
 * Cue words used of a kind rather than a person: "patient portal", "patient safety", "two patient identifiers"
 * are departments, programs and procedures; "the lab client line" is a phone line; "referring offices" are the
 * practices that refer, not a referral.
 */
const NOT_A_SUBJECT: Record<string, RegExp> = {
  // "Patient at home: POS 10 + modifier 95": the setting a billing rule applies to. "the remote patient monitoring
  // pilot": a program's name.
  patient: /^patient\s+service\s+cent(?:er|re)s?\b|^patient\s+(?:monitoring|engagement|throughput)\s+(?:pilot|program|vendor|platform|devices?|kits?|contract|services|team|dashboard|metrics)\b|^patient\s+(?:not\s+)?(?:at|in)\s+(?:home|the\s+office|office|a\s+facility|facility)\s*:|^patient-(?:level|facing|centered|centred|specific|reported|friendly|owned|billed|days?|directed|initiated|requested|generated)\b|^patient\s+(?:survival|outcomes?|mortality|census|days?\b|mix|deaths|counts?|encounters|panel\b|portal|experience|safety|satisfaction|records|access|care team|relations|advocate|services|education|engagement|flow|volumes?|transport|identifiers?|ids?\b|wristbands?|population|privacy|rights|handbook|handouts?|brochures?|leaflets?|materials|flyers?|newsletters?|forms?|surveys?|questionnaires?|signage|lounge|parking|waiting room|names\b|initials\b|information\b|info\b|data\b|details\b|lists?\b|apps?\b|application\b|banners?\b|headers?\b|stickers?\b|accounts\b|acuity\b|assistance|fund\b|financial|advisory|council|famil(?:y|ies)\b|visitors\b|stories\b|narratives\b|photos\b|pictures\b|belongings\b|(?:care\s+)?areas?\b|rooms\b|hallways\b|corridors\b|contacts?\b|care\b|handling\b|navigators?\b|ambassadors?\b|liaisons?\b|name\s*:?\s*(?:_{2,}|\[|<|\(blank))/,
  pt: /^pt-(?:reported|level|facing|centered|centred|specific|days?)\b|^pt\s+(?:portal|experience|safety|satisfaction|education|volumes?|days?|census|survival|outcomes?|info|information|data|details|names|identifiers|ids?|lists?|initials)\b/,
  // "client worksites", "client employers": an occupational-health clinic's customers, companies not people.
  // "Client: Sagebrush Valley Critical Access Hospital" on a reference lab's statement: the hospital is its client.
  // "Clients fail to reach the app server", "an expired client cert": software that connects to a server.
  // "the 0200 push of ePCR client 8.4.2": a program and its version.
  client: /^client\s+v?\d+(?:\.\d+)+|^client-(?:bill|billed|billing)\b|^clients?\s+(?:fail|fails|failed|failing|cannot|can['’]t|could\s+not|unable|certs?|certificates?|software|apps?|versions?|updates?|installs?|machines?|workstations?|connections?|settings?|logs?|errors?|side)\b|^client\s*:\s*[^\n]{0,60}(?<![a-z])(?:hospital|clinic|cah|medical cent(?:er|re)|health system|healthcare|health|laborator(?:y|ies)|practice|pharmacy)\b|^client\s+(?:fee\s+schedules?|fees?|pricing|codes?|success|line|services?|support|relations|portal|list|billing|accounts?|accts?|acct\s*#|satisfaction|names?|ids?|identifiers?|information|info|data|details|records|charts?|work\s?sites?|sites?|compan(?:y|ies)|employers?|organi[sz]ations?|businesses|firms|facilities|locations)\b/,
  // "do NOT paste member IDs", "member services": the field or the department, not a member.
  // "Subscriber ID format (OHP CCO transition) | 22": a field a claims report counts rejections of.
  subscriber: /^subscriber\s+(?:ids?\s+|numbers?\s+)?(?:formats?|fields?|mismatch(?:es)?|errors?|invalid|missing|lengths?|validation)\b/,
  member: /^member-(?:level|facing|specific)\b|^member\s+(?:ids?|id numbers?|numbers?|names?|identifiers?|information|info|data|details|portal|services|handbook|communications?|letters?|materials|outreach|experience|satisfaction)\b/,
  // The field's name without a value is a form or a data description ("MRN, name and phone were removed").
  mrn: /^mrn(?![^\n]{0,25}\d)/,
  'medical record number': /^medical record number(?![^\n]{0,25}\d)/,
  dob: /^dob(?![^\n]{0,25}\d)/,
  'date of birth': /^date of birth(?![^\n]{0,25}\d)/,
  // "results for patients receiving icodextrin": results of a kind of patient, in a recall or a policy.
  // "sleep study results for sleep medicine": what a specialty's intake checklist asks for.
  'results for': /^results for\s+(?:patients|people|anyone|those|all|any|each|every|adults|children|members|staff|employees|(?:the\s+)?(?:specialty|specialties|specialists?|referrals?|intake|[a-z]+\s+medicine|cardiology|dermatology|neurology|oncology|orthopedics|urology|gastroenterology|gi|ent|pulmonology|endocrinology|rheumatology|nephrology|surgery))\b/,
  referring: /^referring\s+(?:npis?|ids?|numbers?|fields?|information|info|offices?|providers?|physicians?|clinicians?|practices?|doctors?|clinics?|sites?|partners?|facilities|patients|people|members|clients|families)\b/,
  // "fully insured groups", "insured plans": a kind of group health plan, not someone insured.
  insured: /^insured\s+(?:groups?|plans?|products?|employers?|business|market|lives|members|population)\b/,
  // "referred 271 kids for follow-up care": a count, not a person.
  // "participants aged 18-25 with sport-related concussion diagnosed within 72 hours": a study's eligibility window.
  diagnosed: /^diagnosed\s+(?:within|in\s+the\s+(?:past|last|prior)|no\s+(?:more|later)\s+than|at\s+least)\b/,
  // "Referred testing, 02/01–02/28:" on a reference lab's statement: the send-out tests it performed, billed in bulk.
  referred: /^referred\s+(?:\d[\d,]*|dozens|hundreds)\b|^referred[- ](?:out\s+)?(?:testing|tests|specimens|samples|labs?)\b/,
};
/** "top dx: CHF exacerbation, COPD exacerbation", "leading diagnoses": a ranking of a program's diagnoses. */
const RANKED_BEFORE = /(?<![a-z])(?:top|leading|common|most common|frequent|most frequent|primary)\s+(?:\d+\s+)?$/;
/** "per patient", "per 10k pt-days", "any patient", "if the patient has proxy access": patients as a kind, in policies, minutes, rules and data descriptions. */
const KIND_BEFORE = /(?<![a-z])(?:per|each|every|any|no|all)\s+(?:[\d,.]+k?\s+|[a-z][a-z/-]+\s+)?$|(?<![a-z])(?:if|when|unless|whether|once)\s+(?:(?:the|a|an|your|our)\s+)?$/;
const KIND_CUES = new Set(['patient', 'pt', 'client', 'member']);
/** "214 patient and family visits", "per 10k pt-days": a count of patients. */
const COUNT_BEFORE = /(?<![\d.,])\d[\d,]*\s+$/;
/** "About 1 in 8 women in the U.S. will be diagnosed ... in her lifetime": a rate of people, said of a typical one. */
const RATE_OF_PEOPLE = /(?<![a-z\d])\d+\s+in\s+\d+\s+(?:women|men|adults|children|kids|people|patients|americans|adolescents|teens|babies|infants|seniors)\b/;
/**
 * A sentence that states a rule or an example: it opens with "Any"/"Every"/"All"/"Each"/"No" or a condition ("If the
 * tablet flags positive, ... do NOT leave the pt alone"), gives reminders, or names a protocol.
 */
const GENERIC_SENTENCE = /^\s*(?:[-*•]\s*|\d{1,2}[.)]\s*)?(?:any|every|all|each|no|if|when|whenever)\b|(?<![a-z])reminders?(?![a-z])|(?<![a-z])(?:protocol|policy|guideline|order set|workflow|algorithm|example|e\.g\.|for instance|scenario|case study)(?![a-z])/;
/** The sentence (or line) up to `at`. */
const sentenceBefore = (lower: string, at: number) => {
  const head = lower.slice(Math.max(0, at - 200), at);
  const end = head.search(/[.!?]\s[^.!?]*$/);
  return head.slice(Math.max(head.lastIndexOf('\n') + 1, end < 0 ? 0 : end + 2));
};
/** "PT" as the therapy or its therapist, by its neighbours: a credential list, a board or licence, a department. */
const PHYSICAL_THERAPY_PT = /(?<![a-z])ask\s+(?:the|a|your|our)\s+pt\b|(?<![a-z])pt\s+(?:home\s+)?(?:safety|checklists?|assessments?)\b|,\s*pt\s*(?:,|$|\n|\((?!dob|mrn|d\.o\.b|age|\d))|(?:from|in|to|with|and|&|\/|state|direct access|outpatient|inpatient|home|aquatic|vestibular|pelvic floor|pelvic|physical)\s+pt(?![a-z])|(?<![a-z])pt\s*(?:and|&|\/|,)\s*(?:pta|ot|ota|slp|st)\b|(?<![a-z])pt\s+(?:boards?|licen[sc]es?|eval(?:uation)?s?|sessions?|visits?|services|department|dept|staff|team|program|students?|results?|samples?|events?|surveys?|challenges?|scores?|aides?|assistants?|clinics?|gym|plan of care|notes?|referrals?|orders?|protocols?|training|coverage|schedule)\b|(?:^|\n)\s*pt\s*\|/;
const KIND_ADJECTIVE_BEFORE = /(?<![a-z])the\s+(?:surgical|elderly|older|geriatric|pediatric|diabetic|obese|bariatric|frail|dizzy|anxious|difficult|agitated|dying|critically ill|post-?operative|post-?op|peri-?operative|pre-?operative|ventilated|trauma|complex|medically complex|deteriorating|aggressive|combative|non-?verbal|hard-of-hearing)\s+$/;
const ROLE_PAIR_AFTER = /^\s+(?:or|and\/or)\s+(?:(?:the|a|an|their|his|her)\s+)?(?:[a-z-]+\s+){0,2}(?:representative|proxy|guardian|caregiver|family|designee|surrogate|parent|spouse|agent|legal representative)\b/;
const GENERIC_VERB_CUES = new Set(['admitted', 'discharged', 'diagnosed', 'referred']);
/** A plural noun, a relative pronoun or a modal "be" before the verb: patients as a kind, or a rule. */
const GENERIC_SUBJECT_BEFORE = /(?:[a-z]{3,}s|(?<![a-z])(?:wo)?men|children|people|who|those|anyone|everyone|all|any)\s+$|(?:[a-z]{3,}s|(?<![a-z])(?:wo)?men|children|people)\s+(?:are|were)\s+$|(?:should|must|can|may|will|to|could)\s+be\s+$|(?:be|being)\s+$|(?<![a-z/-])(?:\d+|none|few|many|most|some|several|half|all|both|(?:all\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|twelve))\s+(?:of\s+(?:them|these|those)\s+)?(?:were|are|have\s+been|had\s+been|got)\s+$/;
const GENERIC_HISTORY_BEFORE = /(?:family|personal|or|(?<![a-z])any)\s+$|(?:patients?|anyone|those|people|adults|children|women|men|individuals|members)\s+with\s+(?:a\s+)?(?:[a-z-]+\s+){0,2}$/;
/**
 * A message that says its patient is made up ("The example below is FAKE. The patient does not exist", "a
 * fictitious patient"): a phishing warning or a training example names no one, its MRN included.
 */
const DECLARED_FAKE = /(?<![a-z])(?:(?:is|are|was)\s+(?:completely\s+|entirely\s+)?fake|(?:does|do)\s+not\s+exist|doesn['’]t\s+exist|made\s+(?:it|this|them|him|her)\s+up|synthetic\s+(?:test\s+)?(?:patients?|data|records?|charts?|members?)|zztest|fictitious|fictional\s+(?:training\s+|teaching\s+)?(?:patient|person|example|case|scenario|character|composite)|(?:does|do)\s+not\s+(?:describe|depict|represent|refer\s+to)\s+(?:any\s+|a\s+)?real\s+(?:patient|person|people|individual)s?|\(fictional\)|(?:it|this|that|cases?|patients?|scenarios?|examples?|names?)\s+(?:is|are)\s+(?:all\s+|entirely\s+|completely\s+|wholly\s+)?(?:fictional|fictitious)|resemblance\s+to\s+(?:a\s+|any\s+)?real\s+(?:patients?|persons?|people)|(?:is|are)\s+(?:all\s+)?made\s+up|not\s+a\s+real\s+(?:patient|person))(?![a-z])/;
/** A letter thanking a donor: "thank you for your generous gift", "for your tax records". */
const GIFT_ACKNOWLEDGEMENT = /(?<![a-z])(?:thank\s+you\s+for\s+your\s+(?:generous\s+|kind\s+)?(?:gift|donation|contribution|pledge)|for\s+your\s+tax\s+records|no\s+goods\s+or\s+services\s+were\s+provided)(?![a-z])/;
const DECLARED_ANONYMOUS = /(?<![a-z])(?:template|de-?identified|deidentified|no (?:real )?(?:patient|member|client)(?:-level)? (?:info|information|names|identifiers|data|details?)|no names|(?:but|and)\s+not\s+(?:their|his|her)\s+names?|no phi|no identifying (?:details|information)|without identifiers|(?:all\s+)?identifiers\s+(?:have\s+been\s+|were\s+|are\s+)?removed|identifying\s+(?:details|information)\s+(?:have\s+been\s+|were\s+)?removed|no\s+(?:patient\s+)?identifiers\s+(?:were\s+|are\s+)?(?:recorded|included|used)|simulated (?:encounter|patient|visit|case)|(?:case|case study|scenario|vignette|example)\s*[(:,-]?\s*\(?fictional|composite\s+(?:case|patient|of)|(?:nothing|none|not)\b[^.\n]{0,40}(?:refers?|relates?|pertains?|applies)\s+to\s+(?:an?\s+|any\s+)?(?:individual|specific|particular|real|identifiable)\s+(?:patient|person|member|client)|(?:is|was)\s+a\s+composite|details\s+(?:have\s+been\s+|were\s+)?changed|not\s+any\s+one\s+(?:real\s+)?patient|standardized patient|actor patient|mock patient|(?:a|an)\s+(?:patient|man|woman|person|child|boy|girl|teen|adolescent)\s+in\s+(?:his|her|their)\s+(?:early\s+|mid-?\s*|late\s+)?\d0s|(?:general|automated|bulk) message sent to all|does not contain (?:any )?information about your (?:care|health|account)|not about your (?:care|health))(?![a-z])/;
/**
 * A policy document ("POLICY ETH-014 ... 1. PURPOSE ... 2. WHO MAY REQUEST"): its "patient", "member" and "client"
 * are kinds of people the policy covers, not someone it is about.
 */
const POLICY_DOCUMENT = /(?:^|\n)[ \t]*(?:\d+\.[ \t]*)?(?:purpose|scope|policy statement|definitions|responsibilities)[ \t]*:?[ \t]*(?:\n|$)/;
/**
 * A memo of rules for staff: three or more numbered items that tell the reader what to do or not to do ("1. Verify
 * before you reply", "3. Don't put lab values in the subject line"). Its "the patient" is any patient.
 */
const INSTRUCTION_ITEM = /(?:^|\n)[ \t]*\d{1,2}[.)][ \t]+(?:verify|document|move|don['’]t|do not|never|always|remember|ensure|avoid|use|route|escalate|reply|respond|confirm|log|enter|include|keep|make sure|be sure|report|notify|set|follow|screen|print|file)\b/g;
const isInstructionList = (lower: string) => (lower.match(INSTRUCTION_ITEM)?.length ?? 0) >= 3;

/** A possessive shortly before a health term: "your A1c", "her mammogram", "his CABG". */
/** The addressee as the subject of a health term: "you're about 18 weeks pregnant", "you tested positive for". */
const SECOND_PERSON_BEFORE = /(?<![a-z])(?:you['’]re|you are|you were|you have|you['’]ve|you had|you tested|you test)(?![a-z])[^.!?\n]{0,24}$/;
const TRAINING_FIELD_BEFORE = /(?<![a-z])(?:residency|fellowship|training|degree|certification|certified|boards|specialty|specializ(?:es|ed|ing)|expertise|career|experience)\s+(?:in\s+)?$/;
const POSSESSIVE_BEFORE = /(?<![a-z])(?:your|his|her|my|their)(?![a-z])[^.!?\n]{0,30}$/;
/** The writer of the care as its subject: "I'm on lisinopril", "I take metformin", "I ran out of my inhaler". */
const FIRST_PERSON_BEFORE = /(?<![a-z])(?:i['’]?m|i am|i['’]?ve been|i been|i was|i have been)\s+(?:still\s+|now\s+)?(?:on|taking|using)\s+(?:the\s+|my\s+)?$|(?<![a-z])i\s+(?:still\s+)?(?:take|took|have|had|need|needed|ran out of|started|stopped|missed|(?:don['’]?t|do not) want)\s+(?:a\s+|an\s+|the\s+|my\s+)?$/;
/** A writer telling colleagues she will be away: her own health then explains an absence, not a chart. */
const ABSENCE_NOTICE = /(?<![a-z])(?:i['’]?ll be out|i will be out|i['’]m out|i am out|out of (?:the )?office|ooo|on (?:medical )?leave|on pto|taking (?:a few days|some time|time) off|(?:will|can) cover (?:my|for me)|covering for me|cover my (?:inbox|clinic|shift|patients|calls|pager))(?![a-z])/;
/**
 * After a health term, words that make it a topic of work ("the metformin shortage memo", "my insulin order set",
 * "her headache nursing certification"), also after a second term joined to it ("their MSLT and PAP titration program").
 */
const TOPIC_AFTER = /^(?:\s*(?:and|&|\/|,)\s*[a-z0-9-]+(?:\s+[a-z0-9-]+)?)?\s+(?:nursing\b|certifications?\b|certificates?\b|credential(?:s|ing)?\b|boards\b|fellowship\b|residency\b|blocks?\b|slots?\b|templates?\b|shortages?|memos?|policy|policies|order sets?|protocols?|training|production\b|compounding\b|inventory\b|batch(?:es)?\b|fridges?\b|refrigerators?\b|freezers?\b|coolers?\b|data loggers?\b|articles?|updates?|guidelines?|contracts?|programs?|vendors?|supply|supplies|resupply\b|systems\b|fleet\b|rooms?\b|suites?\b|staff\b|team\b|nurses\b|volumes?\b|census\b|caseloads?\b|cohorts?\b|populations?\b|recalls?|formulary|coverage polic)/;
/**
 * A sentence whose subject is a doctor, then a possessive with no other person between: "Dr. Nwosu will use 4 and 5
 * on her SLT days", "Dr. Patel moved his colonoscopies to Room 2". The procedures are the doctor's work.
 */
const STAFF_SUBJECT_OWNS = /(?:^|[.!?:]\s+|^\s*[-*•]\s*)(?:dr|doctor)\.?\s+[a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+)?\s+(?:will|is|was|has|had|does|did|can|may|plans to|wants to|prefers to|moved|moves|uses|used|starts|started|does|books|booked|blocks|needs)\b(?:(?!\b(?:she|he|him|her|his|them|they|patient|pt|pts|patients)\b)[^.!?\n])*\b(?:her|his)\s+[^.!?\n]{0,30}$/;
/** "Hi Derek," / "Dear Mrs. Lopez": the message is addressed to one person. */
const GREETING_BEFORE = /(?:^|\n)\s*(?:hi|hello|dear|hey|good (?:morning|afternoon))\s+(?:(?:mr|mrs|ms|miss|mx)\.?\s+)?$/;
/** A greeting alone is also how staff write to each other: it links only when the message talks about care. */
const PERSONAL_CARE = /(?<![a-z])(?:symptoms?|we sent|prescribed|refill|(?<!unit )dose|came back|showed|results?|taking|take it|your (?:message|visit|medication|prescription))(?![a-z])/g;
/**
 * Words of someone's care said outside a rule's sentence: "agency staff must have current TB test results on file"
 * states a contract's requirement to a vendor, not anyone's results.
 */
const REQUIREMENT_SENTENCE = /(?<![a-z])(?:must|required|requires|requirement|mandatory|per (?:our|the) (?:contract|policy|agreement))(?![a-z])/;
function personalCareSaid(lower: string): boolean {
  for (const m of allMatches(PERSONAL_CARE, lower)) {
    if (!REQUIREMENT_SENTENCE.test(sentenceBefore(lower, m.index!))) return true;
  }
  return false;
}
/** "Ms. Lopez" on one line; "LC-MS." ending the line above a signature is a lab method. */
const HONORIFIC_BEFORE = /(?<![a-z/-])(?:mr|mrs|ms|miss|mx)\.?[ \t]+$/;
/**
 * After a name: its possessive, or a verb of having or undergoing, then the rest of the clause (no sentence break),
 * within which a health term makes the name its subject ("Lucia's A1c", "Raj has had a fever", "Tom started
 * Jardiance", "Ana is scheduled for a colonoscopy").
 */
/** Between a name and a health term: the clause is about a topic or a task, not the person ("has a meeting about"). */
const ABOUT_A_TOPIC = /(?<![a-z])(?:about|regarding|re|meeting|call|training|question|questions|update|presentation|talk|lecture|class|webinar|contract|order|orders|shipment|policy|protocol|project|article|slides|review|audit|report|vendor|worked with|works with|working with|experience (?:with|in)|specializ(?:es|ed|ing) in|trained in|expertise in)(?![a-z])/;
/** A line that sets out a made-up case for teaching: "Case walk-through: a 16-year-old asks...", "Scenario 2: a". */
const CASE_EXAMPLE_WORDS = String.raw`case\s+(?:walk-?through|study|example|scenario|discussion)|scenario|vignette|hypothetical|role[- ]play|practice\s+case`;
const CASE_EXAMPLE_BEFORE = new RegExp(String.raw`(?<![a-z])(?:${CASE_EXAMPLE_WORDS}|for\s+example|for\s+instance|e\.g\.)(?![a-z])[^\n]{0,40}(?:a|an)\s+$`);
/** A line that names a made-up case anywhere ("Case walk-through: ... her own prenatal care records"). */
const CASE_EXAMPLE_LINE = new RegExp(String.raw`(?<![a-z])(?:${CASE_EXAMPLE_WORDS})(?![a-z])`);
/** After each possessive, its owner's staff before the health term ("Your embryologists handle vitrification"). */
const OWNERS_STAFF: Record<string, RegExp> = Object.fromEntries(['your', 'his', 'her', 'my', 'their'].map((owner) => [owner,
  new RegExp(String.raw`(?<![a-z])${owner}\s+(?:[a-z-]+\s+)?(?:staff|team|embryologists|nurses|techs|technicians|technologists|providers|physicians|doctors|clinicians|pharmacists|therapists|coordinators|schedulers|lab|employees)\b`)]));
const NAME_OWNS_OR_UNDERGOES =
  // "Samantha Pruitt (student ID 800498317) was evaluated at Wardell Student Health Center on 10/9 for a concussion".
  // "Ana in 412-B (our HIT lady) still has the heparin flush": her room and a remark between the name and the verb
  // (not a colleague's credential or phone: "Leah Strand (PharmD, 410-555-0126) is the go-to for methadone").
  // "Marisol at Pinewood CSU has psychosis": where she is between the name and the verb (her discharge, with her care
  // in the sentences after it, is DISCHARGE_AFTER_NAME's).
  /^(?:(?:\s*\([^()\n]{1,40}\))?\s+(?:was|has been|is being)\s+(?:seen|evaluated|treated|examined)\b[^.!?\n]{0,80}?\bfor\b[^.!?\n]{0,16}|['’]s|(?:\s+in\s+(?:rm\.?\s*|room\s+|bed\s+)?[\w-]{1,8}|\s+at\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)?(?:\s*\((?![^()\n]*(?:\d|(?<![a-z])(?:pharmd|rph|rn|md|do|np|pa-c|pa|crnp|aprn|lcsw|msw|phd|psyd|cnm|lpn|ext)(?![a-z])))[^()\n]{1,40}\))?\s+(?:(?:still|also|now|already)\s+)?(?:has|had|have|is|was|got|gets|needs|needed|started|starts|stopped|takes|took|is taking|was taking|underwent|went for|is on|was on|is due for|is scheduled for|came in with|presented with|complains of|complained of|reports|reported|developed|was diagnosed with|is diagnosed with|tested positive for|ran out of|has run out of|was admitted|is being treated for|has been)(?![a-z])(?!\s+(?:been\s+)?(?:taught|teaching|teaches|led|leading|leads|presented|presenting|presents|worked|working|works|joined|run|running|runs|managed|managing|coordinated|coordinating|organized|organizing|published|written|writing|trained|training|trains|served|serving|built|launched|directed|directing|chaired|spoken|speaking|lectured|lecturing|volunteered|volunteering|helped|helping|championed|precepted|precepting|administered|administering|performed|performing|given\s+(?:more\s+than|over|about|nearly|almost|\d))(?![a-z])))[^.!?\n]{0,40}/;
/** After a name: where she is, then her discharge ("Marisol at Pinewood CSU goes home tomorrow", "Ray was discharged"). */
const DISCHARGE_AFTER_NAME = /^(?:\s+(?:at|on|in)\s+[a-z0-9][\w'’-]*(?:\s+[a-z0-9][\w'’-]*){0,3}?)?\s+(?:goes|went|is going|was sent|is being sent|will go)\s+home\b|^\s+(?:was|is being|will be|got)\s+discharged\b/;
/** "REMINDER FOR ROSE MEJIA:", "appointment for Jon Park": a notice about one person's care. */
const NOTICE_FOR_BEFORE = /(?<![a-z])(?:reminder|appointment|appt|results?|orders?|instructions)\s+for\s+(?:[a-z'-]+\s+){0,2}$/;

// --- Whose identifiers: the people a message is about, not the staff who write and sign it -------------

/**
 * Job titles and departments after a signer's name ("Sunniva Hartmann, Data Analyst", "Lorraine Q., Revenue Cycle
 * Manager"). Not clinical specialties: "Gerald Whitcomb, cardiology referral" is a patient.
 */
const JOB_TITLE = /(?<![a-z])(?:revenue|integrity|billing|coding|compliance|privacy|quality|regulatory|risk management|vp|svp|evp|ceo|cfo|cmo|cno|coo|cio|human resources|hr|payroll|biomedical|engineering|facilities|purchasing|supply chain|research|pharmacy|laboratory|radiology|nursing|finance|marketing|communications|administration|manager|director|analyst|coordinator|specialist|supervisor|administrator|officer|assistant|associate|technician|technologist|scheduler|navigator|liaison|representative|educator|chair|chief|president|informatics|operations|department|dept|services|secretary|clerk|registrar|coder|biller|superintendent|pharmacist|physician|surgeon|therapist|counselor|nurse|dietitian|chaplain|social worker|case manager|attending|resident|fellow|faculty|professor)(?![a-z])/;
/** "(lab)", "(pharmacy)", "(IT)": the team a staff member speaks for in minutes and action items. */
const TEAM_IN_PARENS = /^\s*\((?:lab|laboratory|pharmacy|radiology|imaging|billing|it|hr|admin|nursing|scheduling|front desk|quality|compliance|finance|facilities|ed|icu|or|research|informatics|ops)\)/;
/** "Marisol Teague in Environmental Services", "Dana from Billing": a colleague by the department she works in. */
const IN_DEPARTMENT_AFTER = /^\s+(?:in|from|of|with)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?:services|department|dept|office|administration|engineering|facilities|finance|hr|human resources|it|payroll|purchasing|marketing|communications|registration|scheduling|billing|revenue cycle|compliance|security|housekeeping|transport|transportation|pharmacy|laboratory|lab|float pool|pool|agency|registry|staffing)(?![a-z])/;
const TITLE_BEFORE = /(?<![a-z])(?:dr|doctor|prof|professor)\.?\s+$/;
/** "Questions: Bernadette Coyle", "questions to Fenna de Vries", "please contact Yusuf Demir at ...": a colleague to turn to. */
const CONTACT_PERSON_BEFORE = /(?<![a-z])(?:questions?\s*(?:to|for|:)|contact(?:\s+us)?|reach out to|(?:send\s+)?(?:comments?|feedback|edits|corrections|suggestions)\s+to)\s*:?\s*$/;
const ROLE_BEFORE = /([a-z][a-z.-]*)\s+$/;

const lineAfter = (lower: string, end: number) => { const nl = lower.indexOf('\n', end); return lower.slice(end, nl < 0 ? lower.length : nl); };
const lineBefore = (lower: string, start: number) => lower.slice(lower.lastIndexOf('\n', start - 1) + 1, start);

/**
 * A name that belongs to the staff side of the message: "Dr. Okeke", "Nurse Pilar", "Teodora RN", a signer
 * followed by credentials or a job title, a team member "Brandt (lab)". Staff names identify the writer, not
 * the person the health information is about: with only those, a teaching case or a policy memo is no PHI.
 * A relative signing a family message carries no title and stays a personal name.
 */
function isStaffName(n: Finding, lower: string): boolean {
  const before = lineBefore(lower, n.start).slice(-24);
  if (TITLE_BEFORE.test(before) || CONTACT_PERSON_BEFORE.test(before)) return true;
  const role = before.match(ROLE_BEFORE)?.[1]?.replace(/\.$/, '');
  if (role && (ROLES.has(role) || ROLES.has(`${role}.`)) && role !== 'advocate') return true;
  const after = lineAfter(lower, n.end);
  if (TEAM_IN_PARENS.test(after) || IN_DEPARTMENT_AFTER.test(after)) return true;
  // "Teodora RN, charge", "Painter MD": a credential right after the name.
  const next = after.match(/^\s+([a-z][a-z-]*)/)?.[1];
  if (next && CREDENTIALS.has(next)) return true;
  // "Leticia Oduya, MD will present...", "Tobias Grünewald, LCSW: a young adult...": a credential after the comma.
  const credential = after.match(/^\s*,\s*([a-z][a-z-]*)(?![a-z-])/)?.[1];
  if (credential && CREDENTIALS.has(credential)) return true;
  // ", Data Analyst, Clinical Research Informatics" / ", RN, BSN": the first comma segment is a title.
  const segment = after.match(/^\s*,\s*([^,.\n]{1,48})\.?\s*(?=,|\n|$)/)?.[1];
  if (segment && (JOB_TITLE.test(segment) || segment.split(/[\s/]+/).some((w) => CREDENTIALS.has(w.replace(/[.]/g, ''))))) return true;
  // A signature whose title is on the next line: "Colette Amstutz\nPractice Manager, North Shore Cardiology".
  // The rest of the line may be the rest of the name ('Roberta "Bobbi" Castellano').
  if (startsLine(lower, n.start) && /^(?:[ \t]*["“”(]?[a-z][a-z'.-]*["“”)]?){0,3}[\s,.]*$/.test(after)) {
    const nextLine = lineAfter(lower, n.end + after.length + 1).slice(0, 60);
    // "Gerald Mbeki-Thornton / chair 11, 1st shift": a dialysis patient's chair and shift, not a committee chair.
    if (/^\s*(?:chair|station|bay|pod)\s*#?\s*\d/.test(nextLine)) return false;
    if (JOB_TITLE.test(nextLine.split(',')[0]!) || CREDENTIALS.has(nextLine.trim().split(/[\s,]+/)[0] ?? '')) return true;
  }
  return false;
}

/** The name opens its line, after at most a dash or a title: how signatures and sign-offs are written. */
const startsLine = (lower: string, start: number) => /^[\s\-–—~]*(?:dr\.?\s+)?$/.test(lineBefore(lower, start));

/** Contact lines of a department or a clinic ("the Epidemiology line, (715) 555-...", "Info: ...", "my office at"). */
const DEPARTMENT_CONTACT_BEFORE = /(?<![a-z])(?:line|desk|office|hotline|info|information|main|switchboard|department|dept|clinic|center|centre|scheduling|registration|appointments|helpdesk|help desk|service desk|call center|pharmacy|lab|billing|epidemiology|reception|fax us|call us|email us|contact us|questions)(?![a-z])[^\n]{0,24}$/;
const CONTACT_TYPES = new Set(['phone', 'fax', 'email', 'url']);
/** A venue named before its street address: "Harborview Community Center, 210 Wexford Ave", "Hallworth Auditorium, 300 ...". */
const VENUE_BEFORE = /(?:(?:location|venue|where)\s*:[^\n]{0,60}|(?:location|venue|where|held at|takes place at|(?:lot|garage|deck|parking)(?:\s+[a-z0-9])?\s+(?:at|on))\s*:?|(?:center|centre|auditorium|hall|church|library|school|park|plaza|building|arena|stadium|museum|hotel|inn|ymca|ywca|gym|college|university|campus|pavilion|theater|theatre|room|lobby|office|clinic|practice|pharmacy|annex|station(?:\s+\d{1,3})?|firehouse|depot|masjid|mosque|temple|synagogue|chapel|pantry|shelter|camp|shed|ranch|farm|fairgrounds|cafeteria|diner|restaurant|cafe|café|entrance|store|warehouse|plant|factory|mill)(?:\s+(?:parking\s+)?(?:lot|garage|deck))?\s*[,–(:|-]?)\s*$/;
/** A line naming a venue: "Liberty Public Library, Community Room", "Hallworth Auditorium". */
/** A line that starts with a weekday or a date and then a column gap: a row of a schedule. */
const SCHEDULE_ROW_START = /^[ \t]*(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?[ \t]+)?\d{1,2}\/\d{1,2}(?:\/\d{2,4})?(?:[ \t]*[-–][ \t]*\d{1,2}\/\d{1,2})?(?:[ \t]{2,}|\t|[ \t]*\|[ \t]*)/;
/** A practice announcing where it moves or opens. */
const ORGANIZATION_MOVE = /(?<![a-z])(?:(?:moves|moving|move|relocates|relocating)\s+(?:from\s+the\s+[^\n]{0,30}?\s+)?to\s+(?:the\s+)?$|our\s+new(?:est)?\s+(?:address|location|site|office|clinic)|new\s+address\s*\(effective|relocat(?:e|es|ed|ing|ion)\b|we(?:['’]re|\s+are)\s+moving|(?:opens|opening)\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)/;
const DEPOT_BEFORE = /(?<![a-z])(?:depot|warehouse|(?:offsite|off-site|records)\s+storage|storage facility|records center|distribution center|loading dock|receiving dock|returns center|repair center|service center|shelter|food pantry|pantry|food bank|drop-in center|soup kitchen|fleet service|auto service|garage|body shop)\s*,?\s+(?:at|is|:)?\s*$|(?<![a-z])(?:service|services|fleet|motors|garage|auto)\s*,\s*$/;
/** A line that starts with a care facility's name, then a separator: its address follows ("Willow Court Memory Care | "). */
const FACILITY_THEN_ADDRESS = /^\s*(?:\|\s*)?(?:[a-z][a-z'’&.-]*\s+){1,5}(?:care|center|centre|clinic|hospital|institute|home|village|residence|manor|commons|place|pharmacy|practice|associates|group|health|medical|unit|dialysis|laboratory|lab|office)\s*[|•·–—-]\s*$/;
const VENUE_LINE = /(?<![a-z])(?:library|auditorium|hall|church|community room|conference room|conference center|community center|recreation center|ymca|ywca|gym|school|college|university|campus|pavilion|theater|theatre|hotel|inn|lobby|cafeteria|(?:room|rm)\.?\s+\w+)\s*[,.]?\s*$/;
/** A line naming a company or a department: "Pinecrest Allergenics Customer Service", "Acme Medical Supply, Inc.". */
const ORGANIZATION_LINE = /(?<![a-z])(?:customer service|customer care|services|department|dept|billing office|business office|inc|llc|ltd|corp|corporation|company|co|laboratories|pharmaceuticals|allergenics|medical supply|supply)\.?\s*[,.]?\s*$/;
/** Words of a purchase on the account's line: a customer account with a supplier. */
const ORGANIZATION_ACCOUNT_BEFORE = /(?<![a-z])(?:invoice|inv|purchase order|p\.?o\.?|customer|vendor|supplier|clearinghouses?|submitter|quote|employer|wholesaler|distributor|supply|restock|grant|rentals?|shipment|backorders?|contract|renewal|supplies|(?:ship|bill|sold)[- ]?to|remit(?:tance)?|(?:your|our)\s+(?:facility|practice|clinic|office|organization|company|agency|group)(?:['’]s)?\s+account|(?:your|our)\s+(?:[a-z]+\s+){0,2}(?:provider|vendor|customer|merchant|supplier|payer)\s+account|account\s+(?:id|number|#)?\s*for\s+(?:support|service|technical|tech|billing)\s+(?:calls?|requests?|tickets?|questions?)|(?:your|our)\s+client\s+account|group\s+billing|(?:our|your|the)\s+group\s+npi|company['’]s\s+billing|(?:billed|charged|invoiced)\s+(?:directly\s+)?to\s+(?:the|our)\s+(?:agency|practice|clinic|hospital|company|department|facility|organization|center|program)|merchant|event\s+account|asha|caqh|nccpa|nbcot|aanp|ancc|aapc|ahima|npdb|pecos|nppes|stock|340b|charge\s+to|(?:clinic|practice|office|department|dept|unit|house)\s+account|order(?:ed|ing|s)?\s+(?:through|from|via)|medline|mckesson|cardinal\s+health|henry\s+schein|owens\s*(?:&|and)\s*minor|grainger|uline|staples|amazon)(?![a-z])/;
const WEAK_DATE_CUES = new Set(['since', 'scheduled']);
/** A range from the first of a month to the end of one ("3/1/25-3/31/25", "01/01/2025 - 03/31/2025"). */
const WHOLE_MONTHS = /^\d{1,2}\/0?1(?:\/\d{2,4})?\s*(?:-|–|to|through|thru)\s*\d{1,2}\/(?:2[89]|3[01])(?:\/\d{2,4})?$/;
const SCHEDULE_OR_EQUIPMENT_DAY_BEFORE =
  /(?:(?<![a-z])(?:starting|beginning|effective|eff\.?|as of|updated|revised|rev\.?|last\s+updated|go-?live(?:\s+is)?|starts|started|begins|joins|joined)\s+(?:on\s+)?(?:[a-z]+,?\s+)?|(?:in-service|back-in-service|out-of-service|back in service|in service)\s+date\s+(?:is\s+)?(?:[a-z]+\s+)?|(?<![a-z])(?:estimated|expected|est\.?|shipping|shipment|order|package|parcel|freight)\s+delivery\s*(?:date)?\s*(?:is|:|-)?\s*(?:[a-z]+,?\s+)?)$/;
/** Right after a date, a staff event held that day ("the May 20 quality meeting", "12/4 staff huddle"). */
/** Right before a date, the staff event it dates: "Minutes – Bariatric Surgery Quality Committee, June 5, 2025". */
const STAFF_EVENT_BEFORE =
  /(?<![a-z])(?:committee|council|meeting|minutes|huddle|retreat|town\s+hall|conference|symposium|in-?service|webinar|workshop|summit|board)\s*[,:–—-]?\s*(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?$/;
const STAFF_EVENT_AFTER =
  /^\s+(?:[a-z&-]+\s+){0,2}(?:meeting|huddle|committee|webinar|in-?service|retreat|town\s+hall|all-hands|conference|symposium|grand\s+rounds|potluck|party|luncheon|training|workshop)\b/;
const IMPLANT_NEAR = /(?<![a-z])(?:pacemaker|icd|aicd|defibrillator|pump|implant|implanted|implantable|stimulator|loop recorder|generator|leads?|cgm|dexcom|libre|freestyle|omnipod|transmitter|valve|prosthe(?:sis|ses|tic)|knee|limb|socket|orthosis|wheelchair|hearing aid|cochlear|port|shunt|stent|monitor|device)(?![a-z])/;
const UNIT_ONLY = /^(?:suite|ste\.?|room|rm\.?|floor|fl\.?|unit|bldg\.?|building|office)\s*#?\s*[\w-]+$/i;
/** A visit by someone other than a patient: "vendor visit Thu 11/6", "site visit", "calibration visit - Riverbend ENT - confirm 11/18". */
/**
 * A supplier's representative signing: "Territory Manager", "Account Executive", "Field Service Engineer". Her
 * "my 12/2 visit" is a call on the customer, not an appointment of her own.
 */
/** A supplier's sales signature: "Territory Account Manager", "Regional Sales Director". */
const SALES_SIGNATURE = /(?<![a-z])(?:territory|account|sales|regional sales|district sales|key account)\s+(?:manager|representative|rep|executive|director)(?![a-z])/;
const VENDOR_SIGNATURE = /(?<![a-z])(?:(?:territory|account|sales|regional sales|district sales|key account)\s+(?:manager|representative|rep|executive|director)|client\s+services?\s+(?:manager|representative|rep|specialist|coordinator|director)|field\s+(?:service\s+)?(?:engineer|specialist|representative|technician)|(?:clinical|product)\s+(?:applications?\s+|education\s+)?(?:specialist|consultant)|applications?\s+specialist|customer\s+(?:success|service|support)\s+(?:manager|representative|rep|specialist|team))(?![a-z])/;
const NON_PATIENT_VISIT = /(?<![a-z])(?:vendor|consultant|pharmacist|consultant pharmacist|surveyor|inspector|site|survey|accreditation|inspection|service|sales|rep|state|joint commission|surveyor|board|calibration|maintenance|pm|installation|install|demo|training|onboarding|go-live|monitor|monitoring|interim monitoring|imv|initiation|site initiation|siv|close-?out|qualification|audit|sponsor|cra)\s+visit(?![a-z])[^\n.]{0,40}$/;
/**
 * The date's cue word shortly before it: on its own line, or on an earlier line for a birth or death ("DOB:" above
 * the date on a form). A heading below a date ("3. DELIVERY PERFORMANCE") or a word a line above is not its cue.
 */
function cueBefore(f: Finding, lower: string): boolean {
  const cue = f.explanation.cue ?? '\u0000';
  const head = lower.slice(Math.max(0, f.start - 80), f.start);
  const at = head.lastIndexOf(cue);
  return at >= 0 && (BIRTH_OR_DEATH_CUES.has(cue) || !head.slice(at).includes('\n'));
}
/** The date's cue word is on the date's own line. */
const cueOnDateLine = (f: Finding, lower: string) =>
  `${lineBefore(lower, f.start)} ${lineAfter(lower, f.end)}`.includes(f.explanation.cue ?? '\u0000');
const BIRTH_OR_DEATH_CUES = new Set(['nacida el', 'nacido el', 'fecha de nacimiento', 'dob', 'd.o.b', 'd.o.b.', 'date of birth', 'birth date', 'birthdate', 'birthday', 'bday', 'b-day', 'born', 'b.', 'expired', 'died', 'death', 'date of death', 'dod', 'deceased']);

/**
 * Identifiers of the people the message is about: staff names, department phone lines and a signer's own
 * contact block are left out, and so is the street address of a venue ("Eastside Recreation Center, 400 Dorsey Ave").
 */
/** Whether `at` lies inside quotes that a phrase like "something like", "such as", "e.g." introduces. */
function insideQuotedExample(lower: string, at: number): boolean {
  const lineStart = lower.lastIndexOf('\n', at - 1) + 1;
  const head = lower.slice(lineStart, at);
  const open = Math.max(head.lastIndexOf('"'), head.lastIndexOf('“'));
  if (open < 0 || (head.slice(0, open).split('"').length - 1) % 2 === 1) return false;
  return /(?:like|such as|e\.g\.|for example|for instance|example:|say|saying|writing)\s*:?\s*$/.test(head.slice(0, open));
}

/** Where the quote `at` lies in closes, as an offset into the rest of its line (-1 when `at` is not inside quotes). */
function quoteCloseAfter(lower: string, at: number): number {
  if ((lineBefore(lower, at).match(/["“”]/g) ?? []).length % 2 === 0) return -1;
  return lineAfter(lower, at).search(/["”]/);
}
/** Whether `at` lies inside double quotes that open and close on its line. */
const insideQuotes = (lower: string, at: number) => quoteCloseAfter(lower, at) >= 0;
/** Whether `at` lies inside a quoted question on its line ('"Can I take ibuprofen with my blood thinner?"'). */
function insideQuotedQuestion(lower: string, at: number): boolean {
  const close = quoteCloseAfter(lower, at);
  return close >= 0 && lineAfter(lower, at).slice(0, close).includes('?');
}

/** A floor or a suite in a street address: an office building's, not a home's. */
const OFFICE_ADDRESS = /(?<![a-z])(?:\d+(?:st|nd|rd|th)\s+fl(?:oor|r)?\.?|floor\s+\d+|suite|ste\.?)(?![a-z])/;
function personalIdentifiers(identifiers: Finding[], lower: string): Finding[] {
  const names = identifiers.filter((f) => f.type === 'name');
  const staff = new Set(names.filter((f) => isStaffName(f, lower)));
  // The rest of a signer's title line ("Quattlebaum, Revenue Cycle Manager") names no one else.
  for (const n of names) {
    if (staff.has(n)) continue;
    // 'Roberta "Bobbi" Castellano': the nickname beside the signer's name is hers too.
    const signer = names.find((m) => staff.has(m) && m.end <= n.start && /^[ \t]*(?:,|["“(])[ \t]*$/.test(lower.slice(m.end, n.start)));
    if (signer) staff.add(n);
  }
  /** A name on the finding's line before it: a row that names its person ("Tue 10 AM, Maria Lopez, 12 Oak St"). */
  const nameEarlierOnLine = (f: Finding) => names.some((n) => n.start >= f.start - lineBefore(lower, f.start).length && n.start < f.start);
  const nameEarlierInSentence = (f: Finding) => names.some((n) => n.start >= f.start - sentenceBefore(lower, f.start).length && n.start < f.start);
  // Lines holding a department's contact: "Questions: Lab Client Services 330-555-0140, option 2, or email ...".
  const departmentLines = new Set<number>();
  return identifiers.filter((f) => {
    if (staff.has(f)) return false;
    // 'Even something like "Mr. Jones in 4B has MRSA" is a disclosure': an example in quotes, not a person.
    if (insideQuotedExample(lower, f.start)) return false;
    if (CONTACT_TYPES.has(f.type) || f.type === 'address') {
      const lineStart = lower.lastIndexOf('\n', f.start - 1) + 1;
      if (departmentLines.has(lineStart)) return false;
      if (DEPARTMENT_CONTACT_BEFORE.test(lineBefore(lower, f.start))) { departmentLines.add(lineStart); return false; }
      // The signer's block: the nearest name before it, at most three lines up, is a staff name. Its street
      // address is the workplace's ("HR Generalist / Willow Bend Care Center / 1250 Orchard Ridge Rd").
      const nearest = names.filter((n) => n.end <= f.start).pop();
      if (nearest && staff.has(nearest)) {
        const between = lower.slice(nearest.end, f.start);
        const signerLine = names.some((n) => staff.has(n) && startsLine(lower, n.start) && !lower.slice(n.end, nearest.start).includes('\n'));
        if (signerLine && between.split('\n').length <= 4) return false;
        // "contact Yusuf Demir at ydemir@... or (978) 555-0144": the colleague's own address, same sentence.
        if (f.type !== 'address' && between.length <= 80 && !between.includes('\n') && !/[.!?]\s/.test(between)) return false;
      }
    }
    if (f.type === 'address') {
      // "600 Hawthorne Ave, 5th Floor": a floor or a suite is an office's, not a home's, unless it is said to be one.
      if (OFFICE_ADDRESS.test(lower.slice(f.start, f.end + 16).split('\n')[0]!) && !RESIDENCE_BEFORE.test(lower.slice(Math.max(0, f.start - 60), f.start))) return false;
      // A street address has a number: "FlowSure" in a product name is no one's home; a suite, room or floor
      // alone ("moves to suite 210") is a place in the building, no one's home either.
      if (!/\d/.test(f.text) || UNIT_ONLY.test(f.text)) return false;
      // "out of the 2801 Isleta Blvd SW, Albuquerque NM 87105 lot": a site named by its street (its lot, its building).
      if (/(?<![a-z])the\s+$/.test(lower.slice(Math.max(0, f.start - 5), f.start)) && /^\s*(?:lot|parking|garage|yard|building|campus|site|office|clinic|location)\b/.test(lower.slice(f.end, f.end + 12))) return false;
      // "Mobile Unit 2 (the dental van)": a vehicle of the clinic's fleet.
      if (/^unit\b/i.test(f.text) && /(?<![a-z])(?:mobile|medical|dental|care|van|bus)\s+$/.test(lower.slice(Math.max(0, f.start - 10), f.start))) return false;
      // "310 Orchard Ave | 555-0107 | https://brightsmiles.example.com": a practice's footer, its website beside it.
      if (/https?:\/\/|www\.|\.(?:com|org|net)\b/.test(`${lineBefore(lower, f.start)} ${lineAfter(lower, f.end)}`)) return false;
      const venue = identifiers.find((l) => l.type === 'location' && l.end <= f.start && /^[\s,–(-]{0,3}$/.test(lower.slice(l.end, f.start)));
      // "Santa Rita Public Library, 915 W Calle Mirador, Tucson, AZ 85705": the venue before the street, the town after it.
      const onLine = lineBefore(lower, f.start);
      if (venue || VENUE_BEFORE.test(onLine) || VENUE_BEFORE.test(onLine.replace(/\d+[^,\n]{2,40},\s*$/, ''))) return false;
      // "Exam Room 6 at 210 Cumberland Ave": a room of the building at that street.
      if (/(?<![a-z])(?:room|rm|suite|ste|floor|wing|bay|unit)\s+#?[\w-]{1,6}\s+(?:at|of|in)\s*$/.test(lineBefore(lower, f.start))) return false;
      // "The alarm will sound on floors 1-3 of 2200 W. Harlan Ave": the floors of a building, its address.
      if (/(?<![a-z])(?:floors?|levels?|wings?|suites?)\s+[\w-]+(?:\s*(?:-|–|to|and|&)\s*[\w-]+)?\s+(?:of|at)\s+(?:the\s+(?:building|clinic|office)\s+at\s+)?$/.test(lineBefore(lower, f.start))) return false;
      // "8 AM - 12 PM, 2240 Harlan Ave": a time of day, then the address of where something is held; a row naming a
      // person is a visit to her (checked below with the schedule rows).
      if (/\d(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|noon)\s*[,–—-]?\s*$/.test(lineBefore(lower, f.start)) &&
        !nameEarlierOnLine(f)) return false;
      // "Next study club is Thursday at The Copper Kettle, 118 Main St": a place named, then its street (not after
      // "lives at").
      if (/(?<![a-z])(?<!(?:lives?|living|resides?|staying|home)\s+)at\s+(?:the\s+)?[a-z][a-z'’&.-]*(?:\s+[a-z][a-z'’&.-]*){0,4}\s*,\s*$/.test(lineBefore(lower, f.start))) return false;
      // "remit by check to Lakeshore Medical Supply, 2210 Industrial Pkwy": a company's address, or where payment goes.
      if (ORGANIZATION_LINE.test(lineBefore(lower, f.start)) || /(?<![a-z])remit(?:tance)?\b[^\n]{0,60}$/.test(lineBefore(lower, f.start))) return false;
      // "shipping 6 oximeters to the depot at 3300 Commerce Pkwy", "Willow Court Memory Care | 1900 Quail Hollow Dr": a
      // depot's or a facility's own address, the facility named right before it on its line.
      if (DEPOT_BEFORE.test(lineBefore(lower, f.start)) || FACILITY_THEN_ADDRESS.test(lineBefore(lower, f.start))) return false;
      // "Mailing address for the new certification paperwork: 1800 Bayou Teche Pkwy", "Patient statement lockbox address
      // changes to PO Box 2281": where an office's papers and payments go.
      if (/(?<![a-z])address\s+for\s+(?:the\s+|our\s+|your\s+)?(?:[a-z-]+\s+){0,3}(?:paperwork|forms?|applications?|documents?|certifications?|renewals?|payments?|packets?|submissions?|returns?|equipment|supplies|samples|specimens|correspondence|invoices?)\s*:?\s*$|(?<![a-z])(?:lockbox|remit(?:tance)?|payment|billing|mailing|office|clinic|our)\s+(?:[a-z]+\s+)?address\s+(?:changes?|changed|is\s+changing|will\s+change|moves?|is\s+moving)\s+(?:to\s+)?$/.test(lineBefore(lower, f.start))) return false;
      // "live in the Brockton lobby at 75 Centre St": a site's own street. "Housing is the hospital duplex at": staff housing.
      // "list the syringe services program at 410 Dunmore St": a program's site in a handout.
      if (/(?<![a-z])(?:program|programs|pantry|shelter|exchange|pharmacy)\s+(?:is\s+)?(?:at|on)\s+$/.test(lineBefore(lower, f.start))) return false;
      if (/(?<![a-z])(?:lobby|entrance|building|office|clinic|site|branch|campus|location|center|centre|kiosk|machine|duplex|housing)\s+(?:is\s+)?(?:at|on)\s+$/.test(lineBefore(lower, f.start)) &&
        !nameEarlierInSentence(f)) return false;
      // "Next meeting: October 8, 7:30 AM, Conference Rm B, 3410 S Glenstone Ave": where a meeting is held.
      // "Orientation runs 8/4 through 8/8 at 7710 Marlow Rd": where new hires are trained.
      if (/(?<![a-z])(?:meeting|huddle|in-?service|retreat|workshop|luncheon|training|orientation|seminar|class|course|open house|health fair|benefits fair|job fair|ceremony|celebration|conference\s+(?:room|rm))(?![a-z])/.test(lineBefore(lower, f.start)) &&
        !nameEarlierOnLine(f)) return false;
      // "Courier pickup remains M-F at 3:00 PM from 2200 Harbor View Dr": where a courier collects, a business.
      if (/(?<![a-z])(?:courier|pickup|pick-up|pick up)(?![a-z])[^\n]{0,50}(?:from|at)\s+$/.test(lineBefore(lower, f.start)) &&
        !nameEarlierOnLine(f)) return false;
      // "Tue 12/2     Cedar Park Apartments, 2200 Cedar Park Dr     primary care, A1c     Okafor": a row of a dated
      // schedule of sites (a van route, a flu clinic) names a place to go, not where someone lives. A home visit
      // row names its patient; so the row must name no one.
      const rowStart = lower.lastIndexOf('\n', f.start - 1) + 1;
      const rowEnd = f.end + lineAfter(lower, f.end).length;
      if (SCHEDULE_ROW_START.test(lower.slice(rowStart, f.start)) && !names.some((n) => n.start >= rowStart && n.end <= rowEnd && n.start < f.start)) return false;
      // "Liberty Public Library, Community Room" or "Pinecrest Allergenics Customer Service" on the line above the
      // street: the venue's, the company's or the department's own address.
      const lineStart = lower.lastIndexOf('\n', f.start - 1);
      if (lineBefore(lower, f.start).trim() === '' && lineStart > 0 &&
        (VENUE_LINE.test(lineBefore(lower, lineStart)) || ORGANIZATION_LINE.test(lineBefore(lower, lineStart)))) return false;
      // "New address (effective Monday, August 4):", "our newest location opens Monday": a clinic announcing its move.
      if (ORGANIZATION_MOVE.test(lower.slice(Math.max(0, f.start - 300), f.start))) return false;
    }
    // "Patients aged 90+: 23" in a data request: an age group counted, no one's age.
    if (f.type === 'age_over_89' && (/\+$/.test(f.text.trim()) || /(?<![a-z])(?:patients|members|residents|people|adults|cases|those|persons)\s+(?:aged?\s+|over\s+|older\s+than\s+)?$/.test(lower.slice(Math.max(0, f.start - 24), f.start)))) return false;
    // "our group number is GRP-70114": an employer's group plan in a benefits notice, no one member's.
    if (f.type === 'health_plan_id' && (/^grp\b|^grp-/i.test(f.text) ||
      /(?<![a-z])group\s*(?:number|no\.?|#|id)?\s*(?:is|:)?\s*$/.test(lower.slice(Math.max(0, f.start - 24), f.start))) &&
      !nameEarlierOnLine(f)) return false;
    // "Invoice INV-2025-08841 is attached for account BWC-00417": the clinic's account with a vendor, no patient's.
    if (f.type === 'account_number' && ORGANIZATION_ACCOUNT_BEFORE.test(lineBefore(lower, f.start))) return false;
    // "Your account MR-60418-GL; master agreement NEMT-2022-006": a contract's account, named with it on its line.
    if (f.type === 'account_number' && /^[^\n]{0,40}?(?<![a-z])(?:master\s+agreement|agreement|contract|invoice|purchase\s+order|supplier|supply|vendor|wholesaler|distributor)(?![a-z])/.test(lineAfter(lower, f.end))) return false;
    // "Malpractice COI: policy PL-8830217": a clinician's liability insurance, not a health plan.
    if (f.type === 'health_plan_id' && /(?<![a-z])(?:malpractice|liability|coi|certificate\s+of\s+insurance|umbrella|property|auto)(?![a-z])/.test(lineBefore(lower, f.start))) return false;
    // A serial number is a patient's only on an implant or a worn device ("pacemaker serial PJN418772S"); the
    // OCT machine's serial in a service note is equipment.
    // "serial numbers AP3-210400 through AP3-214999": a recall's range of serials, no one's device.
    if (f.type === 'device_id' && (/(?:through|thru|to|–|-)\s*$/.test(lower.slice(Math.max(0, f.start - 10), f.start)) || /^\s*(?:through|thru|to|–)\s/.test(lower.slice(f.end, f.end + 10)))) return false;
    // A column of serials ("| Booth 1 | GSI AudioStar Pro | AS7-440912 |") lists equipment unless its row names a person.
    // A table of asset tags and serials ("| Staff | Asset tag | Serial |"): the organization's equipment, whoever holds it.
    if (f.type === 'device_id' && /(?<![a-z])asset\s*(?:tags?|#|ids?|numbers?)(?![a-z])/.test(lower)) return false;
    // "the leadless pacemaker demo kit (serial DEMO-LP-0091, not for clinical use)": a vendor's demonstration unit.
    if (f.type === 'device_id' && (/^demo\b/i.test(f.text) || /(?<![a-z])(?:demo|demonstration|loaner|training|sample)\s+(?:kits?|units?|devices?|models?)\s*\(?\s*(?:serial|s\/n|sn)?\s*(?:number|no\.?|#)?\s*:?\s*$/.test(lower.slice(Math.max(0, f.start - 40), f.start)) ||
      /^[^\n]{0,6}not\s+for\s+(?:clinical|patient|human)\s+use/.test(lower.slice(f.end, f.end + 40)))) return false;
    if (f.type === 'device_id' && f.explanation.pattern === 'column-device_id') {
      const row = [lineBefore(lower, f.start).length, lineAfter(lower, f.end).length];
      if (!names.some((n) => n.start >= f.start - row[0]! && n.end <= f.end + row[1]!)) return false;
    } else if (f.type === 'device_id' && (!IMPLANT_NEAR.test(lower.slice(Math.max(0, f.start - 80), f.start)) ||
      // A supplier's field service or preventive maintenance on a machine ("Device serial: ACD-3X-009187" of a compounder).
      VENDOR_SIGNATURE.test(lower) || /(?<![a-z])preventive maintenance(?![a-z])/.test(lower))) return false;
    // "since March 28", "scheduled for May 2": calendar words, not a person's birth, visit or stay.
    if (f.type === 'date' && f.explanation.cue && WEAK_DATE_CUES.has(f.explanation.cue)) return false;
    return true;
  });
}

/** The rest of a signature line: credentials only ("R. EEG T.", "RN, CCRN", "PharmD, BCPS"). */
const CREDENTIALS_ONLY =
  /^(?:[\s,]*(?:[A-Z]{1,6}\.?|[A-Z]\.|PharmD|PhD|MSc|MSN|DrPH|MPH|PsyD|EdD|DPT|OTR\/L|CCC-SLP|RPSGT|Esq\.?)(?![A-Za-z]))+[\s,]*$/;

/** A list row that starts with "Last, First" (after a number or a time) and carries health information: a roster of patients. */
function listRowLink(names: Finding[], healthFindings: Finding[], text: string, lower: string): string | undefined {
  const healthBetween = (from: number, to: number) => healthFindings.some((h) => h.start >= from && h.start < to);
  // (A medical assistant's "MA" is no credential in a signature's sense: "MA" is also a state.)
  const credentialWord = (w: string | undefined) => w !== undefined && (CREDENTIALS.has(w) || /^c?ma$/.test(w));
  for (const n of names) {
    // "Abara, Ngozi" as one name or as two ("Quispe" "," "Rolando"): the row starts with a surname and a comma.
    // (A table's row starts with its cell border: "| Haddad, Nadia | H7740 | WET | cxl – migraine |".)
    if (!(n.text.includes(',') || lower[n.end] === ',') || !/^[\s\d.:)*•·|-]*$/.test(lineBefore(lower, n.start))) continue;
    // "Ayesha Qureshi, R. EEG T.": a signature's credentials after the comma, not a first name.
    if (lower[n.end] === ',' && CREDENTIALS_ONLY.test(text.slice(n.end + 1, n.end + 1 + lineAfter(lower, n.end + 1).length))) continue;
    // "- Rosa Delgado-Finch, MA — Fairview — TB screen due 11/30": a credential after the comma, then the next field.
    if (credentialWord(/^,\s*([a-z][a-z-]*)\s*(?:[—–|,-]|$)/m.exec(lower.slice(n.end, n.end + 20))?.[1])) continue;
    // "Jorge Castellanos, RN | Chemotherapy/biotherapy provider card": the credential read as part of the name.
    if (credentialWord(/,\s*([a-z][a-z-]*)\s*$/.exec(n.text.toLowerCase())?.[1])) continue;
    // "- Oluwaseun Bankole, NNP-BC — NPI 1578392046": a board certification's suffix marks a credential too.
    if (lower[n.end] === ',' && /^,\s*[A-Z]{2,6}-(?:BC|C|CS)\s*(?:[—–|,]|-\s|$)/m.test(text.slice(n.end, n.end + 16))) continue;
    // "- Miguel Ángel Ortega, Peer Support Worker - MOUD program": a staff list's job title after the comma.
    if (lower[n.end] === ',' && /^,\s*(?:[a-z-]+\s+){0,3}(?:worker|coordinator|manager|specialist|director|nurse|therapist|counselor|counsellor|assistant|technician|navigator|supervisor|lead|officer|administrator|educator|pharmacist|physician|provider|clinician|advocate|liaison|scheduler|receptionist|aide|front desk)s?\b/.test(lower.slice(n.end, n.end + 60))) continue;
    // The row goes on over the indented lines below it ("1) Dubois, Yvette (Rm 118)" then "   - lorazepam 0.5 mg PO").
    let lineEnd = n.end + lineAfter(lower, n.end).length;
    for (const sub of lower.slice(lineEnd).matchAll(/\n[ \t]+[^\n]*/gy)) lineEnd += sub[0].length;
    if (healthBetween(n.end, lineEnd)) return 'a list row names a person beside health information';
  }
  // "1. Jamal Ortiz-Whitaker  KVH553019284  Biktarvy 50/200/25 mg": a numbered or bulleted row that starts with a full
  // name, then (set off by two spaces, a tab or a bar) a number of six digits or more, then health information.
  for (const n of names) {
    if (!/\s/.test(n.text.trim()) || !/^[ \t]*(?:\d{1,3}[.)]|[-*•])[ \t]*$/.test(lineBefore(lower, n.start))) continue;
    const rest = lineAfter(lower, n.end);
    const id = /^(?:[ \t]{2,}|[ \t]*[|\t][ \t]*)[a-z]{0,4}-?\d{6,}\b/.exec(rest);
    if (id && healthBetween(n.end + id[0].length, n.end + rest.length)) return 'a list row names a person beside an identifier and health information';
  }
  // "Harjit S. - fall in bathroom ~2100, no LOC, skin tear L forearm": a hand-off row by first name and initial, then
  // what happened to the person (not a talk's topic: "Jen K. - diabetes education update").
  for (const n of names) {
    if (!/^\p{Lu}\p{Ll}+ \p{Lu}\.?$/u.test(n.text) || !/^[\s\d.)*•·-]*$/.test(lineBefore(lower, n.start))) continue;
    const rest = lineAfter(lower, n.end);
    const dash = /^\.?[ \t]+[-–—:][ \t]+/.exec(rest);
    if (dash && !/(?<![a-z])(?:update|updates|education|training|in-?service|presentation|review|lecture|talk|course|class|webinar)(?![a-z])/.test(rest) &&
      healthBetween(n.end + dash[0].length, n.end + rest.length)) return 'a hand-off row names a person beside health information';
  }
  // "need tele bed for ed hold, gonzales, maria 00482913, afib w rvr": "Last, First", a record number, then health on the line.
  for (const n of names) {
    if (!n.text.includes(',')) continue;
    const rest = lineAfter(lower, n.end);
    const id = /^[ \t]+#?\d{6,10}[ \t]*[,;|-][ \t]*/.exec(rest);
    if (id && healthBetween(n.end + id[0].length, n.end + rest.length)) return 'a name with a record number beside health information';
  }
  return undefined;
}

/**
 * A name followed by a parenthesis saying what she is on, has or had: "can u move Darnell (bat in the bedroom, on
 * rabies PEP) from Wed 6/25", "Mrs. Abebe (s/p TKA) called". A colleague's parenthesis names her unit or her role
 * ("Hope Abdullah (ICU)", "Jenna (diabetes educator)"), never a treatment she is on.
 */
const CARE_IN_PARENS_BEFORE = /(?<![a-z])(?:on|with|s\/p|status post|hx|h\/o|dx|has|had|needs|post[- ]op|day \d+ of)\s+(?:[a-z-]+\s+)?$/;
function nameWithCareInParens(identifiers: Finding[], healthFindings: Finding[], lower: string): string | undefined {
  for (const n of identifiers) {
    if (n.type !== 'name') continue;
    const open = /^[ \t]*\(/.exec(lower.slice(n.end, n.end + 4));
    if (!open) continue;
    const from = n.end + open[0].length;
    const close = lower.slice(from, from + 90).search(/[)\n]/);
    if (close < 0 || lower[from + close] !== ')') continue;
    const to = from + close;
    if (healthFindings.some((h) => h.start >= from && h.end <= to && CARE_IN_PARENS_BEFORE.test(lower.slice(from, h.start)))) {
      return 'a parenthesis after a name says what the person is on or has';
    }
  }
  return undefined;
}

/** A full numeric date of a year long past: "02/09/1944", "1962-08-30", "4/12/58". */
const PAST_FULL_DATE = /^(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19\d\d|200[0-8]|[3-9]\d)|(?:19\d\d|200[0-8])-\d{1,2}-\d{1,2})$/;

/** A full numeric date of a recent year, 2009–2024: a child's birth date beside a name under a label. */
const RECENT_FULL_DATE = /^\d{1,2}[/.-]\d{1,2}[/.-](?:2009|201\d|202[0-4])$/;

/**
 * A header line of a lab call or a transfer sheet: a name that starts its line, then (nothing but spaces or a
 * separator between) a full date decades old ("Oyelaran, Tunde  08/30/1962  SV-0051977", "Arvid Lindqvist   02/09/1944
 * ED-6"). The date beside a patient's name is the birth date a chart header puts there; a roster of staff carries a
 * start date or a meeting day, not a 1962 one.
 */
function nameBirthDateRow(identifiers: Finding[], lower: string): string | undefined {
  for (const n of identifiers) {
    // "NGUYEN, THAO" found as two names: the row starts with the first.
    const head = lineBefore(lower, n.start);
    const surname = identifiers.find((f) => f.type === 'name' && f.end < n.start && f.end >= n.start - 3 && /^[\s,]+$/.test(lower.slice(f.end, n.start)));
    // "re: Priya Venkataraman 3/2/2005 / SH-0071893" under a signature: a label naming whom the note is about.
    const lead = surname ? head.slice(0, head.length - (n.start - surname.start)) : head;
    // Or inside a sentence right after what was done to or for her: "had to reject the type and screen on ruiz,
    // ernesto 3/9/58", "redraw for Lindqvist, Arvid 02/09/1944".
    if (n.type !== 'name' || !(/^[\s\d.:)*•·|>-]*(?:(?:re|pt|patient|client|member|student|name)[ \t]*:[ \t]*)?$/.test(lead) ||
      /(?<![a-z])(?:on|for|re|about|pt|patient)[ \t]+$/.test(lead))) continue;
    // "for Beatriz S., 8/30/1990", "Whitaker, Dolores / 4-22-1956 / BWH301928847": an initial's stop, a slash.
    const gap = /^\.?[ \t,|:;/-]{1,8}(?:dob:?\s*)?/.exec(lower.slice(n.end, n.end + 16));
    if (!gap) continue;
    const date = identifiers.find((f) => f.type === 'date' && f.start === n.end + gap[0].length);
    // Under a label ("Re: Oluwaseun Bakare 3/22/2011 Rx# 6620914") a child's birth date of a recent year counts too.
    const labeled = /(?:re|pt|patient|client|member|student|name)[ \t]*:[ \t]*$/.test(lead);
    if (date && (PAST_FULL_DATE.test(date.text.trim()) || (labeled && RECENT_FULL_DATE.test(date.text.trim())))) return 'a name heads a line with a birth date';
  }
  return undefined;
}

/**
 * Words of a business transaction: an order and its shipment, an invoice, a contract, an installation or a service
 * visit, or an IT ticket ("Ticket INC0048211 - CGM upload kiosk offline ... VLAN ... help desk"). Three different
 * ones, or a supplier's signature, make the message business mail.
 */
const BUSINESS_WORDS = /(?<![a-z])(?:purchase order|purchased|field safety notice|field correction|recall|order(?:ed)?|shipment|shipped|ships|ship-to|backorder(?:ed)?|back-order(?:ed)?|invoice|credit memo|contract|renewal|pricing|quote|install(?:ation)?|preventive maintenance|calibration|service visit|field service|(?:med)?couriers?|pickups?|logistics|route supervisor|route change|receiving dock|loading dock|account manager|sales rep|rental|lease|warranty|firmware|sku|lot number|po|unit price|net 30|customer account|customer acct|field rep|via (?:ups|fedex|usps|dhl)|ship to|restock|wholesaler|cold[- ]chain|buy and bill|distribution list|vendor|cost center|remit to|qty|in-service|ticket|vlan|help desk|helpdesk|service desk|downtime|reboot(?:ed)?|workstation|server|asset|network|login|password|cache)(?![a-z])/g;
const BUSINESS_IDENTIFIERS = new Set(['address', 'account_number', 'device_id']);
/** The last message asked about and its answer: the verdict asks up to twice per scan. */
let businessMemo: { lower: string; business: boolean } | undefined;
function businessMail(lower: string): boolean {
  if (businessMemo?.lower === lower) return businessMemo.business;
  let business = VENDOR_SIGNATURE.test(lower);
  if (!business) {
    const kinds = new Set<string>();
    for (const m of lower.matchAll(BUSINESS_WORDS)) if (kinds.add(m[0]).size >= 3) break;
    business = kinds.size >= 3;
  }
  businessMemo = { lower, business };
  return business;
}

/**
 * Words after "patient"/"pt" that make it someone: a verb (what the patient does, has or is), a preposition or a
 * conjunction ("the patient in bed 4", "pt and family"), a pronoun or an article.
 */
const AFTER_A_PERSON = new Set([
  'is', 'was', 'has', 'had', 'have', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must',
  'reports', 'reported', 'states', 'stated', 'says', 'said', 'denies', 'denied', 'presents', 'presented', 'needs',
  'needed', 'came', 'comes', 'called', 'calls', 'went', 'goes', 'got', 'gets', 'wants', 'wanted', 'asked', 'asks',
  'took', 'takes', 'tolerated', 'tolerates', 'declined', 'declines', 'refused', 'refuses', 'agreed', 'agrees',
  'underwent', 'received', 'receives', 'returned', 'returns', 'arrived', 'left', 'feels', 'felt', 'complains',
  'complained', 'notes', 'noted', 'endorses', 'endorsed', 'remains', 'remained', 'started', 'stopped', 'continues',
  'continued', 'tested', 'lives', 'lived', 'uses', 'used', 'missed', 'brought', 'sent', 'seen', 'saw', 'admitted',
  'discharged', 'transferred', 'requires', 'required', 'requests', 'requested', 'prefers', 'understands', 'verbalized',
  'verbalizes', 'educated', 'instructed', 'advised', 'scheduled', 'booked', 'rescheduled', 'cancelled', 'canceled',
  'no-showed', 'passed', 'died', 'expired', 'fell', 'developed', 'became', 'on', 'in', 'at', 'with',
  'without', 'for', 'from', 'to', 'of', 'and', 'or', 'who', 'whose', 'that', 'which', 'he', 'she', 'they', 'his',
  'her', 'their', 'the', 'a', 'an', 'not', 'also', 'still', 'now', 'today', 'yesterday', 'again', 'currently',
  'already', 'never', 'just', 'recently', 'then', 'here', 'there', 'name', 'dob', 'mrn', 'id', 's',
]);
/**
 * Whether the word after "patient" at `end` makes it a modifier of a noun ("patient app", "pt AVS"); a name after it
 * ("Patient Leah Goldberg") is the patient.
 */
function patientAsModifier(text: string, lower: string, end: number): boolean {
  const next = /^[ \t]+([a-z][a-z'’-]*)/.exec(lower.slice(end, end + 30))?.[1];
  if (!next) return false;
  if (/^\p{Lu}/u.test(text.slice(end, end + 30).trimStart())) return false;
  const word = next.replace(/['’]s$/, '');
  return !AFTER_A_PERSON.has(word) && !/(?:ed|ing)$/.test(word) && word.length > 2;
}

/** A person named on a finding's line before it or on the `lines` - 1 lines above (within `chars` characters). */
function namedAbove(f: Finding, identifiers: Finding[], lower: string, lines: number, chars: number): boolean {
  const head = lower.slice(Math.max(0, f.start - chars), f.start);
  const reach = f.start - head.split('\n').slice(-lines).join('\n').length;
  return identifiers.some((n) => n.type === 'name' && n.start >= reach && n.end <= f.start);
}

/**
 * A street address is someone's when a person is named just before it (the same line or the two above: a
 * patient's header block, "Maria Lopez, 12 Oak St"), or a word of residence or mailing leads to it ("lives at",
 * "home address", "mail it to"). An address alone in a notice is a building, a venue or a business.
 */
// A ride's pickup is at the rider's door: "add Wilner back to the 5:30 am pickup starting 6/2, 418 Dorchester Ave".
const RESIDENCE_BEFORE = /(?<![a-z])(?:lives?|living|resides?|residing|residence|home|address|addr|moved|moving|staying|stays|mail(?:ed|ing)?|send|sent|ship(?:ped)?|deliver(?:ed|y)?|forward(?:ed)?|apt|apartment|unit|(?:am|pm|ride|van|standing|dialysis|wheelchair)\s+(?:pick[- ]?up|drop[- ]?off))(?![a-z])[^\n]{0,40}$/;
const addressOfSomeone = (address: Finding, identifiers: Finding[], lower: string) =>
  namedAbove(address, identifiers, lower, 3, 160) || RESIDENCE_BEFORE.test(lower.slice(Math.max(0, address.start - 60), address.start));

/** Words of a new hire's onboarding; two different ones make a message about an employee starting work. */
const ONBOARDING_WORDS = /(?<![a-z])(?:new hire|new employee|onboarding|start date|first day|day one|background check|orientation|offer letter|fte|network account|research badge|id badge)(?![a-z])/g;
function onboardingMail(lower: string): boolean {
  const kinds = new Set<string>();
  for (const m of lower.matchAll(ONBOARDING_WORDS)) if (kinds.add(m[0]).size >= 2) return true;
  return false;
}

/** Identifier types that on their own single out a person. */
const STRONG_IDENTIFIERS = new Set([
  'ssn', 'mrn', 'health_plan_id', 'account_number', 'license_number', 'vehicle_id', 'device_id',
  'age_over_89', 'other_id', 'address', 'email', 'phone', 'fax',
]);
/**
 * A worn or implanted device's serial is someone's when a person is named just before it or it is said to be someone's
 * ("her pump", "pt's pacemaker"); "one HSAT device (SN HST7702194) came back cracked" in minutes is equipment.
 */
const DEVICE_OWNER_BEFORE = /(?<![a-z])(?:her|his|your|my|their|pt['’]?s|patient['’]?s|pt|patient|member['’]?s|child['’]?s|son['’]?s|daughter['’]?s)(?![a-z])[^\n]{0,60}$/;
/** A computer's or a station's serial: "tower serial DL7-30418876", "workstation S/N ...". */
const EQUIPMENT_SERIAL_BEFORE = /(?<![a-z])(?:tower|workstation|server|station|computer|pc|laptop|printer|scanner|kiosk|router|switch|cart|console|tablet|ipad)\s+(?:serial(?:\s+(?:number|no\.?|#))?|s\/n|sn)\s*[:#]?\s*$/;
const deviceOfSomeone = (device: Finding, identifiers: Finding[], lower: string) =>
  !EQUIPMENT_SERIAL_BEFORE.test(lower.slice(Math.max(0, device.start - 40), device.start)) &&
  (namedAbove(device, identifiers, lower, 3, 500) || DEVICE_OWNER_BEFORE.test(lower.slice(Math.max(0, device.start - 70), device.start)));

/** The label of a prisoner's number: in a jail's or a prison's health mail the person held is the patient ("DOC# 448213"). */
const PRISONER_NUMBER_BEFORE = /(?<![a-z])(?:doc|inmate|booking|offender|jail)\s*(?:#|id|number|no\.?)\s*:?\s*$/;
/** Identifiers that in practice belong to a patient: staff emails carry phones and emails, not MRNs. */
const PATIENT_IDENTIFIERS = new Set(['ssn', 'mrn', 'health_plan_id', 'account_number', 'age_over_89', 'address', 'device_id']);

/** The person a possessive at `at` refers to is a doctor named among the staff just before it (same paragraph). */
function staffOwner(findings: Finding[], personal: Finding[], lower: string, at: number): boolean {
  let nearest: Finding | undefined;
  for (const n of findings) if (n.type === 'name' && n.end <= at) nearest = n;
  if (nearest === undefined || at - nearest.end > 120 || lower.slice(nearest.end, at).includes('\n\n')) return false;
  if (!personal.includes(nearest) && TITLE_BEFORE.test(lower.slice(Math.max(0, nearest.start - 8), nearest.start))) return true;
  // "Jolene Baptiste (CNA, Cedar) is on approved FMLA ... Her TB test and flu shot records are current": a colleague
  // named with her credential in a staffing note; her screenings are Employee Health's records.
  // ("Cedar" in "(CNA, Cedar)" may be read as a name itself: the colleague is the name before the parenthesis.)
  const colleague = /\([^()\n]{0,12}$/.test(lower.slice(Math.max(0, nearest.start - 14), nearest.start))
    ? findings.filter((n) => n.type === 'name' && n.end <= nearest!.start).pop() : nearest;
  return colleague !== undefined && CREDENTIAL_AFTER_NAME.test(lower.slice(colleague.end, colleague.end + 12)) && STAFFING_NOTE.test(lower);
}
/** A care-staff credential right after a name: "(CNA, Cedar)", ", RN". */
const CREDENTIAL_AFTER_NAME = /^\s*[(,]\s*(?:cna|rn|lpn|lvn|ma|cma|med tech|np|pa|rt|pt|ot|slp|rd|emt|medic)(?![a-z])/;
/** Words of a staffing or HR note: leave, shifts, coverage, overtime. */
const STAFFING_NOTE = /(?<![a-z])(?:fmla|leave of absence|pto|overtime|staffing|payroll|call-offs?|agency staff|shift coverage|weekend coverage)(?![a-z])/;

/**
 * The health term in the clause that starts at `at` with a possessive or a verb of having or undergoing ("'s A1c
 * came back", " has had a fever"), unless the clause is about a topic or a task ("has a meeting about").
 */
function healthInClause(at: number, healthFindings: Finding[], lower: string): Finding | undefined {
  const clause = NAME_OWNS_OR_UNDERGOES.exec(lower.slice(at, at + 160));
  if (!clause) return undefined;
  return healthFindings.find((h) => h.start >= at && h.start <= at + clause[0].length && !ABOUT_A_TOPIC.test(lower.slice(at, h.start)) &&
    !EQUIPMENT_AFTER.test(lower.slice(h.end, h.end + 24)));
}
/**
 * After a procedure's name, the equipment it names or the course that teaches it: "3 incomplete TLIF loaner sets",
 * "the cryoablation tray", "out 6/9-6/13 for his dry needling Level 2 course".
 */
const EQUIPMENT_AFTER = /^\s+(?:loaner\s+)?(?:sets?|trays?|kits?|loaners?|instruments?|carts?|supplies|inventory|vendors?)(?![a-z])|^\s*(?:level\s+\w+\s+|part\s+\w+\s+)?(?:course|courses|certification|training|class|workshop|seminar|conference)(?![a-z])/;

/** After "he"/"she": a report of the person's own test or treatment ("told me the MRI showed", "said her A1c was"). */
const REPORTS_OWN = /^\s+(?:told\s+(?:me|us)|said|says|mentioned)\s+(?:that\s+)?(?:the|his|her)\s+[^.!?\n]{0,50}/;
/**
 * After "he"/"she" opening the sentence after a name, a verb of being or having, then the health term later in that
 * sentence: "...for Teodoro Quispe? He's back in chair 3 tomorrow w/ swelling lower right, looks like an abscess".
 */
const PRONOUN_SENTENCE = /^(?:['’]?s(?=\s)|\s+(?:is|was|has|had|needs|got|gets|came|comes|will\s+be|will\s+need|can['’]?t|cannot))(?![a-z])(?!\s+(?:been\s+)?(?:taught|teaching|led|leading|presented|presenting|worked|working|joined|running|managed|managing|coordinated|coordinating|organized|published|written|trained|training|served|serving|directed|directing|chaired|speaking|lectured|volunteered|helped|helping|precepted|precepting|administered|administering|performed|performing|given\s+(?:more\s+than|over|about|nearly|almost|\d))(?![a-z]))[^.!?\n]{0,120}/;
function healthInPronounSentence(at: number, healthFindings: Finding[], lower: string): Finding | undefined {
  const sentence = PRONOUN_SENTENCE.exec(lower.slice(at, at + 140));
  if (!sentence) return undefined;
  return healthFindings.find((h) => h.start >= at && h.end <= at + sentence[0].length && !ABOUT_A_TOPIC.test(lower.slice(at, h.start)) &&
    !EQUIPMENT_AFTER.test(lower.slice(h.end, h.end + 24)));
}
function healthInReport(at: number, healthFindings: Finding[], lower: string): Finding | undefined {
  const clause = REPORTS_OWN.exec(lower.slice(at, at + 90));
  if (!clause) return undefined;
  return healthFindings.find((h) => h.start >= at && h.start <= at + clause[0].length);
}

/** After a name, the room of a unit she is in: "in rm 3", "on 5 north rm 512", "in bed 12B". */
const INPATIENT_ROOM_AFTER = /^\s+(?:in|on)\s+(?:(?:\d\s?[a-z]+|[a-z]+)\s+){0,2}(?:rm\.?|room|bed)\s*#?\d{1,4}[a-z]?(?![\w/:.])/;
/** A call to a parent about a named child: "call mom re", "called dad about", "notify parents regarding". */
const FAMILY_CALL_BEFORE = /(?<![a-z])(?:call(?:ed)?|text(?:ed)?|phone(?:d)?|update(?:d)?|notify|notified|reach(?:ed)?|email(?:ed)?)\s+(?:the\s+|her\s+|his\s+)?(?:mom|mum|dad|mother|father|parents?|guardian|grandma|grandmother|grandpa|grandfather|family|caregiver)\s+(?:re:?|about|regarding)\s+$/;
/** A scheduling verb right before a name: "move", "reschedule", "cancel", "book", "confirm". */
const SCHEDULE_VERB_BEFORE = /(?<![a-z])(?:move|reschedule|cancel|book|schedule|confirm|push|bump)\s+$/;
/**
 * A sentence opening with "she" or "he" (after a sentence end, a line break or a blank line), or what she or he says
 * reported after a comma ("Bernadette called again, weight up 4 lbs, says she ran out of torsemide"), in a window of text.
 */
const PRONOUN_OPENING = /(?:[.!?:]["”’)]?\s+|\n\s*|,\s*(?:says|said|states|stated|reports|reported)\s+)(she|he)(?=['’]s|s\s|\s)/g;
/**
 * The she or he of a sentence after the one that names someone (within a few hundred characters, no other person
 * named in between), with health said of her or him in that sentence: care reported about a person named earlier.
 */
function pronounLater(n: Finding, identifiers: Finding[], healthFindings: Finding[], lower: string): string | undefined {
  // The reader greeted ("Graham,", "Hi Kelsey") is written to, not written about.
  if (GREETING_BEFORE.test(lower.slice(Math.max(0, n.start - 20), n.start)) ||
    (/^[\s\-–—~]*$/.test(lineBefore(lower, n.start)) && /^\s*,\s*\n/.test(lower.slice(n.end, n.end + 4)))) return undefined;
  const from = n.end;
  // Only the window is searched: a huge paste with many names and no pronoun must not be read once per name.
  const window = lower.slice(from, from + 400);
  let others: Finding[] | undefined;
  PRONOUN_OPENING.lastIndex = 0;
  for (let m = PRONOUN_OPENING.exec(window); m; m = PRONOUN_OPENING.exec(window)) {
    const at = from + m.index + m[0].length;
    // Another person opening a sentence in between may be the one meant; one named as an object ("sees Alicia for
    // counseling") or in parentheses (the full name of "Dom") is not.
    others ??= identifiers.filter((f) => f.type === 'name' && f.start >= from && f.start < from + window.length &&
      f.text.toLowerCase() !== n.text.toLowerCase() && /(?:^|[.!?:]["”’)]?\s+|\n\s*)$/.test(lower.slice(Math.max(0, f.start - 4), f.start)));
    if (others.some((o) => o.start < at)) return undefined;
    // "...if Jalen is cleared for Sat. He told me the MRI showed a grade 2 hamstring strain": what he reports of his own
    // test or treatment counts too.
    const h = healthInClause(at, healthFindings, lower) ?? healthInReport(at, healthFindings, lower) ?? healthInPronounSentence(at, healthFindings, lower);
    if (h) return `"${n.text}... ${m[1]}${lower.slice(at, h.end).trimEnd()}"`;
  }
  return undefined;
}

function subjectLink(findings: Finding[], identifiers: Finding[], healthFindings: Finding[], text: string, lower: string): string | undefined {
  if (DECLARED_FAKE.test(lower)) return undefined;
  const absence = ABSENCE_NOTICE.test(lower);
  // In a colleague's absence notice the dates are her leave ("out from 3/10-3/24"); only a birth date identifies.
  // A month alone ("falls with injury: 3 in Sept") names no one's day.
  // A supplier's or a facility's business mail (an order, an install, a service visit, a contract): its address,
  // account, serial and dates are the business's, whatever else it names ("Service date: Tuesday, November 18" is the
  // day its engineer comes, not a date of service).
  const business = businessMail(lower);
  const patientId = identifiers.find((f) => (f.type === 'other_id' && PRISONER_NUMBER_BEFORE.test(lower.slice(Math.max(0, f.start - 24), f.start))) ||
    (PATIENT_IDENTIFIERS.has(f.type) && !(business && BUSINESS_IDENTIFIERS.has(f.type)) &&
    (f.type !== 'address' || addressOfSomeone(f, identifiers, lower)) && (f.type !== 'device_id' || deviceOfSomeone(f, identifiers, lower))) || (f.type === 'date' && !business && f.explanation.cue &&
    // The cue on the date's line or before it: a heading on the next line ("3. DELIVERY PERFORMANCE") is not the date's.
    (cueOnDateLine(f, lower) || cueBefore(f, lower)) &&
    // "Wed 12/31: close at 1:00 PM, last appt 12:15": the clinic's hours, not anyone's appointment.
    !(/^(?:appt|appts|appointment|appointments|visit|visits)$/.test(f.explanation.cue) &&
      /(?<![a-z])(?:(?:close|closes|closing|open|opens|opening)\s+(?:at|early|late)|closed|(?:clinic|office|holiday)\s+hours|(?:last|first)\s+(?:appt|appointment|visit)s?)(?![a-z])/.test(`${lineBefore(lower, f.start)} ${lineAfter(lower, f.end)}`)) &&
    f.explanation.pattern !== 'cued-month' &&
    // "the station's Java cert expired 6/8": a certificate, a card or a password expires, not a person.
    !(f.explanation.cue === 'expired' && /(?<![a-z])(?:certs?|certificates?|licen[cs]es?|cards?|passwords?|contracts?|badges?|subscriptions?|tokens?|warrant(?:y|ies)|registrations?|credentials?|leases?|batter(?:y|ies)|domains?|keys?|slings?|lifts?|filters?|pads?|kits?|supplies|equipment|cylinders?|tanks?|lots?)\s+(?:has\s+|had\s+)?expired\s*(?:on\s+)?$/.test(lower.slice(Math.max(0, f.start - 50), f.start))) &&
    // A year alone is no identifier under Safe Harbor ("every procedure reviewed in 2025").
    !/^\d{4}$/.test(f.text.trim()) &&
    // "DOS 3/1/25-3/31/25" over a summary of claims: a reporting period of whole months, not one patient's visit.
    !WHOLE_MONTHS.test(f.text.trim()) &&
    // "Grace will follow up by 3/31", "due 4/30": a task's deadline, not a visit.
    !(!BIRTH_OR_DEATH_CUES.has(f.explanation.cue) && /(?<![a-z])(?:by|due|due by|no later than|deadline(?: is)?:?)\s+(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?$/.test(lower.slice(Math.max(0, f.start - 24), f.start))) &&
    // "visit calendar - January 2026": the month of a schedule of visits.
    !(f.explanation.cue === 'visit' && /(?<![a-z])visits?\s+(?:calendar|schedule|grid|log|dates|planning|rotation)\b/.test(lower.slice(Math.max(0, f.start - 40), f.start))) &&
    // "Happy birthday to Jill (4/18)!": a colleague's birthday wished in a staff note.
    !(f.explanation.cue === 'birthday' && /(?<![a-z])happy\s+(?:belated\s+)?(?:\d+\w*\s+)?birthday/.test(lineBefore(lower, f.start))) &&
    // "Birthday cake for everyone with an October birthday in the bistro on October 29": a monthly party.
    !(f.explanation.cue === 'birthday' && /(?<![a-z])(?:birthdays\s+(?:this|next|last)\s+(?:month|week)|birthday\s+(?:cake|party|parties|celebration|lunch|bash|social)|(?:everyone|anyone|all|residents|staff|employees)\b[^.\n]{0,40}\bbirthdays?)(?![a-z])/.test(lineBefore(lower, f.start))) &&
    // "follow-up from the May 20 quality meeting": a staff event's day.
    !STAFF_EVENT_AFTER.test(lower.slice(f.end, f.end + 40)) && !STAFF_EVENT_BEFORE.test(lower.slice(Math.max(0, f.start - 40), f.start)) &&
    // "new hours starting 4/1", "back-in-service date is Mon 10/20": a schedule change's or a machine's day.
    !SCHEDULE_OR_EQUIPMENT_DAY_BEFORE.test(lower.slice(Math.max(0, f.start - 40), f.start)) &&
    (!absence || BIRTH_OR_DEATH_CUES.has(f.explanation.cue)) &&
    !(f.explanation.cue === 'visit' && (NON_PATIENT_VISIT.test(lower.slice(Math.max(0, f.start - 60), f.start)) ||
      // "any visit booked for 6/2 or later needs the new link": every visit on a day, no one's.
      /(?<![a-z])(?:any|all|every|each|no)\s+(?:[a-z]+\s+)?visits?\b[^\n.]{0,40}$/.test(lower.slice(Math.max(0, f.start - 60), f.start)) ||
      /^[^\n.]{0,15}?(?<![a-z])(?:any|all|every|each|no)\s+(?:[a-z]+\s+)?visits?\b/.test(lower.slice(f.end, f.end + 40)) ||
      (/(?<![a-z])my\s+$/.test(lower.slice(Math.max(0, f.start - 8), f.start)) && VENDOR_SIGNATURE.test(lower))))));
  // A donor's address on a gift acknowledgement is the donor's, not a patient's: the letter thanks for a gift.
  if (patientId && !(patientId.type === 'address' && GIFT_ACKNOWLEDGEMENT.test(lower))) return `a patient identifier (${patientId.type})`;
  // "my psychotherapy notes", "Session #6": a client's notes. "what belongs in the progress note vs. psychotherapy
  // notes" in a training flyer is a kind of record: notes in the plural, nobody's.
  // "what goes in the chart vs a psychotherapy note" in a de-identified case: a kind of record too.
  if (findings.some((f) => f.type === 'psychotherapy_note' && !(/notes$/i.test(f.text) &&
    !POSSESSIVE_BEFORE.test(lower.slice(Math.max(0, f.start - 40), f.start))) &&
    !(/(?<![a-z])(?:a|an|vs\.?|versus)\s+$/.test(lower.slice(Math.max(0, f.start - 8), f.start)) && DECLARED_ANONYMOUS.test(lower)))) return 'a psychotherapy note is about a client';
  const listRow = listRowLink(identifiers.filter((f) => f.type === 'name'), healthFindings, text, lower) ??
    nameBirthDateRow(identifiers, lower) ?? nameWithCareInParens(identifiers, healthFindings, lower);
  if (listRow) return listRow;
  // A message that declares itself a template or de-identified ("template – no patient info", "a de-identified
  // case", "no names on slides") is about no one unless a patient identifier says otherwise (checked above).
  const declaredAnonymous = DECLARED_ANONYMOUS.test(lower);
  // A stated age under 18 is a particular child; "newborn care" in a class flyer is not, nor the "15-year-old
  // female" of a case with all identifiers removed.
  // "Lead screening by age 2", "vaccines due before age 13": a milestone of a schedule or a metric, not a child's age.
  if (!declaredAnonymous && findings.some((f) => f.type === 'minor' && /^(?:age|dob)/.test(f.explanation.pattern) &&
    !/(?<![a-z])(?:by|before|until|through|thru|under|below|after|from|starting at|beginning at)\s+$/.test(lower.slice(Math.max(0, f.start - 16), f.start)) &&
    // "Case walk-through: a 16-year-old asks for her own prenatal records": a training's made-up case.
    !CASE_EXAMPLE_BEFORE.test(lineBefore(lower, f.start)))) return 'a stated age under 18';
  // A message whose subject line names a policy, a protocol or a procedure ("Subject: Policy reminder: urine drug test
  // collection") states rules: its "patient" is whoever the rule meets.
  const policyDocument = (/\bpolicy\b/.test(lower) && POLICY_DOCUMENT.test(lower)) || isInstructionList(lower) ||
    /^subject:[^\n]*(?<![a-z])(?:policy|policies|protocol|sop|workflow|guidelines?|procedure (?:update|change|reminder))(?![a-z])/m.test(lower) ||
    // Release notes of an app or a system: its "member" and "patient" are whoever uses it.
    /(?<![a-z])(?:release notes|what['’]s new (?:for|in)|new in (?:release|version)|\[release\])(?![a-z])/.test(lower);
  // "your" ties health to the addressee only when there is one: a name greeted or called by Mr./Mrs. ("Know
  // your numbers" in a staff newsletter addresses everyone).
  const addressee = identifiers.some((n) => n.type === 'name' && (GREETING_BEFORE.test(lower.slice(Math.max(0, n.start - 20), n.start)) ||
    HONORIFIC_BEFORE.test(lower.slice(Math.max(0, n.start - 20), n.start)) ||
    // "Dariusz - glad the induction went OK": the message opens with the name it is written to.
    (lower.slice(0, n.start).trim() === '' && /^\s*[,:\-–—]/.test(lower.slice(n.end)))));
  for (const hit of lower.matchAll(SUBJECT_CUES)) {
    if (declaredAnonymous) break;
    if (NOT_A_SUBJECT[hit[0]]?.test(lower.slice(hit.index, hit.index + 80))) continue;
    // "Do NOT uninstall the client": software installed on a device.
    if (hit[0] === 'client' && /(?<![a-z])(?:install|uninstall|reinstall|update|upgrade|patch|restart|launch|the\s+desktop|the\s+vpn|the\s+sync)(?:ed|ing)?\s+(?:the\s+)?$/.test(lower.slice(Math.max(0, hit.index - 24), hit.index))) continue;
    // "written translation of clinical documents (discharge instructions, consent forms)": kinds of documents listed.
    if (/^discharge (?:instructions|summary)/.test(hit[0]) && (/(?<![a-z])(?:documents?|forms?|materials|templates?|translation|such as|e\.g\.|like)\s*[(:,]?\s*$/.test(lower.slice(Math.max(0, hit.index - 30), hit.index)) ||
      /^[^\n.]{0,30}?,\s*(?:consent forms?|forms?|handouts?|letters?)\b/.test(lower.slice(hit.index + hit[0].length, hit.index + hit[0].length + 40)))) continue;
    // 'a family member wrote in to thank "the nurse who sat with my father"': a kudos quoting a stranger's words.
    if (hit[0].startsWith('my ') && insideQuotes(lower, hit.index) && /(?<![a-z])(?:wrote|writes|said|says|thank(?:ed|s)?|shared|kudos|compliment)(?![a-z])/.test(sentenceBefore(lower, hit.index))) continue;
    // "Your results go only to you" in a wellness-screening notice to all staff: "your" needs a reader named.
    if (hit[0].startsWith('your ') && !addressee) continue;
    // "EHR query on AF dx codes": a kind of code, not someone's diagnosis.
    if (/^(?:dx|diagnosis)\s+(?:codes?|lists?|categor(?:y|ies)|groups?|pointers?|fields?|qualifiers?)\b/.test(lower.slice(hit.index, hit.index + 24))) continue;
    // "a non-scientific member must be present": any member of a committee.
    if (hit[0] === 'member' && /(?<![a-z])(?:a|an)\s+(?:[a-z-]+\s+)?$/.test(lower.slice(Math.max(0, hit.index - 24), hit.index))) continue;
    if (/^(?:dx|diagnos)/.test(hit[0]) && RANKED_BEFORE.test(lower.slice(Math.max(0, hit.index - 20), hit.index))) continue;
    // "(need documented pt consent to audio-only)": what a billing rule requires of any patient.
    if (hit[0] === 'pt' && /(?<![a-z])(?:documented|need|needs|require[sd]?|obtain|get)\s+$/.test(lower.slice(Math.max(0, hit.index - 12), hit.index)) &&
      /^pt\s+(?:consent|signature|acknowledg)/.test(lower.slice(hit.index, hit.index + 20))) continue;
    // "Items labeled with a patient's name go to the patient's room": the patient the sentence made up a moment ago.
    if ((hit[0] === 'patient' || hit[0] === 'pt') && /(?<![a-z])the\s+$/.test(lower.slice(Math.max(0, hit.index - 6), hit.index)) &&
      /(?<![a-z])(?:a|an|any|each|every)\s+(?:[a-z-]+\s+)?(?:patient|pt)(?![a-z])/.test(sentenceBefore(lower, hit.index))) continue;
    // "Consent forms went home in backpacks", "if they went home with a patient": papers and loaned devices, not a patient discharged.
    if (hit[0] === 'went home' && /(?<![a-z])(?:forms?|letters?|packets?|flyers?|fliers?|notices?|papers?|materials|slips?|folders?|reminders?|kits?|copies|info|information|handouts?|it)\s+$|(?<![a-z])(?:if|unless|whether)\s+(?:they|it|these|those|any)\s+$/.test(lower.slice(Math.max(0, hit.index - 16), hit.index))) continue;
    // "new-pt slots", "new patient appointments": openings on a schedule. "employee-as-patient lookups", "VIP patient
    // alerts": a category a privacy audit watches.
    if ((hit[0] === 'patient' || hit[0] === 'pt') && (/(?<![a-z])new[- ]$/.test(lower.slice(Math.max(0, hit.index - 4), hit.index)) &&
      /^(?:patient|pt)s?\s+(?:[a-z-]+\s+){0,2}(?:slots?|appointments?|appts?|visits?|openings?|intakes?|referrals?|spots?|evaluations?|evals?|exams?|consults?|consultations?|physicals?)\b/.test(lower.slice(hit.index, hit.index + 44)) ||
      /(?<![a-z])(?:employee|staff|vip)[- ]as[- ]$|(?<![a-z])vip[- ]$/.test(lower.slice(Math.max(0, hit.index - 12), hit.index)))) continue;
    // "– primary SUD dx ........ 38%": a share of a program's admissions on a dashboard.
    if (/^(?:dx|diagnos)/.test(hit[0]) && /^[^\n]*?(?:\.{4,}|\d+(?:\.\d+)?\s*%)/.test(lower.slice(hit.index, hit.index + 60))) continue;
    // "patient removal (mannequin)" in a drill's scenarios: a manikin plays the patient.
    if (KIND_CUES.has(hit[0]) && /^[^\n.;]{0,40}(?<![a-z])(?:mannequins?|manikins?|simulated|sim patient|actor|volunteer patient)(?![a-z])/.test(lower.slice(hit.index, hit.index + 60))) continue;
    // "patient" as a noun's modifier names a kind of thing ("patient removal", "pt AVS", "patient app"): only a
    // patient who does or undergoes something, is named, or owns something is someone.
    if ((hit[0] === 'patient' || hit[0] === 'pt') && patientAsModifier(text, lower, hit.index + hit[0].length)) continue;
    // "wrong pt AVS handed out (3)", "pt ate/drank (31%)", "412 active pts (2.7%)": a tally or a share, each its own patient.
    if (KIND_CUES.has(hit[0]) && /^[^\n;]{0,40}?\(\d+(?:\.\d+)?%?\)/.test(lower.slice(hit.index, hit.index + 50))) continue;
    // "single-patient use only", "multi-patient pumps": how a product may be used, any patient.
    if ((hit[0] === 'patient' || hit[0] === 'pt') && /(?<![a-z])(?:single|multi|multiple|one|same)[- ]$/.test(lower.slice(Math.max(0, hit.index - 9), hit.index))) continue;
    // "own mother's milk", "Mother's Day": the milk a metric counts, a holiday.
    if (hit[0] === "mother's" && /^mother's\s+(?:own\s+)?(?:milk|day)\b/.test(lower.slice(hit.index, hit.index + 20))) continue;
    // "per household member", "a team member"; "still on the old client", "the VPN client": kinds and software.
    if (hit[0] === 'member' && /(?<![a-z])(?:household|family|team|staff|board|committee|faculty|council|panel|crew|founding|plan|community)\s+$/.test(lower.slice(Math.max(0, hit.index - 12), hit.index))) continue;
    if (hit[0] === 'client' && /(?<![a-z])(?:vpn|field|desktop|web|thin|e-?mail|mail|software|legacy|citrix|teams|zoom|outlook|softphone|phone|mobile|app|browser|ios|android|receiver|on the (?:old|new|latest|updated))\s+$/.test(lower.slice(Math.max(0, hit.index - 16), hit.index))) continue;
    // "Mon-Fri 7-5 PT", "noon pt": Pacific time after a clock time, not a patient.
    if (hit[0] === 'pt' && /(?:\d|\d\s*[ap]\.?m\.?|noon|midnight)\s*\(?$/.test(lower.slice(Math.max(0, hit.index - 10), hit.index))) continue;
    // "Dear valued client,", "Dear member,": a mailing's salutation to whoever receives it. "Your account: Riverbend
    // Occupational Health, client #RB-30218": a clinic's number as a supplier's customer.
    if (KIND_CUES.has(hit[0]) && (/(?<![a-z])(?:dear|valued)\s+$/.test(lower.slice(Math.max(0, hit.index - 12), hit.index)) ||
      /(?<![a-z])(?:your|our)\s+account\b/.test(lineBefore(lower, hit.index)))) continue;
    // "calling for <patient name>", "[Patient Name]": a script's blank, filled in for whoever is called.
    if (/[<[{]$/.test(lower.slice(Math.max(0, hit.index - 1), hit.index))) continue;
    // "do not bring real client files": the kind of record, in a training's instructions.
    if (hit[0] === 'client' && /^client\s+(?:files?|records?|charts?|data|information|info|names?|lists?|satisfaction|surveys?)\b/.test(lower.slice(hit.index, hit.index + 30))) continue;
    // "418 completed at SBHCs this summer; 9 referred for ECG", "91% discharged to the community": a count or a share of
    // a program's cases. "Discharged-not-final-coded backlog": a coding metric.
    if (GENERIC_VERB_CUES.has(hit[0]) && (/(?:(?<![\w.,/#-])\d[\d,]*|\d\s*%)\s+$/.test(lower.slice(Math.max(0, hit.index - 10), hit.index)) ||
      /^discharged[- ]not[- ](?:final|fully)/.test(lower.slice(hit.index, hit.index + 24)))) continue;
    // "site photos confirmed by the patient in the pre-op room for 100% of cases": a practice's rule for every case.
    if (KIND_CUES.has(hit[0]) && /^[^.!?\n]{0,80}?\bfor\s+(?:100\s*%|all|every|each)\s+(?:of\s+)?(?:cases|patients|pts|visits|procedures|encounters|surgeries)\b/.test(lower.slice(hit.index, hit.index + 120))) continue;
    // "out Wednesday for her daughter's graduation": a colleague's family event, not a relative's care.
    if (/^(?:mother|father|daughter|son|mom|dad)'s$/.test(hit[0]) && /^\s+(?:[a-z-]+\s+)?(?:graduation|wedding|birthday|recital|game|tournament|concert|play|party|shower|baptism|christening|bar mitzvah|bat mitzvah|move-in|ceremony|school event|field trip)\b/.test(lower.slice(hit.index + hit[0].length, hit.index + hit[0].length + 30))) continue;
    // "Qualifying criteria (...):" then "- History of foot ulceration": the conditions a rule lists, anyone's.
    if (/^(?:history of|hx|h\/o|pmh)$/.test(hit[0]) && /(?<![a-z])(?:criteria|qualifying|eligibility|indications?)(?![a-z])[^\n]*:[^\n]*\n(?:[ \t]*[-*•][^\n]*\n){0,8}[ \t]*[-*•][ \t]*$/.test(lower.slice(Math.max(0, hit.index - 500), hit.index))) continue;
    // "Most common misses:" then "1. Bag placed directly on the patient's bed": an audit's findings, anyone's patient.
    if (KIND_CUES.has(hit[0]) && /(?<![a-z])(?:misses|missed items|findings|errors|deficiencies|gaps|observations|common (?:errors|issues|problems|mistakes)|best practices|tips)(?![a-z])[^\n]*:[ \t]*\n(?:[ \t]*(?:[-*•]|\d{1,2}[.)])[^\n]*\n){0,8}[ \t]*(?:[-*•]|\d{1,2}[.)])[^\n]*$/.test(lower.slice(Math.max(0, hit.index - 600), hit.index))) continue;
    // "Qualifying criteria (patient has diabetes AND at least one of):": a rule's conditions, any patient's.
    if (KIND_CUES.has(hit[0]) && /(?<![a-z])(?:criteria|qualifying|qualifies|eligibility|eligible|indications?)(?![a-z])[^\n]*$/.test(lineBefore(lower, hit.index))) continue;
    // "Screening dx should be Z11.1": what a coding rule requires, of any visit.
    if (/^[a-z/ ]{0,20}?\s+(?:should|must|needs? to|has to|have to)\s+be\b/.test(lower.slice(hit.index + hit[0].length - 1, hit.index + hit[0].length + 30))) continue;
    // "Please include with every referral:", "each admission": any one of a kind, in a rule or a checklist.
    if (/(?<![a-z])(?:every|each|any|per)\s+$/.test(lower.slice(Math.max(0, hit.index - 8), hit.index))) continue;
    // "Large-print and Braille discharge instructions can be ordered" in a policy: a kind of document, anyone's.
    if (policyDocument && /^(?:discharge (?:instructions|summary)|prior auth(?:orization)?|referral for|results for|critical value|history of)$/.test(hit[0])) continue;
    if (KIND_CUES.has(hit[0]) && (policyDocument || COUNT_BEFORE.test(lower.slice(Math.max(0, hit.index - 12), hit.index)) || KIND_BEFORE.test(lower.slice(Math.max(0, hit.index - 16), hit.index)))) continue;
    // "Any event that caused harm to the patient", "Updated protocol ...: the patient's weight used for dosing", "Example
    // we'll work through: the patient gets 38 minutes": a rule's or an example's patient, said in its own sentence.
    if (KIND_CUES.has(hit[0]) && GENERIC_SENTENCE.test(sentenceBefore(lower, hit.index))) continue;
    // "hip fractures admitted overnight", "who should be referred": the verb of a kind or a rule, not of a person.
    if (GENERIC_VERB_CUES.has(hit[0]) && GENERIC_SUBJECT_BEFORE.test(lower.slice(Math.max(0, hit.index - 24), hit.index))) continue;
    // "ED LOS, discharged pts ... 198 min", "admitted patients by unit": the verb describes a kind in a metric.
    if (GENERIC_VERB_CUES.has(hit[0]) && /^\s+(?:pts|patients|members|clients|residents|cases|children|kids|adults|encounters)\b/.test(lower.slice(hit.index + hit[0].length, hit.index + hit[0].length + 14))) continue;
    // "will require prior authorization", "without prior auth": a payer's rule, not a request for someone.
    if (/^prior auth/.test(hit[0]) && /(?:require|requires|required|requiring|need|needs|needed|without|with|no|new|through|via)\s+(?:a\s+)?$/.test(lower.slice(Math.max(0, hit.index - 16), hit.index))) continue;
    // "Prior auth basics with Deb", "Prior authorization changes for 2026": the subject of a training or a bulletin.
    if (/^prior auth/.test(hit[0]) && /^(?:orization)?(?:\s*(?:\/|&|and)\s*(?:referrals?|scheduling|billing|precert)\b|\s+(?:basics|forms?|training|changes|updates?|rules|requirements|process|workflows?|polic(?:y|ies)|lists?|team|department|dept|unit|queue|vendor|program|grid|matrix|fax|phone|line|desk|office|inbox|pool|email|e-mail|hotline|portal|login|site|website|coordinators?|specialists?|reps?|representatives?|analysts?)\b)/.test(lower.slice(hit.index + hit[0].length, hit.index + hit[0].length + 30))) continue;
    // "One adverse event referred for peer review": a case sent to a committee, not a patient to a clinician.
    if (hit[0] === 'referred' && /^\s+(?:for|to)\s+(?:the\s+)?(?:(?:protected|confidential|formal|external|internal|closed|open|next|monthly|quarterly)\s+)?(?:peer|legal|risk|compliance|committee|ethics|quality|further\s+review|review)/.test(lower.slice(hit.index + hit[0].length, hit.index + hit[0].length + 30))) continue;
    // "assigned to a home patient", "if they went home with a patient", "9 reached a pt with harm", "we lost a long-time
    // patient": any patient, or one the message does not single out.
    if ((hit[0] === 'patient' || hit[0] === 'pt') && /(?<![a-z])(?:a|an)\s+(?:[a-z-]+\s+)?$/.test(lower.slice(Math.max(0, hit.index - 24), hit.index))) continue;
    // "Assessment of the dizzy patient", "Management of the diabetic patient": a course topic's typical patient.
    if ((hit[0] === 'patient' || hit[0] === 'pt') && /(?<![a-z])(?:assessment|management|treatment|care|approach|evaluation|exam(?:ination)?|rehabilitation|caring)\s+(?:of|for)\s+the\s+(?:[a-z-]+\s+)?$/.test(lower.slice(Math.max(0, hit.index - 50), hit.index))) continue;
    // "before the first patient", "don't finish your patient first": whoever is next on a schedule, told to staff.
    if ((hit[0] === 'patient' || hit[0] === 'pt') && /(?<![a-z])(?:first|next|last|following|your)\s+$/.test(lower.slice(Math.max(0, hit.index - 12), hit.index))) continue;
    // "Hannah Lindqvist, PT, DPT", "the state PT board", "direct access PT", "Sam from PT": in capitals in a mixed-case
    // message, PT is physical therapy or its therapist; the patient is "pt" or "Pt".
    if (hit[0] === 'pt' && text.slice(hit.index, hit.index + 2) === 'PT' && PHYSICAL_THERAPY_PT.test(lower.slice(Math.max(0, hit.index - 24), hit.index + 24))) continue;
    // "- PT: Marisol Ventura" above "- OT: Jenna Kiefer": a therapy schedule's disciplines, each with its therapists.
    if (hit[0] === 'pt' && text.slice(hit.index, hit.index + 2) === 'PT' && /^pt\s*:/.test(lower.slice(hit.index, hit.index + 4)) &&
      /^\s*(?:[-*•]\s*)?$/.test(lineBefore(lower, hit.index)) && /(?:^|\n)\s*(?:[-*•]\s*)?(?:ot|slp|st|ota|cota|pta|rt)\s*:/.test(lower)) continue;
    // "breast cancer diagnosed before age 50": a criterion by age, not a person's diagnosis.
    if (GENERIC_VERB_CUES.has(hit[0]) && /^\s+(?:before|after|at|under|over|between)\s+(?:age|\d)/.test(lower.slice(hit.index + hit[0].length, hit.index + hit[0].length + 20))) continue;
    // "If you have a history of a positive PPD, bring ...": a condition of a rule, anyone's.
    if (/^(?:history of|hx|h\/o|pmh|diagnosed|dx)$/.test(hit[0]) && /^\s*(?:[-*•]\s*|\d{1,2}[.)]\s*)?(?:if|when|whenever|unless|anyone|any|those|staff|employees)\b/.test(sentenceBefore(lower, hit.index))) continue;
    // "Personal or family history of breast cancer", "patients with a history of falls": referral criteria.
    if (hit[0] === 'history of' && GENERIC_HISTORY_BEFORE.test(lower.slice(Math.max(0, hit.index - 40), hit.index))) continue;
    // "now requires a documented 2-dose history of Abilify Maintena on the prior authorization form": a payer's rule.
    if (hit[0] === 'history of' && /(?<![a-z])(?:requires?|required|requirement|must (?:have|show|document))\b[^.\n]{0,40}$/.test(lower.slice(Math.max(0, hit.index - 60), hit.index))) continue;
    // "Scope: results for gonorrhea, chlamydia, syphilis": the kinds of results a policy covers, not someone's.
    if (hit[0] === 'results for' && healthFindings.some((h) => h.start >= hit.index + 11 && h.start <= hit.index + 13)) continue;
    // "Patient experience survey results for Q4 2024": a report's period.
    if (hit[0] === 'results for' && /^results for\s+(?:the\s+)?(?:q[1-4]|quarter|fy|cy|fiscal|calendar|month|year|week|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:\d{4}|\d{1,2}\b)|\d{4}|last\s+(?:month|quarter|year))/.test(lower.slice(hit.index, hit.index + 40))) continue;
    // "the surgical patient", "the elderly patient": a kind of patient as a course's or a policy's topic. "the patient
    // or the documented healthcare representative": a role a script or a rule names.
    if ((hit[0] === 'patient' || hit[0] === 'pt') && (KIND_ADJECTIVE_BEFORE.test(lower.slice(Math.max(0, hit.index - 30), hit.index)) ||
      ROLE_PAIR_AFTER.test(lower.slice(hit.index + hit[0].length, hit.index + hit[0].length + 60)))) continue;
    // "intranet.example.org/pt/minutes": letters of an address; "kit PT-25-0412": the prefix of a number.
    if (/[/.]$/.test(lower.slice(Math.max(0, hit.index - 1), hit.index)) || lower[hit.index + hit[0].length] === '/' ||
      /^-\d/.test(lower.slice(hit.index + hit[0].length, hit.index + hit[0].length + 2))) continue;
    return `"${hit[0]}"`;
  }
  // Finding offsets are in the original text and `lower` is normalized; they only drift where invisible
  // characters were removed, which a 30-character look-back tolerates (the line look-ups above likewise).
  let onboarding: boolean | undefined;
  for (const f of healthFindings) {
    const before = lower.slice(Math.max(0, f.start - 40), f.start);
    if (TOPIC_AFTER.test(lower.slice(f.end, f.end + 48))) continue;
    // "a man in his 40s with treatment-resistant depression" in a case the message calls de-identified.
    if (declaredAnonymous) break;
    // "completed her residency in Obstetrics": her training's field, not her health.
    if (TRAINING_FIELD_BEFORE.test(before)) continue;
    // 'answers a common question: "Can I take ibuprofen with my blood thinner?"': a reader's question quoted in a
    // newsletter column, anyone's.
    if (insideQuotedQuestion(lower, f.start)) continue;
    // "which services teens can consent to on their own (contraception, STI testing)": on their own is alone, not theirs.
    // "Noor is presenting her poster on reducing primary cesarean": her work's topic; "1 in 8 women ... in her
    // lifetime": a rate's "her".
    const possessive = /(?<![a-z])on\s+(?:your|his|her|my|their)\s+own\b[^.!?\n]{0,30}$/.test(before) ||
      // "Our chambers logged their 10,000th hyperbaric oxygen treatment": a milestone's count.
      /(?<![a-z])(?:their|its|our)\s+(?:\d{1,3}(?:,\d{3})+|\d{3,})(?:st|nd|rd|th)\s[^.!?\n]{0,40}$/.test(before) ||
      /(?<![a-z])(?:your|his|her|my|their)\s+(?:\w+\s+)?(?:poster|talk|presentation|paper|abstract|lecture|article|study|research|project|thesis|session|webinar|course|class)\b[^.!?\n]*$/.test(before) ||
      // "a virtual in-service for your SLPs on AAC assessment": a training's topic.
      /(?<![a-z])(?:in-?service|training|webinar|workshop|session|class|course|lecture|talk|presentation)\b[^.!?\n]{0,50}\son\s+$/.test(lower.slice(Math.max(0, f.start - 90), f.start)) ||
      GENERIC_SENTENCE.test(sentenceBefore(lower, f.start)) || RATE_OF_PEOPLE.test(lineBefore(lower, f.start)) ||
      // "patients should keep taking their metformin": "their" of a kind named in the sentence.
      (/(?<![a-z])their\s[^.!?\n]{0,30}$/.test(before) && /(?<![a-z])(?:patients|pts|members|clients|residents|people|families|parents|employees|staff|everyone|anyone|someone|somebody|those)(?![a-z])/.test(sentenceBefore(lower, f.start))) ||
      // "Dr. Nwosu will use 4 and 5 on her SLT days": the sentence's subject is a doctor and "her" her own work.
      STAFF_SUBJECT_OWNS.test(lineBefore(lower, f.start))
      ? undefined : before.match(POSSESSIVE_BEFORE)?.[0];
    // Whole words: the "her" that ends "whether" is no one's.
    const owner = possessive ? before.match(/(?<![a-z])(?:your|his|her|my|their)(?![a-z])/g)!.pop()! : undefined;
    // "the units holding your MMR, varicella and hepatitis B vaccine stock": a clinic's stock, in a supplier's note.
    if (owner === 'your' && /^[^.\n]{0,50}?(?<![a-z])(?:stock|inventory|supply|supplies|shipment|orders?|fridges?|freezers?)(?![a-z])/.test(lower.slice(f.end, f.end + 60))) continue;
    // "Thanks for the order for your EMU long-term EEG hookups" from a supplier's account manager: the reader is the
    // customer, a clinic, and "your" its service.
    if (owner === 'your' && SALES_SIGNATURE.test(lower)) continue;
    // "Radiology is loaning us their ultrasound cart", "your immunization clinic storage room": the health word names
    // a department's equipment or a clinic, owned by staff ("where she helped build their ARFID feeding clinic").
    if (owner && /^\s*(?:(?:feeding|eating|treatment|care|specialty|disorders?|recovery|rehab|support)\s+)?(?:carts?|probes?|scanners?|consoles?|towers?|suites?|rooms?|clinics?|programs?|departments?|dept|storage|loaners?)(?![a-z])/.test(lower.slice(f.end, f.end + 16))) continue;
    // "where she helped build their ARFID feeding clinic and ran exposure meals": the owner's clinic or program comes
    // first, and what follows is its work.
    if (owner && /(?<![a-z])(?:clinic|program|unit|department|dept|service|team|lab|center|centre)s?(?![a-z])/.test(before.slice(before.lastIndexOf(owner)))) continue;
    // "Case walk-through: a 16-year-old asks for her own prenatal care records": a training's made-up case.
    if (owner && CASE_EXAMPLE_LINE.test(lineBefore(lower, f.start))) continue;
    // "Dev just finished his respiratory therapy prerequisites", "out for his dry needling Level 2 course": the field he trains in.
    if (owner && /^\s*(?:level\s+\w+\s+|part\s+\w+\s+)?(?:prerequisites?|prereqs?|degree|certification|credential|licensure|boards|coursework|courses?|program|school|rotation|residency|fellowship|internship|externship|clinicals|exam)(?![a-z])/.test(lower.slice(f.end, f.end + 16))) continue;
    // "Your embryologists handle vitrification": the addressee's staff do it, to no one named.
    if (owner && OWNERS_STAFF[owner]!.test(before)) continue;
    // "so your ACL reconstruction and MPFL reconstruction patients aren't left waiting": the term names a kind of
    // the reader's patients, no one of them.
    if (owner && /^\s+(?:(?:and|or|&|\/)\s+[^.\n,;]{0,40}?\s+)?(?:protocol\s+|post-?op\s+)?(?:patients|pts|clients|cases|athletes|population|census|caseload|panel)\b/.test(lower.slice(f.end, f.end + 70))) continue;
    // 'Patient booklet "Living with Your PICC"': a title in quotes says "your" to every reader.
    if (owner === 'your' && insideQuotes(lower, f.start)) continue;
    // "the upright freezer holding your Varivax, ProQuad and MMR II": a clinic's stock in the unit a supplier replaces.
    if (owner === 'your' && /(?<![a-z])(?:freezers?|fridges?|refrigerators?|storage|shelf|shelves|bins?)(?![a-z])[^.\n]{0,20}(?<![a-z])your\s[^.\n]{0,40}$/.test(lower.slice(Math.max(0, f.start - 70), f.start))) continue;
    // "Marco - your CPR/BLS card expires 7/31": a staff member's certification card, not care she received.
    if (/^(?:\s*\/\s*[a-z]+)?\s+(?:card|cards|cert|certification|recert|recertification|renewal|class|course)(?![a-z])/.test(lower.slice(f.end, f.end + 30))) continue;
    // A new hire's onboarding ("Background check cleared", "start date", "badge"): her (or your) TB screening and immunizations
    // are employment records kept by Employee Health, not a patient's chart.
    if ((owner === 'her' || owner === 'his' || owner === 'your') && (onboarding ??= onboardingMail(lower))) continue;
    // "Dr. Natarajan is out 7/14-7/18. Her lecanemab infusion safety visits go to Dr. Okafor": the her of the doctor
    // named just before, whose clinic it is.
    if ((owner === 'her' || owner === 'his') && staffOwner(findings, identifiers, lower, f.start - before.length + before.lastIndexOf(owner))) continue;
    // A colleague's own leave ("I'll be out for my knee surgery, Jess will cover my inbox") is no patient's record.
    const ownAbsence = (owner === 'my' || owner === undefined) && absence;
    if (possessive && !ownAbsence && (addressee || owner !== 'your')) return `"${owner} ${f.text.toLowerCase()}"`;
    // "Hi Lucky, ... since you're about 18 weeks pregnant", "you tested positive for": the addressee's own state.
    const secondPerson = addressee ? before.match(SECOND_PERSON_BEFORE)?.[0] : undefined;
    if (secondPerson) return `"${secondPerson.trim()} ${f.text.toLowerCase()}"`;
    const firstPerson = before.match(FIRST_PERSON_BEFORE)?.[0];
    if (firstPerson && !absence) return `"${firstPerson.trim()} ${f.text.toLowerCase()}"`;
  }
  // A bulk notice that says it is about no one's care ("a general message sent to all patients").
  if (declaredAnonymous) return undefined;
  for (const n of identifiers.filter((f) => f.type === 'name')) {
    const before = lower.slice(Math.max(0, n.start - 20), n.start);
    // Only health said outside a rule or a reminder can be the reader's: "Reminder for new staff: chloramine can
    // cause hemolysis" in a note to two colleagues is about the water, not theirs.
    // A supplier's representative greets a customer ("Hi Colleen, confirming the install of your new spirometer").
    // "Hi Gloria and Priya,": colleagues greeted together, not a patient written to about her care.
    // "Hi Alejandra, Delphine,": two colleagues listed with commas only.
    if (GREETING_BEFORE.test(before) && !/^\s*(?:,\s*[a-z]+\s*)*(?:and|&)\s+[a-z]|^\s*,\s*[a-z]+\s*[,:]\s*\n/.test(lower.slice(n.end, n.end + 40)) && personalCareSaid(lower) && !businessMail(lower) &&
      // "- Services: flu vaccine, COVID-19 vaccine, blood pressure screening": what an event offers, nobody's care.
      healthFindings.some((h) => !GENERIC_SENTENCE.test(sentenceBefore(lower, h.start)) &&
        !/(?<![a-z])(?:services|offered|offering|offerings|menu|available)\s*:[^\n]*$/.test(lineBefore(lower, h.start)))) return 'the message is addressed to a named person about their care';
    // "hi its tasha moreland i had my colonoscopy...": the writer names herself and writes about her own care.
    if (n.explanation.pattern === 'intro' && /^(?:its|it['’]s|this is)$/.test(n.explanation.cue ?? '') &&
      /(?<![a-z])(?:i|my|i['’]m|im|me)(?![a-z])/.test(lower.slice(n.end))) return 'the writer introduces herself and writes about her care';
    // "Lucia's A1c came back 9.4", "Raj has had a fever since Sunday": the named person owns the health term or is
    // the subject of a clause about it.
    const owned = healthInClause(n.end, healthFindings, lower);
    if (owned) return `"${n.text}${lower.slice(n.end, owned.end).trimEnd()}"`;
    // "Marisol at Pinewood CSU goes home tomorrow. Psychosis cleared once she was back on Invega": a named person's
    // discharge, and her care in the sentences right after it.
    const discharge = DISCHARGE_AFTER_NAME.exec(lower.slice(n.end, n.end + 60));
    if (discharge && healthFindings.some((h) => h.start >= n.end && h.start < n.end + discharge[0].length + 200)) return `"${n.text}${discharge[0].trimEnd()}"`;
    // "pls move Liam Okafor-Brandt GH stim test from 3/14 to 3/21": a visit moved, booked or cancelled, named by whose
    // test it is (the name right before the test, as a possessive without its 's).
    if (SCHEDULE_VERB_BEFORE.test(lower.slice(Math.max(0, n.start - 16), n.start))) {
      const test = healthFindings.find((h) => h.start > n.end && h.start <= n.end + 2 && /^\s+$/.test(lower.slice(n.end, h.start)));
      if (test) return `"${lower.slice(Math.max(0, n.start - 16), n.start).trim().split(/\s+/).pop()} ${n.text} ${test.text.toLowerCase()}"`;
    }
    // "Rahim in rm 3 - leaving for Lagos 6/12, on warfarin for afib", "a call from jorge on 5 north rm 512 - says nobody
    // told him about the kidney failure": a person in a room of a unit is a patient; care said in the same paragraph.
    const room = INPATIENT_ROOM_AFTER.exec(lower.slice(n.end, n.end + 40));
    if (room) {
      const paragraphEnd = lower.indexOf('\n\n', n.end);
      const care = healthFindings.find((h) => h.start > n.end && h.start < Math.min(n.end + 300, paragraphEnd < 0 ? lower.length : paragraphEnd));
      if (care) return `"${n.text}${room[0].trimEnd()}... ${care.text.toLowerCase()}"`;
    }
    // "pls call mom re Aaliyah bg 312 at lunch, gave insulin": a parent to call about a named child, her care in the
    // same sentence.
    if (FAMILY_CALL_BEFORE.test(lower.slice(Math.max(0, n.start - 40), n.start))) {
      const care = healthFindings.find((h) => h.start > n.end && h.start < n.end + 160 && !/[.!?\n]/.test(lower.slice(n.end, h.start)));
      if (care) return `"${lower.slice(Math.max(0, n.start - 40), n.start).trim().split(/\s+/).slice(-3).join(' ')} ${n.text}... ${care.text.toLowerCase()}"`;
    }
    // "...permit for Pearl Whitehorse. She's getting chemotherapy every Tuesday": the next sentence's she or he, or
    // one a little later ("It's Dom (Dominic Ferraro...). Meg assessed him in the car. He was sedated..., said he took
    // 'a couple Klonopin'"), with no other person opening a sentence in between.
    const later = pronounLater(n, identifiers, healthFindings, lower);
    if (later) return later;
    // "Dear Ms. Bello," greets the reader of a business letter: that she is the patient takes words of her care
    // (the greeting rule above), not the courtesy title.
    if ((HONORIFIC_BEFORE.test(before) || /^(?:mr|mrs|ms|miss)\.?\s/.test(n.text.toLowerCase())) && !GREETING_BEFORE.test(before)) return 'a person named with Mr./Mrs./Ms.';
    if (NOTICE_FOR_BEFORE.test(lower.slice(Math.max(0, n.start - 50), n.start))) return 'a notice for a named person ("reminder for ...")';
  }
  return undefined;
}

export function decideVerdict(findings: Finding[], ctx: ScanContext): Verdict {
  const reasons: string[] = [];
  const identifiers = findings.filter((f) => f.category === 'identifier');
  const strong = identifiers.filter((f) => STRONG_IDENTIFIERS.has(f.type));
  const names = identifiers.filter((f) => f.type === 'name');
  // A date only identifies when it is tied to a person (a DOB/DOS cue), not a meeting date.
  const personalDates = identifiers.filter((f) => f.type === 'date' && f.explanation.cue);
  const identifiable = strong.length > 0 || names.length > 0 || personalDates.length > 0;
  if (strong.length) reasons.push(`identifier: ${[...new Set(strong.map((f) => f.type))].join(', ')}`);
  if (names.length) reasons.push('a person is named');
  if (personalDates.length) reasons.push('a date tied to a person');

  const healthFindings = findings.filter((f) => f.category !== 'identifier');
  // The care words matter only when nothing health-related was found: searched only then (the search over a
  // whole note cost more than the rest of the verdict).
  const careContext = healthFindings.length > 0 ? undefined : careContextIn(ctx.text, ctx.lower);
  const health = healthFindings.length > 0 || careContext !== undefined;
  if (healthFindings.length) reasons.push(`health information: ${[...new Set(healthFindings.map((f) => f.type))].join(', ')}`);
  else if (careContext) reasons.push(`care context: "${careContext}"`);

  const sensitive = SensitiveType.options.filter((t) => findings.some((f) => f.type === t));
  const psychotherapy = findings.some((f) => f.type === 'psychotherapy_note');
  // Both present is not enough: the health information must be about someone (staff named in a newsletter on
  // diabetes are not its subject).
  // Only identifiers of someone other than the staff who write can tie the health information to a person.
  const personal = identifiable && health ? personalIdentifiers(identifiers, ctx.lower) : [];
  // A date alone singles out a person as a birth or death date, or as a visit or surgery date said in the same
  // line ("surgery was 8/5"); a webinar's date under a title that mentions surgery does not.
  const personallyIdentifiable = personal.some((f) => STRONG_IDENTIFIERS.has(f.type) || f.type === 'name' ||
    (f.type === 'date' && f.explanation.cue !== undefined && (BIRTH_OR_DEATH_CUES.has(f.explanation.cue) || cueOnDateLine(f, ctx.lower))));
  const link = personallyIdentifiable ? subjectLink(findings, personal, healthFindings, ctx.text, ctx.lower) : undefined;
  if (link) reasons.push(`tied to a person: ${link}`);
  else if (identifiable && health && !personallyIdentifiable) reasons.push('only staff and department contacts are identified');
  else if (identifiable && health) reasons.push('health topic not tied to the people named');
  const phi = link !== undefined;

  let risk: RiskLevel = 'none';
  if (phi) risk = sensitive.length || psychotherapy || strong.some((f) => f.type === 'ssn') ? 'high' : 'moderate';
  else if (identifiable || healthFindings.length) risk = 'low';
  return { phi, risk, identifiable, health, sensitive, psychotherapy, reasons };
}
