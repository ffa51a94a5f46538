import type { RawMatch, Recognizer, ScanContext } from './types';
import { compromiseWords } from './lexicons/compromise-lexicon';
import {
  AMBIGUOUS_NAMES, COMMA_CREDENTIALS, CREDENTIALS, ENGLISH_SUFFIX, EPONYMS, INTRO_CUES, LABELS, MEDICAL_SUFFIX, NOTE_LETTERS, NOT_NAME_SUFFIX, HONORIFICS, NOT_AFTER_HONORIFIC, NOT_NAMES,
  PLACE_PREFIXES, RELATIONS, ROLES, SALUTATIONS, CONTACT_LABELS, WORKPLACE_WORDS, JOB_TITLE_WORDS, LANGUAGES, DEPARTMENT_WORDS,
} from './lexicons/people-cues';
import { GIVEN_NAMES, SURNAMES } from './lexicons/name-gazetteer';
import { CALENDAR_WORDS, FACILITY_WORDS, US_STATES } from './lexicons/places';
import { CLINICAL_CAPITALS, HEALTH_LEXICON_WORDS } from './lexicons/health';
import { firstTokenAtOrAfter, sharedWords, type Token } from './support/tokens';
import { allMatches } from './support/word-starts';

/** How a name was found; the explanation's pattern. */
type NameCue = 'initial' | 'honorific' | 'relation' | 'role' | 'salutation' | 'intro' | 'signature' | 'lexicon' | 'surname-lexicon' | 'capitalized' | 'mention';

const CONFIDENCE: Record<NameCue, number> = {
  initial: 0.75,
  honorific: 0.9, relation: 0.8, role: 0.8, salutation: 0.75, intro: 0.7, signature: 0.85, lexicon: 0.7,
  'surname-lexicon': 0.65, capitalized: 0.6, mention: 0.7,
};

// Endings that mark surnames across languages (-son, -sen, -ová, -ski, -wicz, -nen, -poulos, -escu...).
const SURNAME_ENDING = /(?:sson|sen|son|dottir|dóttir|ová|ovà|ski|ska|sky|wicz|icz|vić|ovic|evic|ović|enko|inen|nen|poulos|opoulou|akis|idis|escu|oglu|oğlu|yan|ian|stein|berg|mann|feld|elli|etti|ucci|ini|ez|quez|moto|mura|yama|kawa|uchi|shvili|dze|aite|iene|ytė|ov|ova|ev|eva|yev|iev|ovich|evich|vich|ić|czyk|czak|iak|hara|kami|saki|shita|naka|mori|zawa|hashi|guchi|oja|aho|salo|mäki|järvi|ssen|sdóttir)$/;


interface Context {
  tokens: Token[];
  text: string;
  informative: boolean;
}

const words = compromiseWords();
/** A word without its accents: "Mejía" is looked up as "mejia" too, as writers often leave them out. */
const plainLetters = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '');
// compromise's one-word famous people that are no person's name in a message, or are places as well.
const NOT_PEOPLE = new Set(['markov', 'swami', 'superman', 'spiderman', 'thor', 'moby', 'merlin', 'hedwig', 'cthulhu', 'sinbad',
  'hamilton', 'kent', 'darwin', 'salvador', 'santiago', 'samara', 'kobe', 'alexandria', 'banksy', 'beck', 'drake', 'piper', 'tripp', 'wolfram']);
