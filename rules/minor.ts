import { defineLexiconRecognizer, type TermGroup } from './lexicons/health/matcher';
import { DIGITS } from './support/word-starts';

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

/**
 * An age stated in words anywhere in the message ("15 y/o", "2-week-old", "age 7"): then a young DOB beside it
 * says nothing more (the age is the finding; the DOB stays a date identifier).
 */
const STATED_AGE = /(?<![\w.])(?<n>\d{1,2})[\s-]*(?:(?<unit>years?|yrs?|months?|weeks?|days?|mo)[\s-]*old|yo|y\/o|y\.o\.)(?!\w)|(?<!\w)aged?\s*:?\s*(?<age>\d{1,2})(?!\d)/gi;
const statesMinorAge = (text: string) => [...text.matchAll(STATED_AGE)].some((m) =>
  (m.groups?.unit !== undefined && !/^y/i.test(m.groups.unit)) || Number(m.groups?.n ?? m.groups?.age) < 18);

/** Words after "newborn"/"infant" that make it a topic or a service ("newborn screen", "infant formula"). */
const TOPIC_AFTER = /^[\s-]+(?:screen|screening|screens|hearing|care|nursery|unit|formula|car seat|class|classes|exam|vaccines?|period|photos?|clothes|supplies|cpr|massage|feeding|sleep|safety|mortality|health)\b/i;

export const minor = defineLexiconRecognizer({
  id: 'minor',
  description: 'A patient under 18: "14-year-old", "DOB 2015", "pediatric patient", "my daughter (age 12)", "a minor"',
  type: 'minor',
  groups: [MINOR_TERMS, MINOR_ABBREVIATIONS],
  reject: (ctx, start, end, group) => {
    if (group !== 'minor-terms') return false;
    const after = ctx.text.slice(end, end + 20);
    // A form label ("Infant: Baby Girl ...") names a field; a topic ("newborn screen") is a test, not a patient.
    return /^\s*:/.test(after) || TOPIC_AFTER.test(after);
  },
  patterns: [
    {
      name: 'age-years-old',
      regex: /(?<![\w.])(?<age>\d{1,2})(?:[\s-]*(?:years?|yrs?)[\s-]*old|\s*(?:yo|y\/o|y\.o\.))(?![\w])/gi,
      // Tried at numbers only, not at every character of a note.
      startsWith: DIGITS,
      confidence: 0.85,
      accept: (m) => isMinorAge(m.groups?.age),
    },
    {
      name: 'age-months-old',
      regex: /(?<![\w.])\d{1,2}[\s-]*(?:months?|weeks?|days?|mo)[\s-]+old(?!\w)/gi,
      startsWith: DIGITS,
      needs: 'old',
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
      // A bare "Born 2024-10-02" heads a birth record (a date); "born in 2015" says an age.
      startsWith: ['dob', 'd.o.b', 'date of birth', 'born'],
      regex: /(?<!\w)(?:dob|d\.o\.b\.?|date of birth|born\s+(?:on|in))\s*[:#-]?\s*(?:(?:[a-z]{3,9}\.?\s+\d{1,2},?\s+|\d{1,2}[/.-]\d{1,2}[/.-]|\d{4}-\d{2}-\d{2}(?=)|)(?<year>(?:19|20)\d{2})|\d{1,2}[/.-]\d{1,2}[/.-](?<yy>\d{2}))(?![\d])/gi,
      confidence: 0.85,
      accept: (m, ctx) => {
        const year = m.groups?.year ?? m.groups?.yy;
        return year !== undefined && isMinorBirthYear(year) && !statesMinorAge(ctx.text);
      },
    },
    {
      // An age said to or of the patient in a sentence: "Because you are 16, you can...", "she is 15 and...".
      // Only a bare number followed by a pause or a joining word: "you are 5 minutes late" is not an age.
      name: 'age-addressed',
      startsWith: ['because', 'since', 'now', 'as', 'you', 'he', 'she', 'who', 'my', 'our', 'your', 'the', 'his', 'her', 'their', 'patient', 'pt'],
      regex: /(?<!\w)(?:(?:because|since|now that|as)\s+)?(?:you are|you're|youre|you turned|he is|he's|she is|she's|he turned|she turned|who is|who's|(?:my|our|your|the|his|her|their) (?:son|daughter|child|kid|patient|teen|teenager|boy|girl|grandson|granddaughter|stepson|stepdaughter)(?: [A-Z][a-z]+)? is|(?:the )?(?:patient|pt) is)\s+(?:only\s+|just\s+|now\s+)?(?<value>\d{1,2})(?=\s*(?:[,.;!?)]|$|\s+(?:and|so|but|now|this|next|today|yrs?|years?)\b))/gim,
      confidence: 0.8,
      accept: (m) => {
        const age = Number(m.groups?.value);
        return age >= 1 && age < 18;
      },
    },
    {
      // A teenager writing about herself: "im 16 if that matters", "I'm 15 and i saw dr Boateng", "i am 14 so".
      name: 'age-first-person',
      startsWith: ["i'm", 'i’m', 'im ', 'i am'],
      regex: /(?<![\w'’])(?:i['’]?m|i am)\s+(?:only\s+|just\s+)?(?<value>1[0-7])(?=\s*(?:[,.;!?)]|$|\s+(?:and|so|but|now|if|yrs?|years?|y\/o|yo)\b))/gim,
      confidence: 0.8,
    },
    {
      // "my son Eli (8)", "daughter Maya (15) has...": a child's age in parentheses after the name.
      name: 'age-in-parens',
      startsWith: ['son', 'daughter', 'child', 'kid', 'grandson', 'granddaughter', 'stepson', 'stepdaughter', 'boy', 'girl'],
      regex: /(?<![\w-])(?:son|daughter|child|kid|grandson|granddaughter|stepson|stepdaughter|boy|girl),?\s+[A-Z][a-z]+\s*\((?<value>\d{1,2})(?:\s*(?:yo|y\/o|yrs?|years?(?:\s+old)?))?\)/g,
      confidence: 0.8,
      accept: (m) => {
        const age = Number(m.groups?.value);
        return age >= 1 && age < 18;
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
