import type { RawMatch, Recognizer, ScanContext } from './types';
import { MONTHS } from './lexicons/places';
import { regexSearch } from './support/word-starts';
import { DAY_CUE_BEFORE, GAS_ON, PAIN_AFTER, PAIN_BEFORE, PERSONAL_DATE_CUES, VENT_AFTER, VENT_CLAUSE, VENT_NAMING, clauseBefore } from './support/date-cues';

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec'];
const MONTH = `(?:${MONTH_NAMES.join('|')})`;
const DAY_SUFFIX = '(?:st|nd|rd|th)?';

interface DatePattern {
  name: string;
  regex: RegExp;
  confidence: number;
  check?: (m: RegExpMatchArray, ctx: ScanContext) => boolean;
  /**
   * Words every match starts with (after a word boundary): the pattern is then tried only at word starts
   * beginning like one of them (support/word-starts.ts), not at every position of the text.
   */
  startsWith?: readonly string[];
}

const validDay = (d: number) => d >= 1 && d <= 31;
const validMonth = (m: number) => m >= 1 && m <= 12;

// A dose, a strength, a rate or a blood pressure follows or precedes these numbers, not a date.
const UNIT_AFTER = /^\s*(?:mg|mcg|ug|ml|cc|l\b|g\b|gm|kg|meq|units?|u\b|%|mm|mmhg|cm|tabs?|caps?|ns\b|d5|strength|x\b|times|hrs?\b|hours|min|mins|minutes|sec|seconds|days?\b|weeks?\b|wks?\b|months?\b|mos?\b|yrs?\b|years?\b|doses?|puffs?|drops?|kcal|cal\b|calories|patients|people|beds|pts\b|am\b|pm\b|o'?clock|ratio|split|assist|mmol|mosm|liters?|lpm|bpm|breaths|degrees)/i;
// Punctuation counts only when it joins numbers ("5.5/", "2,1/2", "x 1/2"): a sentence-ending period or a
// list comma after a word ("tomorrow. 10/6", "(2/21, 4/21)") comes before dates. A bare number and a space do
// not: "WBC 16.0 8/22" and "(3.3 3/25)" are a lab value and the day it was drawn.
const RATIO_BEFORE = /(?:\b(?:bp|b\/p|sbp|nbp|abp|ratio|dilution|strength|dose|gtt|x|of|pe|peep|ps|cpap|bipap|ie|i:e|fio2|nl|sat|sats|cp|pain)\s*[:=]?\s*[,]?\s*|\d,\s*|\d\.|\d\s*[:-]\s*|%,?\s*|[/×+]\s*|\bx\s*)$/i;
// A clock time ("at 2300 10/15", "0330 3/7") or a date range ("8/2 - 8/10") before a date is no ratio.
const TIME_OR_RANGE_BEFORE = /(?:\b(?:[01]\d|2[0-3])[0-5]\d,?\s+|\b\d{1,2}\/(?:\d{1,2}|(?:19|20)\d{2})\s*[-,]\s*)$/;
// "out 12/24-1/2": a month/day range, on either side of its dash; "2/2025-4/2025" a range of months.
const DAY_RANGE_AFTER = /^\s*(?:-|–|to|thru|through)\s*(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01]|(?:19|20)\d{2})(?![\d/]|\.\d)/;
// "1/3-1/2 up": a range of fractions, not of days.
const FRACTION_RANGE_BEFORE = /(?:^|[^\d/.])(?:1\/[2-8]|[23]\/[34]|[357]\/8)\s*(?:-|–|to|thru|through)\s*$/;
const FRACTION_RANGE_AFTER = /^\s*(?:-|–|to|thru|through)\s*(?:1\/[2-8]|[23]\/[34]|[357]\/8)(?![\d/])/;
// The first day must be no fraction itself: "crackles 1/3-1/2 up" is a share of the lung.
const DAY_RANGE_BEFORE = /(?:^|[^\d/.])(?!(?:1\/[2-8]|[23]\/[34]|[357]\/8)\s*(?:-|–|to|thru|through))(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01]|(?:19|20)\d{2})\s*(?:-|–|to|thru|through)\s*$/;
// Fractions a recipe or a dose is made of. Without a day cue ("placed on 7/8", "Tuesday 3/4") they are shares when
// a word follows ("1/2 NS", "1/4 up", but not "2/3 and OT 2/4"), a mark follows ("lt 1/2 ^") or a side or an
// amount comes first ("lt 1/2", "about 1/3"); "last visit was 1/2." and "Hct 28.1 (3/4)" stay days.
const KITCHEN_FRACTION = /^(?:1\/[2-8]|[23]\/[34]|[357]\/8)$/;
const FRACTION_AFTER = /^(?:\s+(?!(?:and|or|at|on|when|then|but|until|thru|through)\b)[a-z]|\s*[\^+~*])/i;
const FRACTION_BEFORE = /(?:^|[^\p{L}])(?:lt|rt|left|right|l|r|about|approx\.?|approximately|~|only|over|under|almost|nearly|half|bilat(?:erally)?|bases?|upper|lower|up|than)\s*$/u;
// A whole number before a proper fraction makes a mixed number ("1 1/2 hrs", "2 3/4 in").
const MIXED_NUMBER_DENOMINATORS = new Set([2, 3, 4, 8, 16]);
// Cues that only say "at" ("on 5/5", "from 5/5") do not outweigh a ventilator in the same clause.
const WEAK_DAY_CUE = /(?:^|[^\p{L}])(?:on|from|until|till|thru|through|next|last|due)\.?,?\s*$/u;
// "trial 5/10 visit": an event that takes a day, named right after the pair.
const DAY_EVENT_AFTER = /^\s*(?:visit|appt|appointment|meeting|call|class|session|surgery|procedure|clinic)\b/;
// PEEP is set in a few steps; a pair ending otherwise in a ventilator clause is a day.
const VENT_PEEP = new Set([5, 8, 10, 12]);