// The international gazetteer adds only words compromise does not know as ordinary words or places, and
// no clinical term or cue word: "Inger", "Virtanen" yes; "per", "can", "sun" no. compromise's own one-word
// people ("rashid", "pilar", "ferguson") count as names although its model lists them with the common words.
const gazetteer = (list: Iterable<string>) => {
  const out = new Set<string>();
  for (const w of list) {
    if (w.length < 3 || (words.common.has(w) && !words.people.has(w)) || words.places.has(w) || HEALTH_LEXICON_WORDS.has(w) || NOT_NAMES.has(w) ||
      LABELS.has(w) || AMBIGUOUS_NAMES.has(w) || RELATIONS.has(w) || HONORIFICS.has(w) || CALENDAR_WORDS.has(w) || NOT_PEOPLE.has(w) ||
      EPONYMS.has(w) || CREDENTIALS.has(w)) continue;
    out.add(w);
    out.add(plainLetters(w));
  }
  return out;
};
const givenNames = gazetteer(GIVEN_NAMES);
const surnames = gazetteer(SURNAMES);
const people = gazetteer(words.people);
// One set each (compromise's names plus the gazetteer's), and one for either: a single look-up per token.
const firstNameSet = new Set([...words.firstNames, ...givenNames]);
// compromise's famous people are mostly known by their surnames ("Ferguson", "Hammond"); the given names
// among them are in the gazetteer's given names too.
const lastNameSet = new Set([...words.lastNames, ...surnames, ...people]);
const anyNameSet = new Set([...firstNameSet, ...lastNameSet]);
// Contractions: "I'm", "you're", "don't".
const CONTRACTION = /^(?:i|you|we|they|he|she|it|that|there|what|who|let)['’]|n['’]t$|['’]d$/;

/**
 * A word compromise does not list that still reads as English or clinical by its form: a derivational
 * ending ("unable", "privately", "intubated"), a health term, or the plural of a common word ("residuals",
 * "legs"). Such a word after a weak cue is not taken for an unknown surname.
 */
const englishByFormWord = (w: string) =>
  HEALTH_LEXICON_WORDS.has(w) || (MEDICAL_SUFFIX.test(w) && !SURNAME_ENDING.test(w)) || (NOT_NAME_SUFFIX.test(w) && !/ic$/.test(w)) ||
  (ENGLISH_SUFFIX.test(w) && !/er$/.test(w)) || /^un[a-z]{4,}/.test(w) ||
  /(?:uals|ials|ions|ments|ures|ings|ances|ences|ities)$/.test(w) ||
  (/s$/.test(w) && (words.common.has(w.slice(0, -1)) || words.common.has(w.replace(/es$/, ''))));

// What the steps ask about a word, as bits of one number: the same word is asked about by several steps
// (and in many notes), and one memo look-up answers what took up to ten Set look-ups and some regexes.
// Every fact depends on the lower-case word alone, so the answers never change.
const FIRST = 1 << 0;
const LAST = 1 << 1;
const ANY_NAME = FIRST | LAST;
const COMMON = 1 << 2; // compromise's ordinary words or places
const BLOCKED = 1 << 3;
const ENGLISH_FORM = 1 << 4;
const LISTED_NAME = 1 << 5; // the word itself in a name list (ANY_NAME also counts the word without accents)
const AMBIGUOUS = 1 << 6; // AMBIGUOUS_NAMES
// Bits of the gate table below (cue words, credentials, words of place), kept in the memo above GATE_SHIFT.
const CUE = 1 << 0;
const CREDENTIAL = 1 << 1;
const PLACE_PREFIX = 1 << 2;
const BY = 1 << 3; // "goes by Venkat"
const GATE_SHIFT = 8;

const flagMemo = new Map<string, number>();
function wordFlags(w: string): number {
  let f = flagMemo.get(w);
  if (f !== undefined) return f;
  const plain = /[^\x00-\x7F]/.test(w) ? plainLetters(w) : w;
  const names = (firstNameSet.has(w) || firstNameSet.has(plain) ? FIRST : 0) | (lastNameSet.has(w) || lastNameSet.has(plain) ? LAST : 0);
  // A credential ("PharmD", "PsyD", "LCSW") and a lone eponym ("Parkinson's") are never part of a name.
  f = names | ((words.common.has(w) && !(names && people.has(w))) || words.places.has(w) ? COMMON : 0) |
    (NOT_NAMES.has(w) || LABELS.has(w) || (CREDENTIALS.has(w) && w !== 'jr' && w !== 'sr') || EPONYMS.has(w) || WORKPLACE_WORDS.has(w) || ((w.includes("'") || w.includes('’')) && CONTRACTION.test(w)) || HONORIFICS.has(w) || RELATIONS.has(w) ||
      CALENDAR_WORDS.has(w) || FACILITY_WORDS.has(w) || SALUTATIONS.has(w) ? BLOCKED : 0) |
    (englishByFormWord(w) ? ENGLISH_FORM : 0) | (anyNameSet.has(w) ? LISTED_NAME : 0) | (AMBIGUOUS_NAMES.has(w) ? AMBIGUOUS : 0) |
    (gateFlags(w) << GATE_SHIFT);
  // Bounded: a long session of odd words must not grow it without end.
  if (flagMemo.size >= 200_000) flagMemo.clear();
  flagMemo.set(w, f);
  return f;
}
/**
 * A token's word facts, kept with its word (support/tokens.ts) after the first ask: the loops below ask about
 * every token, and a look-up in the memo per question cost more than the rest of them.
 */
function tokenFlags(t: Token): number {
  let f = t.word.nameFlags;
  if (f < 0) t.word.nameFlags = f = wordFlags(t.lower);
  return f;
}
const has = (t: Token, flag: number) => (tokenFlags(t) & flag) !== 0;

const isFirstName = (w: string) => (wordFlags(w) & FIRST) !== 0;
const isLastName = (w: string) => (wordFlags(w) & LAST) !== 0;
const isLexName = (t: Token) => has(t, ANY_NAME);
/** Names that are also a note's abbreviations ("MAE", moves all extremities): a name only when written "Mae". */
const TITLE_CASE_ONLY_NAMES = new Set(['mae']);
const isBlocked = (t: Token) => has(t, BLOCKED) || (t.shape !== 'title' && TITLE_CASE_ONLY_NAMES.has(t.lower));
const GREETED_GROUP_AFTER = /^[ \t]+(?:(?!and\b|or\b)[A-Za-z]+[ \t]+)?(?:staff|team|teams|folks|colleagues|nurses|providers|crew|employees|volunteers|members|everyone|all|families|parents|students|guardians|caregivers|neighbors|friends|community)\b/i;
const isPortalBrand = (text: string) => /^My\p{Lu}/u.test(text);
const isCommon = (t: Token) => has(t, COMMON);
const englishByForm = (t: Token) => has(t, ENGLISH_FORM);

/** A word that can be part of a name once something else (a cue, a first name) says a name is here. */
function nameWord(t: Token, c: Context, lenient: boolean): boolean {
  if (isBlocked(t)) return false;
  // "MyChart", "MyWestbrook": a patient portal's brand, not a person.
  if (isPortalBrand(t.text)) return false;
  if (t.shape === 'initial') return c.text[t.end] === '.' || lenient;
  if (t.text.length < 2) return false;
  if (isLexName(t)) return true;
  if (isCommon(t)) return c.informative && (t.shape === 'title' || t.shape === 'upper') && lenient;
  // Unknown to compromise: a surname most of the time, unless the writer's capitals say otherwise.
  if (c.informative && t.shape === 'lower') return false;
  return true;
}

const sameLineSpace = (gap: string) => /^[ \t]{1,3}$/.test(gap) || /^\.[ \t]{1,2}$/.test(gap);

/** After "Dr."/"Mrs." nearly any word is a surname ("Dr. Small", "mrs. powers"), but not "Dr aware". */
function afterHonorific(t: Token, capitalized = false): boolean {
  if (t.shape === 'initial') return true;
  // "mrs. Park", "Dr. Young": a verb or adverb is a surname only when its capital says so.
  if (t.text.length < 2 || NOT_AFTER_HONORIFIC.has(t.lower) || (words.grammatical.has(t.lower) && !(capitalized && t.text.length > 3))) return false;
  // "SR. BP 120/80": short clinical abbreviations are not surnames.
  if (t.text.length <= 3 && (t.shape === 'upper' || t.shape === 'lower') && NOT_NAMES.has(t.lower)) return false;
  return !CALENDAR_WORDS.has(t.lower) && !RELATIONS.has(t.lower) && !HONORIFICS.has(t.lower);
}

/** Every cue word of step 1 and 1c, for a single look-up per token. */
const CUE_WORDS = new Set([...HONORIFICS, ...RELATIONS, ...ROLES, ...SALUTATIONS, ...INTRO_CUES, 'per', ...CONTACT_LABELS]);

/**
 * The few words at which the loops over every token stop (cue words, credentials, words of place before a
 * name), with their bits; `wordFlags` keeps them above GATE_SHIFT, so a token's are read from its word.
 */
const GATE_WORDS = new Map<string, number>();
// A word's length with its first and last letters: a word whose cell is empty is no gate word. Most words
// are told so by this array alone, without hashing the word.
const gateCell = (w: string) => (Math.min(w.length, 31) << 10) | ((w.charCodeAt(0) & 31) << 5) | (w.charCodeAt(w.length - 1) & 31);
const GATE_CELLS = new Uint8Array(1 << 15);
for (const w of [...CUE_WORDS, ...CREDENTIALS, ...PLACE_PREFIXES, 'by']) {
  GATE_WORDS.set(w, (CUE_WORDS.has(w) ? CUE : 0) | (CREDENTIALS.has(w) ? CREDENTIAL : 0) | (PLACE_PREFIXES.has(w) ? PLACE_PREFIX : 0) | (w === 'by' ? BY : 0));
  GATE_CELLS[gateCell(w)] = 1;
}
const gateFlags = (w: string) => (GATE_CELLS[gateCell(w)] ? GATE_WORDS.get(w) ?? 0 : 0);

/** The number after a contact label: "cell# 410-", "home: (555)", "pager 1234". */
const CONTACT_NUMBER = /^[ \t]*(?:#|no\.?|number)?[ \t]*[:#]?[ \t]*\(?\d{3}/i;

/** What a person does after "per X": "per Okafor will hold", "PER LINDQVIST OK TO EXTUBATE". */
const SOURCE_VERB = /^[ \t]+(?:will|would|wants|aware|says|said|ok|okay|ok'd|recommends|ordered|states|stated|requests|agrees|feels|plans|is aware)\b/i;

/** An English surname made from a given name and "s" ("Douglass", "Peters", "Edwards"). */
const patronymic = (t: Token) => t.text.length >= 5 && t.lower.endsWith('s') && isFirstName(t.lower.slice(0, -1)) && !AMBIGUOUS_NAMES.has(t.lower.slice(0, -1));

/** Cues after which nothing but a person is expected. */
const STRONG_INTRO = new Set(['starring', 'featuring', 'given', 'nickname', 'aka', 'nee', 'née', 'alias', 'surname', 'lastname', 'firstname']);

/** Lower-case particles inside Dutch and German names. */
const SURNAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'ten', 'ter', 'vander', 'zu']);

/** Verbs that give a name: "call me X", "named him X". */
const NAMING_VERBS = new Set(['call', 'calls', 'called', 'name', 'named', 'names', 'nicknamed', 'christened', 'baptized', 'renamed']);

// Verbs and modals among ambiguous first names: "son will call", "wife may visit".
const VERBISH_NAMES = new Set(['will', 'may', 'drew', 'sue', 'rob', 'pat', 'skip', 'chase', 'grant', 'mark', 'wade', 'pierce', 'spike', 'buck', 'chuck', 'stew', 'peg', 'sat', 'sun', 'dot', 'tab', 'van', 'nan', 'dc']);

/** Words that say a person was told or reached: "W. MAROTTA AWARE", "BEA TURA NOTIFIED". */
const TOLD = /^[ \t]+(?:aware|notified|paged|informed|updated|called|contacted|made aware|at bedside|in to see|is aware)\b/i;
/** "Troponin's 2.01", "Desat's off o2": an apostrophe plural or contraction, not a possessive. */
const PLURAL_APOSTROPHE = /^['’]s[ \t]+(?:\d|(?:off|of|on|in|to|at|and|or|are|were|x|q|with|down|up|now)\b)/i;

/** A dose after a word makes it a drug: "Zaroxyln 10 mg". */
const DOSE_AFTER = /^[ \t]*\d+(?:\.\d+)?[ \t]*(?:mg|mcg|g|gm|ml|cc|units?|meq|mmol)\b/i;
/** "Cantonese speaking", "Creole-speaking", "Haitian Creole speakers"; not "husband Duc Tran speaks English", a person. */
const LANGUAGE_AFTER = /^[ \t]*-?[ \t]*speak(?:ing|ers?)\b/i;
/** Nouns that make the names before them a medical eponym: "Mallory Weiss tear", "Cheyne Stokes breathing". */
const EPONYM_AFTER = /^(?:['’]s)?[ \t]+(?:tear|syndrome|disease|sign|test|catheter|blade|maneuver|manoeuvre|score|scale|criteria|fracture|reflex|procedure|repair|respirations|breathing|phenomenon|classification|palsy|esophagus|oesophagus|ulcer|cyst|contracture|lymphoma|sarcoma|neuralgia|encephalopathy|thyroiditis|ophthalmopathy|triad|position|operation|incision|node|nodes|dementia|chorea|tumou?r|anomaly|diverticulum|fundoplication|shunt)\b/i;

/**
 * An identifier or a birth date right after a name: "Re: Shanice Holloway, Medicaid ID ...", "Owusu, Abena -
 * 11/19/1989", "Jane Roe (DOB 3/4/91)". Whatever the words, a patient is named there.
 */
const PERSON_ID_AFTER = /^[ \t]*[,(–—-]?[ \t]*(?:DOB\b|D\.O\.B|date of birth|born\b|MRN\b|MR#|medical record|\d{1,3}[ \t]*(?:yo\b|y\/o|y\.o\.|years?[ \t]+old|-year-old)|\d{1,2}[\/.-]\d{1,2}[\/.-]\d{2,4})/i;
/** Identifiers a company has too ("Keystone Mutual (member ID ...)"): a person only with a name a lexicon knows. */
const ID_AFTER = /^[ \t]*[,(–—-]?[ \t]*(?:DOB\b|D\.O\.B|date of birth|born\b|MRN\b|MR#|medical record|Medicaid\b|Medicare\b|member[ \t]*(?:ID|#)|ID[ \t]*[:#]?[ \t]*[A-Z]*\d|SSN\b|acct\b|account\b|\d{1,3}[ \t]*(?:yo\b|y\/o|y\.o\.|years?[ \t]+old|-year-old)|\d{1,2}[\/.-]\d{1,2}[\/.-]\d{2,4})/i;

/** E-mail header lines: "From: Hope Adebayo <hope@x.org>", "To: Roe, Jane <jroe@x.org>", "Cc: Ana Ruiz". */
const HEADER_LINE = /^[ \t>]*(?:from|to|cc|bcc|reply-to|sender)[ \t]*:[ \t]*"?([^\n<>@";]+?)"?[ \t]*(<[^>\n]*@[^>\n]*>|\[mailto:[^\]\n]*\])?[ \t]*$/gim;

/**
 * A dash that opens a line or follows the last sentence, the usual place of a short signature: "- Imani",
 * "-- jonah", "— Vy (daughter)", "... with everything. - jonah".
 */
const DASH_LINE = /(?:^[ \t]*|[.!?)][ \t]+)(?:-{1,2}|–|—|~)[ \t]*(?=\p{L})/gmu;
/** What may follow a signature's name on its line: nothing, a comma (credential, department), a relation in parentheses, a phone. */
const SIGNATURE_TAIL = /^[ \t]*(?:$|\n|,|\(|\||\/|\+?\(?\d)/;
/** A line that closes a message block: a separator, a quoted header, a reply line. */
const BLOCK_START = /^[ \t]*(?:-{2,}|_{3,}|={3,}|\*{3,}|>|(?:from|sent|to|subject|date|on)\b[^\n]*(?::|wrote))/i;
/** A bullet or a numbered item: a dash line after one is an item of the list, not a signature. */
const BULLET_LINE = /^[ \t]*(?:[-*•–—~]|\d{1,3}[.)])[ \t]*\S/;
/**
 * Verbs only a person is the subject of: "Hope Kettering turns 50", "Faith Golding said". Not "is" or "ends":
 * "Grace Period ends", "Hope Springs is" are things.
 */
const PERSON_VERBS = new Set(['turns', 'turned', 'celebrates', 'celebrated', 'retires', 'retired', 'retiring', 'joins', 'joined',
  'said', 'says', 'told', 'asked', 'wrote', 'texted', 'emailed', 'phoned', 'called', 'visited', 'lives', 'lived', 'works', 'worked',
  'married', 'graduated', 'graduates', 'passed', 'died', 'thinks', 'feels', 'wants', 'needs', 'brought', 'brings', 'drives', 'drove']);
/** Words before a full-word honorific that make it a common noun: "have the doctor call", "your doctor". */
const DETERMINERS = new Set(['the', 'a', 'an', 'your', 'my', 'his', 'her', 'their', 'our', 'this', 'that', 'whose', 'which', 'any', 'every', 'each', 'no']);

/** Words after which a town is more likely than a person: "to Warren", "in Austin". */
const PLACE_BEFORE = new Set(['to', 'in', 'from', 'at', 'near', 'of', 'via', 'on', 'into', 'toward', 'towards', 'outside', 'downtown']);

/** Two-letter abbreviations written with full stops that are no person's initials. */
const ABBREVIATED_PLACES = new Set(['us', 'uk', 'dc', 'ny', 'la', 'nj', 'sf', 'eu', 'un', 'am', 'pm', 'po', 'md', 'rn', 'np', 'pa', 'dr', 'er', 'or']);

/** A visit or a call, after a relative's name: "bob visited", "bill called". */
const VISITED = /^[ \t]+(?:visited|called|phoned|came in|in to visit|was in|was here|stayed)\b/i;
/** "X AND DRS Y": a person coordinated with doctors. */
const AND_DOCTOR = /^[ \t]+and[ \t]+(?:drs?|doctors?|mrs?|ms)\b/i;
const toldAfter = (text: string, at: number) => TOLD.test(text.slice(at, at + 16)) || AND_DOCTOR.test(text.slice(at, at + 14));

/** Tokens following `from` that continue a name (same line, at most `max` words). */
const isDigitCode = (code: number) => code >= 48 && code <= 57;

function extend(c: Context, from: number, max: number): number {
  let last = from;
  for (let k = from + 1; k < c.tokens.length && k - from < max; k++) {
    const prev = c.tokens[k - 1]!;
    const t = c.tokens[k]!;
    const gap = c.text.slice(prev.end, t.start);
    if (!(sameLineSpace(gap) && (gap[0] !== '.' || prev.shape === 'initial'))) break;
    // "Requesting Miller beer": a name the writer capitalized does not go on in lower case.
    if (t.shape === 'lower' && (prev.shape === 'title' || prev.shape === 'upper') && !SURNAME_PARTICLES.has(t.lower)) break;
    // "Jamal Ortiz-Whitaker  KVH553019284": letters glued to digits are a code's prefix (numbers are not word tokens).
    if (isDigitCode(c.text.charCodeAt(t.end))) break;
    // "move Liam Okafor-Brandt GH stim test": in mixed case, a short capitals word then a lower-case word is an
    // abbreviation opening a phrase (growth hormone), not more of a Capitalized name.
    if (c.informative && t.shape === 'upper' && t.text.length <= 3 && prev.shape === 'title') {
      const after = c.tokens[k + 1];
      if (after && after.shape === 'lower' && !words.grammatical.has(after.lower) && sameLineSpace(c.text.slice(t.end, after.start))) break;
    }
    if (!nameWord(t, c, c.informative && t.shape === 'title')) break;
    last = k;
  }
  return last;
}

/** "W. Marotta": the initial, its full stop, and the surname after it. */
function extendInitial(c: Context, from: number): number {
  const n = c.tokens[from + 1];
  if (!n || c.text.slice(c.tokens[from]!.end, n.start) !== '. ' || isBlocked(n)) return from;
  return extend(c, from + 1, 2);
}

/**
 * "Harjit S. - fall in bathroom ~2100, no LOC": an on-call or hand-off note's row opens with a first name, an initial
 * and its stop, then a dash or a colon. The first name need not be one a lexicon knows; it must not be English.
 */
function handOffRows(c: Context, taken: Uint8Array, emit: Emit) {
  const { tokens, text } = c;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const initial = tokens[i + 1]!;
    if (taken[i] || taken[i + 1] || t.shape !== 'title' || t.text.length < 3 || initial.shape !== 'initial' || text.charCodeAt(initial.end) !== 46) continue;
    if (text.slice(t.end, initial.start) !== ' ' || !/^[ \t]+[-–—:][ \t]/.test(text.slice(initial.end + 1, initial.end + 5))) continue;
    if (!/(?:^|\n)[ \t]*(?:[-*•]|\d{1,2}[.)])?[ \t]*$/.test(text.slice(Math.max(0, t.start - 8), t.start))) continue;
    if (isBlocked(t) || words.grammatical.has(t.lower) || HEALTH_LEXICON_WORDS.has(t.lower) || CALENDAR_WORDS.has(t.lower) ||
      DEPARTMENT_WORDS.has(t.lower) || (isCommon(t) && !isLexName(t)) || englishByForm(t)) continue;
    emit(i, i + 1, 'capitalized', 'hand-off row');
  }
}

/** Words before a name the writer gives as herself or as the person to reach (see handOffs). */
const HAND_OFF = /(?:^|[^\p{L}\p{N}'’])(?:(it['’]?s|its|this is)|ask for|reply to|called by:?|update on|speak (?:with|to)|talk to|reach out to)[ \t]+$/iu;
/** After a self-introduced name: "again", a comma or stop, "from 4 West", "here", a line end, or the run-on of a
 * typed message ("its tasha moreland i had my colonoscopy"), or the writer's tie to the person named ("this is ana's mom"). */
const AFTER_SELF = /^(?:['’]s[ \t]+(?:mom|mother|mum|mama|dad|father|papa|grandma|grandmother|grandpa|grandfather|aunt|uncle|sister|brother|wife|husband|son|daughter|guardian|caregiver|partner)(?![a-z])|[ \t]+(?:again|here|from|calling|with|at|in|\(|i|im|i['’]m|my|and|just|checking|following|about|regarding)(?![a-z])|[ \t]*[,.!;:\-–—(]|[ \t]*\n|[ \t]*$)/;

type Emit = (from: number, to: number, cue: NameCue, cueWord?: string) => void;
const STATE_NAMES = new Set(Object.values(US_STATES));

/**
 * "hi its Dawn again", "hey dr szabo its Will Hardy.", "ask for Kainoa (pharmacist)", "Reply to Maeve or call":
 * after these words a Capitalized word (or, in lower-case text, a name a lexicon knows) is a person, even a word
 * that is also English ("Dawn", "Will") when it is Capitalized; a self-introduction must end its clause there.
 */
function handOffs(c: Context, taken: Uint8Array, emit: Emit) {
  const { tokens, text } = c;
  for (let i = 0; i < tokens.length; i++) {
    const n = tokens[i]!;
    if (taken[i] || isBlocked(n) || n.text.length < 3 || CALENDAR_WORDS.has(n.lower)) continue;
    const capital = n.shape === 'title';
    // In lower-case text only a name a lexicon knows, no English word; so too where someone introduces herself in
    // lower case in a message that has capitals elsewhere ("6/7/2025 7:48 AM hi this is gloria estrada").
    const knownLower = n.shape === 'lower' && isLexName(n) && !isCommon(n);
    // "hi this is earl whitfield i go to the unit": a given name that is also English, introduced in lower case with
    // a surname no dictionary reads as English after it (checked word by word first: the cue is a regex).
    const follower = tokens[i + 1];
    const pairShape = !capital && !knownLower && n.shape === 'lower' && !!follower && follower.shape === 'lower' && follower.text.length >= 3 &&
      !isBlocked(follower) && !isCommon(follower) && !englishByForm(follower) && !words.grammatical.has(n.lower) &&
      !words.grammatical.has(follower.lower) && !HEALTH_LEXICON_WORDS.has(follower.lower) && /^[ \t]{1,2}$/.test(text.slice(n.end, follower.start));
    if (!capital && !knownLower && !pairShape) continue;
    const m = HAND_OFF.exec(text.slice(Math.max(0, n.start - 16), n.start));
    if (!m || (pairShape && m[1] === undefined)) continue;
    if (!capital && c.informative && m[1] === undefined) continue;
    // "its Will Hardy": a name that is also a modal or a noun, Capitalized right after a self-introduction.
    const ambiguousIntro = m[1] !== undefined && capital && AMBIGUOUS_NAMES.has(n.lower);
    if ((words.grammatical.has(n.lower) && !ambiguousIntro) || HEALTH_LEXICON_WORDS.has(n.lower) || DEPARTMENT_WORDS.has(n.lower) ||
      (isCommon(n) && !isLexName(n) && !AMBIGUOUS_NAMES.has(n.lower))) continue;
    let end = i;
    // A surname after it. After a Capitalized name, any Capitalized word that is no function or clinical word,
    // even an English one ("Will Hardy"): the writer's capitals say so, even in a message typed in lower case.
    // In lower case, a word that can be part of a name and does not read as English.
    const next = tokens[i + 1];
    if (next && !taken[i + 1] && /^[ \t]{1,2}$/.test(text.slice(n.end, next.start)) && next.shape === n.shape &&
      (capital ? !isBlocked(next) && next.text.length > 1 && !words.grammatical.has(next.lower) && !HEALTH_LEXICON_WORDS.has(next.lower)
        : nameWord(next, c, false) && !englishByForm(next))) end = i + 1;
    // "it's Monday", "it's Pharmacy calling": a self-introduction ends its clause at the name.
    if (m[1] && !AFTER_SELF.test(text.slice(tokens[end]!.end, tokens[end]!.end + 12))) continue;
    emit(i, end, 'intro', m[0].trim().toLowerCase());
  }
}

const ROW_START = /(?:^|\n|\|[ \t]*|\d{1,2}:\d{2}(?:[ \t]*[ap]m)?[ \t]+|(?:^|\n)[ \t]*\d{1,3}[.)][ \t]+|[-–—][ \t]+|:[ \t]+)$/i;
const ROW_END = /^(?:[ \t]+#?\d{6,10}\b|[ \t]*\||[ \t]+[-–—][ \t]|[ \t]*\(|[ \t]*\n|[ \t]*$|[ \t]+\d{1,2}\/\d{1,2}\/\d{2,4})/;

/**
 * A roster row or a subject line's "Last, First": the row's start before (a line start, a time, a number, a
 * pipe, a dash) and its end after (a chart number, a pipe, a dash, a birth date, the line end). Both words
 * Capitalized and neither a place, a calendar or an English word by its form.
 */
function rosterRows(c: Context, taken: Uint8Array, emit: Emit) {
  const { tokens, text } = c;
  if (!c.informative) return;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (taken[i] || taken[i + 1] || a.shape !== 'title' || b.shape !== 'title' || a.text.length < 3 || b.text.length < 3) continue;
    if (!/^,[ \t]{1,2}$/.test(text.slice(a.end, b.start))) continue;
    if (!ROW_START.test(text.slice(Math.max(0, a.start - 12), a.start))) continue;
    const end = ROW_END.exec(text.slice(b.end, b.end + 14));
    if (!end) continue;
    // A chart number, a cell border or a birth date after the pair is a patient row: English words there are
    // names too ("Banks, Hunter 5549873", "| Young, Rich |"). Elsewhere the words must read as names.
    const patientRow = /\d|\|/.test(end[0]);
    const unfit = (t: Token) => isBlocked(t) || words.places.has(t.lower) || STATE_NAMES.has(t.lower) || words.grammatical.has(t.lower) ||
      HEALTH_LEXICON_WORDS.has(t.lower) || DEPARTMENT_WORDS.has(t.lower) || CALENDAR_WORDS.has(t.lower) ||
      (!patientRow && ((englishByForm(t) && !isLexName(t)) || (isCommon(t) && !isLexName(t) && !AMBIGUOUS_NAMES.has(t.lower))));
    if (unfit(a) || unfit(b)) continue;
    // Elsewhere one of the two a lexicon knows as a name, or both words unknown: "Oduya, Faith", "Faraday, Ottoline".
    if (!patientRow && !(isLexName(a) || isLexName(b) || AMBIGUOUS_NAMES.has(b.lower) || (!isCommon(a) && !isCommon(b)))) continue;
    emit(i, i + 1, 'signature', 'roster');
  }
}

/** Titles and offices after a signer's name, beyond the job-title and department words: "Privacy Officer". */
const TAIL_JOINERS = new Set(['of', 'and', '&', 'for']);
/** Words that make a Capitalized tail a sentence, not a title ("Please Call The Office"). */
const SENTENCE_WORDS = new Set(['the', 'a', 'an', 'please', 'call', 'you', 'your', 'we', 'our', 'to', 'at', 'is', 'are', 'will',
  'can', 'this', 'that', 'it', 'us', 'me', 'my', 'i', 'be', 'was', 'with', 'on', 'in']);
const TITLE_TAIL_WORDS = new Set(['officer', 'office', 'desk', 'team', 'unit', 'lab', 'laboratory', 'clinic', 'nurse',
  'pharmacist', 'physician', 'provider', 'counselor', 'worker', 'aide', 'manager', 'director', 'coordinator']);
const SIGNATURE_LINE = /(?:^|\n)[ \t]*(?:[-–—~][ \t]*)?((?:\p{Lu}[\p{L}'’-]+[ \t]+){0,2}\p{Lu}[\p{L}'’-]+),[ \t]+([^\n,|]{3,60})(?=[ \t]*(?:$|\n|,|\|))/gu;

/**
 * A signature line: one to three Capitalized words, a comma, then a title or office ("Privacy Officer", "Revenue
 * Cycle Director", "Billing Office", "Lab Manager") and nothing else on the line. The words must read as a name:
 * none an English word unless a lexicon knows it as a name, none a clinical or department word.
 */
function titledSignatures(c: Context, taken: Uint8Array, emit: Emit) {
  const { tokens, text } = c;
  if (!c.informative || !text.includes(',')) return;
  for (const m of allMatches(SIGNATURE_LINE, text)) {
    const tail = m[2]!.trim().toLowerCase().split(/[ \t]+/);
    if (tail.length > 5 || !tail.some((w) => JOB_TITLE_WORDS.has(w) || TITLE_TAIL_WORDS.has(w))) continue;
    // A tail of Capitalized title and office words ("Privacy Officer"), not a sentence ("Smith, Please Call The Office").
    const tailWords = m[2]!.trim().split(/[ \t]+/);
    if (!tailWords.every((w, k) => TAIL_JOINERS.has(tail[k]!) || (/^\p{Lu}/u.test(w) && !SENTENCE_WORDS.has(tail[k]!)))) continue;
    const nameStart = m.index! + m[0].indexOf(m[1]!);
    const first = firstTokenAtOrAfter(tokens, nameStart);
    if (tokens[first]?.start !== nameStart) continue;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.end <= nameStart + m[1]!.length) last++;
    let fit = true;
    let known = false;
    let unknown = true;
    for (let k = first; k <= last && fit; k++) {
      const t = tokens[k]!;
      fit = !taken[k] && t.shape === 'title' && !isBlocked(t) && !words.grammatical.has(t.lower) && !HEALTH_LEXICON_WORDS.has(t.lower) &&
        !DEPARTMENT_WORDS.has(t.lower) && !JOB_TITLE_WORDS.has(t.lower) && !words.places.has(t.lower);
      known ||= isLexName(t) || AMBIGUOUS_NAMES.has(t.lower);
      unknown &&= !isCommon(t) && !englishByForm(t);
    }
    // One word a lexicon knows as a name ("Celestine Morrow"), or none English ("Gideon Ashworth").
    if (fit && (known || unknown)) emit(first, last, 'signature', 'title');
  }
}

/** A first name (known, or a word no lexicon knows) that is none of the words a message opens with otherwise. */
function firstNameLike(t: Token): boolean {
  if (t.shape !== 'title' || isBlocked(t) || t.text.length < 3) return false;
  if (isFirstName(t.lower)) return true;
  // An unknown word with an English ending ("Reminder", "Update") is a heading, not a name.
  return !isCommon(t) && !englishByForm(t) && !isLexName(t) && !ENGLISH_SUFFIX.test(t.lower) && !HEALTH_LEXICON_WORDS.has(t.lower) &&
    !DEPARTMENT_WORDS.has(t.lower) && !JOB_TITLE_WORDS.has(t.lower) && !words.places.has(t.lower);
}

/** "-", "–" or "—". */
const isDashCode = (c: number) => c === 45 || c === 8211 || c === 8212;

/**
 * "Maren - ahead of Tuesday's supervision", "Rich - pls call pt first thing": a line that opens on a first name (a
 * name that is also a word, "Rich", "Hope", counts here), a dash, and a message in lower case to that person.
 */
function openingName(c: Context, taken: Uint8Array, emit: Emit) {
  const { tokens, text } = c;
  if (tokens.length < 8 || !c.informative) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // The dash after it first (a space, then a dash, checked by character before any slice): the look back to the
    // line's start is longer and rarely needed.
    const gap = text.charCodeAt(t.end);
    if (taken[i] || (gap !== 32 && gap !== 9) || !isDashCode(text.charCodeAt(t.end + 1) === 32 ? text.charCodeAt(t.end + 2) : text.charCodeAt(t.end + 1))) continue;
    if (!/^[ \t]+[-–—][ \t]+\p{Ll}/u.test(text.slice(t.end, t.end + 5))) continue;
    if (!/^[ \t]*$/.test(text.slice(text.lastIndexOf('\n', t.start - 1) + 1, t.start))) continue;
    // The message's first word may be a name no lexicon knows ("Maren"); a later line's must be a known given name
    // ("GU-foley - leak changed", "Neuro - alert" are a note's headings).
    const known = t.shape === 'title' && !isBlocked(t) && (isFirstName(t.lower) || (AMBIGUOUS_NAMES.has(t.lower) && !CALENDAR_WORDS.has(t.lower)));
    if (i === 0 ? firstNameLike(t) || known : known) emit(i, i, 'salutation', 'opening');
  }
}

/** Departments and services a colleague is known by, in parentheses after her name. */
const PAREN_DEPARTMENT = /^[ \t]*\((?:lab|laboratory|pharmacy|it|hr|billing|radiology|nursing|rn|np|pa|md|admin|scheduling|front desk|case management|social work|pt|ot|rt|finance|compliance|quality|security|facilities)\)/i;

/** Months that are given names too, a person's only with a role beside them. */
const GIVEN_MONTHS = new Set(['april', 'may', 'june', 'august']);
/** A care-team role in parentheses after a first name: "June (nurse)", "Patrick (his nurse)", "Luis (pharmacist)". */
const PAREN_ROLE = /^[ \t]*\((?:(?:his|her|their|the|my|your|our)[ \t]+)?(?:charge[ \t]+|night[ \t]+|day[ \t]+|primary[ \t]+)?(?:nurse|pharmacist|chaplain|social worker|interpreter|case manager|doctor|therapist|counselor|coordinator|navigator|aide|cna|lpn|scheduler|receptionist|hygienist|dietitian|midwife|doula|caregiver|daughter|son|wife|husband|mother|father|sister|brother)\)/i;

/** " in 412-B", " in rm 7", " in bed 12": a room or bed number right after a name (not a year, "May in 2025", nor a span of time, "Will in 4 hours"). */
const IN_ROOM = /^ in (?:(?:rm\.? ?|room |bed )\d{1,4}[A-Za-z]?(?:-[A-Za-z0-9]{1,3})?|(?!(?:19|20)\d\d\b)\d{3,4}[A-Za-z]?(?:-[A-Za-z0-9]{1,3})?|\d{1,2}(?:[A-Za-z]|-[A-Za-z0-9]{1,3}))(?![\w/:.]|\.\d)(?![ \t]+(?:hours?|hrs?|days?|weeks?|wks?|months?|minutes?|mins?|years?|yrs?)\b)/i;

/** "Ana in 412-B (our HIT lady) still has the heparin flush on her MAR": a known given name before the room she is in. */
function nameInRoom(c: Context, taken: Uint8Array, emit: Emit) {
  const { tokens, text } = c;
  if (!text.includes(' in ')) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (taken[i] || t.shape !== 'title' || !text.startsWith(' in ', t.end) || isBlocked(t) || CALENDAR_WORDS.has(t.lower)) continue;
    if (!(isFirstName(t.lower) || AMBIGUOUS_NAMES.has(t.lower)) || !IN_ROOM.test(text.slice(t.end, t.end + 20))) continue;
    emit(i, i, 'mention', 'in room');
  }
}

