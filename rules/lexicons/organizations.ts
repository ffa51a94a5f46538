import nlp from 'compromise';

/**
 * Companies and other organizations compromise knows by name ("ibm", "general electric"), read once from its
 * lexicon. After an employer cue ("CEO of IBM", "works at Boeing") they name where someone works, a place
 * that narrows down who they are. Public payers and bare company suffixes are left out: "retired from
 * Medicare" and "employed by Inc" say nothing about a person.
 */
const NOT_EMPLOYERS = new Set(['medicaid', 'medicare', 'blue cross', 'inc', 'co', 'dept', 'univ', 'assn', 'ltd', 'eu', 'ghq']);

let cached: Set<string> | undefined;

export function organizationNames(): Set<string> {
  if (cached) return cached;
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
  const set = new Set<string>();
  for (const [word, tag] of Object.entries(lexicon)) {
    if ((Array.isArray(tag) ? tag : [tag]).includes('Organization') && !NOT_EMPLOYERS.has(word)) set.add(word);
  }
  return (cached = set);
}
