import { describe } from 'vitest';
import { procedure } from './procedure';
import { recognizerTable } from './lexicons/health/table';

describe('procedure recognizer', () => {
  recognizerTable(procedure, [
    ['Screening colonoscopy next week.', 'colonoscopy'],
    ['s/p CABG in 2019', 'CABG'],
    ['MRI lumbar spine ordered', 'MRI'],
    ['Biopsy results are back.', 'Biopsy results'],
    ['Scheduled a biopsy of the mass.', 'biopsy'],
    ['Your A1c came back at 9.2.', 'A1c'],
    ['CT of the chest with contrast', 'CT'],
    ['Echo showed an ejection fraction of 30%.', 'Echo'],
    ['needs a total knee replacement', 'total knee replacement'],
    ['PSA is 7.8', 'PSA'],
  ], [
    'Our office in CT is closing early.',
    'Ship to the US office.',
    'The cabg file is corrupted.',
    'Can you echo that point in the meeting?',
    'Will you cover my shift?',
    'The psa announcement goes out Monday.',
    'Positive feedback from the team.',
    'The patient portal newsletter is out.',
    'Our PET project is the office dog.',
    'The scope of the project grew.',
  ]);
});