/** "Dr. Okeke drafts the workflow; Brandt (lab) confirms weekend capacity": a Capitalized name before "(lab)". */
function departmentInParens(c: Context, taken: Uint8Array, emit: Emit) {
  const { tokens, text } = c;
  if (!c.informative || !text.includes('(')) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (taken[i] || text.charCodeAt(t.end) !== 32 && text.charCodeAt(t.end) !== 40) continue;
    const after = text.slice(t.end, t.end + 28);
    const role = PAREN_ROLE.test(after);
    if (!role && !PAREN_DEPARTMENT.test(after)) continue;
    // "it's June (nurse)": a care-team role in parentheses makes even a month's or a word's name a person's.
    const roleName = role && (isLexName(t) || GIVEN_MONTHS.has(t.lower));
    if (t.shape !== 'title' || (isBlocked(t) && !roleName) || t.text.length < 3 || words.grammatical.has(t.lower) || HEALTH_LEXICON_WORDS.has(t.lower) ||
      DEPARTMENT_WORDS.has(t.lower) || JOB_TITLE_WORDS.has(t.lower) || words.places.has(t.lower)) continue;
    if (!(roleName || isLexName(t) || (!isCommon(t) && !englishByForm(t)))) continue;
    // "Maria Brandt (lab)": the given name before it too.
    let first = i;
    if (i > 0 && !taken[i - 1] && /^[ \t]$/.test(text.slice(tokens[i - 1]!.end, t.start)) && tokens[i - 1]!.shape === 'title' &&
      nameWord(tokens[i - 1]!, c, false) && !isCommon(tokens[i - 1]!)) first = i - 1;
    emit(first, i, 'signature', 'department');
  }
}

/**
 * "Aiyana (3rd grade, 8 yo, DOB 5/2/2017)", "Rosa Ibarra (67F, MRN ...)": a Capitalized name before parentheses that
 * hold a person's age, sex or birth date. A department or a drug before such parentheses is no person, so the
 * word must be a name a lexicon knows or one no lexicon knows as English.
 */
const DEMOGRAPHICS_IN_PARENS = /^[ \t]?\((?=[^)\n]{0,40}(?:\bdob\b|\bd\.o\.b|\bborn\b|\b\d{1,3}[ \t]?(?:yo|y\/o|y\.o\.|yrs?|years? old|mos?|months? old)\b|\b\d{1,3}[ \t]?[mf]\b|\bage[ \t]?\d))/i;
function nameBeforeDemographics(c: Context, taken: Uint8Array, emit: Emit) {
  const { tokens, text } = c;
  if (!text.includes('(')) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (taken[i] || (text.charCodeAt(t.end) !== 40 && text.charCodeAt(t.end + 1) !== 40) || !DEMOGRAPHICS_IN_PARENS.test(text.slice(t.end, t.end + 48))) continue;
    // Where capitals say nothing ("HE TOOK SL NTG ( WHICH WAS 11 YEARS OLD)"), only a name a lexicon knows.
    // Typed in lower case after "for", "re" or "pt" ("consult note for earl broussard (67M)"): a word no dictionary
    // reads as English, or a name a lexicon knows.
    const lowerAfterCue = c.informative && t.shape === 'lower' && /(?:^|[^\p{L}])(?:for|re:?|pt|patient|on)[ \t]+(?:[\p{Ll}'’-]+[ \t]+)?$/u.test(text.slice(Math.max(0, t.start - 30), t.start));
    const ok = (x: Token) => (c.informative ? x.shape === 'title' || (lowerAfterCue && x.shape === 'lower' && !isCommon(x) && !englishByForm(x) && !/s$/.test(x.lower)) : isLexName(x)) &&
      x.text.length >= 2 && !isBlocked(x) && !words.grammatical.has(x.lower) &&
      !HEALTH_LEXICON_WORDS.has(x.lower) && !DEPARTMENT_WORDS.has(x.lower) && !JOB_TITLE_WORDS.has(x.lower) && !words.places.has(x.lower) &&
      (isLexName(x) || (!isCommon(x) && !englishByForm(x)));
    if (!ok(t)) continue;
    let first = i;
    while (first > 0 && i - first < 2 && !taken[first - 1] && /^[ \t]$/.test(text.slice(tokens[first - 1]!.end, tokens[first]!.start)) && ok(tokens[first - 1]!)) first--;
    emit(first, i, 'capitalized', 'demographics');
  }
}

/**
 * "pls call pt today nguyen, van thanh dob 12/03/1952", "OKAFOR, ADA MRN 4471823": a "Last, First" written in any
 * case right before a birth date or record number label is the patient those belong to. The surname and at least
 * one given name must be names a lexicon knows; no word may be English grammar or a health term.
 */
/** Whether the token at `k` starts a birth date or record number label: "DOB", "D.O.B.", "date of birth", "MRN", "MR#". */
function birthOrRecordLabel(tokens: Token[], text: string, k: number): boolean {
  const t = tokens[k]!;
  switch (t.lower) {
    case 'dob': case 'mrn': return true;
    case 'mr': return text.charCodeAt(t.end) === 35;
    case 'd': return /^d\.o\.b/i.test(text.slice(t.start, t.start + 5));
    case 'date': return /^date of birth/i.test(text.slice(t.start, t.start + 13));
    default: return false;
  }
}

/** A row's full date (a birth date in a roster or a chart header): "04/12/2016", "4/12/58". */
const ROW_DATE = String.raw`\d{1,2}[/.-]\d{1,2}[/.-](?:(?:19|20)\d\d|\d\d)`;
/** After a row's name: a birth date and a record number ("04/12/2003 8842210", "4/12/58  #3318842"). */
const ROW_DATE_AND_NUMBER = new RegExp(String.raw`^[ \t]{1,4}${ROW_DATE}[ \t]{1,4}#?\d{6,10}(?![\w/.-])`);
function rowNameBeforeBirthDateAndNumber(c: Context, taken: Uint8Array, emit: Emit) {
  const { tokens, text } = c;
  if (!DATE_AND_NUMBER_ANYWHERE.test(text)) return;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const first = tokens[i]!;
    // The name starts its line (after a bullet or a number at most).
    if (!/(?:^|\n)[ \t]*(?:[-*•]|\d{1,2}[.)])?[ \t]*$/.test(text.slice(Math.max(0, first.start - 8), first.start))) continue;
    for (let last = i + 1; last <= i + 2 && last < tokens.length; last++) {
      const run = tokens.slice(i, last + 1);
      if (run.some((x, j) => j > 0 && text.slice(run[j - 1]!.end, x.start) !== ' ')) break;
      if (!ROW_DATE_AND_NUMBER.test(text.slice(tokens[last]!.end, tokens[last]!.end + 32))) continue;
      const part = (x: Token) => x.text.length >= 2 && /^[\p{L}'’-]+$/u.test(x.text) && !isBlocked(x) && !words.grammatical.has(x.lower) &&
        !HEALTH_LEXICON_WORDS.has(x.lower) && !taken[x.index];
      if (run.every(part) && run.some(isLexName)) emit(i, last, 'capitalized', 'demographics');
      break;
    }
  }
}

/** Whether `at` is followed by one to four spaces and a digit or "#". */
function digitAfterSpaces(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && i - at < 4 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const c = text.charCodeAt(i);
  return i > at && ((c >= 48 && c <= 57) || c === 35);
}
/** A date, then a record number, anywhere: a text without one has no such row to look for. */
const DATE_AND_NUMBER_ANYWHERE = /\d[/.-]\d{1,2}[/.-]\d{2,4}[ \t]{1,4}#?\d{6}/;

/** A record number, then a birth date: the row's shape is cue enough even for names no lexicon knows. */
const ROW_NUMBER_AND_DATE = new RegExp(String.raw`^[ \t]{1,4}#?\d{6,10}[ \t]{1,4}${ROW_DATE}(?![\d/.-])`);
const ROW_BIRTH_DATE = new RegExp(String.raw`^[ \t]{1,4}(?:#?\d{6,10}[ \t]{1,4})?${ROW_DATE}(?![\d/.-])`);
function commaNameBeforeDemographics(c: Context, taken: Uint8Array, emit: Emit) {
  const { tokens, text } = c;
  // From each label back to the word right before it (a few notes have many labels; most have none or one).
  for (let k = 2; k <= tokens.length; k++) {
    const i = k - 1;
    const t = tokens[i]!;
    // "okonkwo, chidi 04/12/2016 — venous lead 7.2": a row that starts on the name has its birth date right after it
    // (numbers are not word tokens: the date is the text between this word and the next).
    const rowDate = k === tokens.length || !birthOrRecordLabel(tokens, text, k);
    // (A space, then a digit or "#", checked by character first: this runs at every word.)
    if (rowDate ? !digitAfterSpaces(text, t.end) || !ROW_BIRTH_DATE.test(text.slice(t.end, t.end + 32)) : taken[i] || !/^[ \t]*[-,:(]?[ \t]*$/.test(text.slice(t.end, tokens[k]!.start))) continue;
    if (taken[i]) continue;
    // Walk back over one or two given names to the comma after the surname.
    let first = i;
    while (first > i - 2 && first > 0 && /^[ \t]+$/.test(text.slice(tokens[first - 1]!.end, tokens[first]!.start))) first--;
    for (let g = first; g <= i; g++) {
      const surname = tokens[g - 1];
      if (!surname || !/^,[ \t]*$/.test(text.slice(surname.end, tokens[g]!.start))) continue;
      const given = tokens.slice(g, i + 1);
      const part = (x: Token) => x.text.length >= 2 && /^[\p{L}'’-]+$/u.test(x.text) && !isBlocked(x) && !words.grammatical.has(x.lower) &&
        !HEALTH_LEXICON_WORDS.has(x.lower) && !taken[x.index];
      // A row's shape (its start, a comma, a birth date) is cue enough for one of the two to be a known name.
      if (!part(surname) || !given.every(part) || (rowDate ? !isLexName(surname) && !given.some(isLexName) && (!ROW_NUMBER_AND_DATE.test(text.slice(t.end, t.end + 32)) || [surname, ...given].some(isCommon)) : !isLexName(surname) || !given.some(isLexName))) continue;
      // A row's name is written as one: "Ferreira, Lucia      BLS    exp 04/2026" is a name and then a table's columns.
      // Or mid-sentence right after what was done for her: "called critical K 6.8 on gonzales, marta 8/30/57".
      if (rowDate && (!/(?:^|\n)[ \t]*(?:[-*•]|\d{1,2}[.)])?[ \t]*$|(?<![\p{L}])(?:on|for|re:?|pt|patient)[ \t]+$/u.test(text.slice(Math.max(0, surname.start - 8), surname.start)) ||
        given.some((x, j) => j > 0 && text.slice(given[j - 1]!.end, x.start) !== ' '))) continue;
      emit(g - 1, i, 'capitalized', 'demographics');
      break;
    }
  }
}

/**
 * "Jan Verhoeven from the board", "June Okafor will cover": a month that is also a given name, Capitalized, before a
 * Capitalized surname no dictionary knows (a date would have a number; "Jan Board meeting" has an English word).
 */
const MONTH_GIVEN_NAMES = new Set([...GIVEN_MONTHS, 'jan']);
function monthGivenNames(c: Context, taken: Uint8Array, emit: Emit) {
  const { tokens, text } = c;
  if (!c.informative) return;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const n = tokens[i + 1]!;
    if (taken[i] || taken[i + 1] || t.shape !== 'title' || !MONTH_GIVEN_NAMES.has(t.lower) || n.shape !== 'title' || !/^[ \t]$/.test(text.slice(t.end, n.start))) continue;
    if (n.text.length < 3 || isCommon(n) || isBlocked(n) || englishByForm(n) || CALENDAR_WORDS.has(n.lower) || HEALTH_LEXICON_WORDS.has(n.lower) ||
      DEPARTMENT_WORDS.has(n.lower) || words.places.has(n.lower) || /^[ \t]*\d/.test(text.slice(n.end, n.end + 3))) continue;
    emit(i, i + 1, 'capitalized', 'month-given-name');
  }
}

