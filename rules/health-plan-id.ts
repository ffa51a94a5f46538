import { cueMatcher } from '../lib/detect/cues';
import { definePatternRecognizer } from './pattern';
import type { ScanContext } from './types';
import { DIGITS } from './support/word-starts';
import { ID_VALUE, ID_VALUE_3_DIGITS, labeledValueRegex, looksLikeDate } from './validators/labeled';
import { ssnStructureValid } from './validators/checksums';

/** MBI letters exclude S, L, O, I, B, Z (CMS MBI format specification). */
const L = '[AC-HJKMNP-RT-Y]';
const LN = '[AC-HJKMNP-RT-Y0-9]';

/** State Medicaid and CHIP programs by the names their members know them by ("MaineCare ID MC4471920X"). */
const MEDICAID_PROGRAMS = [
  'masshealth', 'mainecare', 'medi-cal', 'tenncare', 'soonercare', 'badgercare', 'badgercare plus', 'husky', 'husky health',
  'apple health', 'kancare', 'mo healthnet', 'nj familycare', 'peachcare', 'ahcccs', 'health first colorado',
  'hoosier healthwise', 'minnesotacare', 'dr. dynasaur', 'denali kidcare', 'chip', 'medical assistance',
];

const PLAN_LABELS = [
  'member id', 'member #', 'member no', 'member number', 'subscriber id', 'subscriber #', 'subscriber no',
  'subscriber number', 'policy number', 'policy no', 'policy #', 'policy id', 'group number',
  'group no', 'group #', 'group id', 'plan id', 'plan #', 'plan number', 'health plan id', 'insurance id',
  'insurance number', 'insurance #', 'insurance policy', 'medicaid id', 'medicaid #', 'medicaid number',
  'medicare id', 'medicare number', 'medicare #', 'beneficiary id', 'beneficiary number', 'hicn', 'mbi',
  'bcbs id', 'insured id', "insured's id",
  ...MEDICAID_PROGRAMS.flatMap((p) => [`${p} id`, `${p} #`, `${p} no`, `${p} number`]),
];
/** The same words alone ("member W772140833", "policy 8812-4471") also head club numbers and company policy
 * numbers ("Member 4471 of the club", "policy 2024-17"): after them the value needs five digits, not a year-serial. */
const PLAN_WORDS = ['member', 'subscriber', 'policy', 'medicaid', 'medicare'];
const ID_VALUE_5_DIGITS = ID_VALUE.replace('(?=[A-Za-z0-9-]*\\d)', '(?=(?:[A-Za-z-]*\\d){5})');
const YEAR_SERIAL = /^(?:19|20)\d\d-\d{1,4}$/;

/** Words that put a message about a person's insurance: an "ID" there is the member id the payer issued. */
const PLAN_CONTEXT = cueMatcher([
  'member', 'subscriber', 'insured', 'insurance', 'insurer', 'policyholder', 'policy holder', 'health plan', 'payer',
  'payor', 'prior authorization', 'prior auth', 'preauthorization', 'pre-authorization', 'preauth', 'pre-auth',
  'medicaid', 'medicare', 'beneficiary', 'eligibility', 'ppo', 'hmo', ...MEDICAID_PROGRAMS,
]);
/** A bare "ID" label right before the value: "(ID 88310-4472)", "Hughes, ID: W123", a line "ID# 4471". Not a
 * compound label ("employee ID", "patient ID", "tax ID"): the word before names another kind of id. */
