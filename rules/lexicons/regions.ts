import nlp from 'compromise';
import { US_STATES } from './places';

/**
 * Places at the level of a state or above: countries (compromise's Country tag), US states and territories,
 * continents. Under HIPAA Safe Harbor only geographic subdivisions smaller than a state are identifiers, so
 * "moved from Texas to Canada" names no identifying place; the same words inside a full address are still
 * part of the address finding (rules/address.ts). "New York" and "Washington" are cities as often as states
 * and stay places.
 */
const CITY_STATES = new Set(['new york', 'washington']);
const CONTINENTS = ['africa', 'antarctica', 'asia', 'europe', 'north america', 'south america', 'central america', 'latin america', 'oceania', 'australia', 'the americas', 'scandinavia', 'middle east', 'caribbean'];

let cached: Set<string> | undefined;

export function stateLevelPlaces(): Set<string> {
  if (cached) return cached;
  const set = new Set<string>(CONTINENTS);
  for (const s of Object.values(US_STATES)) if (!CITY_STATES.has(s)) set.add(s);
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
  for (const [word, tag] of Object.entries(lexicon)) {
    if ((Array.isArray(tag) ? tag : [tag]).includes('Country')) set.add(word);
  }
  // Common alternative country names compromise lacks.
  // Written abbreviations of state names ("moved to Mass", "Penn").
  for (const w of ['mass', 'penn', 'penna', 'calif', 'conn', 'mich', 'minn', 'wisc', 'tenn', 'ariz', 'colo', 'okla', 'oreg', 'nebr', 'kans', 'fla', 'tex']) set.add(w);
  for (const w of ['usa', 'u.s.a', 'united states of america', 'uk', 'great britain', 'britain', 'czechia', 'holland', 'the netherlands', 'south korea', 'north korea', 'ivory coast']) set.add(w);
  return (cached = set);
}
