import { definePatternRecognizer } from './pattern';
import { ID_VALUE, labeledValueRegex, looksLikeDate } from './validators/labeled';
import { ssnStructureValid } from './validators/checksums';

/** MBI letters exclude S, L, O, I, B, Z (CMS MBI format specification). */
const L = '[AC-HJKMNP-RT-Y]';
const LN = '[AC-HJKMNP-RT-Y0-9]';

const PLAN_LABELS = [
  'member id', 'member #', 'member no', 'member number', 'member', 'subscriber id', 'subscriber #', 'subscriber no',
  'subscriber number', 'subscriber', 'policy number', 'policy no', 'policy #', 'policy id', 'policy', 'group number',
  'group no', 'group #', 'group id', 'plan id', 'plan #', 'plan number', 'health plan id', 'insurance id',
  'insurance number', 'insurance #', 'insurance policy', 'medicaid id', 'medicaid #', 'medicaid number', 'medicaid',
  'medicare id', 'medicare number', 'medicare #', 'medicare', 'beneficiary id', 'beneficiary number', 'hicn', 'mbi',
  'bcbs id', 'insured id', "insured's id",
];

export const healthPlanId = definePatternRecognizer({
  id: 'health-plan-id',
  description: 'Medicare MBI (with or without dashes), legacy HICN, and member/subscriber/policy/group ids after a label',
  type: 'health_plan_id',
  patterns: [
    // C A AN N - A AN N - A A N N; the dashes are all there or all absent.
    { name: 'medicare mbi', regex: new RegExp(`(?<![\\w-])[1-9]${L}${LN}\\d(-?)${L}${LN}\\d\\1${L}${L}\\d\\d(?![\\w-])`, 'gi'), confidence: 0.7 },
    // Legacy Medicare claim number: an SSN plus a beneficiary code letter ("123456789A").
    { name: 'medicare hicn', regex: /(?<![\w-])\d{9}[A-Z]\d?(?![\w-])/g, confidence: 0.4 },
    { name: 'labeled plan id', regex: labeledValueRegex(PLAN_LABELS, ID_VALUE), confidence: 0.8 },
  ],
  cues: ['medicare', 'mbi', 'hicn', 'medicaid', 'insurance', 'member', 'beneficiary', 'health plan'],
  cueWindowBefore: 40,
  cueBoost: 0.2,
  invalidate: (value, pattern) =>
    (pattern === 'medicare hicn' && !ssnStructureValid(value.slice(0, 9))) ||
    (pattern === 'labeled plan id' && (looksLikeDate(value) || /^(?:19|20)\d\d$/.test(value))),
});
