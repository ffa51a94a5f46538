import type { Recognizer } from './types';

// STUB: not implemented yet.
export const vehicleId: Recognizer = {
  id: 'vehicle-id',
  description: 'TODO',
  types: ['vehicle_id'],
  find: () => [],
};
