import type { Recognizer } from './types';

// STUB: not implemented yet.
export const mentalHealth: Recognizer = {
  id: 'mental-health',
  description: 'TODO',
  types: ['mental_health'],
  find: () => [],
};
