import type { TermGroup } from './matcher';

/**
 * Psychotherapy notes (45 CFR 164.501) need their own authorization: markers of a therapist's process notes,
 * as opposed to ordinary treatment records.
 */
export const PSYCHOTHERAPY_MARKERS: TermGroup = {
  name: 'psychotherapy-markers',
  confidence: 0.85,
  terms: [
    'psychotherapy note', 'psychotherapy notes', 'process note', 'process notes', 'therapy notes',
    'therapist notes', "therapist's notes", 'therapist impressions', "therapist's impressions",
    'session notes', 'counseling session notes', 'transference', 'countertransference', 'counter-transference',
    'free association', 'dream analysis', 'dream content', 'defense mechanisms', 'working alliance',
    'therapeutic alliance', 'in session today', 'during our session', 'in our session', 'in session, the client',
    'client disclosed', 'client reported in session', 'processed feelings', 'processing of grief',
    // A clinician's own impressions kept apart from the chart ("Clinician's private impressions:").
    'private impressions', "clinician's private impressions", "therapist's private notes", 'private notes',
    'personal impressions', 'process recording',
    'emdr session', 'cbt session', 'dbt session', 'couples therapy session', 'therapy session',
  ],
};

/** Words that make "session 14" a therapy session rather than a conference track. */
export const PSYCHOTHERAPY_CUES = [
  'therapy', 'therapist', 'psychotherapy', 'client', 'counseling', 'counselor', 'clinician', 'emdr', 'cbt',
  'dbt', 'affect', 'processed', 'transference', 'impressions', 'presenting', 'trauma',
  // "process notes on ..., session 6" and notes brought to clinical supervision.
  'process', 'supervision',
];

/**
 * A therapist's own reading of a client, in words research and management use too ("working hypothesis",
 * "my impression"): a psychotherapy-note marker only within reach of a session or a client.
 */
export const PSYCHOTHERAPY_AMBIGUOUS: TermGroup = {
  name: 'psychotherapy-ambiguous',
  confidence: 0.7,
  requireCue: true,
  cues: [...PSYCHOTHERAPY_CUES, 'session', 'sessions', 'supervisee', 'disclosure', 'disclosed'],
  terms: ['working hypothesis', 'my impression', 'my impressions', 'case formulation', 'clinical formulation', 'formulation'],
};
