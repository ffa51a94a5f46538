import type { Recognizer } from './types';

// STUB: not implemented yet.
export const medication: Recognizer = {
  id: 'medication',
  description: 'TODO',
  types: ['medication'],
  find: () => [],
};
