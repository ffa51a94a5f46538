import { describe } from 'vitest';
import { mentalHealth } from './mental-health';
import { recognizerTable } from './lexicons/health/table';

describe('mental-health recognizer', () => {
  recognizerTable(mentalHealth, [
    ['Dx major depressive disorder, recurrent.', 'major depressive disorder'],
    ['Hx MDD and GAD.', 'MDD'],
    ['Endorses suicidal ideation without plan.', 'suicidal ideation'],
    ['Bipolar II, current episode depressed.', 'Bipolar II'],
    ['Bipolar II, current episode depressed.', 'depressed'],
    ['Known schizophrenia, stable.', 'schizophrenia'],
    ['Started sertraline for depression.', 'sertraline'],
    ['Denies SI/HI.', 'SI/HI'],
    ['PTSD after the accident.', 'PTSD'],
  ], [
    'Started sertraline 50 mg.',
    'Patient reports nausea on sertraline.',
    'I am taking a mental health day tomorrow.',
    'Mental health awareness week starts Monday.',
    'Will you cover my shift?',
    'The Great Recession unit starts in history class.',
    'The si files are in the shared drive.',
    'Positive feedback from the team.',
    'We ordered more lithium batteries.',
    'A bit of anxiety before the audit is normal.',
    'The patient portal newsletter is out.',
  ]);
});
