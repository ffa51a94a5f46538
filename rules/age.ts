import type { Recognizer } from './types';

// STUB: not implemented yet.
export const age: Recognizer = {
  id: 'age',
  description: 'TODO',
  types: ['age_over_89'],
  find: () => [],
};
