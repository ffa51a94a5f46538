import type { Recognizer } from './types';

// STUB: not implemented yet.
export const otherId: Recognizer = {
  id: 'other-id',
  description: 'TODO',
  types: ['other_id'],
  find: () => [],
};
