import { describe } from 'vitest';
import { genetic } from './genetic';
import { recognizerTable } from './lexicons/health/table';

describe('genetic recognizer', () => {
  recognizerTable(genetic, [
    ['BRCA2 pathogenic variant detected.', 'BRCA2'],
    ['She wants genetic testing.', 'genetic testing'],
    ['Carrier screening was normal.', 'Carrier screening'],
    ["Father had Huntington's disease.", "Huntington's disease"],
    ['Genetic test results: VUS in MLH1.', 'VUS'],
    ['Referred for genetic counseling.', 'genetic counseling'],
  ], [
    'Wes will lead the meeting.',
    'Pick it up at CVS.',
    'Will you cover my shift?',
    'Positive feedback from the team.',
    'The brcas folder is missing.',
    'Huntington Beach offsite is in June.',
    'The patient portal newsletter is out.',
  ]);
});
