import type { Recognizer } from './types';

// STUB: not implemented yet.
export const accountNumber: Recognizer = {
  id: 'account-number',
  description: 'TODO',
  types: ['account_number'],
  find: () => [],
};
