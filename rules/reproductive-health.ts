import type { Recognizer } from './types';

// STUB: not implemented yet.
export const reproductiveHealth: Recognizer = {
  id: 'reproductive-health',
  description: 'TODO',
  types: ['reproductive_health'],
  find: () => [],
};
