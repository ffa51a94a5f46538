import type { Recognizer } from './types';

// STUB: not implemented yet.
export const ssn: Recognizer = {
  id: 'ssn',
  description: 'TODO',
  types: ['ssn'],
  find: () => [],
};
