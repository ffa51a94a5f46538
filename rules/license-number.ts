import type { Recognizer } from './types';

// STUB: not implemented yet.
export const licenseNumber: Recognizer = {
  id: 'license-number',
  description: 'TODO',
  types: ['license_number'],
  find: () => [],
};
