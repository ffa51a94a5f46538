import { describe } from 'vitest';
import { recognizerTable } from './lexicons/health/table';
import { wordForm } from './word-form';

describe('word-form recognizer', () => {
  recognizerTable(wordForm, [
    // diseases and findings by their endings
    ['Dx: myopericarditis, improving', 'myopericarditis'],
    ['biopsy showed arteriolar hyalinosis', 'hyalinosis'],
    ['M54.2 cervicalgia, S33.5XXA lumbar sprain', 'cervicalgia'],
    ['LEUKOPLAKIA WITH MODERATE EPITHELIAL DYSPLASIA', 'DYSPLASIA'],
    ['new onset tachypnea overnight', 'tachypnea'],
    ['IAN paresthesia at the 1-wk visit', 'paresthesia'],
    ['post-op endophthalmitis OS', 'endophthalmitis'],
    // operations
    ['s/p left parotidectomy 3/2024', 'parotidectomy'],
    ['emergent thoracotomy in the ED', 'thoracotomy'],
    ['repeat upper endoscopy next month', 'endoscopy'],
    ['a prosthetic foot orthosis for the left', 'orthosis'],
    // drugs by their stems
    ['started tarlatamab cycle 2', 'tarlatamab'],
    ['basiliximab induction on day 0', 'basiliximab'],
    ['switch to piperacillin for now', 'piperacillin'],
    ['CATOPRIL 25 MG TID', 'CATOPRIL'],
    // a KRAS inhibitor and a vinca alkaloid by their stems (fresh72)
    ['A Phase II Study of Sotorasib plus Panitumumab', 'Sotorasib'],
    ['3 extravasations (1 vinorelbine), dexrazoxane given', 'vinorelbine'],
  ], [
    'The diagnosis codes list is attached.',
    'Our prognosis for the budget is good.',
    'He talked about academia and nostalgia.',
    'A false dichotomy between empathy and sympathy.',
    'The microscopy core moved to building 4.',
    'Ask for Mr. Bakaitis at the front desk.',
    'Our cholesterol screening flyer is ready.',
    'Lakeshore Endoscopy Center staff meeting at noon.',
    'The Endoscopy Suite is closed for cleaning.',
    'The trophy goes to the winning team.',
    'Lab: D0120 and x20177 are codes, not words.',
    'Keep it short: osis, itis and mab are endings.',
    'Anatomy and economy lectures resume Monday.',
    'The taxonomy update and the astronomy club.',
    'Photography of the event is allowed; topography maps too.',
    // a stem's letters inside plain words stay words
    'The vineyard wine tasting is Friday.',
    'Our new rasa malaysia lunch spot opens Monday.',
  ]);
});
