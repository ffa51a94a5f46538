import type { Recognizer } from './types';

// STUB: not implemented yet.
export const url: Recognizer = {
  id: 'url',
  description: 'TODO',
  types: ['url'],
  find: () => [],
};
