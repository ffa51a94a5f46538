import type { RawMatch, Recognizer } from './types';
import { compromiseWords } from './lexicons/compromise-lexicon';
import { AMBIGUOUS_CITY_SHORT_FORMS, CALENDAR_WORDS, CARE_UNIT_KINDS, CITY_SHORT_FORMS, CLINICAL_STATES, COMMON_DESTINATIONS, FACILITY_WORDS, ORGANIZATION_ENDS, ORGANIZATION_NAME_WORDS, PRACTICE_DESCRIPTORS, PRACTICE_ENDS, PRACTICE_WORDS, QUALIFIED_PRACTICE_ENDS, SERVICE_WORDS, US_STATES } from './lexicons/places';
import { HEALTH_LEXICON_WORDS } from './lexicons/health';
import { AMBIGUOUS_NAMES, COMMA_CREDENTIALS, CREDENTIALS, ENGLISH_SUFFIX, HONORIFICS, NOT_NAMES, NOT_NAME_SUFFIX, RELATIONS } from './lexicons/people-cues';
import { GIVEN_NAMES } from './lexicons/name-gazetteer';
import { organizationNames } from './lexicons/organizations';
import { stateLevelPlaces } from './lexicons/regions';
import { US_TOWNS } from './lexicons/us-towns';
import { firstTokenAtOrAfter, sharedWords, type Token } from './support/tokens';
import { damerauDistance } from '../lib/detect/edit-distance';
import { allMatches } from './support/word-starts';

// Words that end a facility name ("Calvert Hospital", "Holy Cross Rehab", "Washington Adventist Hosp").
const FACILITY_END = new Set([
  'hospital', 'hosp', 'medical center', 'rehab', 'rehabilitation', 'memorial', 'adventist', 'infirmary',
  'hospice', 'clinic', 'nursing home', 'manor', 'healthcare', 'health center', 'institute', 'sanatorium',
  'center', 'centre', 'ctr', 'pavilion', 'vamc', 'regional', 'house', 'campus', 'assisted living',
  'nursing facility', 'nursing center', 'rehab facility', 'rehabilitation facility', 'care facility',
  'retirement home', 'retirement community', 'convalescent home', 'senior living', 'snf', 'ltach', 'ltac',
]);
// Notes misspell the facility word itself ("CALVERT HOSPIATAL", "Sinai Hosptial"): a word starting with "hosp"
// within two edits of "hospital" still ends a facility name; "hospitalized" and "hospice" are other words.
const isHospitalTypo = (w: string) =>
  w.length >= 7 && w.length <= 10 && w.charCodeAt(0) === 104 && w.startsWith('hosp') && !w.startsWith('hospitali') && !w.startsWith('hospice') && damerauDistance(w, 'hospital', 2) <= 2;
// Hospital abbreviations end in H (hospital), MC (medical center) or HC ("GH", "MGH", "UMMC"); "OSH" is
// "outside hospital", not a name.
const HOSPITAL_ABBREVIATION = /^[b-df-hj-np-tv-z]{0,3}(?:h|mc|hc)$/i;
const NOT_HOSPITAL_ABBREVIATIONS = new Set(['osh', 'h', 'ph', 'bh', 'ch', 'th', 'sh', 'ah', 'oh', 'uh', 'eh', 'ich', 'ach', 'nah', 'yeah', 'meh', 'bah', 'duh', 'huh', 'rh', 'dh', 'mch', 'lh', 'fh', 'hh', 'nh', 'wh', 'kh', 'doh', 'tsh', 'loh', 'ash', 'dash', 'bish', 'wash', 'with', 'each', 'much', 'such', 'high', 'inch', 'mch', 'rich', 'both', 'bath', 'path', 'push', 'rush', 'cash', 'wish', 'fish', 'dish', 'mesh', 'sigh', 'hmc', 'cvvh', 'cvvhd', 'pleth', 'mech', 'synch', 'sch', 'psych', 'lima']);
const MOVE_CUE = /(?:\b(?:to|from|at|in|into|via|toward|towards|near)|@|->)\s*(?:the\s+)?$/i;
const LOCATIVE = /\b(?:in|from|near|outside(?:[ \t]+of)?)[ \t]+$/i;
const RESIDENCE_AT = /\b(?:lives?|lived|living|resides?|resided|residing|moved|based|stays?|staying|home)[ \t]+(?:\w+[ \t]+)?(?:in|to|from|near)[ \t]+$/i;
const LOWER_PLACE_CUE = /\b(?:lives? in|living in|moved to|from|back to|returned to|transferred to|transfer to|flew to|visiting|born in|grew up in|travel(?:l)?ing to|trip to)\s*$/i;

const words = compromiseWords();
const STATE_NAMES = new Set(Object.values(US_STATES));
// Towns compromise lacks, less those that are also English words or people's names ("Normal", "Tyler", "Lowell"):
// capitalized, those read as a person or a word first.
const TOWNS = new Set([...US_TOWNS].map((t) => t.replace(/\./g, '')).filter((t) =>
  t.includes(' ') || (!words.common.has(t) && !words.firstNames.has(t) && !words.lastNames.has(t) && !HEALTH_LEXICON_WORDS.has(t))));
