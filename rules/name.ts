import type { Recognizer } from './types';

// STUB: not implemented yet.
export const name: Recognizer = {
  id: 'name',
  description: 'TODO',
  types: ['name'],
  find: () => [],
};
