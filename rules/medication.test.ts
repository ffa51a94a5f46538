import { describe } from 'vitest';
import { medication } from './medication';
import { recognizerTable } from './lexicons/health/table';

describe('medication recognizer', () => {
  recognizerTable(medication, [
    ['Continue metformin 500 mg BID.', 'metformin'],
    ['Refill Eliquis 5 mg.', 'Eliquis'],
    ['Start insulin glargine 10 units nightly.', 'insulin glargine'],
    ['On LISINOPRIL 20.', 'LISINOPRIL'],
    ['Switched to Ozempic last month.', 'Ozempic'],
    ['taking buprenorphine-naloxone', 'buprenorphine-naloxone'],
    ['aspirin 81 mg daily', 'aspirin 81'],
    ['Rx: aspirin 325 mg', 'aspirin'],
    ['Z-pak sent to pharmacy', 'Z-pak'],
  ], [
    'Will you cover my shift?',
    'The insulating foam arrived.',
    'Metformed plastics are on sale.',
    'Ella will bring the cake.',
    'Plan B is to hold the meeting online.',
    'The patient portal newsletter is out.',
    'Positive feedback from the team.',
    'Aspirin for the masses, said the headline.',
    'Order more alkaline batteries.',
    'The ozempico café opens Monday.',
  ]);
});
