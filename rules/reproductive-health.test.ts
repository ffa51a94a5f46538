import { describe } from 'vitest';
import { reproductiveHealth } from './reproductive-health';
import { recognizerTable } from './lexicons/health/table';

describe('reproductive-health recognizer', () => {
  recognizerTable(reproductiveHealth, [
    ['She had an abortion in 2023.', 'abortion'],
    ['Discussed contraception options.', 'contraception'],
    ['Positive pregnancy test today.', 'Positive pregnancy test'],
    ['IVF consult next week.', 'IVF'],
    ['Second IVF cycle, two embryos frozen.', 'IVF cycle'],
    ['Miscarriage at 9 weeks.', 'Miscarriage'],
    ['Plan B at the pharmacy.', 'Plan B'],
    ['Her due date is March 2, she is 24 weeks pregnant.', 'due date'],
  ], [
    'The invoice due date is Friday.',
    'Plan b is to meet online.',
    'Will you cover my shift?',
    'Positive feedback from the team.',
    'We need a contractor for the roof.',
    'The patient portal newsletter is out.',
    'Our ivfx software update is late.',
    'Expecting the shipment on Monday.',
    'Pt on IVF at 100cc/hr, NS.',
  ]);
});
