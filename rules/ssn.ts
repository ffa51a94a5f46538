import { definePatternRecognizer } from './pattern';
import { ssnStructureValid } from './validators/checksums';
import { nonPersonalNumberContext } from './validators/labeled';

export const ssn = definePatternRecognizer({
  id: 'ssn',
  description: 'US Social Security number (SSA structure rules; the bare 9-digit form only next to an SSN cue)',
  type: 'ssn',
  patterns: [
    // One separator used consistently: "078-05-1123", "078 05 1123", "078.05.1123" (not "693-09.4444").
    { name: 'ssn 3-2-4 dashed', regex: /(?<![\w.+-])\d{3}-\d{2}-\d{4}(?![\w-]|\.\d)/g, confidence: 0.65 },
    { name: 'ssn 3-2-4 spaced or dotted', regex: /(?<![\w.+-])\d{3}([ .])\d{2}\1\d{4}(?![\w-]|[ .]\d)/g, confidence: 0.5 },
    // Half-dashed forms people type ("078-051121", "07805-1121").
    { name: 'ssn 3-6', regex: /(?<![\w.+-])\d{3}-\d{6}(?![\w-]|\.\d)/g, confidence: 0.5 },
    { name: 'ssn 5-4', regex: /(?<![\w.+-])\d{5}-\d{4}(?![\w-]|\.\d)/g, confidence: 0.5 },
    // Any 9-digit number fits: only with a cue (0.3 + 0.5 boost).
    { name: 'ssn bare 9 digits', regex: /(?<![\w.+-])\d{9}(?![\w-]|\.\d)/g, confidence: 0.3 },
  ],
  cues: ['ssn', 'ss#', 'ss #', 'ssn#', 'social security', 'social security number', 'social security no', 'soc sec', 'social sec'],
  cueWindowBefore: 40,
  cueBoost: 0.5,
  validate: (value) => (ssnStructureValid(value.replace(/\D/g, '')) ? 'pass' : false),
  // Half-dashed forms are also ZIP+4 codes and order numbers: their context decides.
  invalidate: (_value, pattern, ctx, start) =>
    (pattern === 'ssn 5-4' || pattern === 'ssn 3-6') && nonPersonalNumberContext(ctx.text, start, pattern === 'ssn 5-4'),
});
