import type { Recognizer } from './types';

// STUB: not implemented yet.
export const ipAddress: Recognizer = {
  id: 'ip-address',
  description: 'TODO',
  types: ['ip_address'],
  find: () => [],
};
