import { defineLexiconRecognizer, type TermGroup } from './lexicons/health/matcher';

/** Minors' records carry consent and disclosure rules of their own; these say a patient is under 18. */
const MINOR_TERMS: TermGroup = {
  name: 'minor-terms',
  confidence: 0.75,
  terms: [
    'pediatric patient', 'pediatric patients', 'peds patient', 'adolescent patient', 'newborn', 'infant',
    'toddler', 'well-child visit', 'well-child check', 'parental consent', 'guardian consent', 'legal guardian',
    'parent or guardian', 'minor child', 'minor patient', 'minor children', 'unemancipated minor',
    'emancipated minor', 'unaccompanied minor',
  ],
};
const MINOR_ABBREVIATIONS: TermGroup = {
  name: 'minor-abbreviations',
  confidence: 0.7,
  caseSensitive: true,
  terms: ['NICU', 'PICU'],
};

/** Under 18 by stated age. */
const isMinorAge = (age: string | undefined) => age !== undefined && Number(age) < 18;

/** Years of birth within the last 18 years ("DOB 2015", "DOB 3/14/12"). */
export function isMinorBirthYear(year: string, now = new Date()): boolean {
  const current = now.getFullYear();
  let y = Number(year);
  if (year.length === 2) y += y <= current % 100 ? 2000 : 1900;
  const age = current - y;
  return age >= 0 && age < 18;
}

export const minor = defineLexiconRecognizer({
  id: 'minor',
  description: 'A patient under 18: "14-year-old", "DOB 2015", "pediatric patient", "my daughter (age 12)", "a minor"',
  type: 'minor',
  groups: [MINOR_TERMS, MINOR_ABBREVIATIONS],
  patterns: [
    {
      name: 'age-years-old',
      regex: /(?<![\w.])(?<age>\d{1,2})(?:[\s-]*(?:years?|yrs?)[\s-]*old|\s*(?:yo|y\/o|y\.o\.))(?![\w])/gi,
      confidence: 0.85,
      accept: (m) => isMinorAge(m.groups?.age),
    },
    {
      name: 'age-months-old',
      regex: /(?<![\w.])\d{1,2}[\s-]*(?:months?|weeks?|days?|mo)[\s-]+old(?!\w)/gi,
      confidence: 0.85,
    },
    {
      // "age 12", "aged 12", "(age: 12)"; "ages 5-12" is an event audience, so the plural is left out.
      name: 'age-stated',
      startsWith: ['age'],
      regex: /(?<!\w)(?:age|aged)\s*:?\s*(?<age>\d{1,2})(?![\d-]|\s*(?:and|to|-)\s*\d)/gi,
      confidence: 0.8,
      accept: (m) => isMinorAge(m.groups?.age),
    },
    {
      name: 'dob-recent-year',
      startsWith: ['dob', 'd.o.b', 'date of birth', 'born'],
      regex: /(?<!\w)(?:dob|d\.o\.b\.?|date of birth|born(?:\s+on|\s+in)?)\s*[:#-]?\s*(?:(?:[a-z]{3,9}\.?\s+\d{1,2},?\s+|\d{1,2}[/.-]\d{1,2}[/.-]|\d{4}-\d{2}-\d{2}(?=)|)(?<year>(?:19|20)\d{2})|\d{1,2}[/.-]\d{1,2}[/.-](?<yy>\d{2}))(?![\d])/gi,
      confidence: 0.85,
      accept: (m) => {
        const year = m.groups?.year ?? m.groups?.yy;
        return year !== undefined && isMinorBirthYear(year);
      },
    },
    {
      name: 'is-a-minor',
      needs: 'minor',
      regex: /(?<!\w)(?:is|as|was|being|a patient who is) a minor(?:'s)?(?!\w)|(?<!\w)a minor's(?!\w)/gi,
      confidence: 0.8,
    },
  ],
});
