import type { RawMatch, Recognizer } from './types';
import { compromiseWords } from './lexicons/compromise-lexicon';
import { CALENDAR_WORDS, FACILITY_WORDS, US_STATES } from './lexicons/places';
import { HEALTH_LEXICON_WORDS } from './lexicons/health';
import { ENGLISH_SUFFIX, NOT_NAMES, NOT_NAME_SUFFIX } from './lexicons/people-cues';
import { sharedWords, type Token } from './support/tokens';

// Words that end a facility name ("Calvert Hospital", "Holy Cross Rehab", "Washington Adventist Hosp").
const FACILITY_END = new Set([
  'hospital', 'hosp', 'medical center', 'rehab', 'rehabilitation', 'memorial', 'adventist', 'infirmary',
  'hospice', 'clinic', 'nursing home', 'manor', 'healthcare', 'health center', 'institute', 'sanatorium',
  'center', 'centre', 'ctr', 'pavilion', 'vamc',
]);
// Hospital abbreviations end in H (hospital), MC (medical center) or HC ("GH", "MGH", "UMMC"); "OSH" is
// "outside hospital", not a name.
const HOSPITAL_ABBREVIATION = /^[b-df-hj-np-tv-z]{0,3}(?:h|mc|hc)$/i;
const NOT_HOSPITAL_ABBREVIATIONS = new Set(['osh', 'h', 'ph', 'bh', 'ch', 'th', 'sh', 'ah', 'oh', 'uh', 'eh', 'ich', 'ach', 'nah', 'yeah', 'meh', 'bah', 'duh', 'huh', 'rh', 'dh', 'mch', 'lh', 'fh', 'hh', 'nh', 'wh', 'kh', 'doh', 'tsh', 'loh', 'ash', 'dash', 'bish', 'wash', 'with', 'each', 'much', 'such', 'high', 'inch', 'mch', 'rich', 'both', 'bath', 'path', 'push', 'rush', 'cash', 'wish', 'fish', 'dish', 'mesh', 'sigh', 'hmc', 'cvvh', 'cvvhd', 'pleth', 'mech', 'synch', 'sch', 'psych', 'lima']);
const MOVE_CUE = /\b(?:to|from|at|@|->|in|into|via|toward|towards|near)\s*$/i;
const LOWER_PLACE_CUE = /\b(?:lives? in|living in|moved to|from|back to|returned to|transferred to|transfer to|flew to|visiting|born in|grew up in|travel(?:l)?ing to|trip to)\s*$/i;

const words = compromiseWords();
const skip = (t: Token) => NOT_NAMES.has(t.lower) && !FACILITY_WORDS.has(t.lower);
const STATE_NAMES = new Set(Object.values(US_STATES));
const isPlacePhrase = (phrase: string) => words.places.has(phrase) || STATE_NAMES.has(phrase);
// First words of multi-word places ("new" of "new york"): only these start a two- or three-word lookup.
const PLACE_STARTS = new Set([...words.places, ...STATE_NAMES].filter((p) => p.includes(' ')).map((p) => p.split(' ')[0]!));
// First words of two-word facility endings ("medical center", "nursing home").
const FACILITY_END_STARTS = new Set([...FACILITY_END].filter((p) => p.includes(' ')).map((p) => p.split(' ')[0]!));
const GENERIC_FACILITY = new Set(['rehab', 'rehabilitation', 'center', 'centre', 'ctr', 'clinic', 'institute', 'pavilion', 'manor', 'healthcare']);
const NOT_BEFORE_FACILITY = new Set(['the', 'a', 'an', 'to', 'from', 'at', 'of']);
const isSpaces = (text: string, from: number, to: number) => {
  if (to <= from) return false;
  for (let i = from; i < to; i++) { const c = text.charCodeAt(i); if (c !== 32 && c !== 9) return false; }
  return true;
};

