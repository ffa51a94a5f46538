import { defineLexiconRecognizer } from './lexicons/health/matcher';
import { AMBIGUOUS_MEDICATIONS, MEDICATION_CUES, MEDICATIONS } from './lexicons/health/medications';

export const medication = defineLexiconRecognizer({
  id: 'medication',
  description: 'Medications by generic or brand name (metformin, Eliquis, insulin glargine)',
  type: 'medication',
  groups: [MEDICATIONS, AMBIGUOUS_MEDICATIONS],
  cues: MEDICATION_CUES,
  cueWindow: 30,
});
