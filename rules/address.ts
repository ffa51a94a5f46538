import type { Recognizer } from './types';

// STUB: not implemented yet.
export const address: Recognizer = {
  id: 'address',
  description: 'TODO',
  types: ['address', 'zip'],
  find: () => [],
};
