import type { Recognizer } from './types';

// STUB: not implemented yet.
export const procedure: Recognizer = {
  id: 'procedure',
  description: 'TODO',
  types: ['procedure'],
  find: () => [],
};
