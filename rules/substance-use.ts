import type { Recognizer } from './types';

// STUB: not implemented yet.
export const substanceUse: Recognizer = {
  id: 'substance-use',
  description: 'TODO',
  types: ['substance_use'],
  find: () => [],
};