const BARE_ID_LABEL = /(?:^|[\n(\[,;:\u2013\u2014-])[ \t]*id(?:[ \t]*(?:#|no\.?|number))?[\s:#=.\-]*(?:(?:is|was)\s+)?$/i;
const GENERIC_ID = labeledValueRegex(['id', 'id#', 'id #', 'id no', 'id number'], ID_VALUE_3_DIGITS);

/** "Member ID", "BCBS ID #", "Medicaid ID": other-id also reads "ID" here and must leave the value to this rule. */
const PLAN_WORD_ID = new RegExp(
  "(?<![\\p{L}\\p{N}])(?:member|subscriber|insurance|insured(?:'s)?|medicaid|medicare|beneficiary|bcbs|health plan|plan|" +
    'policy|group|payer|payor|' + MEDICAID_PROGRAMS.map((p) => p.replace(/[.]/g, '\\.').replace(/ /g, '[ \\t]+')).join('|') +
    ')[ \\t]+id(?:[ \\t]*(?:#|no\\.?|number))?[\\s:#=.\\-]*(?:(?:is|was)\\s+)?$',
  'iu',
);

/**
 * True when the value at `start` is the health plan's id: after a plan label ending in "ID" ("Member ID",
 * "BCBS ID"), or after a bare "ID" label with an insurance/prior-authorization word within 60 characters before
 * it ("Member Darnell Hughes, ID UHX55102938"; "Prior authorization: Humira for Naomi Feld (ID 88310-4472)").
 * other-id leaves such values to this recognizer.
 */
export function planContextId(ctx: ScanContext, start: number): boolean {
  const from = Math.max(0, start - 30);
  const before = (from === 0 ? '\n' : '') + ctx.text.slice(from, start);
  if (PLAN_WORD_ID.test(before)) return true;
  const label = BARE_ID_LABEL.exec(before);
  if (!label) return false;
  const labelStart = from + label.index - (from === 0 ? 1 : 0);
  return PLAN_CONTEXT.before(ctx.lower, labelStart + 1, 60) !== undefined;
}

// Payers as members and staff write them before a member number.
const PAYERS = 'UHC|United(?:[ \\t]?Healthcare)?|BCBS|Blue[ \\t]+Cross(?:[ \\t]+Blue[ \\t]+Shield)?|Aetna|Cigna|Humana|Anthem|Kaiser|Tricare|TRICARE|Molina|Ambetter|Oscar|WellCare|Highmark|Tufts|Oxford|Empire|Premera|Regence|Wellmark|CareFirst|Amerigroup|CareSource|HealthPartners|Emblem|Fidelis|Medicaid|Medicare|[A-Z]{2}-MCD|MCD|MEB|HMO|PPO';
const PAYER_THEN_ID = new RegExp(
  `(?<![\\p{L}])(?:ins(?:urance)?|coverage|plan|primary|secondary|medicaid[ \\t]+id)(?:[ \\t]+(?:is|was))?[ \\t]*[:#]?[ \\t]*(?:${PAYERS})[ \\t]*[:#]?[ \\t]+(?<value>(?=[A-Z0-9-]*\\d{4})[A-Z0-9][A-Z0-9-]{4,18})(?![\\w-])`,
  'giu',
);

export const healthPlanId = definePatternRecognizer({
  id: 'health-plan-id',
  description: 'Medicare MBI (with or without dashes), legacy HICN, and member/subscriber/policy/group ids after a label',
  type: 'health_plan_id',
  patterns: [
    // C A AN N - A AN N - A A N N; the dashes are all there or all absent.
    { name: 'medicare mbi', regex: new RegExp(`(?<![\\w-])[1-9]${L}${LN}\\d(-?)${L}${LN}\\d\\1${L}${L}\\d\\d(?![\\w-])`, 'gi'), confidence: 0.7, startsWith: DIGITS },
    // Legacy Medicare claim number: an SSN plus a beneficiary code letter ("123456789A").
    { name: 'medicare hicn', regex: /(?<![\w-])\d{9}[A-Z]\d?(?![\w-])/g, confidence: 0.4, startsWith: DIGITS },
    { name: 'labeled plan id', regex: labeledValueRegex(PLAN_LABELS, ID_VALUE), confidence: 0.8 },
    { name: 'plan word then id', regex: labeledValueRegex(PLAN_WORDS, ID_VALUE_5_DIGITS), confidence: 0.8 },
    { name: 'id in insurance context', regex: GENERIC_ID, confidence: 0.8 },
    // "Insurance is BCBS XJH60213388", "Ins: UHC 918-442-0071", "Medicaid ID OH-MCD 119847302", "secondary MEB
    // 4471098": the payer's name, then its member number.
    { name: 'payer then id', regex: PAYER_THEN_ID, confidence: 0.85,
      startsWith: ['ins', 'coverage', 'plan', 'primary', 'secondary', 'medicaid'] },
    // "member Emmanuel Okonkwo-Reyes MA 70032816", "for member Gertrude Ambrose-Levy (MA-20077451)": a plan's member
    // named, then the number the plan knows her by.
    { name: 'member name then id', regex: /(?<![\p{L}])(?:[Mm]ember|MEMBER)[ \t]+(?:\p{Lu}[\p{L}'’-]+[ \t]+){1,2}\p{Lu}[\p{L}'’-]+,?[ \t]+\(?(?<value>[A-Z]{1,4}[- ]?\d{6,12})(?![\w-])/gu, confidence: 0.75, startsWith: ['member'] },
    // "Member ID: XQH447120935 Group: 88213": a group number beside a member id.
    { name: 'group beside member id', regex: /(?<![\w])group(?:[ \t]*(?:#|no\.?|number))?[ \t]*[:#][ \t]*(?<value>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,14})(?![\w-])/gi, confidence: 0.8, startsWith: ['group'] },
  ],
  cues: ['medicare', 'mbi', 'hicn', 'medicaid', 'insurance', 'member', 'beneficiary', 'health plan'],
  cueWindowBefore: 40,
  cueBoost: 0.2,
  invalidate: (value, pattern, ctx, start) =>
    (pattern === 'medicare hicn' && !ssnStructureValid(value.slice(0, 9))) ||
    (pattern === 'id in insurance context' && !planContextId(ctx, start)) ||
    (pattern === 'group beside member id' && PLAN_CONTEXT.before(ctx.lower, start, 80) === undefined) ||
    (pattern === 'plan word then id' && YEAR_SERIAL.test(value)) ||
    (pattern !== 'medicare mbi' && pattern !== 'medicare hicn' && (looksLikeDate(value) || /^(?:19|20)\d\d$/.test(value))),
});