const isPlacePhrase = (phrase: string) => words.places.has(phrase) || STATE_NAMES.has(phrase) || TOWNS.has(phrase);
// First words of multi-word places ("new" of "new york"): only these start a two- or three-word lookup.
const PLACE_STARTS = new Set([...words.places, ...STATE_NAMES, ...TOWNS].filter((p) => p.includes(' ')).map((p) => p.split(' ')[0]!));
// First words of two-word facility endings ("medical center", "nursing home").
const FACILITY_END_STARTS = new Set([...FACILITY_END].filter((p) => p.includes(' ')).map((p) => p.split(' ')[0]!));
const GENERIC_FACILITY = new Set(['rehab', 'rehabilitation', 'center', 'centre', 'ctr', 'clinic', 'institute', 'pavilion', 'manor', 'healthcare', 'regional', 'house', 'campus', 'snf', 'ltach', 'ltac']);
// Countries, US states, continents: not identifiers on their own (HIPAA Safe Harbor), see lexicons/regions.ts.
const STATE_LEVEL = stateLevelPlaces();
const HYPHEN_PREFIXES = new Set(['inter', 'intra', 'trans', 'multi', 'post', 'anti', 'super', 'semi', 'peri', 'extra', 'ultra', 'mini', 'para', 'pseudo', 'cross']);
const CONTRACTION = /['’](?:t|d|ll|re|ve|m)$/i;
const STATE_LEVEL_STARTS = new Set([...STATE_LEVEL].map((p) => p.split(' ')[0]!));
// Words that describe rather than name a facility: "TO LOCAL MEDICAL CENTER", "another nursing home".
const NOT_BEFORE_FACILITY = new Set(['the', 'a', 'an', 'to', 'from', 'at', 'of', 'local', 'nearby', 'outside', 'another', 'other', 'prior',
  'previous', 'same', 'different', 'area', 'community', 'his', 'her', 'their', 'its', 'our', 'your', 'my', 'this', 'that', 'osh']);
const isSpaces = (text: string, from: number, to: number) => {
  if (to <= from) return false;
  for (let i = from; i < to; i++) { const c = text.charCodeAt(i); if (c !== 32 && c !== 9) return false; }
  return true;
};

export const location: Recognizer = {
  id: 'location',
  description: 'Cities and towns (compromise lexicon, cues, town endings), facility names ("X Hospital", "St. Mary", misspelled "HOSPIATAL"), hospital abbreviations, wards ("Quartermain 2") and hospital units ("Lally MICU") in context, regions ("the Eastern Shore"), employers after a work cue',
  types: ['location'],
  find(ctx) {
    const out: RawMatch[] = [];
    const { tokens, informative } = sharedWords(ctx);
    const { facts, any } = tokenFacts(tokens);
    // Name words of facilities found here ("CALVERT" of "CALVERT HOSPITAL"): other mentions are the place too.
    const facilityNames = new Set<string>();
    const emit = (a: Token, b: Token, pattern: string, confidence: number) =>
      out.push({ type: 'location', start: a.start, end: b.end, confidence, pattern });
    const before = (t: Token) => ctx.text.slice(Math.max(0, t.start - 24), t.start);

    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const f = facts[i]!;
      const capital = t.shape === 'title' || t.shape === 'upper';

      // Facility names: up to three words before a facility word, or "St. Mary" style names.
      // A two-word ending ("medical center") ends the name at the next token.
      const twoEnd = (f & FACILITY_END_START) !== 0 && i + 1 < tokens.length && FACILITY_END.has(`${t.lower} ${tokens[i + 1]!.lower}`);
      if ((f & (FACILITY_END_WORD | HOSPITAL_TYPO)) !== 0 || twoEnd) {
        let first = i;
        for (let k = i - 1; k >= 0 && i - k <= 4; k--) {
          const p = tokens[k]!;
          const gap = ctx.text.slice(p.end, tokens[k + 1]!.start);
          // A capitalized word for what the place treats ("Hepatology", "EP", "ID") is passed over: the name may
          // stand before it ("Mercy Valley Hepatology Clinic", "Lakeview EP Clinic"); the check below wants one.
          const descriptor = p.shape !== 'lower' && (facts[k]! & (GRAMMATICAL | NOT_BEFORE_FACILITY_WORD)) === 0 && (isDescriptorWord(p, facts) || (p.shape === 'upper' && p.text.length <= 3));
          // "Sutter Creek Community Hospital": "Community" is part of a name when a Capitalized name stands before it
          // ("the community hospital" is none).
          // "Western State Hospital" likewise ("the State Hospital" is none).
          const named = p.shape === 'title' && (p.lower === 'community' || p.lower === 'state') && k > 0 && tokens[k - 1]!.shape === 'title' &&
            (facts[k - 1]! & (GRAMMATICAL | NOT_BEFORE_FACILITY_WORD | SKIPPED)) === 0 && isSpaces(ctx.text, tokens[k - 1]!.end, p.start);
          // "Harborview Adolescent & Young Adult Clinic": an ampersand between two Capitalized words of the name.
          const ampersand = /^[ \t]+&[ \t]+$/.test(gap) && p.shape === 'title' && tokens[k + 1]!.shape === 'title';
          if ((!/^\.?[ \t]{1,2}$|^'s[ \t]$/.test(gap) && !ampersand) || (t.lower === 'house' && gap.startsWith('.')) || ((facts[k]! & (SKIPPED | GRAMMATICAL | NOT_BEFORE_FACILITY_WORD)) !== 0 && !descriptor && !named)) break;
          // "CON'T REHAB" is "continue rehab"; "C HOSPICE", "S REHAB" are c-bar (with) and s-bar (without).
          if (CONTRACTION.test(p.text) || (p.text.length === 1 && !gap.startsWith('.'))) break;
          // "North Clinic. Lake Health Center": a sentence ends with the other place's facility word.
          if (gap.startsWith('.') && (facts[k]! & FACILITY_END_WORD) !== 0) break;
          // "at aTM center": a word starting in lower case with capitals inside is a typo or a brand.
          if (informative && (p.shape === 'lower' || p.shape === 'mixed')) break;
          first = k;
        }
        // A name's words come first: "admitted from ED hospital" has only the passed-over abbreviation.
        while (first < i && (facts[first]! & SKIPPED) !== 0) first++;
        // Generic words ("cardiac rehab", "poss rehab", "high-risk OB clinic") need a proper name in front; a
        // campus is named by capitalized common words too ("on North Campus").
        // What a clinic treats or whom it serves ("Lung Nodule Clinic", "CF Center", "Teen Health Center",
        // "Device clinic") names a department, not a place: no proper name among the words.
        if (((f & GENERIC_FACILITY_WORD) !== 0 || twoEnd) && first < i) {
          const names = tokens.slice(first, i);
          const service = names.some((x) => isDescriptorWord(x, facts));
          const nameWord = names.some((x) => x.shape !== 'lower' && ORGANIZATION_NAME_WORDS.has(x.lower));
          if (!nameWord && names.every((x) => (facts[x.index]! & (COMMON | CARE_UNIT)) !== 0 || x.shape === 'lower' || isDescriptorWord(x, facts)) &&
            (service || !((t.lower === 'campus' || twoEnd) && informative && names.every((x) => x.shape === 'title')))) first = i;
        }
        // "admitted from MD Hospital": a state's postal code names its state hospital after a movement cue.
        if (first === i && (t.lower === 'hospital' || t.lower === 'hosp') && i > 0) {
          const p = tokens[i - 1]!;
          if (p.shape === 'upper' && p.text.length === 2 && US_STATES[p.text] !== undefined && isSpaces(ctx.text, p.end, t.start) && MOVE_CUE.test(before(p))) first = i - 1;
        }
        // "Keeley House" is a residence or home; "Smith's house" is someone's, found as a name.
        if (t.lower === 'house' && first < i && /['’]s[ \t]$/.test(ctx.text.slice(tokens[i - 1]!.end, t.start))) first = i;
        // "house staff", "regular house diet", "house officer": the hospital's own words.
        if (t.lower === 'house' && /^[ \t]+(?:staff|officers?|diet|md|doctors?|physicians?|call|keeping|rules|arrest|bound|plant)\b/i.test(ctx.text.slice(t.end, t.end + 14))) first = i;
        // "Auth SNF-2025-0771346": a facility word joined by a hyphen to digits is an id's prefix.
        const lastEnd = (twoEnd ? tokens[i + 1]! : t).end;
        if (first < i && /^-\d/.test(ctx.text.slice(lastEnd, lastEnd + 2))) first = i;
        if (first < i) {
          for (let k = first; k < i; k++) if (isUnknownWord(tokens[k]!, facts)) facilityNames.add(tokens[k]!.lower);
          emit(tokens[first]!, twoEnd ? tokens[i + 1]! : t, 'facility', 0.85);
          continue;
        }
      }
      // "to kessler-adventist rehab facility": the facility word joined to the name by a hyphen.
      const hyphen = (f & HYPHENATED) !== 0 ? t.lower.lastIndexOf('-') : -1;
      if (hyphen > 0) {
        const end = t.lower.slice(hyphen + 1);
        const name = t.lower.slice(0, t.lower.indexOf('-'));
        // "pre-hospital", "inter-hospital": a prefix, not a name.
        if (FACILITY_END.has(end) && !GENERIC_FACILITY.has(end) && name.length >= 4 && !HYPHEN_PREFIXES.has(name) && !words.common.has(name) && !NOT_NAMES.has(name) &&
          (t.shape === 'title' || MOVE_CUE.test(before(t)))) { emit(t, t, 'facility', 0.8); continue; }
      }
      if ((f & SAINT) !== 0 && i + 1 < tokens.length && /^\.?\s+$/.test(ctx.text.slice(t.end, tokens[i + 1]!.start))) {
        const n = tokens[i + 1]!;
        // "Had a bed @ St A.": after a movement cue, a saint's initial is a hospital's short name.
        const initial = n.shape === 'initial' && t.shape === 'title' && ctx.text.charCodeAt(n.end) === 46 && MOVE_CUE.test(before(t));
        if (initial || ((n.shape === 'title' || n.shape === 'upper') && (words.firstNames.has(n.lower) || words.lastNames.has(n.lower)))) {
          emit(t, n, 'saint-name', 0.8);
          i++;
          continue;
        }
      }

      // Hospital abbreviations in a movement context: "transferred to GH", "followed at gh", "GH EW".
      const lastChar = t.lower.charCodeAt(t.lower.length - 1);
      if (t.text.length <= 5 && (lastChar === 104 || lastChar === 99) && (t.shape === 'upper' || t.shape === 'lower') &&
        HOSPITAL_ABBREVIATION.test(t.text) && !NOT_HOSPITAL_ABBREVIATIONS.has(t.lower)) {
        const after = ctx.text.slice(t.end, t.end + 6);
        // "MLH1", "MSH2": a gene's name, not a hospital's.
        const gene = after.charCodeAt(0) >= 48 && after.charCodeAt(0) <= 57;
        if (!gene && (MOVE_CUE.test(before(t)) || /^\s+(?:ew|er|ed|ccu|icu|micu)\b/i.test(after) || (t.shape === 'upper' && t.text.length >= 3 && /\bby\s+$/i.test(before(t))))) {
          if ((f & COMMON) === 0 || t.shape === 'upper') { emit(t, t, 'hospital-abbreviation', 0.7); continue; }
        }
      }

      // "VA in Balt", "who lives in DC": a city's short form after a locative cue.
      if ((f & CITY_SHORT_FORM) !== 0 && (capital || !informative)) {
        const cue = AMBIGUOUS_CITY_SHORT_FORMS.has(t.lower) ? RESIDENCE_AT : LOCATIVE;
        if (cue.test(before(t))) { emit(t, t, 'city-short-form', 0.75); continue; }
      }
      // Places compromise knows (cities, countries, states), one to three words long.
      if (informative && !capital) continue;
      const multi = (f & PLACE_START) !== 0;
      if (!multi && (f & PLACE_PHRASE) === 0) continue;
      for (let len = multi ? 3 : 1; len >= 1; len--) {
        if (i + len > tokens.length) continue;
        let phrase = t.lower;
        let ok = true;
        for (let k = 1; k < len && ok; k++) {
          const x = tokens[i + k]!;
          ok = isSpaces(ctx.text, tokens[i + k - 1]!.end, x.start);
          phrase += ' ' + x.lower;
        }
        if (!ok || !isPlacePhrase(phrase) || NOT_HOSPITAL_ABBREVIATIONS.has(phrase)) continue;
        if (!capital && !LOWER_PLACE_CUE.test(before(t))) continue;
        // A country or a state alone is no identifier; skip its words so "New Mexico" leaves no "Mexico".
        // "U Maryland", "Univ. of Iowa", "University of Texas" name an institution (a hospital) instead.
        if (STATE_LEVEL.has(phrase)) {
          if (/\b(?:u|univ|university)\.?(?:[ \t]+of)?[ \t]+$/i.test(before(t))) {
            const u = ctx.text.slice(Math.max(0, t.start - 24), t.start).search(/\b(?:u|univ|university)\.?(?:[ \t]+of)?[ \t]+$/i);
            out.push({ type: 'location', start: Math.max(0, t.start - 24) + u, end: tokens[i + len - 1]!.end, confidence: 0.75, pattern: 'university-of-state' });
          }
          i += len - 1;
          break;
        }
        // "Riverbend Pediatrics", "Cedar Grove Behavioral Health": a town's name opening a practice's name.
        if (beforePracticeWord(ctx.text, tokens, i + len - 1)) { i += len - 1; break; }
        emit(t, tokens[i + len - 1]!, 'place-lexicon', 0.7);
        i += len - 1;
        break;
      }
    }
    cuedPlaces(ctx.text, tokens, facts, informative, facilityNames, out);
    // Each name these passes look for is made of whole words, so its letters lie inside one token.
    if ((any & HOSPITAL_NAME_PART) !== 0) knownFacilities(ctx.lower, out);
    if ((any & LANDFORM) !== 0) namedRegions(ctx.text, ctx.lower, informative, out);
    if ((any & EMPLOYER_WORD) !== 0) employers(ctx.text, ctx.lower, tokens, facts, informative, out);
    if (informative) townsOfOrganizations(ctx.text, tokens, facts, out);
    if (informative && (any & PRACTICE_END) !== 0) practiceNames(ctx.text, tokens, facts, out);
    if ((any & WARD_WORD) !== 0) wardsAfterNames(ctx.text, ctx.lower, tokens, facts, informative, out);
    townWords(ctx.text, tokens, facts, informative, out);
    placesAfterCues(ctx.text, tokens, facts, informative, out);
    cityBeforeState(ctx.text, tokens, facts, informative, out);
    if (informative) compassWards(ctx.text, out);
    if ((any & SUBDIVISION) !== 0) subdivisions(ctx.text, tokens, facts, out);
    if (informative && (any & SITE_WORD) !== 0) siteNames(ctx.text, tokens, facts, out);
    storeBranches(ctx.text, out);
    if (informative && out.length) coordinatedPlaces(ctx.text, tokens, facts, out);
    return out;
  },
};

// Movement and residence cues before a place: "transferred to Quartermain 2", "lives in catonsville".
const PLACE_CUE = /\b(?:to|from|in|at|on|per|@)[ \t]+$/i;
const unknownWordUncached = (lower: string) =>
  !words.common.has(lower) && !words.firstNames.has(lower) && !words.lastNames.has(lower) &&
  !NOT_NAMES.has(lower) && !HEALTH_LEXICON_WORDS.has(lower) && !ENGLISH_SUFFIX.test(lower) && !NOT_NAME_SUFFIX.test(lower) && !CALENDAR_WORDS.has(lower) && !FACILITY_WORDS.has(lower) && !CARE_UNIT_KINDS.has(lower) &&
  !COMMON_DESTINATIONS.has(lower) && !CLINICAL_STATES.has(lower) && !lower.endsWith('room');
// Facts about one word, as bits of a number. The passes below ask a dozen sets about every token; string-keyed
// look-ups were most of this recognizer's time. Each word's facts are found once (then remembered) and each
// message's tokens get them in an array, so every later question is a bit test on the token's index.
const FACILITY_END_WORD = 1 << 0;
const FACILITY_END_START = 1 << 1;
const HOSPITAL_TYPO = 1 << 2;
const SKIPPED = 1 << 3;
const GRAMMATICAL = 1 << 4;
const NOT_BEFORE_FACILITY_WORD = 1 << 5;
const GENERIC_FACILITY_WORD = 1 << 6;
const COMMON = 1 << 7;
const CARE_UNIT = 1 << 8;
const UNKNOWN = 1 << 9;
const HYPHENATED = 1 << 10;
const SAINT = 1 << 11;
const CITY_SHORT_FORM = 1 << 12;
const PLACE_START = 1 << 13;
const PLACE_PHRASE = 1 << 14;
const TRAVEL_LAST = 1 << 15;
const STATE_NAME = 1 << 16;
const STATE_LEVEL_WORD = 1 << 17;
const STATE_LEVEL_START = 1 << 18;
const WARD_WORD = 1 << 19;
const EMPLOYER_PREPOSITION = 1 << 20;
// Words holding the letters a whole-message pass looks for ("holy" of "Holy Cross", "shore", "works"): when no
// token of a message has them, that pass cannot find anything and is skipped without scanning the text.
const HOSPITAL_NAME_PART = 1 << 21;
const LANDFORM = 1 << 22;
const EMPLOYER_WORD = 1 << 23;
const TRAVEL_BEFORE_LAST = 1 << 24;
const SERVICE = 1 << 25;
const PRACTICE_END = 1 << 26;
const PRACTICE_DESCRIPTOR = 1 << 27;
const SUBDIVISION = 1 << 28;
const SITE_WORD = 1 << 29;
const HOSPITAL_NAME_PARTS = /holy|sacred|samaritan|sinai|israel|hopkins|lady|cedars|shady|franklin/;
const LANDFORMS = /shore|valley|peninsula|hills|highlands|mountains|lakes/;
const EMPLOYER_WORDS = /ceo|cfo|coo|cto|president|owner|founder|chairman|vp|employ|work|retired|job/;

function factsOfWord(lower: string): number {
  let f = 0;
  if (FACILITY_END.has(lower)) f |= FACILITY_END_WORD;
  if (FACILITY_END_STARTS.has(lower)) f |= FACILITY_END_START;
  if (isHospitalTypo(lower)) f |= HOSPITAL_TYPO;
  if (NOT_NAMES.has(lower) && !FACILITY_WORDS.has(lower)) f |= SKIPPED;
  if (words.grammatical.has(lower)) f |= GRAMMATICAL;
  if (NOT_BEFORE_FACILITY.has(lower)) f |= NOT_BEFORE_FACILITY_WORD;
  if (GENERIC_FACILITY.has(lower)) f |= GENERIC_FACILITY_WORD;
  if (words.common.has(lower)) f |= COMMON;
  if (CARE_UNIT_KINDS.has(lower)) f |= CARE_UNIT;
  if (unknownWordUncached(lower)) f |= UNKNOWN;
  if (lower.includes('-')) f |= HYPHENATED;
  if (lower === 'st' || lower === 'saint') f |= SAINT;
  if (CITY_SHORT_FORMS.has(lower)) f |= CITY_SHORT_FORM;
  if (PLACE_STARTS.has(lower)) f |= PLACE_START;
  if (isPlacePhrase(lower)) f |= PLACE_PHRASE;
  if (TRAVEL_CUE_LAST.has(lower)) f |= TRAVEL_LAST;
  if (STATE_NAMES.has(lower)) f |= STATE_NAME;
  if (STATE_LEVEL.has(lower)) f |= STATE_LEVEL_WORD;
  if (STATE_LEVEL_STARTS.has(lower)) f |= STATE_LEVEL_START;
  if (WARDS_AFTER_NAME.has(lower)) f |= WARD_WORD;
  if (lower === 'of' || lower === 'at' || lower === 'for' || lower === 'by' || lower === 'from') f |= EMPLOYER_PREPOSITION;
  if (HOSPITAL_NAME_PARTS.test(lower)) f |= HOSPITAL_NAME_PART;
  if (LANDFORMS.test(lower)) f |= LANDFORM;
  if (EMPLOYER_WORDS.test(lower)) f |= EMPLOYER_WORD;
  // "lives with her husband in": a relative ends the cue too.
  if (TRAVEL_CUE_BEFORE_LAST.test(lower) || RELATIONS.has(lower)) f |= TRAVEL_BEFORE_LAST;
  if (SERVICE_WORDS.has(lower) || HEALTH_LEXICON_WORDS.has(lower)) f |= SERVICE;
  if (PRACTICE_ENDS.has(lower) || QUALIFIED_PRACTICE_ENDS.has(lower) || ORGANIZATION_ENDS.has(lower)) f |= PRACTICE_END;
  if (PRACTICE_DESCRIPTORS.has(lower) || PRACTICE_WORDS.has(lower) || PRACTICE_ENDS.has(lower)) f |= PRACTICE_DESCRIPTOR;
  if (SUBDIVISIONS.has(lower)) f |= SUBDIVISION;
  if (SITE_WORDS.has(lower)) f |= SITE_WORD;
  return f;
}
/**
 * Each token's word facts, by token index, and every fact some token of the message has (`any`). The facts of a
 * word are worked out once and kept with the word (support/tokens.ts), not looked up per token.
 */
function tokenFacts(tokens: Token[]): { facts: Int32Array; any: number } {
  const facts = new Int32Array(tokens.length);
  let any = 0;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.word;
    let f = word.placeFacts;
    if (f < 0) word.placeFacts = f = factsOfWord(word.lower);
    facts[i] = f;
    any |= f;
  }
  return { facts, any };
}
/** A word of four letters or more that no dictionary or cue list knows ("Quartermain", "Towson"). */
const isUnknownWord = (t: Token, facts: Int32Array) => t.text.length >= 4 && (facts[t.index]! & UNKNOWN) !== 0;

const TRANSFER_CUE = /\b(?:transfer|transferred|transfered|admitted|adm|sent)(?:[ \t]+(?:to|from|in|into))?[ \t]*$/i;
const PLAN_CUE = /\bplan[ \t]*:[ \t]*$/i;
// A ward number: one digit (or "2/3"), then the end of the phrase, a joining word or a capitalized word.
const WARD_NUMBER = /^[ \t]?[1-9](?:\/[1-9])?(?=[ \t]*(?:$|[,;)\n]|\.(?:[ \t\n]|$))|[ \t]+[A-Z]{2}|[ \t]+(?:or|and|to|for|with|today|tonight|tomorrow|this|when|once|after|at|asap)\b|[ \t]+w\/)/;
// "to Levo 2 MG", "Lasix 2 L": a dose with its unit.
const DOSE_UNIT = /^[ \t]?[1-9](?:\/[1-9])?[ \t]*(?:mg|mcg|gm?|ml|cc|l|units?|u|meq|mmol|mm|cm|%|puffs?|tabs?|caps?|x|hrs?|h|min|days?|liters?|lpm|nc)\b/i;
const isWardNumber = (after: string) => (WARD_NUMBER.test(after) || WARD_NUMBER.test(after.toLowerCase())) && !DOSE_UNIT.test(after);
// Someone going to, or a clinician coming from, a capitalized word no dictionary knows: "went to Harbor",
// "Wants to go to Harbor", "Surgeon from Harbor in this eve", "d/c'd to Keswick".
const MOVED_CUE = /(?:\b(?:lives?|living|moved|transferred|transfered|sent|taken|went|go|goes|going|admitted|presented|vacation|discharged|d\/c['’]?d|dc['’]?d|returns?|returned|returning)[ \t]+(?:\w+[ \t]+)?(?:to|in|at|from)|\b(?:surgeons?|doctors?|physicians?|nurses?|team|staff|records|someone|called)[ \t]+from)[ \t]*$/i;

/**
 * Places compromise does not know, from their position: a ward "<Name> <digit>" or a town after a
 * movement cue; then every other mention of the same word in the message ("F-MICU/QUARTERMAIN/CCU").
 */
function cuedPlaces(text: string, tokens: Token[], facts: Int32Array, informative: boolean, found: Set<string>, out: RawMatch[]) {
  for (const t of tokens) {
    // "combiventQ4": mixed case is a drug with its frequency, not a ward.
    if (!isUnknownWord(t, facts) || t.shape === 'mixed') continue;
    // "Quartermain 2", "QUARTERMAIN7": a ward number right after the name, not a dose or a date; joined to
    // the name only after a long word ("PaCO2", "SpO2" are gases).
    const next = text.charCodeAt(t.end);
    const ward = (next === 32 || next === 9 || (next >= 49 && next <= 57 && t.text.length >= 6)) && isWardNumber(text.slice(t.end, t.end + 14));
    if (!ward && t.shape !== 'title') continue;
    const window = text.slice(Math.max(0, t.start - 30), t.start);
    // A transfer names a ward even in lower case in a mixed-case note ("Plan: transfer to quartermain 2").
    const transfer = ward && TRANSFER_CUE.test(window);
    if (informative && t.shape === 'lower' && !transfer) continue;
    // "on Zosyn 4 and flagyl", "on Precedex 2 tonight": after "on" a number and a joining word is a drug's
    // dose; a ward there ends the phrase ("ON QUARTERMAIN 2 WITH HR").
    const onDrug = /\bon[ \t]+$/i.test(window) && /^[ \t]?\d(?:\/\d)?[ \t]+(?:and|or|to|for|today|tonight|tomorrow|this|when|once|after|at|asap)\b/i.test(text.slice(t.end, t.end + 14));
    const cue = transfer || (ward && !onDrug && (PLACE_CUE.test(text.slice(Math.max(0, t.start - 6), t.start)) || PLAN_CUE.test(window)));
    const moved = t.shape === 'title' && MOVED_CUE.test(window);
    if (!(cue && ward) && !moved) continue;
    if ((facts[t.index]! & STATE_LEVEL_WORD) !== 0) continue;
    found.add(t.lower);
  }
  if (!found.size) return;
  for (const t of tokens) if (found.has(t.lower)) out.push({ type: 'location', start: t.start, end: t.end, confidence: 0.65, pattern: 'cued-place' });
}

// Phrases that announce where someone lives, comes from or travels: the words after them name a place even
// when no lexicon knows it ("flew to Bessastaðahreppur", "grew up in Remniku", "I'm in Den Haag").
const TRAVEL_CUE = /(?:\b(?:flew|fly|flying|flies|moved|moving|relocated|relocating|travel(?:l)?ed|travel(?:l)?ing|drove|drives?|driving|returned|returning|headed|heading|arrived|arriving|came|coming|commutes?|commuting|vacation(?:ed|ing)?|trip)(?:[ \t]+(?:here|back|home|over|down|up|in|all[ \t]+the[ \t]+way))?[ \t]+(?:to|from|in|at)|\b(?:lives?|lived|living|resides?|resided|residing|grew[ \t]+up|raised|born|based|settled|stationed|staying|stayed|stays)(?:[ \t]+(?:here|nearby|now|still|currently))?(?:[ \t]+with[ \t]+(?:us|me|him|her|them|family|(?:his|her|their|my|our)[ \t]+\w+))?[ \t]+(?:in|at|near|outside(?:[ \t]+of)?)|\b(?:the|our|his|her|their|my|a)[ \t]+(?:[\w-]+[ \t]+)?(?:house|home|apartment|condo|farm|cabin|trailer|walkup|walk-up|townhouse|duplex)[ \t]+in|\baddress[ \t]+(?:was|is)[ \t]+in|\b(?:rt|route|hwy|highway)\.?[ \t]+\d{1,3}[ \t]+in|\b(?:i['’]?m|i[ \t]+am|we['’]re|we[ \t]+are)[ \t]+(?:currently[ \t]+|now[ \t]+)?in|\boriginally[ \t]+from|\bhome[ \t]+(?:city|town)|\bhometown(?:[ \t]+(?:of|is))?|\buniversity[ \t]+of|\bwhere[ \t]*:|\b(?:street|road|avenue)[ \t]+in|\b(?:year|years)[ \t]+in|\bworld[ \t]+to)[ \t]*$/i;
const TRAVEL_CUE_LAST = new Set(['to', 'from', 'in', 'at', 'near', 'of', 'outside', 'city', 'town', 'hometown', 'is', 'where']);
// The word before that last word in each TRAVEL_CUE phrase ("flew" of "flew to", "up" of "grew up in", "way" of
// "all the way to"); only "where:" and "hometown" have none. A token ends with it (a hyphen or an apostrophe
// may join more letters in front), or the long regex cannot match.
const TRAVEL_CUE_BEFORE_LAST = /(?:flew|fly|flying|flies|moved|moving|relocated|relocating|travell?ed|travell?ing|drove|driving|returned|returning|headed|heading|arrived|arriving|came|coming|commutes?|commuting|vacation(?:ed|ing)?|trip|here|back|home|over|down|up|in|way|drives?|lives?|lived|living|resides?|resided|residing|raised|born|based|settled|stationed|staying|stayed|stays|nearby|now|still|currently|outside|us|me|him|her|them|family|parents|kids|children|house|apartment|condo|farm|cabin|trailer|i['’]?m|am|we['’]re|are|originally|hometown|university|street|road|avenue|years?|world|walkup|townhouse|duplex|up|was|is|rt|route|hwy|highway)$/;
const RESIDENCE_CUE = /(?:\b(?:lives?|lived|living|resides?|resided|residing|grew[ \t]+up|raised|born)(?:[ \t]+(?:here|nearby|now|still|currently))?[ \t]+in|\boriginally[ \t]+from|\b(?:flew|moved|relocated)(?:[ \t]+(?:here|back))?[ \t]+(?:to|from)|\baddress[ \t]+(?:was|is)[ \t]+in|\b(?:rt|route|hwy|highway)\.?[ \t]+\d{1,3}[ \t]+in)[ \t]*$/i;
const NOT_PLACE_START = new Set(['the', 'a', 'an', 'my', 'our', 'your', 'his', 'her', 'their', 'this', 'that', 'these', 'those', 'it', 'its', 'there', 'here', 'some', 'any', 'all', 'no', 'every', 'each', 'one', 'i', 'we', 'you', 'he', 'she', 'they', 'me', 'us', 'him', 'them']);
// Inner words of place names: "Villafranca del Cid", "Ostrov nad Ohrí", "Stratford upon Avon".
const PLACE_PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'le', 'les', 'los', 'las', 'el', 'nad', 'pod', 'na', 'van', 'von', 'der', 'den', 'am', 'an', 'im', 'upon', 'sur', 'en', 'y', 'i']);

