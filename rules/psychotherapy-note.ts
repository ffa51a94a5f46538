import { defineLexiconRecognizer } from './lexicons/health/matcher';
import { PSYCHOTHERAPY_AMBIGUOUS, PSYCHOTHERAPY_CUES, PSYCHOTHERAPY_MARKERS } from './lexicons/health/psychotherapy';

export const psychotherapyNote = defineLexiconRecognizer({
  id: 'psychotherapy-note',
  description: 'Psychotherapy-note markers: "psychotherapy note", "process notes", "session #14", "transference"',
  type: 'psychotherapy_note',
  groups: [PSYCHOTHERAPY_MARKERS, PSYCHOTHERAPY_AMBIGUOUS],
  cues: PSYCHOTHERAPY_CUES,
  cueWindow: 100,
  patterns: [
    { name: 'session-number', regex: /(?<!\w)session\s*(?:#|no\.\s*|number\s+)\d{1,3}(?!\d)/gi, confidence: 0.8, needs: 'session' },
    {
      // "session 14" could be a conference track: only with therapy words nearby.
      name: 'session-ordinal',
      regex: /(?<!\w)(?:session\s+\d{1,3}|\d{1,2}(?:st|nd|rd|th)\s+session)(?!\w)/gi,
      confidence: 0.7,
      requireCue: true,
      needs: 'session',
    },
  ],
});
