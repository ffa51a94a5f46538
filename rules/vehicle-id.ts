import { definePatternRecognizer } from './pattern';
import type { Recognizer } from './types';
import { vinCheckDigitValid } from './validators/checksums';
import { labeledValueRegex, looksLikeDate } from './validators/labeled';

const PLATE_LABELS = ['license plate', 'licence plate', 'license plates', 'plate', 'plates', 'plate numbers', 'plate number', 'plate #', 'plate no', 'tag number', 'tag #', 'vehicle registration', 'registration number', 'reg no', 'reg #'];
/** Plates: 2-8 letters/digits with at least one digit, one optional space or dash. */
const PLATE_VALUE = '(?=[A-Za-z0-9 -]{2,9}(?![A-Za-z0-9]))(?=[A-Za-z -]*\\d)[A-Za-z0-9]{1,4}[ -]?[A-Za-z0-9]{1,5}(?![A-Za-z0-9/-]|[.,]\\d)';

const patterns = definePatternRecognizer({
  id: 'vehicle-id',
  description: 'Vehicle identification numbers (check digit, or any 17-char VIN after "VIN") and license plates after a label',
  type: 'vehicle_id',
  patterns: [
    // Letters and digits both required (checked in invalidate: two lookaheads here ran at every position).
    { name: 'vin', regex: /(?<![\w-])[A-HJ-NPR-Z0-9]{17}(?![\w-])/g, confidence: 0.45, wordLength: 17 },
    { name: 'labeled plate', regex: labeledValueRegex(PLATE_LABELS, PLATE_VALUE), confidence: 0.75 },
  ],
  cues: ['vin', 'vin#', 'vehicle', 'vehicle identification number', 'car', 'truck', 'chassis'],
  cueBoost: 0.35,
  // North American VINs carry a check digit; others get only the cue's word for it.
  validate: (value, pattern) => (pattern === 'vin' && vinCheckDigitValid(value) ? 'pass' : true),
  invalidate: (value, pattern) =>
    pattern === 'vin' ? !/\d/.test(value) || !/[A-Z]/.test(value)
      : pattern === 'labeled plate' && (looksLikeDate(value) || !/\d/.test(value)),
});

/** A check-digit pass is 1 in 11 by chance, so it lifts a bare VIN over the threshold rather than deciding alone. */
export const vehicleId: Recognizer = {
  ...patterns,
  find: (ctx) => {
    const out = patterns.find(ctx).map((m) => (m.pattern === 'vin' && m.validator === 'pass' ? { ...m, confidence: Math.min(1, m.confidence + 0.2) } : m));
    // "plates KHT-4471 and JDR-9032": the label covers each plate of its list.
    for (const m of out.filter((f) => f.pattern === 'labeled plate')) {
      let end = m.end;
      for (let next = NEXT_PLATE.exec(ctx.text.slice(end, end + 24)); next; next = NEXT_PLATE.exec(ctx.text.slice(end, end + 24))) {
        const value = next.groups!.value!;
        if (looksLikeDate(value) || !/\d/.test(value)) break;
        const start = end + next[0].length - value.length;
        out.push({ ...m, start, end: start + value.length });
        end = start + value.length;
      }
    }
    return out;
  },
};
const NEXT_PLATE = new RegExp(`^(?:,|,?[ \\t]+(?:and|&|or))[ \\t]+(?<value>${PLATE_VALUE})`);