function placesAfterCues(text: string, tokens: Token[], facts: Int32Array, informative: boolean, out: RawMatch[]) {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // The cue's last word must be the word right before, and the cue's word before it the token before that:
    // bit tests spare the long regex on most words.
    if ((facts[i - 1]! & TRAVEL_LAST) === 0) continue;
    if (i < 2 || (facts[i - 2]! & TRAVEL_BEFORE_LAST) === 0) {
      const prev = tokens[i - 1]!.lower;
      if (prev !== 'where' && prev !== 'hometown') continue;
    }
    const window = text.slice(Math.max(0, t.start - 40), t.start);
    if (!TRAVEL_CUE.test(window)) continue;
    // In an ALL CAPS or lower-case note "returned to baseline", "came from angio" are no places: only where
    // someone lives, grew up or flew to, and only a word no lexicon knows as English.
    if (!informative && (!RESIDENCE_CUE.test(window) || t.text.length < 5 || ENGLISH_SUFFIX.test(t.lower) || NOT_NAME_SUFFIX.test(t.lower))) continue;
    // One to four words of a name, joined by spaces or hyphens; particles only inside.
    let last = -1;
    for (let k = i; k < tokens.length && k - i < 5; k++) {
      const x = tokens[k]!;
      if (k > i && !/^[ \t]{1,2}$|^-$/.test(text.slice(tokens[k - 1]!.end, x.start))) break;
      const particle = k > i && PLACE_PARTICLES.has(x.lower);
      const cap = x.shape === 'title' || x.shape === 'upper';
      if (!particle && !(cap || (!informative && !words.common.has(x.lower)))) break;
      if (!particle) last = k;
    }
    if (last < 0) continue;
    const run = tokens.slice(i, last + 1);
    const phrase = run.map((x) => x.lower).join(' ');
    const core = run.filter((x) => !PLACE_PARTICLES.has(x.lower) || x === run[0]);
    // "went to Mass", "moved to Intensive Care", "arrived at MICU", "came from Dr Lee": no place name.
    if (STATE_LEVEL.has(phrase) || HONORIFICS.has(t.lower)) { i = last; continue; }
    // "returned to Baseline", "back to Sinus Rhythm", "went to Bathroom": states, units and rooms, no places.
    if (core.every((x) => (words.common.has(x.lower) && !words.places.has(x.lower)) || NOT_NAMES.has(x.lower) || HEALTH_LEXICON_WORDS.has(x.lower) || CALENDAR_WORDS.has(x.lower) || FACILITY_WORDS.has(x.lower) ||
      CLINICAL_STATES.has(x.lower) || CARE_UNIT_KINDS.has(x.lower) || COMMON_DESTINATIONS.has(x.lower))) continue;
    if (core.some((x) => NOT_NAMES.has(x.lower) || HEALTH_LEXICON_WORDS.has(x.lower) || CALENDAR_WORDS.has(x.lower))) continue;
    // Where capitals say nothing, any function word ends the idea of a name; where they do, only a
    // determiner or pronoun in front does ("moved to The Hague" is lost, "moved to This Weekend" is not found).
    if (informative ? NOT_PLACE_START.has(t.lower) : core.some((x) => words.grammatical.has(x.lower))) continue;
    // Short capitals are unit and team abbreviations in notes ("to ICU", "from OR").
    if (run.length === 1 && t.text.length <= 3) continue;
    // "lives at Pod Floriánem 1677": a street with its house number, for the address recognizer.
    if (/^[ \t]+\d/.test(text.slice(run[run.length - 1]!.end, run[run.length - 1]!.end + 3))) { i = last; continue; }
    // "moved to Mary's": a person's home, found by the name recognizer.
    if (/^['’]s\b/.test(text.slice(run[run.length - 1]!.end, run[run.length - 1]!.end + 3))) continue;
    // Above a first-name lexicon hit: after "originally from", "Dolores" is a town.
    out.push({ type: 'location', start: t.start, end: run[run.length - 1]!.end, confidence: 0.85, pattern: 'place-after-cue' });
    i = last;
  }
}

/** "ANNAPOLIS, MD", "Kenosha, WI", "Towson, Maryland": a town before its state. */
function cityBeforeState(text: string, tokens: Token[], facts: Int32Array, informative: boolean, out: RawMatch[]) {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    // "this towson maryland's facility": a town no dictionary knows right before its state's full name, in
    // the same case.
    const s = tokens[i + 1]!;
    const sf = facts[i + 1]!;
    if ((sf & STATE_NAME) !== 0 && s.lower !== 'washington' && s.shape === t.shape && isSpaces(text, t.end, s.start) && isUnknownWord(t, facts) && (facts[i]! & STATE_LEVEL_WORD) === 0) {
      out.push({ type: 'location', start: t.start, end: t.end, confidence: 0.75, pattern: 'town-state-name' });
      continue;
    }
    // "ALFRICK\nUnited Kingdom" closing an address block: a capitalized word no dictionary knows right before
    // the country that ends the line, on the same line or alone on the line above.
    if ((sf & STATE_LEVEL_START) !== 0 && (t.shape === 'title' || t.shape === 'upper') && (s.shape === 'title' || s.shape === 'upper') &&
      (isSpaces(text, t.end, s.start) || (/^[ \t]*\r?\n[ \t]*$/.test(text.slice(t.end, s.start)) && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, t.start - 4), t.start))))) {
      let phrase = s.lower;
      let end = -1;
      for (let k = i + 1; k < tokens.length && k - i <= 3; k++) {
        if (k > i + 1) { if (!isSpaces(text, tokens[k - 1]!.end, tokens[k]!.start)) break; phrase += ' ' + tokens[k]!.lower; }
        if (STATE_LEVEL.has(phrase)) end = tokens[k]!.end;
      }
      if (end > 0 && /^[ \t]*(?:\r?\n|$|[ \t]\d{4,6}\b)/.test(text.slice(end, end + 8)) && isUnknownWord(t, facts) && (facts[i]! & STATE_LEVEL_WORD) === 0) {
        out.push({ type: 'location', start: t.start, end: t.end, confidence: 0.75, pattern: 'town-country' });
        continue;
      }
    }
    if (t.shape !== 'title' && t.shape !== 'upper') continue;
    if (text.charCodeAt(t.end) !== 44 || !/^,[ \t]*$/.test(text.slice(t.end, tokens[i + 1]!.start))) continue;
    const n = tokens[i + 1]!;
    let stateEnd = n.end;
    let state = n.shape === 'upper' && n.text.length === 2 && US_STATES[n.text] !== undefined;
    // "J. Yi, MD", "Ann Lee, PA": a credential. A postal code needs a ZIP after it, a place word before the
    // town, or a town compromise knows.
    // "Inês Albuquerque, MD, FACS", "Sione Tupou, MA": after a given name, or before another credential, a postal code that is
    // also a degree ("MD", "PA", "MA", "MS", "DC") is the degree, even after a town's name.
    if (state && COMMA_CREDENTIALS_OR_DEGREES.has(n.lower) && !/^[ \t]+\d{5}\b/.test(text.slice(n.end, n.end + 7)) &&
      ((i > 0 && (words.firstNames.has(tokens[i - 1]!.lower) || GIVEN_NAMES.has(tokens[i - 1]!.lower)) && isSpaces(text, tokens[i - 1]!.end, t.start)) || /^[ \t]*,[ \t]*[A-Z][A-Za-z]{1,6}\b/.test(text.slice(n.end, n.end + 12)))) continue;
    // In mixed-case text a town, a comma and a postal code in capitals closing the clause ("WorkWell Occupational
    // Health, Gary, IN", "Pavilion, Dayton, OH.") is a place: a sentence would not write "IN" or "OH" so.
    const closesClause = informative && !COMMA_CREDENTIALS_OR_DEGREES.has(n.lower) && !WORD_POSTAL_CODES.has(n.lower) && /^[ \t]*(?:[.;)\n]|$)/.test(text.slice(n.end, n.end + 3));
    if (state && !closesClause && !/^[ \t]+\d{5}\b/.test(text.slice(n.end, n.end + 7)) && !words.places.has(t.lower) &&
      !/\b(?:in|from|to|near|of|at|outside|lives?|living)[ \t]+(?:[A-Z][\p{L}'’.-]*[ \t]+){0,2}$/iu.test(text.slice(Math.max(0, t.start - 40), t.start))) state = false;
    if (!state && (n.shape === 'title' || n.shape === 'upper')) {
      const two = i + 2 < tokens.length ? `${n.lower} ${tokens[i + 2]!.lower}` : '';
      if (STATE_NAMES.has(two)) { state = true; stateEnd = tokens[i + 2]!.end; }
      else state = STATE_NAMES.has(n.lower);
    }
    if (!state || !/^(?:[ \t]*(?:[.,;:)\n]|$)|[ \t]+\d{5}\b|[ \t]+(?:and|or|area|for|to|with|on|in)\b)/i.test(text.slice(stateEnd, stateEnd + 8))) continue;
    if ((words.common.has(t.lower) && !words.places.has(t.lower)) || NOT_NAMES.has(t.lower) || HEALTH_LEXICON_WORDS.has(t.lower) || CALENDAR_WORDS.has(t.lower) || STATE_LEVEL.has(t.lower)) continue;
    // Up to two more words of the town ("Ellicott City, MD", "Glen Burnie, MD").
    let first = i;
    while (first > 0 && i - first < 2) {
      const p = tokens[first - 1]!;
      if (!(p.shape === 'title' || p.shape === 'upper') || !/^[ \t]$/.test(text.slice(p.end, tokens[first]!.start)) || words.grammatical.has(p.lower) || NOT_NAMES.has(p.lower)) break;
      first--;
    }
    out.push({ type: 'location', start: tokens[first]!.start, end: t.end, confidence: 0.9, pattern: 'city-state' });
  }
}

