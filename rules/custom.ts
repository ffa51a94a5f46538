import { cueMatcher } from '../lib/detect/cues';
import type { Policy } from '../lib/policy/schema';
import type { RawMatch, Recognizer } from './types';

/** The organization's own identifier patterns (e.g. its MRN format) and terms, from policy. */
export function customRecognizers(policy: Policy): Recognizer[] {
  const out: Recognizer[] = [];
  for (const custom of policy.detection.customPatterns) {
    const regex = new RegExp(custom.pattern, `g${custom.flags.replace(/g/g, '')}`);
    out.push({
      id: `custom.${custom.id}`,
      description: `Organization pattern ${custom.id}`,
      types: [custom.type],
      find(ctx) {
        const found: RawMatch[] = [];
        for (const m of ctx.text.matchAll(regex)) {
          if (!m[0]) continue;
          found.push({ type: custom.type, start: m.index!, end: m.index! + m[0].length, confidence: custom.confidence, pattern: custom.id });
        }
        return found;
      },
    });
  }
  if (policy.detection.customTerms.length) {
    const byTerm = new Map(policy.detection.customTerms.map((t) => [t.term.toLowerCase(), t.type]));
    const terms = cueMatcher([...byTerm.keys()]);
    out.push({
      id: 'custom.terms',
      description: 'Organization terms',
      types: [...new Set(byTerm.values())],
      find(ctx) {
        const found: RawMatch[] = [];
        let from = 0;
        for (;;) {
          const hit = terms.findAt(ctx.lower, from, ctx.lower.length);
          if (!hit) break;
          const { cue: term, index: start } = hit;
          found.push({ type: byTerm.get(term)!, start, end: start + term.length, confidence: 0.9, pattern: 'custom term' });
          from = start + term.length;
        }
        return found;
      },
    });
  }
  return out;
}
