import type { Recognizer } from './types';

// STUB: not implemented yet.
export const date: Recognizer = {
  id: 'date',
  description: 'TODO',
  types: ['date'],
  find: () => [],
};