/**
 * "Initials: L.M.K.", "Patient: R.M., MRN ...": a research subject's or a patient's initials after their field label; and
 * "Patient: MCALLISTER, ROSE A", the surname first in capitals after the same labels.
 */
const INITIALS_LABELS = new Set(['initials', 'patient', 'pt', 'resident', 'client', 'member']);
function initialsField(c: Context, taken: Uint8Array, emit: Emit) {
  const { tokens, text } = c;
  // Every label is followed by a colon: a message without one is skipped.
  if (!text.includes(':')) return;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!INITIALS_LABELS.has(tokens[i]!.lower) || !/^[ \t]*:[ \t]*$/.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) continue;
    let last = i;
    for (let k = i + 1; k < tokens.length && k - i <= 4; k++) {
      const x = tokens[k]!;
      if (x.shape !== 'initial' || taken[k] || (k > i + 1 && !/^\.?[ \t]?$/.test(text.slice(tokens[k - 1]!.end, x.start)))) break;
      last = k;
    }
    if (last - i >= 2) emit(i + 1, last, 'initial', 'initials');
    // "Patient: MCALLISTER, ROSE A": a result's or a chart's header names its patient surname first, in capitals.
    const [a, b] = [tokens[i + 1]!, tokens[i + 2]];
    if (tokens[i]!.lower !== 'initials' && b && a.shape === 'upper' && b.shape === 'upper' && !taken[i + 1] && !taken[i + 2] &&
      /^,[ \t]?$/.test(text.slice(a.end, b.start)) && !isBlocked(a) && !isBlocked(b) && !HEALTH_LEXICON_WORDS.has(a.lower)) {
      const m = tokens[i + 3];
      const end = m && m.shape === 'initial' && /^[ \t]$/.test(text.slice(b.end, m.start)) ? i + 3 : i + 2;
      emit(i + 1, end, 'role', tokens[i]!.lower);
    }
  }
}

/**
 * "hi, this is dale whitfield (DOB 6/2/1961)", "tanner hollis DOB 3/3/2009": the words just before a date of birth are
 * whom it belongs to, in lower case too. Up to three words, none a function, clinical or cue word.
 */
