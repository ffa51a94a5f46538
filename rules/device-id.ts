import type { Recognizer } from './types';

// STUB: not implemented yet.
export const deviceId: Recognizer = {
  id: 'device-id',
  description: 'TODO',
  types: ['device_id'],
  find: () => [],
};