export const location: Recognizer = {
  id: 'location',
  description: 'Cities, states, countries (compromise lexicon), facility names ("X Hospital", "St. Mary") and hospital abbreviations in context',
  types: ['location'],
  find(ctx) {
    const out: RawMatch[] = [];
    const { tokens, informative } = sharedWords(ctx);
    const emit = (a: Token, b: Token, pattern: string, confidence: number) =>
      out.push({ type: 'location', start: a.start, end: b.end, confidence, pattern });
    const before = (t: Token) => ctx.text.slice(Math.max(0, t.start - 24), t.start);

    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const capital = t.shape === 'title' || t.shape === 'upper';

      // Facility names: up to three words before a facility word, or "St. Mary" style names.
      const two = FACILITY_END_STARTS.has(t.lower) && i + 1 < tokens.length ? `${t.lower} ${tokens[i + 1]!.lower}` : '';
      if (FACILITY_END.has(t.lower) || FACILITY_END.has(two)) {
        let first = i;
        for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
          const p = tokens[k]!;
          const gap = ctx.text.slice(p.end, tokens[k + 1]!.start);
          if (!/^\.?[ \t]{1,2}$|^'s[ \t]$/.test(gap) || skip(p) || words.grammatical.has(p.lower) || NOT_BEFORE_FACILITY.has(p.lower)) break;
          if (informative && p.shape === 'lower') break;
          first = k;
        }
        // Generic words ("cardiac rehab", "poss rehab") need a proper name in front.
        if (GENERIC_FACILITY.has(t.lower) && first < i && tokens.slice(first, i).every((x) => words.common.has(x.lower) || x.shape === 'lower')) first = i;
        if (first < i) { emit(tokens[first]!, FACILITY_END.has(two) ? tokens[i + 1]! : t, 'facility', 0.85); continue; }
      }
      if ((t.lower === 'st' || t.lower === 'saint') && i + 1 < tokens.length && /^\.?\s+$/.test(ctx.text.slice(t.end, tokens[i + 1]!.start))) {
        const n = tokens[i + 1]!;
        if ((n.shape === 'title' || n.shape === 'upper') && (words.firstNames.has(n.lower) || words.lastNames.has(n.lower))) {
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
        if (MOVE_CUE.test(before(t)) || /^\s+(?:ew|er|ed|ccu|icu|micu)\b/i.test(after)) {
          if (!words.common.has(t.lower) || t.shape === 'upper') { emit(t, t, 'hospital-abbreviation', 0.7); continue; }
        }
      }

      // Places compromise knows (cities, countries, states), one to three words long.
      if (informative && !capital) continue;
      const multi = PLACE_STARTS.has(t.lower);
      if (!multi && !isPlacePhrase(t.lower)) continue;
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
        emit(t, tokens[i + len - 1]!, 'place-lexicon', 0.7);
        i += len - 1;
        break;
      }
    }
    cuedPlaces(ctx.text, tokens, informative, out);
    return out;
  },
};

// Movement and residence cues before a place: "transferred to Quartermain 2", "lives in catonsville".
const PLACE_CUE = /\b(?:to|from|in|at|on|per|@)[ \t]+$/i;
const isUnknownWord = (t: Token) =>
  t.text.length >= 4 && !words.common.has(t.lower) && !words.firstNames.has(t.lower) && !words.lastNames.has(t.lower) &&
  !NOT_NAMES.has(t.lower) && !HEALTH_LEXICON_WORDS.has(t.lower) && !ENGLISH_SUFFIX.test(t.lower) && !NOT_NAME_SUFFIX.test(t.lower) && !CALENDAR_WORDS.has(t.lower) && !FACILITY_WORDS.has(t.lower);

/**
 * Places compromise does not know, from their position: a ward "<Name> <digit>" or a town after a
 * movement cue; then every other mention of the same word in the message ("F-MICU/QUARTERMAIN/CCU").
 */
function cuedPlaces(text: string, tokens: Token[], informative: boolean, out: RawMatch[]) {
  const found = new Set<string>();
  for (const t of tokens) {
    if (!isUnknownWord(t) || (informative && t.shape === 'lower')) continue;
    const cue = PLACE_CUE.test(text.slice(Math.max(0, t.start - 6), t.start));
    // "Quartermain 2", "QUARTERMAIN7": a ward number right after the name, not a dose or a date.
    const ward = /^[ \t][1-9](?:\/[1-9])?(?=[ \t]*(?:$|[,;)\n]|\.[ \t\n]|[ \t]+(?:or|and|to|for|with|w\/|today|at)\b|[ \t]+[A-Z]{2}))/.test(text.slice(t.end, t.end + 12));
    const moved = t.shape === 'title' && /\b(?:lives?|living|moved|transferred|transfered|sent|taken|went|admitted|presented|vacation)[ \t]+(?:\w+[ \t]+)?(?:to|in|at|from)[ \t]*$/i.test(text.slice(Math.max(0, t.start - 30), t.start));
    if (!(cue && ward) && !moved) continue;
    found.add(t.lower);
  }
  if (!found.size) return;
  for (const t of tokens) if (found.has(t.lower)) out.push({ type: 'location', start: t.start, end: t.end, confidence: 0.65, pattern: 'cued-place' });
}
