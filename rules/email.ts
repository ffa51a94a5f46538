import type { Recognizer } from './types';

// STUB: not implemented yet.
export const email: Recognizer = {
  id: 'email',
  description: 'TODO',
  types: ['email'],
  find: () => [],
};
