import type { Recognizer } from './types';

// STUB: not implemented yet.
export const genetic: Recognizer = {
  id: 'genetic',
  description: 'TODO',
  types: ['genetic'],
  find: () => [],
};