/**
 * Hospital names used by many hospitals across the country (religious and benefactor names): "screened by
 * Holy Cross", "go to Sacred Heart". Written without "Hospital" they are still the place of care.
 */
const HOSPITAL_NAMES = /\b(?:holy[ \t]+cross|sacred[ \t]+heart|good[ \t]+samaritan|mount[ \t]+sinai|mt\.?[ \t]+sinai|beth[ \t]+israel|johns[ \t]+hopkins|holy[ \t]+family|holy[ \t]+name|holy[ \t]+redeemer|our[ \t]+lady[ \t]+of[ \t]+(?:lourdes|mercy|the[ \t]+lake)|cedars[ \t]+sinai|shady[ \t]+grove|franklin[ \t]+square)\b/g;

const FACILITY_TAIL = /^[ \t]+(?:memorial|hospital|hosp|medical[ \t]+center|rehab(?:ilitation)?|hospice|infirmary|clinic)\b/;

function knownFacilities(lower: string, out: RawMatch[]) {
  for (const m of allMatches(HOSPITAL_NAMES, lower)) {
    const end = m.index! + m[0].length;
    // "sacred heart Memorial", "holy cross hosp": the facility word after the name belongs to it.
    const tail = FACILITY_TAIL.exec(lower.slice(end, end + 24));
    out.push({ type: 'location', start: m.index!, end: end + (tail ? tail[0].length : 0), confidence: 0.8, pattern: 'hospital-name' });
  }
}

