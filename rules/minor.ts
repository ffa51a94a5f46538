import type { Recognizer } from './types';

// STUB: not implemented yet.
export const minor: Recognizer = {
  id: 'minor',
  description: 'TODO',
  types: ['minor'],
  find: () => [],
};