// Ratios read off monitors ("CO/CI 5.9/2.9", "SVR"), coma and newborn scores ("GCS 11/15", "Apgars 8/9"),
// rating scales and an "x" count glued to a number.
const SCALE_BEFORE = /\b(?:scale|rated?|co\/ci|ci|svr|gcs|apgars?|rass|ramsay)\b[^.;\n]{0,16}$|\dx\s*$/;
const SCALE_AFTER = /^\s*(?:%|cp\b|pain|angina|discomfort|peep|fio2|ps\b)/;
// Motor strength out of five ("4/5 strength", "motor 5/5") and murmur grades out of six ("2/6 SEM").
const GRADE_AFTER = /^\s*(?:strength|power|motor|grip|bilat|throughout|in all|murmur|sem\b|hsm\b|systolic|diastolic|holosystolic)/;
const GRADE_BEFORE = /(?:^|[^\p{L}])(?:strength|power|motor|grip|murmur|sem|hsm)(?![\p{L}])[^.;\n]{0,12}$/u;

/**
 * A month/day-shaped pair that is a ventilator setting, a pain score, a strength or murmur grade, or a monitor
 * ratio. A strong day cue ("since 3/5", "s/p CABG 10/5", "extubated 5/10") outweighs the clause, never a
 * setting named right after ("from 5/5 PSV/CPAP").
 */
function settingOrScore(lower: string, start: number, end: number, a: number, b: number): boolean {
  const after = lower.slice(end, end + 40);
  if (VENT_AFTER.test(after) || SCALE_AFTER.test(after)) return true;
  const near = clauseBefore(lower, start, 24);
  const strongCue = DAY_CUE_BEFORE.test(near) && !WEAK_DAY_CUE.test(near);
  if (strongCue) return false;
  if (SCALE_BEFORE.test(clauseBefore(lower, start, 20))) return true;
  if (b === 10 && a <= 10 && (PAIN_BEFORE.test(clauseBefore(lower, start, 30)) || PAIN_AFTER.test(after))) return true;
  if (a <= b && b <= 6 && (GRADE_AFTER.test(after) || GRADE_BEFORE.test(near))) return true;
  // A ventilator word right before the pair names it whatever the numbers: "PSV 10/5", "flowby 6/2".
  if (VENT_NAMING.test(clauseBefore(lower, start, 24))) return true;
  if (DAY_EVENT_AFTER.test(after)) return false;
  const clause = clauseBefore(lower, start, 45);
  // Only pressure-support over PEEP values a ventilator is set to: "on CPAP ... on 3/15" stays a day.
  return a >= 5 && VENT_PEEP.has(b) && (VENT_CLAUSE.test(clause) || GAS_ON.test(clause));
}