/**
 * Regions within a state named by a direction and a landform: "from the Eastern Shore", "vacation on the
 * Eastern Shore", "the Upper Peninsula", "the Central Valley". Smaller than a state, so identifiers; "the"
 * in front, and capitals where the text uses them, keep out "the lower hills of the chart".
 */
const NAMED_REGION = /\bthe[ \t]+((?:north|south|east|west|northern|southern|eastern|western|upper|lower|central|inner)[ \t]+(?:shore|valley|peninsula|hills|highlands|mountains|lakes))\b/g;

function namedRegions(text: string, lower: string, informative: boolean, out: RawMatch[]) {
  for (const m of allMatches(NAMED_REGION, lower)) {
    const start = m.index! + m[0].length - m[1]!.length;
    const end = m.index! + m[0].length;
    // Where capitals say nothing, only a compass direction: "the lower hills", "the upper lakes" are relative.
    if (informative ? !/^[A-Z]\S*[ \t]+[A-Z]/.test(text.slice(start, end)) : !/^(?:north|south|east|west)/.test(m[1]!)) continue;
    out.push({ type: 'location', start, end, confidence: 0.8, pattern: 'named-region' });
  }
}

/**
 * Where someone works, after an employer cue: "HUSBAND CEO OF IBM", "works at Boeing", "retired from
 * Bethlehem Steel". One to three capitalized words where capitals carry meaning, at least one of them no
 * dictionary word; where they do not, a company compromise knows or one word no dictionary knows.
 */
