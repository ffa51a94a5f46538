import { definePatternRecognizer } from './pattern';
import { labeledValueRegex, looksLikeDate } from './validators/labeled';

const MRN_LABELS = [
  'mrn', 'mrn#', 'medical record number', 'medical record no', 'medical record #', 'medical record', 'med rec #',
  'mr#', 'mr #', 'mr no', 'mr number', 'chart #', 'chart number', 'chart no', 'chart', 'record number', 'record #',
  'record no', 'hospital number', 'hosp #', 'hospital no', 'hosp no', 'hospital #', 'unit number', 'unit no', 'patient id', 'patient number', 'patient #',
  'patient no', 'pt id', 'pt #', 'pt no', 'emr #', 'ehr #', 'epic id', 'epic #', 'enterprise id', 'empi',
  // The VA's Integration Control Number, a veteran's record number across facilities ("ICN: 1012847730V558214").
  'icn', 'va icn',
];
/** MRN values: 4-18 letters/digits/dashes with at least three digits (a VA ICN is 17). */
const MRN_VALUE = '(?=(?:[A-Za-z-]*\\d){3})[A-Za-z0-9][A-Za-z0-9-]{2,16}[A-Za-z0-9](?![A-Za-z0-9/-]|[.,]\\d)';

/** Every roster row's record number has six digits in a row: a note without any skips those patterns. */
const SIX_DIGITS = /\d{6}/;