function notANumberPart(m: RegExpMatchArray, ctx: ScanContext): boolean {
  const start = m.index!;
  const end = start + m[0].length;
  const before = ctx.text.slice(Math.max(0, start - 12), start);
  const after = ctx.text.slice(end, end + 14);
  // Joined to a number ("1,2/3", "5-1/2"), unless the number is a clock time or the first date of a range.
  if (/(?:\d[/.,:-]?|\/)$/.test(before) && !TIME_OR_RANGE_BEFORE.test(before)) return false;
  if (/^[/\d]|^\.\d|^:\d/.test(after) || (/^-\d/.test(after) && !DAY_RANGE_AFTER.test(after))) return false;
  // "skipped his 7/28 dose": only a share ("1/2 dose", "3/4 doses") is a part of a dose; another pair is its day.
  if (/^\s*doses?\b/i.test(after)) return !KITCHEN_FRACTION.test(m[0]);
  return !UNIT_AFTER.test(after);
}

/**
 * "present till approx 2030", "lie flat until 2000": a 24-hour clock time after a word of time. "Approx" takes
 * any time; "until" and "till" only evening hours on the half hour, where years are few.
 */
function clockTime(digits: string, before: string): boolean {
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2));
  if (hours > 23 || minutes > 59) return false;
  if (/\b(?:approx\.?|approximately|~)\s*$/i.test(before)) return true;
  return /\b(?:until|till|til)\s*$/i.test(before) && hours >= 20 && minutes % 30 === 0;
}

// "1->2 nov, 96", "3 to 5 March": the first day of a range written before its month.
const DAY_RANGE_START = /(?<![\d.,/])(\d{1,2})(?:st|nd|rd|th)?\s*(?:-+>?|–|to|thru|through|&|and)\s*$/i;

// Events a history lists with their year ("MI 92", "cabg 1995", "AAA repair 94"). No pacer: "DDD pacer 70" is a rate.
const HISTORY_EVENT = String.raw`(?:MI|CABG|CVA|PTCA|AVR|MVR|TIA|DVT|PE|AAA|CHOLE|CHOLECYSTECTOMY|REDO|PPM|AICD|STENT|TURP|TAH|BSO|CA|CHF|HTN|DX|DM|CAD|ESRD|CEA|PCI|TKR|THR|ORIF|APPY|APPENDECTOMY|HYSTERECTOMY|MASTECTOMY|LAMINECTOMY|REPAIR|BYPASS|ABLATION|CARDIOVERSION|ANGIOPLASTY|LOBECTOMY|COLECTOMY|NEPHRECTOMY|THYROIDECTOMY|TRANSPLANT|FX|FRACTURE|STROKE)`;
const HISTORY_EVENT_BEFORE = new RegExp(String.raw`\b${HISTORY_EVENT}(?:\s*x\s*\d)?(?:\s+in)?[\s:,-]*$`, 'i');

