import { definePatternRecognizer } from './pattern';
import { DIGITS } from './support/word-starts';
import { ssnStructureValid } from './validators/checksums';
import { nonPersonalNumberContext } from './validators/labeled';

const SSN_WORD = '(?:ssn|ss#|social(?:\\s+security)?(?:\\s+(?:number|no\\.?|#))?)';
const SSN_LAST_FOUR = new RegExp(
  `(?:last\\s+(?:4|four)(?:\\s+digits)?\\s+of\\s+(?:(?:the|her|his|their|my|your|pt'?s|patient'?s)\\s+)?${SSN_WORD}` +
    `|${SSN_WORD}\\s+(?:ending|ends)(?:\\s+(?:in|with))?)[\\s:#=-]*(?:(?:is|are|was)\\s+)?(?<value>\\d{4})(?![\\w-]|[.,]\\d)`,
  'gi',
);

// The numeric forms begin with a digit: `startsWith: DIGITS` tries them at the words of their length that start
// with one, not at every "the" and "and" (a 3-letter word was a regex call for each of four patterns).
export const ssn = definePatternRecognizer({
  id: 'ssn',
  description: 'US Social Security number (SSA structure rules; the bare 9-digit form only next to an SSN cue), masked or last-four SSNs',
  type: 'ssn',
  patterns: [
    // One separator used consistently: "078-05-1123", "078 05 1123", "078.05.1123" (not "693-09.4444").
    { name: 'ssn 3-2-4 dashed', regex: /(?<![\w.+-])\d{3}-\d{2}-\d{4}(?![\w-]|\.\d)/g, confidence: 0.65, wordLength: 3, startsWith: DIGITS },
    { name: 'ssn 3-2-4 spaced or dotted', regex: /(?<![\w.+-])\d{3}([ .])\d{2}\1\d{4}(?![\w-]|[ .]\d)/g, confidence: 0.5, wordLength: 3, startsWith: DIGITS },
    // Half-dashed forms people type ("078-051121", "07805-1121").
    { name: 'ssn 3-6', regex: /(?<![\w.+-])\d{3}-\d{6}(?![\w-]|\.\d)/g, confidence: 0.5, wordLength: 3, startsWith: DIGITS },
    { name: 'ssn 5-4', regex: /(?<![\w.+-])\d{5}-\d{4}(?![\w-]|\.\d)/g, confidence: 0.5, wordLength: 5, startsWith: DIGITS },
    // Masked on screen or in a letter ("XXX-XX-1123", "***-**-1123"): the last four still single a person out
    // (HHS counts partial SSNs as identifiers); the masked 3-2 shape is the SSN's own.
    { name: 'ssn masked', regex: /(?<![\w*#-])(?:[Xx]{3}|\*{3}|#{3})([- ]?)(?:[Xx]{2}|\*{2}|#{2})\1\d{4}(?![\w-]|\.\d)/g, confidence: 0.55 },
    // "last 4 of SSN 1123", "SSN ending in 1123", "last four digits of her social security number are 1123".
    { name: 'ssn last four', regex: SSN_LAST_FOUR, confidence: 0.7, startsWith: ['last', 'ssn', 'ss', 'social'] },
    // Any 9-digit number fits: only with a cue (0.3 + 0.5 boost), or pasted alone on its line and valid by the
    // SSA's structure rules (an EHR field copied into a message: "078051121").
    { name: 'ssn bare 9 digits', regex: /(?<![\w.+-])\d{9}(?![\w-]|\.\d)/g, confidence: 0.3, wordLength: 9, aloneOnLineConfidence: 0.55, startsWith: DIGITS },
  ],
  cues: ['ssn', 'ss#', 'ss #', 'ssn#', 'social security', 'social security number', 'social security no', 'soc sec', 'social sec'],
  cueWindowBefore: 40,
  cueBoost: 0.5,
  validate: (value, pattern) =>
    pattern === 'ssn masked' || pattern === 'ssn last four'
      ? !value.endsWith('0000') // serial 0000 is never issued
      : ssnStructureValid(value.replace(/\D/g, '')) ? 'pass' : false,
  // Half-dashed forms are also ZIP+4 codes and order numbers: their context decides.
  invalidate: (_value, pattern, ctx, start) =>
    (pattern === 'ssn 5-4' || pattern === 'ssn 3-6') && nonPersonalNumberContext(ctx.text, start, pattern === 'ssn 5-4'),
});