/** Words that label a number as something other than a chart's: "Room 2210977", "Fax 5550147", "Order 4471203 -". */
const NUMBER_LABEL = /(?<![a-z])(?:room|rm|suite|ste|unit|bed|bay|floor|ext|extension|fax|phone|tel|cell|pager|line|order|invoice|ticket|case|claim|account|acct|policy|member|group|plan|lot|batch|serial|item|catalog|part|model|sku|ref|reference|confirmation|tracking|check|cheque|job|code|npi|dea|license|licence|badge|employee|vendor|customer|supplier|req|requisition|study|protocol|grant|contract|pin|zip|box|route|version|build|release|number|total|amount|balance|payment|receipt|transaction|record|chart|report|accession|specimen|auth|authorization|referral|medicaid|medicare|station|store|site|location|dept|department|cost|center|centre|project|fund|award|po|doc|booking|inmate|offender|trip|van|vehicle|plate|vin|asset|tag|device|meter|kit|card|id|no|year|fy|quarter|q[1-4])\s*[#:.,(]?\s*$/;

export const mrn = definePatternRecognizer({
  id: 'mrn',
  description: 'Medical record numbers after a label ("MRN", "MR#", "chart #"), and MRN-prefixed values',
  type: 'mrn',
  patterns: [
    { name: 'labeled mrn', regex: labeledValueRegex(MRN_LABELS, MRN_VALUE), confidence: 0.85 },
    // The prefix is part of the value ("MRN0012345", "MR-4471203"): distinctive without a separate cue.
    { name: 'mrn prefixed value', regex: /(?<![\w-])MRN?[-#]?\d{5,12}(?![\w-])/g, confidence: 0.75, startsWith: ['mr'] },
    // A census or roster row: "Adjei, Mercy 5561208 troponin...", "Pt: Whitlow, June #04417823", "Yıldız, Emre
    // 5/2/43 #4410928", "NGUYEN, THAO 04/11/1987 31175602", "Oyelaran, Tunde 08/30/1962 SV-0051977". Six to ten
    // digits (after a short site prefix; "MA-" is a Medicare Advantage member's) right after a "Last, First" name
    // (and its birth date) are the chart's number.
    {
      name: 'number after roster name',
      regex: /(?<![\p{L}\p{N}])(?:\p{Lu}\p{Ll}[\p{L}'’-]*,[ \t]+\p{Lu}\p{Ll}[\p{L}'’-]*|\p{Lu}{2}[\p{Lu}'’-]*,[ \t]+(?!(?:NPI|DEA|MD|DO|RN|NP|PA|APRN|LPN|CNM|MRN|ID|DOB|TIN|EIN|FAX|TEL|PH)\b)\p{Lu}{2}[\p{Lu}'’-]*)(?:[ \t]+\p{Lu}\.?)?(?:[ \t]+\d{1,2}\/\d{1,2}\/\d{2,4})?[ \t]+#?(?<value>(?:(?!MA-)[A-Z]{1,3}-)?\d{6,10})(?![\p{L}\p{N}_\/.-])/gu,
      confidence: 0.7,
      gate: SIX_DIGITS,
    },
    // "okafor, grace 4/12/58 3318842": a lower-case row starts its line and has its birth date between the name and
    // the number.
    {
      name: 'number after roster name',
      regex: /(?<![^\n])[ \t]*(?:[-*•][ \t]*)?\p{Ll}{2}[\p{Ll}'’-]*,[ \t]+\p{Ll}{2}[\p{Ll}'’-]*[ \t]+\d{1,2}\/\d{1,2}\/\d{2,4}[ \t]+#?(?<value>\d{6,10})(?![\p{L}\p{N}_\/.-])/gu,
      confidence: 0.7,
      gate: SIX_DIGITS,
    },
    // "00733518 / 07-14-1947 / potassium 6.1", "re: Ngozi Adeyemi-Clarke / 0094417 / 5-14-91": a bare number opening a
    // line or a slash-separated field, then a birth date (a year before 2020, or a two-digit year from 30) after a
    // slash, a bar, a comma or a column's spaces ("2204871  09/14/1958  6/3"): a chart number and a birth date.
    {
      name: 'number before birth date',
      regex: /(?:(?<![^\n])[ \t]*(?:[-*•][ \t]*)?|[ \t][/|·][ \t]*)#?(?<value>\d{6,10})(?:[ \t]*[/|,][ \t]*|[ \t]{2,}|\t)\d{1,2}[-/]\d{1,2}[-/](?:19\d\d|20[01]\d|[3-9]\d)(?!\d)/g,
      confidence: 0.7,
      gate: SIX_DIGITS,
    },
    // "fyi Priya 2210977 - K 2.9": a Capitalized word, then a bare six-to-nine-digit number and a pause, in a
    // clinical note is a patient and her chart number. The word must not be a label of some other number (a
    // room, a fax, an order, a claim: NUMBER_LABEL); ten digits are a phone, "555" opens a fictional phone.
    {
      name: 'number after first name',
      regex: /(?<![\p{L}\p{N}'’.-])\p{Lu}\p{Ll}{2,}[ \t]+#?(?<value>(?!555)\d{6,9})(?=[ \t]*(?:[-–—,:(]|\n|$))/gu,
      confidence: 0.65,
      gate: SIX_DIGITS,
    },
    // "Dominic Marchetti, 0094718", "Svetlana Morozova (00738215), DOB 4/30/1972": a bare number right after a
    // person's two Capitalized names, after a comma or in parentheses, ending there (not a label's: NUMBER_LABEL).
    {
      name: 'number after full name',
      regex: /(?<![\p{L}\p{N}'’.-])\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll}[\p{L}'’-]*(?:,[ \t]*|[ \t]*\([ \t]*)#?(?<value>(?!555)\d{6,10})(?=[ \t]*(?:\)|,|\n|$|\.\s))/gu,
      confidence: 0.7,
      gate: SIX_DIGITS,
    },
    // "Tomasz Wiśniewski 11/03/1979 · 5520817", "Nguyen, Thi Lan 03/14/1958 4471902 CHF f/u": a bare number right
    // after a birth date (a year before 2020) that follows a word.
    {
      name: 'number after birth date',
      regex: /(?<=\p{L}[ \t]+)\d{1,2}\/\d{1,2}\/(?:19\d\d|20[01]\d)[ \t]*(?:[·|,][ \t]*|[ \t])#?(?<value>(?!555)\d{6,10})(?![\w/.-])/gu,
      confidence: 0.7,
      gate: SIX_DIGITS,
    },
  ],
  cues: ['mrn', 'medical record', 'chart', 'patient'],
  cueBoost: 0.1,
  invalidate: (value, pattern, ctx, start) =>
    (pattern === 'labeled mrn' && (looksLikeDate(value) || /^(?:19|20)\d\d$/.test(value))) ||
    ((pattern === 'number after first name' || pattern === 'number after full name') && (looksLikeDate(value) || NUMBER_LABEL.test(ctx.lower.slice(Math.max(0, start - 24), start)))),
});