// "CVA in 94 and 00", "CABG 81, 85": more two-digit years listed after a history year.
const LISTED_YEAR = /^\s*(?:,|and|&)\s*(\d{2})(?![\d/.:%'])/i;

const PATTERNS: DatePattern[] = [
  {
    name: 'iso-date',
    // 2024-03-15, 2024-03-15 14:30, 2024-03-15T14:30:00.123-05:00, 2024-03-15T14:30Z
    regex: /\b(?:19|20)\d{2}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?:(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(?:Z|[+-]\d{2}:?\d{2})?(?![\w:])|\b)/g,
    confidence: 0.9,
  },
  {
    // "07/29/25-09/02/25" in a billing line: two dates joined by a dash, which the single-date pattern leaves alone
    // (a digit after a dash is how phone and part numbers go on).
    name: 'numeric-date-range',
    regex: /(?<![\d/.:-])(\d{1,2})\/(\d{1,2})\/(?:\d{4}|\d{2})[-–](\d{1,2})\/(\d{1,2})\/(?:\d{4}|\d{2})(?![\d/]|\.\d|-\d)/g,
    confidence: 0.85,
    check: (m) => validMonth(Number(m[1])) && validDay(Number(m[2])) && validMonth(Number(m[3])) && validDay(Number(m[4])),
  },
  {
    // 1/2/2024, 01-02-24, 21.5.2021, 10/14/82
    name: 'numeric-date',
    regex: /(?<![\d/.:])(?<!\d-)(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/]|\.\d|-\d)/g,
    confidence: 0.85,
    check: (m, ctx) => {
      const a = Number(m[1]);
      const b = Number(m[3]);
      const ok = (validMonth(a) && validDay(b)) || (validDay(a) && validMonth(b));
      if (m[2] === '/' && m[4]!.length === 2 && settingOrScore(ctx.lower, m.index!, m.index! + m[0].length, a, b)) return false;
      // "1.2.24" reads as a version; dotted dates need a four-digit year or a two-digit day.
      if (m[2] === '.' && m[4]!.length === 2 && a < 10 && b < 10) return false;
      return ok;
    },
  },
  {
    // "treatments 10/03/10/04": two days written back to back; all four parts in two digits, as no ratio is.
    name: 'day-pair',
    regex: /(?<![\d/.])(?:0[1-9]|1[0-2])\/(?:0[1-9]|[12]\d|3[01])\/(?:0[1-9]|1[0-2])\/(?:0[1-9]|[12]\d|3[01])(?![\d/]|\.\d)/g,
    confidence: 0.8,
  },
  {
    // "11/21.93" heading a note, "dated 3/4.95": a two-digit year after a period, only where a date is expected.
    name: 'month-day-dot-year',
    regex: /(?<![\d/.])(\d{1,2})\/(\d{1,2})\.\d{2}(?![\d./])/g,
    confidence: 0.7,
    check: (m, ctx) => {
      if (!validMonth(Number(m[1])) || !validDay(Number(m[2]))) return false;
      const line = ctx.text.slice(ctx.text.lastIndexOf('\n', m.index! - 1) + 1, m.index!);
      return /^\s*$/.test(line) || (DAY_CUE_BEFORE.test(clauseBefore(ctx.lower, m.index!, 24)) && !WEAK_DAY_CUE.test(clauseBefore(ctx.lower, m.index!, 24)));
    },
  },
  {
    // "returned to OR on 7-8 for coiling": a dashed month-day needs "on", "since" or "dated" and a clause end,
    // or it is a range ("7-8 times", "on 2-3 L"). The space and the numbers are matched first and the cue
    // looked for behind them: common words like "on" would otherwise start an attempt all over the text.
    name: 'cued-month-day-dash',
    regex: /\s(?<value>(\d{1,2})-(\d{1,2}))(?=\s*(?:[,.;)]|$|\s(?:for|at|with|and|when|after|before|in)\b))(?<=\b(?:on|since|dated?)\s+\d{1,2}-\d{1,2})/gi,
    confidence: 0.6,
    check: (m) => validMonth(Number(m[2])) && validDay(Number(m[3])),
  },
  {
    // Jan 2 2024, January 2nd, 2024, Sept. 5, March 3rd
    name: 'month-day',
    // "May-21" as written in forms and spreadsheets.
    regex: new RegExp(`\\b${MONTH}(?:\\.?\\s+|-)(\\d{1,2})${DAY_SUFFIX}(?:,?\\s+(?:(?:19|20)\\d{2}|'\\d{2}))?\\b`, 'gi'),
    startsWith: MONTH_NAMES,
    confidence: 0.85,
    check: (m, ctx) => validDay(Number(m[1])) && !UNIT_AFTER.test(ctx.text.slice(m.index! + m[0].length, m.index! + m[0].length + 12)),
  },
  {
    // 2 January 2024, 2nd of Jan, 2-JAN-2024, 02-Jan-24
    name: 'day-month',
    regex: new RegExp(`\\b(\\d{1,2})${DAY_SUFFIX}(?:\\s+of\\s+|\\s+|-)${MONTH}\\.?(?:(?:,?\\s+|-)(?:(?:19|20)\\d{2}|\\d{2})\\b)?(?![a-z])`, 'gi'),
    confidence: 0.85,
    // "1 to 2 may help": lower-case "may" is the verb unless a year follows.
    check: (m) => validDay(Number(m[1])) && !/\bmay\.?$/.test(m[0]),
  },
  {
    // March of 1993, Jan 2024, December, 1999
    name: 'month-year',
    regex: new RegExp(`\\b${MONTH}(?:\\.?,?\\s+(?:of\\s+)?|-)(?:19|20)\\d{2}\\b`, 'gi'),
    startsWith: MONTH_NAMES,
    confidence: 0.8,
  },
  {
    // 7/22, 10/15 (month/day) and 12/82, 6/85 (month/two-digit year)
    name: 'month-day-short',
    // Glued to a letter ("is5/21") is no date; after "HX:" or "TOXICITY-" it is.
    regex: /(?<![\d/.#\p{L}])(?<!\d[:'])(\d{1,2})\/(\d{1,4})(?![\d/\p{L}]|\.\d)/gu,
    confidence: 0.6,
    check: (m, ctx) => {
      const start = m.index!;
      const end = start + m[0].length;
      const a = Number(m[1]);
      const b = Number(m[2]);
      // "NGT 11/19 am", "from 30 3/9 AM": a part of day after a month/day is no clock time.
      const amPm = /^\s+(?:am|pm)\b/i.test(ctx.text.slice(end, end + 4)) && m[2]!.length <= 2 && validDay(b);
      if (!validMonth(a) || (!amPm && !notANumberPart(m, ctx))) return false;
      if (m[2]!.length === 3) return false;
      if (settingOrScore(ctx.lower, start, end, a, b)) return false;
      const before = ctx.lower.slice(Math.max(0, start - 12), start);
      const after = ctx.text.slice(end, end + 12);
      const cued = amPm || DAY_CUE_BEFORE.test(clauseBefore(ctx.lower, start, 24)) || DAY_RANGE_BEFORE.test(before) ||
        (DAY_RANGE_AFTER.test(after) && !FRACTION_RANGE_AFTER.test(after));
      if (!cued) {
        if (RATIO_BEFORE.test(before) && !TIME_OR_RANGE_BEFORE.test(before)) return false;
        if (/\d\s+$/.test(before) && a < b && MIXED_NUMBER_DENOMINATORS.has(b)) return false;
        if (KITCHEN_FRACTION.test(m[0]) && (FRACTION_AFTER.test(after) || FRACTION_BEFORE.test(before) ||
          FRACTION_RANGE_AFTER.test(after) || FRACTION_RANGE_BEFORE.test(before))) return false;
      }
      // "sent 1/2 of the sample": a share whatever cue comes first.
      if (KITCHEN_FRACTION.test(m[0]) && /^\s+of\b/i.test(after)) return false;
      if (m[2]!.length === 4) return b >= 1900 && b <= 2099;
      return validDay(b) || b >= 32;
    },
  },
  {
    // in '92, s/p CABG '95, CVA 74'
    name: 'apostrophe-year',
    regex: /(?<![\w'])'(\d{2})(?![\w'])|(?<![\w'])(\d{2})'(?![\w'])/g,
    confidence: 0.7,
    check: (m, ctx) => {
      const before = ctx.lower.slice(Math.max(0, m.index! - 12), m.index!);
      // "CABG x3 '92": a leading apostrophe makes a year whatever count comes before.
      if (m[1] !== undefined) return !/(?:hob|@)\s*$/.test(before);
      // "HOB 30'", "x 30'", "HR 70-80'", "ambulated 30'": degrees, feet and minutes after a count, a range or a walk.
      return !/(?:hob|x|for|at|@|\d|-|ambulated|ambulating|amb|walked|walking|up)\s*$/.test(before);
    },
  },
  {
    // "on the 11th", "it's the 11th.": a day of the month by its ordinal, not "the 2nd time" or "the 5th floor".
    name: 'ordinal-day',
    regex: /\b(?:the|on)\s+(?<value>(?:[12]?\d|3[01])(?:st|nd|rd|th))\b(?=\s*(?:[.,;:)!?"'\n]|$|(?:at|in|and|or|when|morning|afternoon|evening|night|am|pm|until|through)\b))/gi,
    startsWith: ['the', 'on'],
    confidence: 0.6,
    check: (m) => validDay(parseInt(m.groups!.value!, 10)),
  },
  {
    // "friday the 14th", "Tuesday, the 3rd": a weekday and the day of the month.
    name: 'weekday-ordinal',
    regex: /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?(?:[12]?\d|3[01])(?:st|nd|rd|th)\b/gi,
    startsWith: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
    confidence: 0.7,
    check: (m) => validDay(parseInt(m[0].replace(/^\D+/, ''), 10)),
  },
  {
    // A month named alone after a time cue: "home in sept.", "since March", "until Oct". Lower-case "dec"
    // and "mar" (decrease, mar) and the verb "may" do not count.
    name: 'cued-month',
    regex: new RegExp(`\\b(?:in|since|during|until|till|by|early|late|mid|last|next|this|of|from|back\\s+in)[\\s-]+(?<value>${MONTH})\\b(?![-/]\\d)`, 'gi'),
    startsWith: ['in', 'since', 'during', 'until', 'till', 'by', 'early', 'late', 'mid', 'last', 'next', 'this', 'of', 'from', 'back'],
    confidence: 0.55,
    check: (m, ctx) => {
      const v = m.groups!.value!;
      if (/^(?:may|dec|mar)$/.test(v) || v.toLowerCase() === 'may' && v !== 'May') return false;
      // "March 3" and "March 2020" are found whole by the patterns above.
      return !/^\.?,?\s*(?:of\s+)?\d/.test(ctx.text.slice(m.index! + m[0].length, m.index! + m[0].length + 8));
    },
  },
  {
    // 1980s
    name: 'decade',
    regex: /\b(?:19|20)\d0'?s\b/gi,
    confidence: 0.6,
  },
  {
    // Years with a cue in front: "s/p MI 1992", "since 2004", "born 1950", "in 1988", "a 2017 film"
    name: 'year',
    regex: /\b(?:19[0-9]{2}|20[0-4][0-9])\b/g,
    confidence: 0.6,
    check: (m, ctx) => {
      const start = m.index!;
      const before = ctx.text.slice(Math.max(0, start - 20), start);
      const after = ctx.text.slice(start + 4, start + 16);
      if (/^\s*(?:-|to|until|till|–)\s*\d{3,4}\b/i.test(after) || /\d{3,4}\s*(?:-|to|–)\s*$/i.test(before)) return false;
      // A label's colon is a cue's, a clock's colon is not: "Implanted: 2019" against "10:2019".
      const labeled = /\b(?:implanted|placed|inserted|diagnosed|dx|done|completed|since|year)\s*:\s*$/i.test(before);
      if ((!labeled && /(?:@|\bat|\bby|#|\$|\bx|[\d.,/:])\s*$/i.test(before)) || /^[\d/:+]|^\.\d/.test(after)) return false;
      if (clockTime(m[0], before)) return false;
      // "INV-2025-04417", "Auth SNF-2025-0771346": the year inside an id's hyphenated parts dates the id, no one's event.
      if (/[A-Za-z0-9]-$/.test(before) && /^-[A-Za-z0-9]/.test(after)) return false;
      // "we tested 2000 samples", "screened 1500 members": a count of things after the verb, not its year.
      if (/\b(?:treated|fit|fitted|tested|testing|started|stopped|screened|vaccinated|immunized|replaced|removed)\s*$/i.test(before) && /^\s+\p{Ll}+s\b/u.test(after)) return false;
      if (UNIT_AFTER.test(after) && !/^\s*(?:years?|yrs?|,|\.)/i.test(after)) return false;
      // Cue words in any case ("During 1971", "treated 2019", "since ~2015"), or an all-caps event ("MI 1992").
      return /\b(?:in|since|during|of|from|born|year|it\s+is|it's|it\s+was|circa|ca\.?|c\.|s\/p|dx|dx'd|diagnosed|date|dated|a|the|early|late|mid|spring|summer|fall|autumn|winter|until|before|after|around|about|implanted|placed|inserted|done|completed|treated|fit|fitted|tested|testing|started|stopped|quit|began|repaired|replaced|removed|resected|transplanted|screened|vaccinated|immunized)[\s:,~-]*$/i.test(before)
        || /\b[A-Z]{2,6}[\s:,-]*$/.test(before)
        || HISTORY_EVENT_BEFORE.test(before)
        || /^\s*(?:,\s*)?(?:s\/p|diagnosis|dx)/i.test(after);
    },
  },
  {
    // "CABG 81", "MI 81,", "CVA in 94": two-digit years after a procedure or event in a history list.
    name: 'history-year',
    // "CABG x3 92": a count of grafts may sit between the event and its year; "Ca 10.2" is a lab value.
    // The year (after a space, before a list mark) is matched first and the event looked for behind it, rather
    // than trying fifty event names at every position.
    regex: new RegExp(String.raw`\s(\d{2})(?=\s*(?:[.,](?!\d)|[;)\n]|and\b|$))(?<=\b${HISTORY_EVENT}(?:\s*x\s*\d)?(?:\s+in)?\s+\d{2})`, 'gi'),
    confidence: 0.6,
  },
];

// Sticky copies and first-letter gates of the patterns that start with known words.
const SEARCH = new Map(PATTERNS.map((p) => [p, regexSearch(p.regex, { startsWith: p.startsWith })]));
/** Before "delivered": a shipment's future or its goods ("will be delivered", "supplies delivered"), not a baby. */
const GOODS_DELIVERED = /(?<![a-z])(?:(?:will|shall|to|can|should|must|would)\s+be|being|units?|supplies|equipment|trays?|orders?|packages?|boxes|items?|kits?|sets?|loaners?|shipments?|parts|meals|flowers|linens?|forms)\s+(?:\w+\s+)?$/;
/** "rejected 4/1 for an expired payer ID": a thing that lapsed, not a death. */
const EXPIRED_THING = /^\s+(?:[a-z-]+\s+)?(?:payer|ids?|cards?|licen[sc]es?|certifications?|certs?|badges?|insurance|coverage|authorizations?|auths?|links?|passwords?|tokens?|contracts?|products?|medications?|meds|drugs?|vaccines?|lots?|stock|supplies|items?|units?|kits?|boxes|vials?|doses|bottles?|credentials?|memberships?|permits?|registrations?|plans?|subscriptions?|warrant(?:y|ies)|quotes?|prices?|pricing)\b/;
/** Words that make a date cue part of a name: "Surgery Center", "Admissions Office", "Procedure Unit". */
// "Surgery 1 and Surgery 2": an operatory or a room by its number. "Peds Surgery OR block changes": the service's OR time.
const PLACE_AFTER_CUE = /^s?\s+(?:(?:center|centre|clinic|associates|department|dept|suite|unit|office|schedulers?|scheduling|coordinators?|team|desk|services|rooms?|rm|block|coverage|or\s+(?:block|schedule|board|time|coverage))\b|\d{1,2}(?=[ \t]*(?:and|or|&|,|\)|\n|$)))/;

/** Before "surgery": the name of a surgical specialty or service ("general surgery", "ortho surgery"). */
const SURGICAL_SPECIALTY_BEFORE = /(?<![a-z])(?:general|same[- ]day|ambulatory|acute care|trauma|peds|pediatric)\s+$/;

export const date: Recognizer = {
  id: 'date',
  description: 'Dates in numeric, ISO and written forms, bare years in context; a DOB/admission/discharge cue marks the date as personal',
  types: ['date'],
  find(ctx) {
    const out: RawMatch[] = [];
    for (const p of PATTERNS) {
      p.regex.lastIndex = 0;
      for (const m of SEARCH.get(p)!(ctx, ctx.text)) {
        if (p.check && !p.check(m, ctx)) continue;
        let start = m.index!;
        let end = start + m[0].length;
        const value = m.groups?.value;
        if (value !== undefined) { start += m[0].lastIndexOf(value); end = start + value.length; }
        if (p.name === 'history-year' || p.name === 'apostrophe-year') {
          const digits = m[1] ?? m[2]!;
          start = start + m[0].lastIndexOf(digits);
          end = start + digits.length;
        }
        // The cue is in the date's own paragraph: "the reason for visit.\n\nTraining session Wed 6/25" is no visit date.
        const paragraph = ctx.lower.lastIndexOf('\n\n', start);
        let cue = PERSONAL_DATE_CUES.before(ctx.lower, start, Math.min(40, paragraph < 0 ? 40 : start - paragraph)) ?? PERSONAL_DATE_CUES.after(ctx.lower, end, 15);
        // "at Lakeshore Surgery Center by 3:00 pm Friday 12/5", "the Admission Office": the cue word names a place or a
        // team, not an event of the person's.
        if (cue) {
          const at = ctx.lower.lastIndexOf(cue, start);
          if (at >= 0 && at > start - 60 && PLACE_AFTER_CUE.test(ctx.lower.slice(at + cue.length, at + cue.length + 16))) cue = undefined;
          // "Loaner units will be delivered Monday 11/3 to the dock": goods arriving, not a birth.
          // "general surgery colonoscopy/EGD block April 16": a specialty on a schedule, not someone's operation.
          else if (cue === 'surgery' && at >= 0 && SURGICAL_SPECIALTY_BEFORE.test(ctx.lower.slice(Math.max(0, at - 16), at))) cue = undefined;
          // "b." is "born" only right before the date ("b. 3/14/1950"); "B. Oyelaran | - |\n| Tue 7/8" is an initial.
          else if (cue === 'b.' && at >= 0 && !/^[ \t]*$/.test(ctx.lower.slice(at + 2, start))) cue = undefined;
          else if (cue === 'delivered' && at >= 0 && GOODS_DELIVERED.test(ctx.lower.slice(Math.max(0, at - 40), at))) cue = undefined;
          else if (cue === 'expired') {
            const near = ctx.lower.indexOf('expired', Math.max(0, start - 40));
            if (near >= 0 && near < end + 15 && EXPIRED_THING.test(ctx.lower.slice(near + 7, near + 40))) cue = undefined;
          }
        }
        if (p.name === 'month-day' || p.name === 'month-year') {
          // "may 5" is usually the verb: only capitalized "May" counts, or "may" with an ordinal or a year, or after
          // a date cue ("date of birth may 4th 1941").
          if (/^may\b/i.test(m[0]) && !/^May/.test(m[0]) && !/\d(?:st|nd|rd|th)\b|\d{4}/.test(m[0]) && !cue) continue;
          // "SEP-1 bundle compliance", "JUN-3 cohort": a code in capitals glued to one digit, not a date.
          if (/^[A-Z]{3,4}-\d$/.test(m[0]) && !/^\s*[-/,]?\s*\d{2,4}\b/.test(ctx.text.slice(end, end + 6))) continue;
        }
        out.push({ type: 'date', start, end, confidence: Math.min(1, p.confidence + (cue ? 0.1 : 0)), pattern: p.name, cue });
        if (p.name === 'day-month') {
          const from = Math.max(0, start - 16);
          const range = DAY_RANGE_START.exec(ctx.text.slice(from, start));
          if (range && validDay(Number(range[1]))) {
            const first = from + range.index;
            out.push({ type: 'date', start: first, end: first + range[1]!.length, confidence: p.confidence, pattern: 'day-range-start', cue });
          }
        }
        if (p.name === 'history-year') {
          for (let listed = LISTED_YEAR.exec(ctx.text.slice(end, end + 12)); listed; listed = LISTED_YEAR.exec(ctx.text.slice(end, end + 12))) {
            const tail = end + listed[0].length;
            if (UNIT_AFTER.test(ctx.text.slice(tail, tail + 12))) break;
            end = tail;
            out.push({ type: 'date', start: tail - 2, end: tail, confidence: p.confidence, pattern: 'history-year-list', cue });
          }
        }
      }
    }
    return out;
  },
};

export { MONTHS };