const EMPLOYER_CUE = /\b(?:ceo|cfo|coo|cto|president|owner|founder|chairman|vp|employee|employed|works|worked|working|retired|job)[ \t]+(?:of|at|for|by|from)[ \t]+$/;
const TITLE_WITH_ARTICLE = /\b(?:the|a|an|our|their|your|its)[ \t]+(?:ceo|cfo|coo|cto|president|owner|founder|chairman|vp)[ \t]+\w+[ \t]+$/;
const ORGANIZATIONS = organizationNames();

function employers(text: string, lower: string, tokens: Token[], facts: Int32Array, informative: boolean, out: RawMatch[]) {
  for (let i = 1; i < tokens.length; i++) {
    // "of", "at", "for", "by" or "from" right before.
    if ((facts[i - 1]! & EMPLOYER_PREPOSITION) === 0) continue;
    const t = tokens[i]!;
    const cueText = lower.slice(Math.max(0, t.start - 30), t.start);
    // "the CEO of Acme will visit": a title someone holds at the sender's company, not a person's employer.
    if (!EMPLOYER_CUE.test(cueText) || TITLE_WITH_ARTICLE.test(cueText)) continue;
    let last = -1;
    const n = tokens[i + 1];
    if (n && isSpaces(text, t.end, n.start) && ORGANIZATIONS.has(`${t.lower} ${n.lower}`)) last = i + 1;
    else if (ORGANIZATIONS.has(t.lower) || (!informative && isUnknownWord(t, facts))) last = i;
    else if (informative) {
      for (let k = i; k < tokens.length && k - i < 3; k++) {
        const x = tokens[k]!;
        if ((x.shape !== 'title' && x.shape !== 'upper') || (k > i && !/^[ \t]$/.test(text.slice(tokens[k - 1]!.end, x.start)))) break;
        if (words.grammatical.has(x.lower) || NOT_NAMES.has(x.lower) || HONORIFICS.has(x.lower) || HEALTH_LEXICON_WORDS.has(x.lower)) break;
        last = k;
      }
      // "works for John Smith" is a person; "works at Home Depot" needs a word no dictionary knows as English.
      if (last >= 0 && (words.firstNames.has(t.lower) || tokens.slice(i, last + 1).every((x) => words.common.has(x.lower) && !ORGANIZATIONS.has(x.lower)))) last = -1;
    }
    if (last < 0 || (last === i && t.text.length < 2)) continue;
    out.push({ type: 'location', start: t.start, end: tokens[last]!.end, confidence: 0.7, pattern: 'employer' });
    i = last;
  }
}

/**
 * "a year at Healthpocket Inc in SCHLAGLES", "seen at Bayview Clinic in Dundalk": after "at" and a
 * capitalized organization, "in" and a capitalized word no dictionary knows name the town it is in.
 */
function townsOfOrganizations(text: string, tokens: Token[], facts: Int32Array, out: RawMatch[]) {
  for (let i = 2; i + 1 < tokens.length; i++) {
    if (tokens[i]!.lower !== 'in') continue;
    const t = tokens[i + 1]!;
    if ((t.shape !== 'title' && t.shape !== 'upper') || !isSpaces(text, tokens[i]!.end, t.start) || !isUnknownWord(t, facts) || (facts[i + 1]! & STATE_LEVEL_WORD) !== 0) continue;
    let k = i - 1;
    while (k > 0 && i - k <= 3 && (tokens[k]!.shape === 'title' || tokens[k]!.shape === 'upper') && !words.grammatical.has(tokens[k]!.lower)) k--;
    if (k === i - 1 || tokens[k]!.lower !== 'at') continue;
    if (!/^[ \t]*(?:[,.;:)\n]|$|[ \t]+\d)/.test(text.slice(t.end, t.end + 4))) continue;
    out.push({ type: 'location', start: t.start, end: t.end, confidence: 0.75, pattern: 'town-of-organization' });
  }
}

// Endings of town names in English-speaking countries: "Germantown", "Rockville", "Hagerstown", "Edgemere".
const TOWN_SUFFIX = /(?:town|ville|burg|burgh|boro|borough|field|dale|port|mouth|mere|shire|haven|downe|wood|ford|ridge|brook|minster|chester|caster)$/;
const TOWN_CUE = /\b(?:in|from|to|near|of|outside)[ \t]+$/i;

/**
 * A word no dictionary knows, with a town ending, after "in/from/near/of": "lives in Germantown", "daughter of
 * Reisterstown"; also any unknown word after "<Name> of" ("Neil Meitz of Towson"). Names with the same
 * endings ("Crawford") are in the name lexicon and excluded by isUnknownWord.
 */
function townWords(text: string, tokens: Token[], facts: Int32Array, informative: boolean, out: RawMatch[]) {
  for (const t of tokens) {
    if (t.text.length < 5 || (informative ? t.shape !== 'title' : false) || !isUnknownWord(t, facts) || (facts[t.index]! & STATE_LEVEL_WORD) !== 0) continue;
    const before = text.slice(Math.max(0, t.start - 30), t.start);
    if (!TOWN_CUE.test(before)) continue;
    const afterName = /\b([A-Z][a-z]+|[A-Z]{2,})[ \t]+of[ \t]+$/.exec(before);
    // "Nephew, Neil Meitz of Towson": a relative's name, then "of" and the town ("Jane Roe of Lexisnexis" with
    // no relative is as often a company).
    const relative = text.slice(Math.max(0, t.start - 50), t.start).toLowerCase().match(/[a-z-]+/g)?.some((w) => RELATIONS.has(w)) ?? false;
    const personOf = relative && !!afterName && !words.common.has(afterName[1]!.toLowerCase()) && !NOT_NAMES.has(afterName[1]!.toLowerCase()) && !FACILITY_WORDS.has(afterName[1]!.toLowerCase());
    if (!TOWN_SUFFIX.test(t.lower) && !personOf) continue;
    if (beforePracticeWord(text, tokens, t.index)) continue;
    out.push({ type: 'location', start: t.start, end: t.end, confidence: 0.8, pattern: 'town-word' });
  }
}

/**
 * "sent to Warren Grant EW", "arrived via amb from kernan ew", "transferred to Lally MICU": one or two name
 * words before a hospital's emergency ward or intensive care unit, after a movement cue, name the hospital.
 */
const WARDS_AFTER_NAME = new Set(['ew', 'er', 'micu', 'sicu', 'ccu', 'icu', 'cvicu', 'tsicu', 'csru', 'nicu', 'picu']);
function wardsAfterNames(text: string, lower: string, tokens: Token[], facts: Int32Array, informative: boolean, out: RawMatch[]) {
  if (!lower.includes('icu') && !lower.includes('ccu') && !lower.includes('csru') && !/\b(?:ew|er)\b/.test(lower)) return;
  for (let i = 1; i < tokens.length; i++) {
    const w = tokens[i]!;
    if ((facts[i]! & WARD_WORD) === 0) continue;
    let first = -1;
    for (let k = i - 1; k >= 0 && i - k <= 2; k--) {
      const p = tokens[k]!;
      if (!/^[ \t]{1,2}$/.test(text.slice(p.end, tokens[k + 1]!.start))) break;
      const nameLike = (informative ? p.shape === 'title' || p.shape === 'upper' : true) && p.text.length >= 3 &&
        (informative || !words.common.has(p.lower)) && !NOT_NAMES.has(p.lower) && !HEALTH_LEXICON_WORDS.has(p.lower) && !CALENDAR_WORDS.has(p.lower) &&
        !words.grammatical.has(p.lower) && !CARE_UNIT_KINDS.has(p.lower) && !WARDS_AFTER_NAME.has(p.lower);
      if (!nameLike) break;
      first = k;
    }
    // At least one word no dictionary knows as English ("Warren"), not "sent to Main ER" or "to Neuro ICU".
    if (first >= 0 && tokens.slice(first, i).every((x) => words.common.has(x.lower))) continue;
    if (first < 0 || !MOVE_CUE.test(text.slice(Math.max(0, tokens[first]!.start - 12), tokens[first]!.start))) continue;
    out.push({ type: 'location', start: tokens[first]!.start, end: tokens[i - 1]!.end, confidence: 0.85, pattern: 'emergency-ward' });
  }
}

