import { DEFAULT_POLICY, type Policy } from './schema';

export type PolicySource = 'managed' | 'user' | 'default';

/** One field of a policy that failed validation, and what was used instead. */
export interface PolicyProblem {
  source: 'managed' | 'user' | 'file';
  /** Dotted path of the field, e.g. "recipients.threshold". */
  path: string;
  message: string;
}

export interface EffectivePolicy {
  policy: Policy;
  /** For each top-level-or-leaf field path: where its value came from. */
  sources: Record<string, PolicySource>;
  problems: PolicyProblem[];
}

// STUB: the managed-policy issue implements per-field fallback and precedence.
export function resolvePolicy(managed: unknown, user: unknown): EffectivePolicy {
  void managed; void user;
  return { policy: DEFAULT_POLICY, sources: {}, problems: [] };
}
