import type { Recognizer } from './types';

// STUB: not implemented yet.
export const healthPlanId: Recognizer = {
  id: 'health-plan-id',
  description: 'TODO',
  types: ['health_plan_id'],
  find: () => [],
};