// Words that open a sentence or a header line before a practice's name, not part of it: "Call Larkspur Pharmacy".
const NOT_PRACTICE_NAME = new Set(['call', 'ask', 'contact', 'visit', 'thanks', 'thank', 'dear', 'hi', 'hello', 'welcome', 'join', 'see',
  'email', 'fax', 'phone', 'tel', 'please', 'via', 're', 'fw', 'fwd', 'subject', 'attn', 'cc', 'per', 'friends', 'team', 'dr', 'doctor',
  'in', 'on', 'for', 'with', 'by', 'and', 'or', 'is', 'are', 'was', 'were', 'be', 'we', 'i', 'you', 'it', 'he', 'she', 'they', 'if',
  'as', 'so', 'but', 'not', 'no', 'yes', 'all', 'old', 'your', 'our', 'my', 'his', 'her', 'their', 'this', 'that', 'these']);
/** Words of a document's title after a sender's name ("- Monthly Update", "- Intake Referral"). */
const DOCUMENT_WORDS = new Set(['update', 'updates', 'newsletter', 'report', 'summary', 'referral', 'notice', 'reminder', 'reminders', 'bulletin',
  'minutes', 'agenda', 'memo', 'announcement', 'alert', 'schedule', 'results', 'statement', 'invoice', 'intake', 'final', 'monthly',
  'weekly', 'quarterly', 'annual', 'community', 'family', 'patient', 'staff', 'new', 'important', 'urgent', 'request', 'form', 'letter',
  'discharge', 'instructions', 'charge', 'nurse', 'desk', 'team', 'office', 'billing', 'scheduling', 'front']);
