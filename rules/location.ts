import type { Recognizer } from './types';

// STUB: not implemented yet.
export const location: Recognizer = {
  id: 'location',
  description: 'TODO',
  types: ['location'],
  find: () => [],
};
