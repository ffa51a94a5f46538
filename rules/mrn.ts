import type { Recognizer } from './types';

// STUB: not implemented yet.
export const mrn: Recognizer = {
  id: 'mrn',
  description: 'TODO',
  types: ['mrn'],
  find: () => [],
};
