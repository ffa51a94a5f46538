/**
 * Where the policy lives in extension storage, with no other imports: the page gate (a content script in
 * every frame of every page) needs to notice policy changes without loading zod or the schema.
 */

/** storage.local key of the user's own settings (a partial policy, validated like managed policy). */
export const USER_POLICY_KEY = 'phiGuard.userPolicy';

export type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;

/** Does this storage change affect the policy? */
export function isPolicyChange(changes: StorageChanges, areaName: string): boolean {
  return areaName === 'managed' || (areaName === 'local' && USER_POLICY_KEY in changes);
}
