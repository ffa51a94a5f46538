import type { Recognizer } from './types';

// STUB: not implemented yet.
export const phone: Recognizer = {
  id: 'phone',
  description: 'TODO',
  types: ['phone', 'fax'],
  find: () => [],
};
