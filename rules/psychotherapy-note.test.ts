import { describe } from 'vitest';
import { psychotherapyNote } from './psychotherapy-note';
import { recognizerTable } from './lexicons/health/table';

describe('psychotherapy-note recognizer', () => {
  recognizerTable(psychotherapyNote, [
    ['PSYCHOTHERAPY NOTE - do not file', 'PSYCHOTHERAPY NOTE'],
    ['my process notes from Tuesday', 'process notes'],
    ['Session #14 with the client', 'Session #14'],
    ['Therapist impressions: guarded.', 'Therapist impressions'],
    ['Strong transference toward the writer.', 'transference'],
    ["The client's session 9 of trauma therapy.", 'session 9'],
    ["Session 31. Clinician's private impressions: came in flat.", "Clinician's private impressions"],
    // a therapist's impressions and hypotheses only beside sessions, clients or disclosures
    ["process notes on B.O., session 6. She spent most of the hour quiet.", "session 6"],
    ["asked me not to tell her mom. My impression: the disclosure came right after", "My impression"],
  ], [
    'Session 2 of the conference starts at 10.',
    'Please file your expense notes.',
    'Our first impressions of the vendor were good.',
    'Bank transfer received.',
    'Will you cover my shift?',
    'Positive feedback from the team.',
    'Breakout session 3 is in room B.',
    'The gallery opens to private viewings Friday.',
    // a therapist's impressions and hypotheses only beside sessions, clients or disclosures
    "Our working hypothesis for the Q3 revenue dip is seasonality.",
    "My impression of the new EHR vendor is positive.",
  ]);
});
