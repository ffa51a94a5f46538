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
  ], [
    'Session 2 of the conference starts at 10.',
    'Please file your expense notes.',
    'Our first impressions of the vendor were good.',
    'Bank transfer received.',
    'Will you cover my shift?',
    'Positive feedback from the team.',
    'Breakout session 3 is in room B.',
    'The gallery opens to private viewings Friday.',
  ]);
});
