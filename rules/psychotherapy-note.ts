import type { Recognizer } from './types';

// STUB: not implemented yet.
export const psychotherapyNote: Recognizer = {
  id: 'psychotherapy-note',
  description: 'TODO',
  types: ['psychotherapy_note'],
  find: () => [],
};
