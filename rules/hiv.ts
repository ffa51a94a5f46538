import type { Recognizer } from './types';

// STUB: not implemented yet.
export const hiv: Recognizer = {
  id: 'hiv',
  description: 'TODO',
  types: ['hiv'],
  find: () => [],
};