const DOB_AFTER = /^(?:[ \t]*\([ \t]*|[ \t]*,[ \t]*|[ \t]+)(?:dob|d\.o\.b\.?|date of birth)\b|^(?:[ \t]*\([ \t]*|[ \t]*,[ \t]*)born\b/i;
function nameBeforeBirthDate(c: Context, taken: Uint8Array, emit: Emit) {
  const { tokens, text } = c;
  // From each birth-date label back to the word before it: a scan of the text, not a look-ahead at every word.
  for (const m of allMatches(BIRTH_LABEL, text)) {
    const i = firstTokenAtOrAfter(tokens, m.index!) - 1;
    const last = tokens[i];
    if (!last || i < 1 || taken[i] || last.shape !== 'lower' || !DOB_AFTER.test(text.slice(last.end, last.end + 20))) continue;
    let first = i;
    while (first > 0 && i - first < 2) {
      const prev = tokens[first - 1]!;
      if (taken[first - 1] || prev.shape !== 'lower' || !/^[ \t]$/.test(text.slice(prev.end, tokens[first]!.start))) break;
      if (words.grammatical.has(prev.lower) || HAND_OFF_WORDS.has(prev.lower)) break;
      first--;
    }
    const span = tokens.slice(first, i + 1);
    // Two name-like words at least ("dale whitfield"), or one a lexicon knows as a name; no English words of care.
    if (span.some((t) => isBlocked(t) || HEALTH_LEXICON_WORDS.has(t.lower) || words.grammatical.has(t.lower) || t.text.length < 2)) continue;
    if (span.length < 2 && !isLexName(span[0]!)) continue;
    // "6 months old (DOB 1/4/2025)": English words are no name unless a lexicon knows them as one.
    if (span.some((t) => isCommon(t) && !isLexName(t))) continue;
    emit(first, i, 'intro', 'dob');
  }
}
const BIRTH_LABEL = /(?<![\p{L}\p{N}])(?:dob|d\.o\.b|date of birth|born)(?![\p{L}\p{N}])/giu;
/** The words of a self-introduction and a hand-off ("this is", "its"), which are no part of a name. */
const HAND_OFF_WORDS = new Set(['this', 'is', 'its', "it's", 'it’s', 'hi', 'hello', 'hey', 'for', 'pt', 'patient', 'name', 're']);

/**
 * A first name and a surname, Capitalized, before "who" ("traced to Stellan Berg, who came in by himself", "Ana
 * Ruiz who called yesterday"): a relative clause is said of a person. Each word is a name a lexicon knows or a word
 * no lexicon knows; English words ("Quality Council, who") and places stay out.
 */
function whoClauses(c: Context, taken: Uint8Array, emit: Emit) {
  const { tokens, text } = c;
  if (!c.informative || !text.includes(' who')) return;
  const nameLike = (t: Token) => t.shape === 'title' && t.text.length >= 3 && !isBlocked(t) && !words.grammatical.has(t.lower) &&
    !HEALTH_LEXICON_WORDS.has(t.lower) && !DEPARTMENT_WORDS.has(t.lower) && !words.places.has(t.lower) && (isLexName(t) || (!isCommon(t) && !englishByForm(t)));
  for (let i = 2; i < tokens.length; i++) {
    if (tokens[i]!.lower !== 'who' || taken[i - 1] || taken[i - 2]) continue;
    const a = tokens[i - 2]!;
    const b = tokens[i - 1]!;
    if (!/^,?[ \t]+$/.test(text.slice(b.end, tokens[i]!.start)) || !/^[ \t]$/.test(text.slice(a.end, b.start))) continue;
    const surname = isLastName(b.lower) || (SURNAME_ENDING.test(b.lower) && !words.grammatical.has(b.lower) && !isBlocked(b));
    if (!nameLike(a) || !(nameLike(b) || surname) || !(isFirstName(a.lower) || surname || (!isCommon(a) && !isCommon(b)))) continue;
    emit(i - 2, i - 1, 'intro', 'who');
  }
}

/** The last line of a message, one Capitalized first name (known, or a word no lexicon knows): the sign-off. */
function closingName(c: Context, taken: Uint8Array, emit: Emit) {
  const { tokens, text } = c;
  const k = tokens.length - 1;
  if (k < 8 || taken[k]) return;
  const t = tokens[k]!;
  if (t.shape !== 'title' || isBlocked(t) || t.text.length < 3) return;
  // A first name a lexicon knows, or a word no lexicon knows at all ("Wren"): not an English, clinical, place or
  // office word ("Thanks", "Cardiology", "Attachments").
  if (!firstNameLike(t)) return;
  if (!/^[ \t]*$/.test(text.slice(t.end)) && !/^[.!]?[ \t\n]*$/.test(text.slice(t.end))) return;
  if (!/\n[ \t]*(?:[-–—~][ \t]*)?$/.test(text.slice(Math.max(0, t.start - 6), t.start))) return;
  emit(k, k, 'signature', 'closing');
}

export const name: Recognizer = {
  id: 'name',
  description: 'Person names: honorific, family-role, salutation and signature cues plus compromise name lexicon',
  types: ['name'],
  find(ctx: ScanContext): RawMatch[] {
    const { tokens, informative } = sharedWords(ctx);
    const c: Context = { tokens, text: ctx.text, informative };
    const taken = new Uint8Array(tokens.length);
    // Whether each token is a cue word, a credential, a word of place, looked up once: the loops below
    // visit every token.
    const flags = new Uint8Array(tokens.length);
    const byAt: number[] = [];
    for (let i = 0; i < tokens.length; i++) if ((flags[i] = tokenFlags(tokens[i]!) >>> GATE_SHIFT) & BY) byAt.push(i);
    const out: RawMatch[] = [];
    const emit = (from: number, to: number, cue: NameCue, cueWord?: string) => {
      for (let k = from; k <= to; k++) taken[k] = 1;
      out.push({
        type: 'name', start: tokens[from]!.start, end: tokens[to]!.end, confidence: CONFIDENCE[cue], pattern: cue,
        cue: cueWord,
      });
    };

    // One to three Capitalized words before a contact label, none an English, clinical or place word; one
    // alone only when a lexicon knows it as a name.
    const contactHolder = (label: number) => {
      let first = -1;
      for (let k = label - 1; k >= 0 && label - k <= 3; k--) {
        const t = tokens[k]!;
        if (taken[k] || !/^[ \t]{1,2}$/.test(ctx.text.slice(t.end, tokens[k + 1]!.start))) break;
        if ((t.shape !== 'title' && t.shape !== 'upper') || t.shape !== tokens[label - 1]!.shape || t.text.length < 3) break;
        if (isBlocked(t) || (isCommon(t) && !isLexName(t)) || englishByForm(t) || words.grammatical.has(t.lower) || PLACE_PREFIXES.has(t.lower)) break;
        first = k;
      }
      if (first < 0 || (first === label - 1 && !isLexName(tokens[first]!))) return;
      emit(first, label - 1, 'capitalized', tokens[label]!.lower);
    };

    const tokenAt = (offset: number) => firstTokenAtOrAfter(tokens, offset);
    // A word that can stand in a name where the layout (a header, a signature line, a list row) says a
    // person is written: a name a lexicon knows, or a Capitalized word that is no English, clinical, place
    // or organisation word. In text whose capitals mean something an ALL CAPS word is an acronym.
    const layoutWord = (t: Token, lowerName = false): boolean => {
      if (isBlocked(t) || HEALTH_LEXICON_WORDS.has(t.lower) || FACILITY_WORDS.has(t.lower) || ORG_WORDS.has(t.lower) || CALENDAR_WORDS.has(t.lower)) return false;
      if (t.shape === 'initial') return true;
      if (t.text.length < 2 || t.shape === 'mixed') return false;
      const lex = isLexName(t) || (AMBIGUOUS_NAMES.has(t.lower) && !VERBISH_NAMES.has(t.lower));
      // "- jonah": a signature in lower case, when a lexicon knows the name.
      if (t.shape === 'lower') return c.informative && !lowerName ? false : lex;
      if (c.informative && t.shape === 'upper' && !lex) return false;
      return lex || (!isCommon(t) && !englishByForm(t) && !words.grammatical.has(t.lower) && !words.places.has(t.lower));
    };
    // The tokens of a name written from `from` on the same line, single spaces apart (an initial may take
    // its full stop), at most `max` words: the last index, or -1 when a word is no name word.
    const layoutRun = (from: number, max: number, stopAt: number, lowerName = false): number => {
      let k = from;
      if (k >= tokens.length || tokens[k]!.start >= stopAt || taken[k] || !layoutWord(tokens[k]!, lowerName)) return -1;
      while (k + 1 < tokens.length && k + 1 - from < max && tokens[k + 1]!.end <= stopAt && !taken[k + 1]) {
        const gap = ctx.text.slice(tokens[k]!.end, tokens[k + 1]!.start);
        if (!(/^[ \t]$/.test(gap) || (gap === '. ' && tokens[k]!.shape === 'initial'))) break;
        if (!layoutWord(tokens[k + 1]!, lowerName)) return -1;
        k++;
      }
      return k;
    };

    // 0. E-mail header lines: the display name before the address ("From: Hope Adebayo-Williams <hope.a@x>",
    //    "Cc: Roe, Jane <jroe@x>"), or a name alone ("To: Marisol Vega"). A mailbox ("To: Triage RN Pool",
    //    "From: Front Desk - Cedar Ridge Pediatrics") has words no name has.
    if (ctx.text.includes(':')) {
      for (const m of allMatches(HEADER_LINE, ctx.text)) {
        const value = m[1]!;
        const from = m.index! + m[0].indexOf(value);
        const to = from + value.length;
        const address = (m[2] ?? '').toLowerCase();
        const i = tokenAt(from);
        if (i >= tokens.length || tokens[i]!.start >= to) continue;
        let end = layoutRun(i, 4, to);
        const start = i;
        // "Roe, Jane": the surname first, then the given names.
        if (end >= 0 && end + 1 < tokens.length && tokens[end + 1]!.end <= to && /^,[ \t]*$/.test(ctx.text.slice(tokens[end]!.end, tokens[end + 1]!.start))) {
          const rest = layoutRun(end + 1, 3, to);
          end = rest >= 0 && end === i ? rest : -1;
        }
        // The whole value must be the name.
        if (end < 0 || /\S/.test(ctx.text.slice(tokens[end]!.end, to))) continue;
        const run = tokens.slice(start, end + 1).filter((x) => x.shape !== 'initial');
        if (run.length === 0) continue;
        const local = address.replace(/^[<\[](?:mailto:)?/, '').split('@')[0] ?? '';
        const inAddress = run.some((x) => x.text.length >= 3 && local.includes(plainLetters(x.lower).replace(/[^a-z]/g, '').slice(0, 5)));
        const known = run.some((x) => isLexName(x) || AMBIGUOUS_NAMES.has(x.lower));
        const ok = run.length === 1 ? (isFirstName(run[0]!.lower) && !AMBIGUOUS_NAMES.has(run[0]!.lower)) || (!!address && inAddress)
          : !!address || known;
        if (ok) emit(start, end, 'signature', 'header');
      }
    }

    // 0b. A short signature on a dash line that closes the message or a block of it: "- Imani", "-Marisol"
    //     before a forwarded message, "- jonah" in an all lower-case patient message, "- Vy (daughter) 469-...",
    //     "- Priyesh Ramaswamy, IT Service Desk". A dash line inside a list is an item, not a signature.
    if (ctx.text.includes('-') || ctx.text.includes('—') || ctx.text.includes('–') || ctx.text.includes('~')) {
      for (const m of allMatches(DASH_LINE, ctx.text)) {
        const at = m.index! + m[0].length;
        let i = tokenAt(at);
        if (i >= tokens.length || tokens[i]!.start !== at) continue;
        const nl = ctx.text.indexOf('\n', at);
        const eol = nl < 0 ? ctx.text.length : nl;
        // "-- MA Jasmine", "- RN Tamar Cole": the signer's role first.
        const role = tokens[i]!;
        if ((ROLES.has(role.lower) || CREDENTIALS.has(role.lower) || COMMA_CREDENTIALS.has(role.lower)) && role.shape !== 'lower' &&
          i + 1 < tokens.length && tokens[i + 1]!.end <= eol && /^[ \t]+$/.test(ctx.text.slice(role.end, tokens[i + 1]!.start))) i++;
        const end = layoutRun(i, 3, eol, true);
        if (end < 0) continue;
        const tail = ctx.text.slice(tokens[end]!.end, eol);
        if (!SIGNATURE_TAIL.test(tail)) continue;
        // Bounded look-arounds: a long paste with many dashes must stay linear.
        const nextLine = /^[^\n]*/.exec(ctx.text.slice(eol, eol + 400).replace(/^\s+/, ''))![0];
        if (nextLine !== '' && !BLOCK_START.test(nextLine)) continue;
        const before = ctx.text.slice(Math.max(0, m.index! - 400), m.index!).replace(/\s+$/, '');
        const prevLine = before.slice(before.lastIndexOf('\n') + 1);
        if (BULLET_LINE.test(prevLine) || /:$/.test(prevLine)) continue;
        const run = tokens.slice(i, end + 1);
        const known = run.some((x) => isLexName(x) || (AMBIGUOUS_NAMES.has(x.lower) && !VERBISH_NAMES.has(x.lower)));
        // Words no lexicon knows: Capitalized in mixed-case text, and a lone one of two letters only before
        // the relation that explains it.
        if (!known && (!c.informative || run.every((x) => x.shape === 'initial') ||
          (run.length === 1 && run[0]!.text.length < 3 && !/^[ \t]*\(/.test(tail)))) continue;
        emit(i, end, 'signature', 'dash');
      }
    }

    // 0. A writer naming herself or the colleague to reach: "hi its Dawn again", "this is Bev from 4 West", "ask for
    // Kainoa (pharmacist)", "Reply to Maeve", "Called by: Declan Moriarty", "quick update on lucan mcbride".
    handOffs(c, taken, emit);
    nameBeforeBirthDate(c, taken, emit);
    // "3. Faraday, Ottoline - Factor V...", "03:40 Banks, Hunter 5549873", "| Young, Rich |": a roster row's
    // "Last, First" where the row's shape, not a lexicon, says these are names (Hunter, Summer, Rich).
    rosterRows(c, taken, emit);
    // "Celestine Morrow, Privacy Officer", "Dale, Billing Office": a line that is a name and its title or office.
    titledSignatures(c, taken, emit);
    // A message that opens on a first name and a dash: "Maren - ahead of Tuesday's supervision...".
    openingName(c, taken, emit);
    // "Brandt (lab) confirms": a colleague named with her department in parentheses.
    departmentInParens(c, taken, emit);
    // "Ana in 412-B still has the heparin flush": a given name and the room the patient is in.
    nameInRoom(c, taken, emit);
    // A message that ends on one known first name on its own line ("...depressive disorder (F34.1).\nWren").
    closingName(c, taken, emit);
    // "Plate traced to Stellan Berg, who per the ED came in": a given name and a surname before "who".
    whoClauses(c, taken, emit);
    // "Aiyana (3rd grade, 8 yo, DOB 5/2/2017)": a name before the parentheses of its age or birth date.
    nameBeforeDemographics(c, taken, emit);
    // "nguyen, van thanh dob 12/03/1952": a Last, First in any case before a birth date or record number label.
    commaNameBeforeDemographics(c, taken, emit);
    // "okafor chidi 04/12/2003 8842210": a row's name without its comma, then a birth date and a record number.
    rowNameBeforeBirthDateAndNumber(c, taken, emit);
    // "Initials: L.M.K.".
    initialsField(c, taken, emit);
    // "Jan Verhoeven from the board".
    monthGivenNames(c, taken, emit);

    // 1. Cue words before a name: honorifics, family and care roles, greetings.
    const intros: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      // One look-up for the common case, a word that is no cue at all.
      if (!(flags[i]! & CUE)) continue;
      // "Lopie Certusi cell# 410-...": whose number it is, written before the label.
      if (CONTACT_LABELS.has(t.lower)) {
        if (i > 0 && CONTACT_NUMBER.test(ctx.text.slice(t.end, t.end + 16))) contactHolder(i);
        continue;
      }
      // "- Vy (daughter) 469-555-0181": the relation may be the last word, the name before it.
      if (i === tokens.length - 1 && !(RELATIONS.has(t.lower) && /^[ \t]*\)/.test(ctx.text.slice(t.end, t.end + 3)))) continue;
      if (INTRO_CUES.has(t.lower)) intros.push(i);
      // "per Okafor", "PER DOUGLASS WILL HOLD": a person as the source of an order; "per protocol", "per MD",
      // "per renal" are not. A word no lexicon knows ("PER HEMEONC WILL") is a service more often than not.
      if (t.lower === 'per') {
        const n = tokens[i + 1]!;
        if (taken[i + 1] || !/^[ \t]{1,2}$/.test(ctx.text.slice(t.end, n.start)) || n.text.length < 4 || isBlocked(n) || ROLES.has(n.lower) || VERBISH_NAMES.has(n.lower) ||
          AMBIGUOUS_NAMES.has(n.lower) || (c.informative && n.shape === 'lower') || HEALTH_LEXICON_WORDS.has(n.lower) || words.grammatical.has(n.lower)) continue;
        const end = extend(c, i + 1, 2);
        if ((isLexName(n) && !isCommon(n)) || (patronymic(n) && SOURCE_VERB.test(ctx.text.slice(tokens[end]!.end, tokens[end]!.end + 12)))) emit(i + 1, end, 'intro', 'per');
        continue;
      }
      let kind: NameCue | undefined;
      if (HONORIFICS.has(t.lower)) kind = 'honorific';
      else if (RELATIONS.has(t.lower)) kind = 'relation';
      else if (ROLES.has(t.lower)) kind = 'role';
      else if (SALUTATIONS.has(t.lower)) kind = 'salutation';
      if (!kind) continue;
      // "Ms"/"MS" is also mental status and multiple sclerosis: only as "Ms." or Capitalized in mixed case.
      // "SR"/"sr."/"SB/SR. P WAVES" are a sinus rhythm; only "Sr.", with its capital in mixed case, is an honorific.
      if ((t.lower === 'sr' || t.lower === 'fr') && (ctx.text[t.end] !== '.' || t.shape !== 'title' || !c.informative)) continue;
      // "MS S. CARE": an initial with its full stop after "MS" makes it the honorific.
      const initialNext = i + 1 < tokens.length && tokens[i + 1]!.shape === 'initial' && ctx.text.startsWith('. ', tokens[i + 1]!.end);
      if (t.lower === 'ms' && !(ctx.text[t.end] === '.' || (c.informative && t.shape === 'title')) && !initialNext &&
        (isCommon(tokens[i + 1]!) || isBlocked(tokens[i + 1]!) || tokens[i + 1]!.text.length < 4)) continue;
      // "changes in MS. Aspiration": in mixed-case text "MS"/"MR" in capitals are mental status, multiple
      // sclerosis, mitral regurgitation; the honorifics are written "Ms."/"Mr.".
      if (c.informative && t.shape === 'upper' && (t.lower === 'ms' || t.lower === 'mr')) continue;
      // "2L NP", "hour NP SXN": a nasal prong; NP as a nurse practitioner needs a name it knows or a capital.
      if (t.lower === 'np' && (/\d\s*l\s*-?\s*$/i.test(ctx.text.slice(Math.max(0, t.start - 4), t.start)) ||
        (!isLexName(tokens[i + 1]!) && ((c.informative && tokens[i + 1]!.shape === 'lower') || tokens[i + 1]!.text.length < 4)))) continue;
      const drs = t.lower === 'drs' || (t.lower === 'dr' && ctx.text.slice(t.end, t.end + 2).toLowerCase() === "'s");
      // "Jim (son) called": the name before the relation in parentheses.
      if (kind === 'relation' && i > 0 && !taken[i - 1] && /^\($/.test(ctx.text.slice(tokens[i - 1]!.end, t.start).trim()) &&
        /^[ \t]*\)/.test(ctx.text.slice(t.end, t.end + 3))) {
        const p = tokens[i - 1]!;
        if (/^[ \t]*\($/.test(ctx.text.slice(p.end, t.start)) && !isBlocked(p) && !VERBISH_NAMES.has(p.lower) && p.text.length > 1 &&
          (isLexName(p) || AMBIGUOUS_NAMES.has(p.lower) || (p.shape !== 'lower' && !isCommon(p) && !englishByForm(p) && !HEALTH_LEXICON_WORDS.has(p.lower)))) {
          // "Hank Przybylo (son)": the given names before the surname too.
          let first = i - 1;
          while (first > 0 && i - first < 3 && !taken[first - 1] && /^[ \t]{1,2}$/.test(ctx.text.slice(tokens[first - 1]!.end, tokens[first]!.start)) &&
            nameWord(tokens[first - 1]!, c, c.informative)) first--;
          emit(first, i - 1, kind, t.lower);
        }
        continue;
      }
      if (i === tokens.length - 1) continue;
      let j = i + 1;
      // "Thank you, Rose (503-...)", "Thank you, June": the name follows "you".
      if (t.lower === 'thank' && tokens[j]!.lower === 'you' && j + 1 < tokens.length) j++;
      // "DAUGHTER-IN-LAW JOANIE": the relation split at its hyphens; the name follows "law".
      if (kind === 'relation' && ctx.lower.startsWith('-in-law', t.end) && tokens[i + 3] && tokens[i + 2]!.lower === 'law') j = i + 3;
      let gap = ctx.text.slice(tokens[j - 1]!.end, tokens[j]!.start);
      if (drs) gap = gap.replace(/^'s/i, '');
      // "name is Barbara", "HCP is her daughter Ann", "pt's son, bill": skip one linking word.
      let linked = false;
      if (kind === 'relation' && /^[\s:,-]*$/.test(gap) && (tokens[j]!.lower === 'is' || tokens[j]!.lower === 'was') && j + 1 < tokens.length) {
        j++;
        gap = ctx.text.slice(tokens[j - 1]!.end, tokens[j]!.start);
        linked = true;
      }
      // "What's your last name? Boyle": a question about a name, answered right after it.
      if ((t.lower === 'name' || t.lower === 'surname') && /^\?[ \t]+$/.test(gap)) gap = ' ';
      const n = tokens[j]!;
      if (taken[j]) continue;
      const gapOk =
        kind === 'honorific' ? /^\.?[ \t]{0,3}$/.test(gap) && gap.length > 0
        : kind === 'salutation' ? /^[ \t]*[,!]?[ \t]*\n?[ \t]*$/.test(gap) && gap.length > 0
        // "wife(?) Joellen": the writer's doubt about the relation.
        : (/^[ \t]*[,:(-]?[ \t]*$/.test(gap) || (kind === 'relation' && /^\(\?\)[ \t]+$/.test(gap)) ||
          // "| Patient | Hollis Abernathy |": a form's label in the left cell of its row, the name in the right.
          (/^[ \t]*\|[ \t]*$/.test(gap) && (t.lower === 'patient' || t.lower === 'pt') &&
            /(?:^|\n)[ \t]*\|[ \t]*$/.test(ctx.text.slice(Math.max(0, t.start - 6), t.start)))) && gap.length > 0;
      if (!gapOk) continue;
      let ok: boolean;
      // "Excuse me, Sir bot": in mixed-case text a Capitalized honorific takes a Capitalized surname.
      if (kind === 'honorific') {
        ok = afterHonorific(n, n.shape === 'title' && ctx.text[t.end] === '.') && !(c.informative && t.shape !== 'lower' && n.shape === 'lower' && !/^(?:dr|drs|doctor)$/.test(t.lower));
        // "IMPROVEMENT IN MS. TOLERATING": after "MS."/"MR." (also mental status, mitral regurgitation) an
        // English word by its form is the next sentence.
        if (ok && !c.informative && (t.lower === 'ms' || t.lower === 'mr') && !isLexName(n) && englishByForm(n)) ok = false;
        // "Cowie MR et al.": an author's initials before a citation's "et al.".
        if (n.lower === 'et' && tokens[j + 1]?.lower === 'al') ok = false;
        // "Dr. o rourke", "Mrs. O Brien": the apostrophe of an Irish surname left out.
        const o = tokens[j + 1];
        if (n.lower === 'o' && o && ctx.text.slice(n.end, o.start) === ' ' && o.text.length > 2 && !isBlocked(o) && !words.grammatical.has(o.lower)) {
          emit(j, j + 1, kind, t.lower);
          continue;
        }
      }
      else if (kind === 'salutation') {
        // "Thanks, Sarah" / "Hi Mark": a known first name (even an ambiguous one) or a Capitalized word.
        // "Thank you, June" closing a message: a month that is also a first name, signing off.
        const signOff = AMBIGUOUS_NAMES.has(n.lower) && n.shape === 'title' && /,/.test(gap) && /^[ \t]*(?:$|\n|\()/.test(ctx.text.slice(n.end, n.end + 3));
        ok = (!isBlocked(n) || signOff) && !isPortalBrand(n.text) && (isLexName(n) || AMBIGUOUS_NAMES.has(n.lower) || (n.shape === 'title' && !isCommon(n)));
        if (t.lower === 'thank' || t.lower === 'best' || t.lower === 'love') ok &&= /,/.test(gap) || /\n/.test(gap);
        // "Hi Harmony field staff", "Hello Cedar team": the organization's name before the group greeted.
        if (ok && GREETED_GROUP_AFTER.test(ctx.text.slice(n.end, n.end + 30))) ok = false;
      } else if (t.lower === 'pt' || t.lower === 'patient' || t.lower === 'name' || t.lower === 'named') {
        ok = !isBlocked(n) && !VERBISH_NAMES.has(n.lower) && (isLexName(n) || AMBIGUOUS_NAMES.has(n.lower) || (c.informative && n.shape === 'title' && !isCommon(n)));
      } else if (AMBIGUOUS_NAMES.has(n.lower)) {
        const next = ctx.text.slice(n.end, n.end + 8);
        // "son Rob who is", "Son, Ed, was updated": a name that is also a verb or an abbreviation, told apart by
        // a relative pronoun after it or by the commas of an apposition.
        const apposition = kind === 'relation' && /^[ \t]*,[ \t]*$/.test(gap) && /^,[ \t]+(?:was|is|who|has|had|and)\b/.test(next);
        // "Son Will visited": a modal is never followed by a past tense, so "Will" is the son.
        const subject = kind === 'relation' && ((/^[ \t]+(?:who|was|is)\b/.test(next) && n.lower !== 'will' && n.lower !== 'may') ||
          (c.informative && n.shape === 'title' && VISITED.test(ctx.text.slice(n.end, n.end + 14))));
        ok = (!VERBISH_NAMES.has(n.lower) && !isBlocked(n)) || ((apposition || subject) && !RELATIONS.has(n.lower) && !HONORIFICS.has(n.lower));
      }
      // "husband milovan": a word compromise does not know, right after a family role, even in lower case.
      else ok = nameWord(n, c, false) || (n.shape === 'lower' && !isBlocked(n) && !isCommon(n) && n.text.length > 2);
      // An unknown word that reads as English ("wife unable", "intern negative", "Dtr is clearly") is not a
      // name; after "daughter is" only a known or Capitalized name counts.
      if (ok && kind !== 'honorific' && !isLexName(n) && !AMBIGUOUS_NAMES.has(n.lower) && englishByForm(n)) ok = false;
      // "Caregiver Corner", "Caregiver Support Group": a Capitalized English word after a relation in a heading.
      if (ok && kind === 'relation' && c.informative && n.shape === 'title' && isCommon(n) && !isLexName(n) && !AMBIGUOUS_NAMES.has(n.lower)) ok = false;
      // "per md vebal", "Arthur Peppler,MD madeno": a clinician role before a lower-case word it does not know.
      if (ok && kind === 'role' && c.informative && n.shape === 'lower' && !isLexName(n)) ok = false;
      // "have the doctor call his counselor", "your doctor office": a full-word title in lower case is a
      // common noun, and the lower-case word after it is no surname.
      if (ok && kind === 'honorific' && t.text.length > 3 && t.shape === 'lower' && n.shape === 'lower' && !isLexName(n) &&
        (c.informative || (i > 0 && DETERMINERS.has(tokens[i - 1]!.lower)))) ok = false;
      // "the wireless DR panel", "DR detector": digital radiography, an abbreviation in capitals before an English word.
      // In mixed-case text a doctor's name after "DR" is Capitalized or a name a lexicon knows.
      if (ok && kind === 'honorific' && c.informative && t.shape === 'upper' && ctx.text[t.end] !== '.' && n.shape === 'lower' && !isLexName(n)) ok = false;
      // "the signed CMN", "patient ID": in text whose capitals mean something, a short ALL CAPS word after a
      // cue is an acronym, not a person.
      if (ok && kind !== 'honorific' && c.informative && n.shape === 'upper' && n.text.length <= 4 && !isLexName(n)) ok = false;
      // "Arthur Peppler,MD madeno": a credential closing a signature; "per md vebal": the doctor as a source.
      if (ok && kind === 'role' && n.shape === 'lower' && !isLexName(n) && i > 0 &&
        (tokens[i - 1]!.lower === 'per' || (CREDENTIALS.has(t.lower) && /^[ \t]*,[ \t]*$/.test(ctx.text.slice(tokens[i - 1]!.end, t.start)) && tokens[i - 1]!.shape !== 'lower'))) ok = false;
      if (ok && linked && t.lower !== 'name' && t.lower !== 'named' && !isLexName(n) && !(c.informative && n.shape === 'title')) ok = false;
      // "Her maiden name is Key": after "name is", a Capitalized word is the name even if English.
      if (!ok && linked && t.lower === 'name' && c.informative && n.shape === 'title' && !isBlocked(n) && !words.grammatical.has(n.lower) && !englishByForm(n)) ok = true;
      if (!ok) continue;
      const last = kind === 'honorific' && n.shape === 'initial' ? extendInitial(c, j) : extend(c, j, 3);
      // "Manager, Environmental Services", "Director, Patient Access": a title and the department it heads.
      if (kind === 'role' && tokens.slice(j, last + 1).some((x) => DEPARTMENT_WORDS.has(x.lower) && !isLexName(x))) continue;
      // "Thanks, Dana Ruiz, MD": a sign-off followed by a credential is a signature, the stronger evidence.
      const cred = tokens[last + 1];
      const signed = kind === 'salutation' && cred && CREDENTIALS.has(cred.lower) && /^,?[ \t]*$/.test(ctx.text.slice(tokens[last]!.end, cred.start));
      emit(j, last, signed ? 'signature' : kind, signed ? cred.lower : t.lower);
      // Lists after a cue: "Sons Smokey, Morris and Roger", "Drs Joseph and Robbinson".
      let k = last + 1;
      while ((kind === 'relation' || kind === 'honorific') && k < tokens.length) {
        const g = ctx.text.slice(tokens[k - 1]!.end, tokens[k]!.start);
        let m = k;
        if (/^[ \t]*,[ \t]*$/.test(g)) m = k;
        else if (/^[ \t]+$/.test(g) && tokens[k]!.lower === 'and' && k + 1 < tokens.length) m = k + 1;
        else break;
        const cand = tokens[m]!;
        if (!(isLexName(cand) || (!isCommon(cand) && nameWord(cand, c, false) && !englishByForm(cand)))) break;
        // "Patient Jane Roe, MRN 4481230": in mixed-case text an ALL CAPS word after a name is a label or an
        // acronym, and a word before a number is a field, not another person of the list.
        if (c.informative && cand.shape === 'upper' && !isLexName(cand)) break;
        if (/^[ \t]*[:#]?[ \t]*\d/.test(ctx.text.slice(cand.end, cand.end + 4)) && !isLexName(cand)) break;
        if (kind === 'honorific' && !/and/.test(g + tokens[k]!.lower)) break;
        const end = extend(c, m, 2);
        emit(m, end, kind, t.lower);
        k = end + 1;
      }
    }

    // 1b. An initial and a surname: "W. MAROTTA aware", "J. Chang", "q. lander rrt".
    for (let i = 0; i < tokens.length - 1; i++) {
      const t = tokens[i]!;
      if (taken[i] || t.text.length !== 1 || ctx.text[t.end] !== '.' || t.lower === 'a' || t.lower === 'i') continue;
      const n = tokens[i + 1]!;
      if (taken[i + 1] || ctx.text.slice(t.end, n.start) !== '. ') continue;
      if (n.text.length < 3 || isBlocked(n) || (isCommon(n) && !isLexName(n)) || (c.informative && n.shape === 'lower' && t.shape !== 'lower')) continue;
      // "W. RESIDUALS", "S. INTUBATED": a list letter before an English or clinical word; S/O/A/P and R/L
      // head note sections or mean a side ("P. ANTIBX", "R. Tidal"), so they need a surname compromise knows.
      if (!isLexName(n) && (englishByForm(n) || NOTE_LETTERS.has(t.lower))) continue;
      // Sentence ends look the same ("... 7 a. Pt"): the initial must not follow a digit or a full stop,
      // unless the surname is then told something ("BIGEMINY. W. MAROTTA AWARE").
      if (t.start > 0 && /[\p{L}'’&/]/u.test(ctx.text[t.start - 1]!)) continue;
      const end = extend(c, i + 1, 2);
      if (/[0-9.'’/]\s*$/.test(ctx.text.slice(Math.max(0, t.start - 2), t.start)) &&
        !(/[.]\s*$/.test(ctx.text.slice(Math.max(0, t.start - 2), t.start)) && toldAfter(ctx.text, tokens[end]!.end))) continue;
      // "DAN B. FORMAN, RRT": a signature; step 2 takes it with the given name before the initial.
      const after = tokens[end + 1];
      if (after && CREDENTIALS.has(after.lower) && /^,?[ \t]*$/.test(ctx.text.slice(tokens[end]!.end, after.start))) continue;
      emit(i, end, 'initial');
    }

    // 1b'. Initials standing for a person, in the possessive: "from R.K.'s session" (not "U.S.'s").
    for (let i = 0; i + 1 < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.shape !== 'initial' || taken[i] || ctx.text.charCodeAt(t.end) !== 46) continue;
      const n = tokens[i + 1]!;
      if (n.shape !== 'initial' || n.start !== t.end + 1 || !/^\.['’]s\b/.test(ctx.text.slice(n.end, n.end + 4))) continue;
      if (t.start > 0 && /[\p{L}.]/u.test(ctx.text[t.start - 1]!)) continue;
      if (ABBREVIATED_PLACES.has(t.lower + n.lower)) continue;
      emit(i, i + 1, 'initial');
    }

    // 1c. Weaker cues of ordinary prose: "says Okafor", "call me Lotte", "starring Lindqvist", "User: Eva Holm".
    for (const i of intros) {
      const t = tokens[i]!;
      if ((c.informative && t.shape === 'upper' && t.text.length > 1 && LABELS.has(t.lower))) continue;
      const before = tokens[i - 1]?.lower ?? '';
      // "me"/"him"/"her" only as the object of naming ("call me", "named him"); "called" only as "was called".
      if ((t.lower === 'me' || t.lower === 'him' || t.lower === 'her') && !NAMING_VERBS.has(before)) continue;
      if (t.lower === 'called' && !['was', 'is', 'were', 'be', 'been', 'being', 'am', 'also', 'are'].includes(before)) continue;
      // "had given Alma his address": the person between "given" and what they were given.
      if (t.lower === 'given' && !/^[ \t]+\S+[ \t]+(?:his|her|their|a|an|the|my|our|your)\b/.test(ctx.text.slice(t.end, t.end + 40))) continue;
      const n = tokens[i + 1]!;
      if (taken[i + 1] || !/^[ \t]*[:,]?[ \t]*$/.test(ctx.text.slice(t.end, n.start)) || t.end === n.start) continue;
      if (isBlocked(n) || n.text.length < 2 || VERBISH_NAMES.has(n.lower)) continue;
      const titled = c.informative && n.shape === 'title';
      const known = (isLexName(n) || AMBIGUOUS_NAMES.has(n.lower)) && (titled || !AMBIGUOUS_NAMES.has(n.lower));
      const unknown = !isCommon(n) && !isLexName(n) && !englishByForm(n) && !words.grammatical.has(n.lower) &&
        (c.informative ? n.shape === 'title' : n.text.length > 2);
      const end = extend(c, i + 1, 3);
      // "User: Eve Magrath": a Capitalized word that is also an English word, with a surname after it.
      const fullName = titled && end > i + 1 && !words.grammatical.has(n.lower) && tokens[end]!.shape === 'title';
      // After a cue that can only introduce a person ("starring Key", "had given Alma his address"), a
      // Capitalized word is a name even when it is also an English word.
      const strongCue = titled && STRONG_INTRO.has(t.lower) && !words.grammatical.has(n.lower) && !englishByForm(n);
      if (!known && !unknown && !fullName && !strongCue) continue;
      emit(i + 1, end, 'intro', t.lower);
    }

    // A word of a signature before its credential. Besides the usual name words: a surname that is also an
    // English or clinical word after a known given name ("Bernard Foley CRT", "Jean Hudson, RN"), and an
    // ambiguous given name before the surname ("WARREN KAVALIUNAS NP"). An English word by its form
    // ("LEGS EQUALLY MD AWARE", "MEDICATION, RN WILL") is no part of one.
    const signatureWord = (t: Token, before: Token | undefined, surnameSlot: boolean): boolean => {
      if (!isLexName(t) && englishByForm(t) && !(surnameSlot && before && givenBefore(before, t))) return false;
      if (nameWord(t, c, c.informative)) return true;
      if (t.shape !== 'title' && t.shape !== 'upper') return false;
      if (words.grammatical.has(t.lower) || HONORIFICS.has(t.lower) || RELATIONS.has(t.lower) || CALENDAR_WORDS.has(t.lower)) return false;
      if (surnameSlot) return !!before && givenBefore(before, t);
      return AMBIGUOUS_NAMES.has(t.lower) && !VERBISH_NAMES.has(t.lower);
    };
    // A given name written like the surname after it, on the same line: "Jean Hudson", "BERNARD FOLEY".
    const givenBefore = (g: Token, s: Token) => g.shape === s.shape && /^[ \t]{1,2}$/.test(ctx.text.slice(g.end, s.start)) &&
      (isFirstName(g.lower) || AMBIGUOUS_NAMES.has(g.lower)) && !VERBISH_NAMES.has(g.lower) && !isBlocked(g);

    // 2. Signatures: "Emily Parker, RN", "ROBERT V. DEGIORGIO, RRT", "Painter MD".
    for (let i = 1; i < tokens.length; i++) {
      const cred = tokens[i]!;
      // "Jane Roe, DO", "R. Lund, PT, DPT": a credential that is also a word only between a comma and the
      // line's end or another comma.
      const commaCredential = !(flags[i]! & CREDENTIAL) && ctx.text.charCodeAt(cred.start - 2) === 44 && cred.shape === 'upper' &&
        COMMA_CREDENTIALS.has(cred.lower) && /^[ \t]*(?:$|\n|,[ \t]*(\p{L}+))/u.test(ctx.text.slice(cred.end, cred.end + 12)) &&
        (!/^[ \t]*,/.test(ctx.text.slice(cred.end, cred.end + 3)) || CREDENTIALS.has(/,[ \t]*(\p{L}+)/u.exec(ctx.text.slice(cred.end, cred.end + 12))?.[1]?.toLowerCase() ?? ''));
      if ((!(flags[i]! & CREDENTIAL) && !commaCredential) || cred.lower === 'sr' || cred.lower === 'jr') continue;
      // "2L NP" is a nasal prong, not a nurse practitioner.
      if (/\d\s*l\s*$/i.test(ctx.text.slice(Math.max(0, cred.start - 4), cred.start))) continue;
      if (c.informative && cred.shape === 'lower') continue;
      // "STARTED ON NIPRIDE, MD'S AWARE": the doctor's, not a signature.
      if (/^['’]s/i.test(ctx.text.slice(cred.end, cred.end + 2))) continue;
      // "Notify Md if": in mixed-case text a credential in Capitals needs the comma of a signature.
      if (c.informative && cred.shape === 'title' && !/,[ \t]*$/.test(ctx.text.slice(Math.max(0, cred.start - 3), cred.start))) continue;
      const tail = ctx.text.slice(cred.end, cred.end + 3);
      // "FEBRILE NP JEN AWARE": a role before a name already found, not a credential after one.
      if (taken[i + 1] && /^[ \t]/.test(tail)) continue;
      // "occasional np cough": a lower-case credential ends its signature line.
      if (cred.shape === 'lower' && /^[ \t]*\p{L}/u.test(tail)) continue;
      // "To: Triage RN Pool", "Charge RN Station": a credential inside the name of a team or a place.
      if (c.informative && /^[ \t]\p{Lu}/u.test(tail) && i + 1 < tokens.length && isCommon(tokens[i + 1]!) && !isLexName(tokens[i + 1]!)) continue;
      let first = -1;
      for (let k = i - 1; k >= 0 && i - k <= 4; k--) {
        const t = tokens[k]!;
        const gap = ctx.text.slice(t.end, tokens[k + 1]!.start);
        const okGap = k === i - 1 ? /^[ \t]*,?[ \t]*$/.test(gap) && !(gap === '' && cred.start > t.end) : /^\.?[ \t]{1,2}$/.test(gap) && (gap[0] !== '.' || t.text.length === 1);
        if (!okGap || taken[k]) break;
        // "DAN A. FORMAN-LYONS, RRT", "q. lander rrt": a middle or first initial, whatever its case.
        if (t.text.length === 1 && k < i - 1 && ctx.text[t.end] === '.') { first = k; continue; }
        if (!signatureWord(t, k === i - 1 ? tokens[k - 1] : undefined, k === i - 1)) break;
        first = k;
      }
      // "Thanks,\nCharge RN": one ordinary word before a credential is the kind of nurse, not a name.
      if (first === i - 1 && isCommon(tokens[first]!) && !isLexName(tokens[first]!) && !AMBIGUOUS_NAMES.has(tokens[first]!.lower)) continue;
      // A word credential ("DO", "PT") needs a name a lexicon knows before it: "Right DP, PT" is a pulse.
      if (first >= 0 && commaCredential && !tokens.slice(first, i).some((x) => isLexName(x) && !isCommon(x))) continue;
      if (first >= 0) emit(first, i - 1, 'signature', cred.lower);
    }

    // 3. Lexicon: compromise's first and last names, extended to the neighbouring surname.
    for (let i = 0; i < tokens.length; i++) {
      if (taken[i]) continue;
      const t = tokens[i]!;
      const prev = i > 0 ? tokens[i - 1] : undefined;
      if (prev && (flags[i - 1]! & PLACE_PREFIX) && /^\.?\s+$/.test(ctx.text.slice(prev.end, t.start))) continue;
      if (c.informative && t.shape === 'lower') continue;
      // "L;INES D/C'D": a word split by a stray key inside it.
      const before = t.start > 1 ? ctx.text.charCodeAt(t.start - 1) : 0;
      if ((before === 59 || before === 38) && /\p{L}/u.test(ctx.text[t.start - 2]!)) continue;
      // Ambiguous given names ("eva", "Grace") count too, but only with a surname after them (below).
      if (!has(t, LISTED_NAME | AMBIGUOUS) && !(t.text.length > 3 && /[^\x00-\x7F]/.test(t.text) && isLexName(t))) continue;
      const first = isFirstName(t.lower) || AMBIGUOUS_NAMES.has(t.lower);
      const last = isLastName(t.lower);
      if (isBlocked(t) || t.text.length < 2) continue;
      // "MRI monitoring for ARIA": in mixed-case text a clinical abbreviation in capitals is the abbreviation.
      if (c.informative && t.shape === 'upper' && CLINICAL_CAPITALS.has(t.text)) continue;
      const end = extend(c, i, 3);
      const extended = end > i;
      // "social: bob visited", "Family: bill called": a given name opening a clause about a visit or a call.
      if (!extended && first && !VERBISH_NAMES.has(t.lower) && VISITED.test(ctx.text.slice(t.end, t.end + 14)) &&
        /(?:^|[:;.\n])[ \t]*$/.test(ctx.text.slice(Math.max(0, t.start - 3), t.start))) {
        emit(i, i, 'lexicon');
        continue;
      }
      if (AMBIGUOUS_NAMES.has(t.lower)) {
        // "Grace Kelly" yes, "will call" no: an ambiguous first name needs a surname after it.
        const next = tokens[i + 1];
        // A word that is only an ambiguous given name (not in a lexicon: "eva", "Warren") needs a listed surname.
        const lexFirst = isFirstName(t.lower) || isLastName(t.lower);
        // "ROSE ALVARADO MEJIA": a surname a lexicon knows anywhere in the run after it.
        const knownSurname = tokens.slice(i + 1, end + 1).some((x) => isLastName(x.lower) && !AMBIGUOUS_NAMES.has(x.lower) && !isCommon(x));
        // "Hope Kettering turns 50": at a sentence start, a verb after the surname says a person is the subject.
        const verbAfter = !!next && /^[ \t]+([a-z]+)/.exec(ctx.text.slice(next.end, next.end + 16))?.[1];
        const subjectOfVerb = !!verbAfter && PERSON_VERBS.has(verbAfter);
        if (!extended || !next || !((isLastName(next.lower) && !AMBIGUOUS_NAMES.has(next.lower)) || knownSurname ||
          (lexFirst && c.informative && next.shape === 'title' && !isCommon(next)) ||
          // "get Jordan Kessler in": mid-sentence, not after a word of place, a surname no lexicon knows.
          // "Kettering", "Golding": a surname ending like a gerund, when a verb follows it.
          (c.informative && t.shape === 'title' && end === i + 1 && next.shape === 'title' && next.text.length >= 4 && !isCommon(next) &&
            (!englishByForm(next) || (subjectOfVerb && /ing$/.test(next.lower) && !HEALTH_LEXICON_WORDS.has(next.lower))) && !HEALTH_LEXICON_WORDS.has(next.lower) && !AMBIGUOUS_NAMES.has(next.lower) && !VERBISH_NAMES.has(t.lower) &&
            ((!!prev && !/[.!?:\n]\s*$/.test(ctx.text.slice(prev.end, t.start)) && !PLACE_BEFORE.has(prev.lower)) || (subjectOfVerb && !(prev && PLACE_BEFORE.has(prev.lower)))) &&
            !/^[ \t]*\d/.test(ctx.text.slice(next.end, next.end + 3))) ||
          // "BEA TURA AWARE": a surname the lexicons lack, written like the given name, and then told something.
          (lexFirst && !VERBISH_NAMES.has(t.lower) && end === i + 1 && next.shape === t.shape && next.shape !== 'lower' && !isCommon(next) &&
            !englishByForm(next) && !HEALTH_LEXICON_WORDS.has(next.lower) && toldAfter(ctx.text, next.end)))) continue;
      }
      if (!extended && t.text.length <= 3 && t.shape !== 'title') continue;
      if (!extended && !c.informative && t.text.length <= 3) continue;
      // In text without informative capitals, a lone surname only the gazetteer lists, inside a list ("duran"
      // in "owens, duran and oneal the corner"), is too weak: firms are named by lists of surnames.
      if (!extended && !c.informative && !first && !words.lastNames.has(t.lower) && !words.people.has(t.lower) && i > 0 &&
        !(flags[i - 1]! & CUE) && /(?:,[ \t]*|[ \t]and[ \t]+)$/.test(ctx.text.slice(Math.max(0, t.start - 6), t.start))) continue;
      let start = i;
      // "Smith, John": a surname written before the first name in lists.
      // Not a department before the comma: "- Quality, Ruth Ng", "Contact Compliance, Omar Haddad".
      if (first && prev && !taken[i - 1] && /^,[ \t]?$/.test(ctx.text.slice(prev.end, t.start)) && prev.shape !== 'lower' &&
        !isBlocked(prev) && !isCommon(prev) && prev.text.length > 1 && !DEPARTMENT_WORDS.has(prev.lower)) start = i - 1;
      emit(start, end, first ? 'lexicon' : 'surname-lexicon');
      i = end;
    }

    // A token in a comma/"and" list next to a name already found or a lexicon name: "Monjeau, Graves and Reed".
    const inNameList = (i: number): boolean => {
      for (const k of [i - 2, i - 1, i + 1, i + 2]) {
        const o = tokens[k];
        if (!o) continue;
        // Two apart only across an "and" token: "Marrero and Murphy".
        if (Math.abs(k - i) === 2 && tokens[(k + i) / 2]!.lower !== 'and') continue;
        const gap = k < i ? ctx.text.slice(o.end, tokens[i]!.start) : ctx.text.slice(tokens[i]!.end, o.start);
        if (!/^(?:,\s?|\s+and\s+|,\s+and\s+)$/.test(gap)) continue;
        if (taken[k] || (o.shape === 'title' && isLexName(o) && !AMBIGUOUS_NAMES.has(o.lower))) return true;
      }
      return false;
    };

    // 3b. Conversation in mixed-case text: a speaker's tag ('Amy: "Who are you?"'), a name called out at the
    //     end of a clause ("Remember me, Chelsea?", "Don't go, Roy!") or before a request ("Kuba, can I ...").
    if (c.informative) {
      // Whether another speaker tag is a known given name; computed only when a tag asks.
      let dialogueMemo: boolean | undefined;
      const isDialogue = () => (dialogueMemo ??= [...ctx.text.matchAll(/(?:^|[.!?\n]\s*)(\p{Lu}\p{Ll}+):\s+\p{Lu}/gu)]
        .some((m) => isFirstName(m[1]!.toLowerCase()) && !AMBIGUOUS_NAMES.has(m[1]!.toLowerCase())));
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]!;
        if (taken[i] || t.shape !== 'title' || t.text.length < 3) continue;
        // Cheap gate on the characters around: a colon, comma, "!" or "?" after, or a comma before.
        const a0 = ctx.text.charCodeAt(t.end);
        if (a0 !== 58 && a0 !== 44 && a0 !== 33 && a0 !== 63 && a0 !== 32 && a0 !== 39 && a0 !== 8217) continue;
        if (a0 === 32 && !/^ [!?]/.test(ctx.text.slice(t.end, t.end + 2))) continue;
        if (isBlocked(t) || HEALTH_LEXICON_WORDS.has(t.lower)) continue;
        const given = isFirstName(t.lower) || AMBIGUOUS_NAMES.has(t.lower);
        const unknown = !given && !isCommon(t) && !isLexName(t) && !englishByForm(t) && !words.grammatical.has(t.lower);
        if (!given && !unknown) continue;
        const before = ctx.text.slice(Math.max(0, t.start - 3), t.start);
        const after = ctx.text.slice(t.end, t.end + 24);
        const lineStart = i === 0 || /[.!?\n>"]\s*$/.test(before);
        // A word it does not know is a speaker too once the text is a dialogue (another tag is a given name).
        const speaker = lineStart && (/^:\s?["“]/.test(after) || ((given && !CALENDAR_WORDS.has(t.lower)) || (unknown && /^:\s+[A-Z]/.test(after) && isDialogue())) && /^:\s+[A-Z]/.test(after));
        // "I'm Misty's daughter": an ambiguous given name in the possessive, mid-sentence.
        const possessive = given && !lineStart && /^['’]s\s/.test(after) && !CALENDAR_WORDS.has(t.lower);
        const calledOut = /,\s$/.test(before) && /^\s?[!?]/.test(after) && !/\d,\s$/.test(before);
        const addressed = lineStart && /^,\s+(?:can|could|would|will|please|do|did|are|is|have|I|we|you)\b/.test(after);
        // "Lorraine,\nAhead of Thursday's consult ...": a name alone on the opening line of a message or
        // of a paragraph is the person written to.
        let greeting = false;
        if (/^,[ \t]*\r?\n/.test(after) && !CALENDAR_WORDS.has(t.lower)) {
          const lineHead = ctx.text.lastIndexOf('\n', t.start - 1) + 1;
          const from = Math.max(0, lineHead - 300);
          const above = ctx.text.slice(from, lineHead).replace(/[ \t]+$/, '');
          greeting = !/\S/.test(ctx.text.slice(lineHead, t.start)) &&
            ((from === 0 && !/\S/.test(above)) || /\n[ \t]*\n$/.test(above) || /(?:^|\n)[ \t]*(?:subject|re|fw|fwd)[ \t]*:[^\n]*\n$/i.test(above));
        }
        if (!calledOut && !greeting && VERBISH_NAMES.has(t.lower)) continue;
        if (!speaker && !calledOut && !addressed && !possessive && !greeting) continue;
        emit(i, i, 'capitalized');
      }
    }

    // 4. In mixed-case text, Capitalized words compromise does not know that look like names: runs of two
    //    or three ("Nanaho Nishiyama") or one with a surname ending or letters English does not use.
    if (c.informative) {
      for (let i = 0; i < tokens.length; i++) {
        if (taken[i]) continue;
        const t = tokens[i]!;
        if (t.shape !== 'title' || isCommon(t) || isBlocked(t) || t.text.length < 3) continue;
        const prev = tokens[i - 1];
        if (prev && (flags[i - 1]! & PLACE_PREFIX)) continue;
        let end = i;
        let particle = false;
        while (end + 1 < tokens.length && end - i < (particle ? 3 : 2)) {
          const n = tokens[end + 1]!;
          const gap = ctx.text.slice(tokens[end]!.end, n.start);
          if (!(/^[ \t]{1,2}$/.test(gap) || (gap === '. ' && tokens[end]!.shape === 'initial')) || taken[end + 1]) break;
          // "Maika van de Noort", "Willemine ten Pas": Dutch and German particles inside a name.
          if (n.shape === 'lower' && SURNAME_PARTICLES.has(n.lower) && end + 2 < tokens.length) {
            let p = end + 1;
            while (p < tokens.length && tokens[p]!.shape === 'lower' && SURNAME_PARTICLES.has(tokens[p]!.lower) && p - end <= 2) p++;
            const after = tokens[p];
            if (after && after.shape === 'title' && !isCommon(after) && !isBlocked(after) && /^[ \t]$/.test(ctx.text.slice(tokens[p - 1]!.end, after.start))) {
              particle = true;
              end = p;
              continue;
            }
            break;
          }
          if (!((n.shape === 'title' && !isCommon(n) && !isBlocked(n)) || (n.shape === 'initial' && gap === ' '))) break;
          end++;
        }
        const nonAscii = /[^\x00-\x7F]/.test(t.text);
        // "Salesperson" is a compound, "Slovenian food" an adjective of nationality, not a surname.
        const surnameLike = (SURNAME_ENDING.test(t.lower) && !/person$/.test(t.lower) &&
          !(/(?:ian|ean)$/.test(t.lower) && /^ [a-z]/.test(ctx.text.slice(t.end, t.end + 2)))) || nonAscii;
        const sentenceStart = !prev || /[.!?:\n>"]\s*$/.test(ctx.text.slice(Math.max(0, t.start - 3), t.start));
        const runTokens = tokens.slice(i, end + 1);
        const run = end > i && tokens[end]!.shape === 'title' &&
          runTokens.some((x) => isLexName(x) || SURNAME_ENDING.test(x.lower) || /[^\x00-\x7F]/.test(x.text));
        // At a sentence start a run needs a stronger sign: a known given name first ("Satu Elomo lives") or a
        // surname ending in it ("Bekbolat Musliyevich"), and no word that reads as English ("Tyler Regional").
        // "Elita B Desaulniers", "Tom I. Holzman": a middle initial between two Capitalized words.
        const middleInitial = end === i + 2 && tokens[i + 1]!.shape === 'initial' && tokens[end]!.shape === 'title';
        const strongRun = particle && end > i || middleInitial || run && (isFirstName(t.lower) && !AMBIGUOUS_NAMES.has(t.lower) ||
          runTokens.some((x) => SURNAME_ENDING.test(x.lower) && x.text.length > 4)) &&
          !runTokens.some((x) => !isLexName(x) && x.shape === 'title' && englishByForm(x));
        // A Capitalized word compromise does not know at all, in mid-sentence, and no clinical term: a name
        // ("founders: Monjeau, Graves"); at a sentence start only when a verb or a colon follows ("Tomomi is").
        const unknown = end === i && !isLexName(t) && !HEALTH_LEXICON_WORDS.has(t.lower) && !ENGLISH_SUFFIX.test(t.lower) &&
          !NOT_NAME_SUFFIX.test(t.lower) && !(MEDICAL_SUFFIX.test(t.lower) && !SURNAME_ENDING.test(t.lower)) && !/\d/.test(ctx.text.slice(t.end, t.end + 2));
        const after = ctx.text.slice(t.end, t.end + 12);
        // Evidence for a lone unknown word: a possessive ("Meza's"), a speaker's colon at a line start
        // ("Ubul: What a wife"), "X is from"/"X spent", or a list with a known name ("Monjeau, Graves and Reed").
        // An ambiguous given name ("Ari", "Grace") as the subject of a verb of people: "Ari is very reliable".
        const ambiguousSubject = end === i && AMBIGUOUS_NAMES.has(t.lower) && !VERBISH_NAMES.has(t.lower) && !CALENDAR_WORDS.has(t.lower) &&
          /^\s+(?:is very|is so|said|says|told|asked|lives|lived|spent|began|wrote|became|joined|had given)\b/.test(ctx.text.slice(t.end, t.end + 20));
        const speaks = ambiguousSubject || unknown && ((/^['’]s\b/.test(after) && !PLURAL_APOSTROPHE.test(after) && t.text.length >= 4 && /[aeiouy]/.test(t.lower)) || (sentenceStart && surnameLike && /^:\s/.test(after)) ||
          /^\s+(?:is from|was from|spent|shouted|said|says|told|asked|lives|lived|calls|called|wrote|began|listed|became|joined|founded|sang|died|was born|grew up|is very|had given)\b/.test(ctx.text.slice(t.end, t.end + 20)) ||
          inNameList(i) ||
          // "Vasquez-Treadwell DOC# 448213 sent out 1540": a prisoner's surname before the number he is held under.
          /^[ \t]+(?:DOC|inmate|booking|offender)[ \t]*(?:#|ID\b|no\b|number\b)/i.test(ctx.text.slice(t.end, t.end + 20)));
        // "Re: Shanice Holloway, Medicaid ID ...": two or three name words with an identifier or a birth date after them.
        const idAfter = ctx.text.slice(tokens[end]!.end, tokens[end]!.end + 40);
        const idNamed = end > i && runTokens.every((x) => (x.shape === 'title' || x.shape === 'initial') && layoutWord(x)) &&
          tokens[end]!.shape === 'title' && (PERSON_ID_AFTER.test(idAfter) || (ID_AFTER.test(idAfter) && runTokens.some((x) => isLexName(x))));
        if (!(run && !sentenceStart) && !(run && surnameLike) && !(strongRun && tokens[end]!.shape === 'title') && !(surnameLike && !sentenceStart) && !speaks && !idNamed) { continue; }
        if (tokens.slice(i, end + 1).some((x) => FACILITY_WORDS.has(x.lower))) continue;
        emit(i, end, 'capitalized');
        i = end;
      }
    }
    // 4c. Rows of a list that open with a person and then a birth date or an identifier: "2. Owusu, Abena -
    //     11/19/1989 - ACL tear", "- Kim Tran (DOB 4/2/88)", "Roe, Jane, MRN 4471".
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (taken[i] || (t.shape !== 'title' && t.shape !== 'upper')) continue;
      // Only at a line's start, after an optional number or bullet (a bounded look back).
      const from = Math.max(0, t.start - 8);
      const head = ctx.text.slice(from, t.start);
      if (!(from === 0 ? /^(?:[^\n]*\n)?[ \t]*(?:\d{1,3}[.)]|[-*•])?[ \t]*$/ : /\n[ \t]*(?:\d{1,3}[.)]|[-*•])?[ \t]*$/).test(head)) continue;
      const nl = ctx.text.indexOf('\n', t.end);
      const eol = nl < 0 ? ctx.text.length : nl;
      let end = layoutRun(i, 3, eol);
      if (end < 0) continue;
      if (end + 1 < tokens.length && /^,[ \t]*$/.test(ctx.text.slice(tokens[end]!.end, tokens[end + 1]!.start)) && end - i < 2) {
        const rest = layoutRun(end + 1, 3, eol);
        if (rest >= 0 && ID_AFTER.test(ctx.text.slice(tokens[rest]!.end, tokens[rest]!.end + 40))) end = rest;
      }
      const run = tokens.slice(i, end + 1).filter((x) => x.shape !== 'initial');
      const idAfter = ctx.text.slice(tokens[end]!.end, tokens[end]!.end + 40);
      if (run.length < 2 || !(PERSON_ID_AFTER.test(idAfter) || (ID_AFTER.test(idAfter) && run.some((x) => isLexName(x))))) continue;
      if (!c.informative && !run.some((x) => isLexName(x) && !isCommon(x))) continue;
      emit(i, end, 'capitalized');
      i = end;
    }

    // 4b. A given name that closes the message as a sign-off: "... on Tuesday? Mark", "- Ben", "Thanks!\nKim".
    for (let i = Math.max(0, tokens.length - 2); i < tokens.length; i++) {
      const t = tokens[i]!;
      // "thx - marisol": in lower case only a given name a lexicon knows, after a dash.
      const lowerSigned = t.shape === 'lower' && isFirstName(t.lower) && !AMBIGUOUS_NAMES.has(t.lower) &&
        /[-–—~][ \t]*$/.test(ctx.text.slice(Math.max(0, t.start - 3), t.start));
      if (taken[i] || (t.shape !== 'title' && !lowerSigned) || isBlocked(t) || CALENDAR_WORDS.has(t.lower) || !(isFirstName(t.lower) || AMBIGUOUS_NAMES.has(t.lower))) continue;
      if (i > 0 && PLACE_PREFIXES.has(tokens[i - 1]!.lower)) continue;
      const last = i + 1 < tokens.length && tokens[i + 1]!.shape === 'title' && /^[ \t]$/.test(ctx.text.slice(t.end, tokens[i + 1]!.start)) ? i + 1 : i;
      if (!/^[\s.!]*$/.test(ctx.text.slice(tokens[last]!.end))) continue;
      if (!/(?:^|\n|[.!?][ \t]+|[-–—~][ \t]*)$/.test(ctx.text.slice(Math.max(0, t.start - 4), t.start))) continue;
      emit(i, last, 'signature');
      break;
    }

    // 5. Lists of single Capitalized words joined by commas and "and" ("Usamov and Bowers were", "Šušulić,
    //    Bowman and White"): with one member a name, the others are people too. Members must not be places,
    //    calendar or clinical words; an organisation word after the list drops it all (below).
    //    In text without informative capitals ("they had 6: leonti, terrence, pamela and donna") two members
    //    must be known given names or surnames, and no member an English word.
    {
      const listShape = (x: Token) => (c.informative ? x.shape === 'title' : x.shape === 'lower' || x.shape === 'upper');
      const member = (x: Token) => listShape(x) && x.text.length > 2 && !isBlocked(x) && !words.places.has(x.lower) &&
        (c.informative || isLexName(x) || AMBIGUOUS_NAMES.has(x.lower) || !isCommon(x)) &&
        !HEALTH_LEXICON_WORDS.has(x.lower) && !words.grammatical.has(x.lower) && !englishByForm(x);
      const strong = (j: number) => taken[j] === 1 || (isLexName(tokens[j]!) && !AMBIGUOUS_NAMES.has(tokens[j]!.lower)) ||
        (SURNAME_ENDING.test(tokens[j]!.lower) && tokens[j]!.text.length > 4) || /[^\x00-\x7F]/.test(tokens[j]!.text);
      const text = ctx.text;
      for (let i = 0; i < tokens.length; i++) {
        // Cheap gate: a Capitalized word followed by a comma or " and".
        const t0 = tokens[i]!;
        // The space is checked first: startsWith for every token cost more than the rest of this loop.
        const after0 = text.charCodeAt(t0.end);
        if ((after0 !== 44 && !(after0 === 32 && text.startsWith(' and ', t0.end))) || !listShape(t0)) continue;
        const chain = [i];
        let hasAnd = false;
        let k = i;
        while (k + 1 < tokens.length) {
          const g = ctx.text.slice(tokens[k]!.end, tokens[k + 1]!.start);
          let m = -1;
          if (/^,[ \t]$/.test(g)) m = k + 1;
          if (/^,?[ \t]$/.test(g) && tokens[k + 1]!.lower === 'and' && k + 2 < tokens.length && /^[ \t]$/.test(ctx.text.slice(tokens[k + 1]!.end, tokens[k + 2]!.start))) { m = k + 2; hasAnd = true; }
          if (m < 0) break;
          chain.push(m);
          k = m;
          if (hasAnd) break;
        }
        const next = tokens[k + 1];
        const closed = !next || !/^[ \t]+$/.test(ctx.text.slice(tokens[k]!.end, next.start)) || next.shape !== 'title' || !c.informative;
        // "Torpy and Salinas were precision engineers": people as the subject of a plural verb, when one of
        // them is a word compromise does not know at all.
        const plural = /^[ \t]+(?:were|are|have|had|both)\b/.test(ctx.text.slice(tokens[k]!.end, tokens[k]!.end + 8)) &&
          chain.some((j) => !isCommon(tokens[j]!) && !AMBIGUOUS_NAMES.has(tokens[j]!.lower));
        // "proxies: suzette and hal.": a pair closing its clause, one a given name already found, the other a
        // word no lexicon knows.
        const pairWithGiven = chain.length === 2 && chain.some((j) => taken[j] === 1 && isFirstName(tokens[j]!.lower)) &&
          chain.every((j) => taken[j] === 1 || (!isCommon(tokens[j]!) && !AMBIGUOUS_NAMES.has(tokens[j]!.lower))) &&
          /^[ \t]*(?:[.,;\n]|$)/.test(ctx.text.slice(tokens[k]!.end, tokens[k]!.end + 3));
        const evidence = c.informative ? chain.some(strong) || plural :
          // Surnames alone ("owens, duran and oneal") name a firm more often than people; a list of people
          // written in lower case has a given name in it.
          (chain.filter((j) => taken[j] === 1 || (isLexName(tokens[j]!) && !AMBIGUOUS_NAMES.has(tokens[j]!.lower))).length >= 2 &&
            chain.some((j) => isFirstName(tokens[j]!.lower))) || pairWithGiven;
        if (hasAnd && closed && chain.length >= 2 && chain.every((j) => taken[j] || member(tokens[j]!)) && evidence) {
          for (const j of chain) if (!taken[j]) emit(j, j, 'capitalized');
        }
        i = chain.length > 1 ? k : i;
      }
    }

    // 6. Later or earlier mentions of a one-word name already found, written the same way ("Gerth had given
    //    Gerth his address", "Jouni was a huge Jouni Hahli fan").
    if (c.informative && out.length > 0) {
      const seen = new Set<string>();
      for (let k = 0; k < tokens.length; k++) if (taken[k] && tokens[k]!.shape === 'title' && tokens[k]!.text.length > 2 && !AMBIGUOUS_NAMES.has(tokens[k]!.lower)) seen.add(tokens[k]!.text);
      if (seen.size) for (let k = 0; k < tokens.length; k++) if (!taken[k] && seen.has(tokens[k]!.text)) emit(k, k, 'capitalized');
    }
    //    In any case, a listed name that is no English word, once found as a name, is that name wherever it is written,
    //    in any case ("Subject: resched - gruber PFT + CT" above "Mrs Gruber", "DMITRI" in a subject line).
    //    Only listed names: a word found after a cue may be a mistaken one ("attn sports med"), and copies would
    //    multiply the mistake.
    if (out.length > 0) {
      const unusual = (t: Token) => t.text.length > 2 && isLexName(t) && !AMBIGUOUS_NAMES.has(t.lower) && !isCommon(t) && !isBlocked(t) &&
        !englishByForm(t) && !HEALTH_LEXICON_WORDS.has(t.lower) && !(t.shape === 'upper' && t.text.length <= 4);
      const seen = new Set<string>();
      for (let k = 0; k < tokens.length; k++) if (taken[k] && unusual(tokens[k]!)) seen.add(tokens[k]!.lower);
      if (seen.size) for (let k = 0; k < tokens.length; k++) if (!taken[k] && seen.has(tokens[k]!.lower) && unusual(tokens[k]!)) emit(k, k, 'mention');
    }

    // 6b. A hand-off row that opens with a first name and an initial, then a dash: "Harjit S. - fall in bathroom".
    handOffRows(c, taken, emit);

    // 7. Nicknames right after a name ("AUGUSTINE DELACORTE ("GUS")", "Chukwudi Anyanwu (“Chuck”)"), and the
    //    name someone goes by ("he goes by Venkat").
    nicknames(c, ctx.lower, out, byAt, taken, emit);

    let dropped: Set<string> | undefined;
    const kept = out.filter((m) => {
      // "Zaroxyln 10 mg" is a drug, "Cantonese speaking" a language, "mallory weiss tear" an eponym.
      const after = ctx.text.slice(m.end, m.end + 16);
      if (DOSE_AFTER.test(after) || LANGUAGE_AFTER.test(after)) return false;
      if ((m.pattern === 'lexicon' || m.pattern === 'surname-lexicon' || m.pattern === 'capitalized') && EPONYM_AFTER.test(after)) return false;
      const phrase = ctx.text.slice(m.start, m.end);
      const parts = phrase.split(/[^\p{L}'’]+/u);
      let lastWord = parts[parts.length - 1]!.toLowerCase();
      if (lastWord.endsWith('s') || lastWord.endsWith("'") || lastWord.endsWith('’')) lastWord = lastWord.replace(/['’]s?$/, '');
      // "mrs. Park": one word right after an honorific is a surname even when it names places too.
      const honorificSurname = m.pattern === 'honorific' && !/\s/.test(phrase);
      // After an honorific the name is a person's: "the Hon. Margaret Ferris, Milwaukee County Circuit Court" is
      // not a list of a court's names.
      if (ORG_WORDS.has(lastWord) || (FACILITY_WORDS.has(lastWord) && !honorificSurname) || beforeOrgWord(tokens, ctx.text, m.end, m.pattern !== 'honorific')) return false;
      if (notAPerson(ctx.text, m, phrase, parts, lastWord, informative)) { (dropped ??= new Set()).add(phrase); return false; }
      return true;
    });
    // Later mentions of a word dropped above ("Fleet notice" where "Fleet Coordinator" is a title).
    return dropped ? kept.filter((m) => !(m.pattern === 'capitalized' && dropped!.has(ctx.text.slice(m.start, m.end)))) : kept;
  },
};

/**
 * Words that make the names before them an organisation or a street: "Davis, Reynolds and Williamson
 * Orchestra", "Thomas and Sons", "Lahtinen Road", "Fernandez Inc".
 */
const ORG_WORDS = new Set([
  'inc', 'ltd', 'llc', 'llp', 'plc', 'gmbh', 'corp', 'corporation', 'company', 'co', 'group', 'associates',
  'partners', 'sons', 'brothers', 'bros', 'orchestra', 'band', 'foundation', 'investments', 'technologies',
  'holdings', 'bank', 'capital', 'consulting', 'solutions', 'systems', 'industries', 'enterprises', 'ventures',
  'agency', 'studio', 'studios', 'records', 'press', 'publishing', 'law', 'firm', 'street', 'road', 'avenue',
  'lane', 'drive', 'boulevard', 'dam', 'bypass', 'rapids', 'lodge', 'flats', 'square', 'plaza', 'terrace',
  'court', 'way', 'extensions', 'crossing', 'creek', 'river', 'falls', 'heights', 'hills', 'university',
  'college', 'school', 'academy', 'institute', 'foundation', 'trust', 'fund', 'society', 'club',
]);

/** Whether the name ending at `end` (or the comma/"and" list it closes) is followed by an organisation word. */
function beforeOrgWord(tokens: Token[], text: string, end: number, walkList = true): boolean {
  let k = firstTokenAtOrAfter(tokens, end);
  if (k >= tokens.length || k === 0) return false;
  for (let hops = 0; hops < 5 && k < tokens.length; hops++) {
    const t = tokens[k]!;
    const gap = text.slice(tokens[k - 1]!.end, t.start);
    if (ORG_WORDS.has(t.lower) && /^[ \t]{1,2}$/.test(gap) && t.shape !== 'lower') return true;
    // Walk along "A, B and C" to the list's end.
    if (!walkList || !/^(?:,[ \t]?|[ \t]+)$/.test(gap) || !(t.shape === 'title' || t.lower === 'and')) return false;
    k++;
  }
  return false;
}

const NICKNAME_AFTER = /^[ \t]*\(?[ \t]*["“'‘]([\p{Lu}][\p{L}'’-]{1,20})["”'’][ \t]*\)?/u;
const GOES_BY = /\b(?:goes|go|going|went|known)[ \t]+by[ \t]+(?:the[ \t]+name[ \t]+)?$/;

/** Pass 7: a quoted word right after a found name, or a capitalized word after "goes by", is a nickname. */
function nicknames(c: Context, lower: string, out: RawMatch[], byAt: number[], taken: Uint8Array, emit: (from: number, to: number, cue: NameCue, cueWord?: string) => void) {
  const { tokens, text } = c;
  const tokenAt = (offset: number) => firstTokenAtOrAfter(tokens, offset);
  const take = (i: number) => {
    const t = tokens[i];
    if (t && !taken[i] && (t.shape === 'title' || t.shape === 'upper') && t.text.length >= 2 && !isBlocked(t)) return t;
    return undefined;
  };
  for (const m of out.slice()) {
    // Only a quote, after spaces or a parenthesis, can open a nickname; most names are followed by neither.
    let k = m.end;
    while (k < m.end + 4 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 40)) k++;
    const c0 = text.charCodeAt(k);
    if (c0 !== 34 && c0 !== 0x201c && c0 !== 39 && c0 !== 0x2018) continue;
    const q = NICKNAME_AFTER.exec(text.slice(m.end, m.end + 28));
    if (!q) continue;
    const i = tokenAt(m.end);
    const t = take(i);
    if (t && t.text === q[1]) emit(i, i, 'intro', 'nickname');
  }
  for (const b of byAt) {
    const at = tokens[b]!.start;
    // "goes by", "go by", "going by", "went by", "known by": the word before ends in s, o, g, t or n.
    const e = lower.charCodeAt(at - 2);
    if ((e !== 115 && e !== 111 && e !== 103 && e !== 116 && e !== 110) || !GOES_BY.test(lower.slice(Math.max(0, at - 24), at + 3))) continue;
    const i = b + 1;
    const t = take(i);
    // "he goes by Frank": capitalized after "goes by", an everyday word is the name (calendar words are blocked).
    if (t && /^[ \t]+$/.test(c.text.slice(at + 2, t.start)) && (t.shape === 'title' || !isCommon(t))) emit(i, i, 'intro', 'goes by');
  }
}

// "Class II", "Phase III", "Stage II": a Roman numeral after an everyday word is a level, not a name's suffix.
const NUMBERED_WORDS = new Set(['class', 'phase', 'type', 'stage', 'grade', 'level', 'tier', 'part', 'section', 'chapter', 'step', 'schedule', 'title', 'appendix', 'volume', 'unit', 'zone', 'category', 'round', 'cohort']);
// Rooms and buildings named after people: "Keller Auditorium", "the Simmons Building".
const VENUE_WORDS = new Set(['auditorium', 'building', 'library', 'theater', 'theatre', 'arena', 'stadium', 'atrium', 'lobby', 'conference', 'classroom', 'boardroom', 'ballroom', 'amphitheater', 'amphitheatre', 'pavilion', 'lecture']);
// "MyChart", "RadReports": a short head and an English word joined by a capital are a system or mailbox name.
const CAMEL_MAILBOX = /^(\p{Lu}\p{Ll}{1,5})(\p{Lu}\p{Ll}{3,})$/u;
const NAME_HEADS = new Set(['mc', 'mac', 'de', 'di', 'da', 'du', 'la', 'le', 'van', 'von', 'del', 'della', 'st', 'fitz', 'ben', 'bin', 'abu', 'al', 'el']);

/**
 * Capitalized words that a cue or a lexicon took for a name but that are titles, departments, rooms, languages,
 * towns or levels: "Revenue Cycle Manager", "Data Analyst" and "Sr. Systems Engineer" (a job title ends them);
 * "MD, Pediatric Radiation Oncology" (only department words after a credential and a comma); "Keller
 * Auditorium"; "Nou pale Kreyòl"; "LOWELL MA 01852"; "CLASS II".
 */
function notAPerson(text: string, m: RawMatch, phrase: string, parts: string[], last: string, informative: boolean): boolean {
  if (JOB_TITLE_WORDS.has(last) || VENUE_WORDS.has(last)) return true;
  const single = parts.length === 1;
  if (single && (LANGUAGES.has(last) || WORKPLACE_WORDS.has(last) || ROLES.has(last) ||
    (NUMBERED_WORDS.has(last) && /^[ \t]+(?:[IVX]{1,4}|\d)\b/.test(text.slice(m.end, m.end + 6))))) return true;
  if (single && hasInnerCapital(phrase)) {
    const camel = CAMEL_MAILBOX.exec(phrase);
    if (camel && !NAME_HEADS.has(camel[1]!.toLowerCase()) && words.common.has(camel[2]!.toLowerCase())) return true;
  }
  const next = text.charCodeAt(m.end + 1);
  // What follows starts with a capital: a job title ("Fleet Coordinator", "Revenue Cycle Manager") or a state
  // and ZIP after a town ("LOWELL MA 01852", "Dover, NH 03820").
  if (next >= 65 && next <= 90 || text.charCodeAt(m.end + 2) >= 65 && text.charCodeAt(m.end + 2) <= 90) {
    const zipAt = m.end + (next >= 65 && next <= 90 ? 4 : 5);
    const d = text.charCodeAt(zipAt);
    if (d >= 48 && d <= 57) {
      const st = /^,?[ \t]+([A-Z]{2})[ \t]+\d{5}\b/.exec(text.slice(m.end, m.end + 12));
      if (st && US_STATES[st[1]!] !== undefined) return true;
    }
    // A name followed by its title without a comma ("Anna Lee Director of Nursing") keeps a given name or its
    // cue; where capitals say nothing (ALL CAPS notes) the words after say nothing either.
    if (informative && next >= 65 && next <= 90 && m.pattern !== 'honorific' && m.pattern !== 'relation' && !parts.some((w) => isFirstName(w.toLowerCase()))) {
      const after = /^[ \t]+(\p{Lu}[\p{L}&-]*)(?:[ \t]+(\p{Lu}[\p{L}&-]*))?(?:[ \t]+(\p{Lu}[\p{L}&-]*))?/u.exec(text.slice(m.end, m.end + 48));
      if (after && [after[1], after[2], after[3]].some((w) => w !== undefined && JOB_TITLE_WORDS.has(w.toLowerCase()))) return true;
    }
  }
  // After a credential or title and a comma, a phrase of department words: "MD, Pediatric Radiation Oncology".
  if (text.charCodeAt(m.start - 1) === 32 && text.charCodeAt(m.start - 2) === 44 || text.charCodeAt(m.start - 1) === 44) {
    return parts.every((p) => {
      const w = p.toLowerCase();
      return w === '' || DEPARTMENT_WORDS.has(w) || HEALTH_LEXICON_WORDS.has(w) || CONTACT_LABELS.has(w) || (wordFlags(w) & (ENGLISH_FORM | ANY_NAME)) === ENGLISH_FORM;
    });
  }
  return false;
}
const hasInnerCapital = (w: string) => {
  for (let i = 1; i < w.length; i++) { const c = w.charCodeAt(i); if (c >= 65 && c <= 90) return true; }
  return false;
};
