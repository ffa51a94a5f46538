import nlp from 'compromise';

/**
 * Word lists read once from compromise's own model (no corpus names pasted here): its lexicon maps each
 * lower-case word to one tag, so a word tagged as a name is not also listed as an ordinary English word.
 */
export interface CompromiseWords {
  firstNames: Set<string>;
  lastNames: Set<string>;
  /** Countries, cities, regions (states, provinces) and other places, including multi-word ones. */
  places: Set<string>;
  /** Every other word compromise knows: verbs, nouns, adjectives, function words. */
  common: Set<string>;
  /** Common words that are verbs, function words or adverbs: never a surname even after "Dr." */
  grammatical: Set<string>;
  /**
   * One-word entries compromise tags only as a famous person ("rashid", "pilar", "diego", "ferguson"). They
   * stay in `common` for the place recognizers; the name recognizer reads them as names, filtered like its
   * gazetteer so fictional and brand entries ("superman", "markov") never count alone.
   */
  people: Set<string>;
}

const GRAMMATICAL_TAGS = new Set([
  'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'PhrasalVerb', 'Modal', 'Copula', 'Preposition',
  'Conjunction', 'Determiner', 'Pronoun', 'Adverb', 'QuestionWord', 'Participle', 'Verb', 'Possessive',
  'Reflexive', 'Negative', 'Auxiliary', 'Expression',
]);

let cached: CompromiseWords | undefined;

const asList = (tag: unknown): string[] => (Array.isArray(tag) ? tag : [tag]).filter((t): t is string => typeof t === 'string');

export function compromiseWords(): CompromiseWords {
  if (cached) return cached;
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
  const words: CompromiseWords = { firstNames: new Set(), lastNames: new Set(), places: new Set(), common: new Set(), grammatical: new Set(), people: new Set() };
  for (const [word, tag] of Object.entries(lexicon)) {
    const tags = asList(tag);
    if (tags.some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName')) words.firstNames.add(word);
    else if (tags.includes('LastName')) words.lastNames.add(word);
    else if (tags.some((t) => t === 'Country' || t === 'City' || t === 'Region' || t === 'Place')) {
      // Street-type abbreviations ("st", "rd") and state abbreviations ("va") are Place too: too short to trust.
      if (word.length > 3) words.places.add(word);
    } else {
      // Multi-word entries ("bill gates") are never one token; keep the one-word ones.
      if (tags.length === 1 && tags[0] === 'Person' && /^[a-z]+$/.test(word)) words.people.add(word);
      words.common.add(word);
      if (tags.some((t) => GRAMMATICAL_TAGS.has(t))) words.grammatical.add(word);
    }
  }
  return (cached = words);
}
