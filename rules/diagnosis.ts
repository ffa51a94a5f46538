import type { Recognizer } from './types';

// STUB: not implemented yet.
export const diagnosis: Recognizer = {
  id: 'diagnosis',
  description: 'TODO',
  types: ['diagnosis'],
  find: () => [],
};
