import { defineLexiconRecognizer } from './lexicons/health/matcher';
import {
  AMBIGUOUS_PROCEDURE_ABBREVIATIONS, AMBIGUOUS_PROCEDURE_WORDS, PROCEDURE_ABBREVIATIONS, PROCEDURE_CUES, PROCEDURES,
} from './lexicons/health/procedures';

export const procedure = defineLexiconRecognizer({
  id: 'procedure',
  description: 'Procedures, imaging and lab tests (colonoscopy, CABG, MRI, biopsy, A1c)',
  type: 'procedure',
  groups: [PROCEDURES, PROCEDURE_ABBREVIATIONS, AMBIGUOUS_PROCEDURE_ABBREVIATIONS, AMBIGUOUS_PROCEDURE_WORDS],
  cues: PROCEDURE_CUES,
  cueWindow: 40,
});