const PRACTICE_GAP = /^(?:[ \t]{1,2}|['’]s[ \t]{1,2}|[ \t]+&[ \t]+|[ \t]+and[ \t]+)$/;

/**
 * Practices, pharmacies, schools and laboratories named by capitalized words before what they are: "Larkspur
 * Pharmacy", "Harbor Point Primary Care", "Eastside Women's Health", "Lincoln Park Elementary". Words saying only
 * what the place does ("Pediatric Associates", "Internal Medicine Group", "Teen Health Center") name a kind or a
 * department; one word besides them names the place. A staff signature's practice is a location too: what the
 * verdict counts as a patient's identifiers never includes a location.
 */
function practiceNames(text: string, tokens: Token[], facts: Int32Array, out: RawMatch[]) {
  const capital = (t: Token) => t.shape === 'title' || t.shape === 'upper';
  const joined = (a: Token, b: Token) => PRACTICE_GAP.test(text.slice(a.end, b.start));
  for (let i = 1; i < tokens.length; i++) {
    const end = tokens[i]!;
    if ((facts[i]! & PRACTICE_END) === 0 || !capital(end)) continue;
    const qualifiers = QUALIFIED_PRACTICE_ENDS.get(end.lower);
    let k = i;
    if (qualifiers) {
      const q = tokens[i - 1]!;
      if (qualifiers.has(q.lower) && capital(q) && joined(q, end)) k = i - 1;
      else if (!ORGANIZATION_ENDS.has(end.lower)) continue;
    }
    // What the place does: "Cardiology" of "Ridgeview Cardiology Associates", "Obstetrics & Gynecology".
    while (k > 0 && i - k < 4 && (facts[k - 1]! & PRACTICE_DESCRIPTOR) !== 0 && capital(tokens[k - 1]!) && joined(tokens[k - 1]!, tokens[k]!)) k--;
    // Its name: up to three capitalized words that are not function words, cue words or credentials, one of them
    // more than a word for what the place treats or whom it serves ("Cedar Ridge Eating Disorder Program", not
    // "Teen Health Center" or "Ambulatory Surgery Center").
    let first = k;
    let named = false;
    while (first > 0 && k - first < 3) {
      const p = tokens[first - 1]!;
      const f = facts[first - 1]!;
      if (!(capital(p) || (p.shape === 'mixed' && /^\p{Lu}/u.test(p.text))) || p.text.length < 2 || !joined(p, tokens[first]!) || (f & NOT_BEFORE_FACILITY_WORD) !== 0 ||
        NOT_PRACTICE_NAME.has(p.lower) || CALENDAR_WORDS.has(p.lower) || isCredential(p.text) || HONORIFICS.has(p.lower)) break;
      if ((f & (SERVICE | PRACTICE_DESCRIPTOR)) === 0) named = true;
      first--;
    }
    // Words for what the place does, before its name, are not part of it.
    while (first < k && (facts[first]! & (SERVICE | PRACTICE_DESCRIPTOR)) !== 0) first++;
    if (first === k || !named) continue;
    // "Dr. Rivera Pediatrics" would be a person's practice, but "Dr. Haddad Cardiology" is as often a doctor and a department.
    const b = first > 0 ? tokens[first - 1]! : undefined;
    if (b && HONORIFICS.has(b.lower) && /^\.?[ \t]+$/.test(text.slice(b.end, tokens[first]!.start))) continue;
    // "Calloway Women's Health – Lakeview (3320 N. Ashby St)": the site after a dash is part of the practice's name.
    let last = end;
    const site = tokens[i + 1];
    // A site is a place's name in Title Case ("Lakeview", "North Campus"), not a department ("- Pharmacy", "- Retina")
    // or a document's title after the sender ("LAKESHORE CANCER CENTER - COMMUNITY UPDATE", "- Final Report").
    const siteWord = (t: Token, k: number) => t.shape === 'title' && (facts[k]! & (SERVICE | PRACTICE_DESCRIPTOR | PRACTICE_END)) === 0 &&
      !CALENDAR_WORDS.has(t.lower) && !DOCUMENT_WORDS.has(t.lower) && !NOT_PRACTICE_NAME.has(t.lower) && !HEALTH_LEXICON_WORDS.has(t.lower);
    if (site && siteWord(site, i + 1) && site.text.length >= 3 && /^[ \t]+[–—-][ \t]+$/.test(text.slice(end.end, site.start)) && !isCredential(site.text)) {
      const two = tokens[i + 2];
      const tail = two && /^[ \t]$/.test(text.slice(site.end, two.start)) && two.shape === 'title' && !CALENDAR_WORDS.has(two.lower) && !DOCUMENT_WORDS.has(two.lower) ? two : site;
      if (/^[ \t]*(?:[(,:|\n]|$)/.test(text.slice(tail.end, tail.end + 3))) last = tail;
    }
    // Sure enough to outrank a name read in the same words ("MD, Cedar Hollow Family Medicine" after a signature).
    out.push({ type: 'location', start: tokens[first]!.start, end: last.end, confidence: 0.9, pattern: 'practice-name' });
  }
}

/**
 * A practice's sites by their towns: "fire drill at the Canton site", "the loaner goes to our Massillon office", "our
 * Raleigh and Cary offices". The word after says the town is a place, so a town the place look-up drops as also an
 * English word ("canton") counts here; so does a word no dictionary knows.
 */
const SITE_WORDS = new Set(['site', 'sites', 'office', 'offices', 'clinic', 'clinics', 'location', 'locations', 'campus', 'branch']);
const SITE_OPENERS = new Set(['the', 'our', 'your', 'their', 'at', 'in', 'to', 'from', 'both']);
function siteNames(text: string, tokens: Token[], facts: Int32Array, out: RawMatch[]) {
  const town = (t: Token, k: number) => t.shape === 'title' && t.text.length >= 4 &&
    (facts[k]! & (GRAMMATICAL | SKIPPED | NOT_BEFORE_FACILITY_WORD | SERVICE | PRACTICE_DESCRIPTOR | STATE_LEVEL_WORD | FACILITY_END_WORD)) === 0 &&
    !CALENDAR_WORDS.has(t.lower) && !DOCUMENT_WORDS.has(t.lower) && !NOT_PRACTICE_NAME.has(t.lower) &&
    (US_TOWNS.has(t.lower) || isPlacePhrase(t.lower) || (facts[k]! & UNKNOWN) !== 0);
  const space = (a: Token, b: Token) => /^[ \t]$/.test(text.slice(a.end, b.start));
  for (let i = 2; i < tokens.length; i++) {
    const site = tokens[i]!;
    if ((facts[i]! & SITE_WORD) === 0 || site.shape !== 'lower') continue;
    const t = tokens[i - 1]!;
    if (!space(t, site) || !town(t, i - 1)) continue;
    const opener = tokens[i - 2]!;
    // "Canton and Massillon clinics": both towns, when the first has its opener or starts the line.
    const joined = (opener.lower === 'and' || opener.lower === 'or') && i >= 3 && space(tokens[i - 3]!, opener) && space(opener, t) && town(tokens[i - 3]!, i - 3);
    if (joined) {
      const head = tokens[i - 4];
      if (!head || SITE_OPENERS.has(head.lower) || /\n[ \t]*$|[-–—:][ \t]*$/.test(text.slice(head.end, tokens[i - 3]!.start))) {
        out.push({ type: 'location', start: tokens[i - 3]!.start, end: tokens[i - 3]!.end, confidence: 0.75, pattern: 'site-name' });
        out.push({ type: 'location', start: t.start, end: t.end, confidence: 0.75, pattern: 'site-name' });
      }
      continue;
    }
    if (SITE_OPENERS.has(opener.lower) && space(opener, t)) out.push({ type: 'location', start: t.start, end: t.end, confidence: 0.75, pattern: 'site-name' });
  }
}

/**
 * Counties, parishes and boroughs by name: "a report to Alder County DCFS", "Allegany County and Garrett County",
 * "NWS has Tamarack County under a warning". A subdivision smaller than a state is a Safe Harbor identifier
 * wherever it is written; one or two capitalized words before it name it ("Los Angeles County", "Prince George's
 * County"), a function word or a calendar word does not ("The County", "Monday County meeting").
 */
const SUBDIVISIONS = new Set(['county', 'parish', 'borough']);
function subdivisions(text: string, tokens: Token[], facts: Int32Array, out: RawMatch[]) {
  const capital = (t: Token) => t.shape === 'title' || t.shape === 'upper';
  const nameWord = (t: Token, k: number) => capital(t) && t.text.length >= 2 && (facts[k]! & (GRAMMATICAL | NOT_BEFORE_FACILITY_WORD)) === 0 &&
    !NOT_PRACTICE_NAME.has(t.lower) && !CALENDAR_WORDS.has(t.lower) && !HONORIFICS.has(t.lower) && !isCredential(t.text);
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if ((facts[i]! & SUBDIVISION) === 0 || !capital(t)) continue;
    let first = i;
    while (first > 0 && i - first < 2 && nameWord(tokens[first - 1]!, first - 1) && /^(?:['’]s)?[ \t]$/.test(text.slice(tokens[first - 1]!.end, tokens[first]!.start))) first--;
    if (first < i) out.push({ type: 'location', start: tokens[first]!.start, end: t.end, confidence: 0.85, pattern: 'county' });
  }
}

/**
 * Hospital units named by floor and wing: "He is now on 4 West", "To: All staff, 5 North Medical-Surgical Unit",
 * "pumps on 3 East". Not a road's direction ("Route 9 West", "I-95 North", "exit 4 West") or a street ("4 West St").
 */
const COMPASS_WARD = /(?<=(?:\b(?:[Oo]n|[Tt]o|[Ff]rom|[Tt]he|[Uu]nit|[Ff]loor|[Ss]taff|[Ff]or|[Hh]i|[Hh]ello|[Dd]ear|[Mm]anager|[Dd]irector|[Ee]ducator)|[,:(\n–—-])[ \t]*)[1-9]\d?[ \t](?:North|South|East|West|NORTH|SOUTH|EAST|WEST)\b(?![ \t]+(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Pl|Place|Ct|Court|Pkwy|Parkway|Exit|Side|End|Coast|coast|Bay|bound|Africa|Asia|Germany|Timor)\b)/g;
const ROAD_BEFORE = /\b(?:route|rte|rt|hwy|highway|interstate|i|exit|us|sr|cr)[ \t.-]*$/i;
function compassWards(text: string, out: RawMatch[]) {
  if (!/\d[ \t](?:North|South|East|West|NORTH|SOUTH|EAST|WEST)\b/.test(text)) return;
  for (const m of allMatches(COMPASS_WARD, text)) {
    if (ROAD_BEFORE.test(text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
    out.push({ type: 'location', start: m.index!, end: m.index! + m[0].length, confidence: 0.7, pattern: 'compass-ward' });
  }
}

/**
 * A place joined to a town already found: "our Concord and Bedford sites", "from Dayton and Cleveland". One
 * Capitalized word on the other side of "and"/"or" is a town too, unless it is a function, clinical or office
 * word or a given name ("lives in Boston and Frank visits").
 */
function coordinatedPlaces(text: string, tokens: Token[], facts: Int32Array, out: RawMatch[]) {
  const towns = out.filter((m) => m.pattern === 'place-lexicon' || m.pattern === 'city-state' || m.pattern === 'town-word' || m.pattern === 'cued-place');
  for (const m of towns) {
    const k = firstTokenAtOrAfter(tokens, m.end);
    const before = firstTokenAtOrAfter(tokens, m.start) - 1;
    for (const [joiner, other] of [[k, k + 1], [before, before - 1]] as const) {
      const j = tokens[joiner];
      const t = tokens[other];
      if (!j || !t || (j.lower !== 'and' && j.lower !== 'or' && j.lower !== '&')) continue;
      const gap = other > joiner ? text.slice(j.end, t.start) : text.slice(t.end, j.start);
      if (!/^[ \t]$/.test(gap) || t.shape !== 'title' || t.text.length < 4) continue;
      const f = facts[other]!;
      if ((f & (GRAMMATICAL | SKIPPED | NOT_BEFORE_FACILITY_WORD | SERVICE | PRACTICE_DESCRIPTOR | STATE_LEVEL_WORD | FACILITY_END_WORD)) !== 0 || CALENDAR_WORDS.has(t.lower) || words.firstNames.has(t.lower) || AMBIGUOUS_NAMES.has(t.lower)) continue;
      // "Salem and Lynn Hospital": the other word opens a longer name; leave it to the facility pass.
      const next = tokens[other + 1];
      if (other > joiner && next && next.shape === 'title' && /^[ \t]$/.test(text.slice(t.end, next.start))) continue;
      out.push({ type: 'location', start: t.start, end: t.end, confidence: 0.7, pattern: 'coordinated-place' });
    }
  }
}

// Postal codes that are words a sentence ends with: "Thanks, Gary, OK.", "Hi, ME".
const WORD_POSTAL_CODES = new Set(['ok', 'hi', 'me', 'or']);
// Postal codes that are also degrees written after a name.
const COMMA_CREDENTIALS_OR_DEGREES = new Set(['md', 'pa', 'ma', 'ms', 'dc', 'nd', 'de']);

/** A word saying what a clinic treats or whom it serves, or a short abbreviation ("CF", "GI") that is no hospital's. */
function isServiceWord(x: Token, facts: Int32Array): boolean {
  return (facts[x.index]! & SERVICE) !== 0 || (x.shape === 'upper' && x.text.length <= 3 && !HOSPITAL_ABBREVIATION.test(x.text));
}

/** A word for what a practice does or treats: a service word, a practice's descriptor, or a specialty ("Hepatology"). */
function isDescriptorWord(x: Token, facts: Int32Array): boolean {
  return isServiceWord(x, facts) || (facts[x.index]! & (PRACTICE_DESCRIPTOR | PRACTICE_END)) !== 0 || /(?:ology|iatry|iatrics)$/.test(x.lower);
}

/** The next word, on the same line, is a capitalized word of a practice's name ("Pediatrics", "Family Dental"). */
function beforePracticeWord(text: string, tokens: Token[], last: number): boolean {
  const n = tokens[last + 1];
  return !!n && (n.shape === 'title' || n.shape === 'upper') && PRACTICE_WORDS.has(n.lower) && isSpaces(text, tokens[last]!.end, n.start);
}

// "MD", "FNP-C", "LCSW": a credential, which ends a signature's name rather than opening a practice's.
const isCredential = (w: string) => {
  const lower = w.toLowerCase();
  return CREDENTIALS.has(lower) || COMMA_CREDENTIALS.has(lower) || CREDENTIALS.has(lower.replace(/-[a-z]+$/, ''));
};

/**
 * A chain pharmacy's branch by its street: "sent to the Walgreens on University Ave", "CVS at 3rd & Main". The
 * chain alone ("sent to Walgreens") names no place; its street narrows the patient's neighborhood down.
 */
const STORE_BRANCH = /\b(?:walgreens|cvs|rite[ -]aid|walmart|costco|kroger|safeway|publix|wegmans|meijer|hy-vee|duane[ \t]+reade|target[ \t]+pharmacy)(?:[ \t]+pharmacy)?[ \t]+(?:on|at)[ \t]+(?:the[ \t]+)?(?:(?:[A-Z][a-z]+|[a-z]+|\d{1,5}(?:st|nd|rd|th)?)[ \t]+){0,3}?(?:[A-Z][a-z]+|\d{1,3}(?:st|nd|rd|th))?[ \t]*(?:(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|parkway|pkwy|highway|hwy|pike|plaza)\b\.?|(?:route|rt|rte)\.?[ \t]*\d{1,3}\b|&[ \t]+(?:[A-Z][a-z]+|\d{1,3}(?:st|nd|rd|th)))/gi;
function storeBranches(text: string, out: RawMatch[]) {
  if (!/walgreens|cvs|rite|walmart|costco|kroger|safeway|publix|wegmans|meijer|hy-vee|reade|target/i.test(text)) return;
  for (const m of allMatches(STORE_BRANCH, text)) {
    const end = m.index! + m[0].replace(/\.$/, '').length;
    out.push({ type: 'location', start: m.index!, end, confidence: 0.75, pattern: 'store-branch' });
  }
}
