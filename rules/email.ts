import { definePatternRecognizer } from './pattern';

export const email = definePatternRecognizer({
  id: 'email',
  description: 'Email addresses (including punycode domains)',
  type: 'email',
  patterns: [
    {
      name: 'email address',
      // Local part, then labels, then a letter TLD or a punycode one ("xn--p1ai"); a bare "info@presidio." is not one.
      regex: /(?<![\w.%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?:[A-Za-z]{2,24}|xn--[A-Za-z0-9-]{2,59})(?![\w-])/g,
      confidence: 0.9,
      needs: '@',
    },
  ],
  cues: ['email', 'e-mail', 'mail', 'contact'],
  cueBoost: 0.1,
  invalidate: (value) => value.includes('..'),
});
