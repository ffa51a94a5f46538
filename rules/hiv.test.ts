import { describe } from 'vitest';
import { hiv } from './hiv';
import { recognizerTable } from './lexicons/health/table';

describe('hiv recognizer', () => {
  recognizerTable(hiv, [
    ['HIV test negative.', 'HIV test'],
    ['Tested for HIV last year.', 'HIV'],
    ['Her viral load is undetectable.', 'viral load'],
    ['Her HIV viral load is undetectable.', 'undetectable'],
    ['Continue PrEP.', 'PrEP'],
    ['CD4 count 640.', 'CD4 count'],
    ['antiretroviral therapy started', 'antiretroviral therapy'],
    ['Biktarvy daily', 'Biktarvy'],
    ['Post-exposure prophylaxis (PEP) started after the exposure.', 'PEP'],
  ], [
    'The bee HIVE is behind the barn.',
    'Move it to the archive folder.',
    'Meal prep for the week.',
    'Colonoscopy prep instructions attached.',
    'Give the team a pep talk.',
    'Hearing aids are covered.',
    'Art class starts Monday.',
    'Will you cover my shift?',
    'Positive feedback from the team.',
  ]);
});
