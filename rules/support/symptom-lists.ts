import type { RawMatch, Recognizer } from '../types';

/**
 * Everyday words that are symptoms only in a clinical sentence ("pain", "fever", "bruising"): the lexicons leave
 * them out, since office mail is full of them ("pain points", "fever pitch"). Beside a symptom or diagnosis already
 * found, in one list ("dizziness, nausea, headache", "diarrhea and cramping", "for fever or ear pain"), they are
 * symptoms too.
 */
const EVERYDAY_SYMPTOM = String.raw`(?:fevers?|pain|headaches?|swelling|bleeding|fatigue|cramps|cramping|itching|congestion|weakness|confusion|bruis(?:e|es|ing)|soreness|stiffness|numbness|tingling|chills|cough(?:ing)?|sweating|rash(?:es)?|vomiting|nausea|dizziness|agitation|restlessness|shortness of breath|drainage|redness|secretions|flushing|burning|spotting|wheezing|hives|throat tightness)`;
const MODIFIER = String.raw`(?:(?:mild|some|severe|new|bad|worsening|intermittent|occasional|persistent|terminal|increased|heavy)\s+)?`;
/** A list separator: a comma (and an "and"/"or" after it), or "and", "or", "&", "/". */
const SEPARATOR = String.raw`(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+|\s*\/\s*)`;
const NEXT_ITEM = new RegExp(String.raw`^${SEPARATOR}${MODIFIER}(${EVERYDAY_SYMPTOM})(?![a-z])`);
const PREVIOUS_ITEM = new RegExp(String.raw`(?<![a-z])${MODIFIER}(${EVERYDAY_SYMPTOM})${SEPARATOR}$`);
/** Cheap test before the list regexes: a separator character or word right beside the match. */
const NEAR_SEPARATOR = /[,/&]|\s(?:and|or)\s/;

/**
 * The recognizer's diagnoses, plus the everyday symptom words listed beside them. The list is followed both ways
 * and item by item, so "pain, dyspnea and terminal agitation" grows from "dyspnea" to both neighbours.
 */
export function withSymptomLists(base: Recognizer): Recognizer {
  return {
    ...base,
    find(ctx) {
      const listed = base.find(ctx);
      const lower = ctx.lower;
      const taken = new Set(listed.map((m) => `${m.start}:${m.end}`));
      const out = [...listed];
      const queue = listed.filter((m) => m.type === 'diagnosis');
      while (queue.length) {
        const m = queue.pop()!;
        const after = lower.slice(m.end, m.end + 48);
        if (NEAR_SEPARATOR.test(after.slice(0, 6))) {
          const next = NEXT_ITEM.exec(after);
          if (next) {
            const end = m.end + next[0].length;
            add(end - next[1]!.length, end, m.patientOnly);
          }
        }
        const before = lower.slice(Math.max(0, m.start - 48), m.start);
        if (NEAR_SEPARATOR.test(before.slice(-6))) {
          const previous = PREVIOUS_ITEM.exec(before);
          if (previous) {
            const start = m.start - before.length + previous.index + previous[0].indexOf(previous[1]!);
            add(start, start + previous[1]!.length, m.patientOnly);
          }
        }
      }
      return out;

      /** A symptom listed beside a patient-only finding is patient-only too. */
      function add(start: number, end: number, patientOnly: true | undefined) {
        const key = `${start}:${end}`;
        const overlaps = (o: RawMatch) => o.type === 'diagnosis' && o.start < end && start < o.end;
        if (out.some(overlaps)) {
          const overlapping = out.filter(overlaps);
          // Listed beside a symptom that counts anywhere, a patient-only word ("pain") counts anywhere too.
          if (patientOnly) return;
          const upgraded = overlapping.filter((o) => o.patientOnly);
          if (upgraded.length < overlapping.length) return;
          for (const o of upgraded) {
            delete o.patientOnly;
            queue.push(o);
          }
          return;
        }
        if (taken.has(key)) return;
        taken.add(key);
        const match: RawMatch = { type: 'diagnosis', start, end, confidence: 0.7, pattern: 'symptom-list', patientOnly };
        out.push(match);
        queue.push(match);
      }
    },
  };
}
