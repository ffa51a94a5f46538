import type { BadgeState } from '../lib/guard/prompt-logic';
import { PHI_TEST_IDS } from './test-ids';

export interface StatusBadgeProps {
  state: BadgeState;
  /** Number of findings, shown for 'phi' and 'sensitive'. */
  count?: number;
}

/** Text of the badge; also what a screen reader announces when it changes. */
export function badgeText(state: BadgeState, count = 0): string {
  const items = `${count} ${count === 1 ? 'item' : 'items'}`;
  switch (state) {
    case 'clear': return 'No PHI found';
    case 'phi': return `Possible PHI: ${items}`;
    case 'sensitive': return `Sensitive PHI: ${items}`;
    case 'scanning': return 'Checking for PHI…';
    case 'error': return 'PHI check failed';
  }
}

const ICONS: Record<BadgeState, string> = { clear: '✓', phi: '!', sensitive: '!!', scanning: '…', error: '×' };

/** Small status chip next to the compose box; polite live region so changes are announced without interrupting. */
export function StatusBadge({ state, count = 0 }: StatusBadgeProps) {
  return (
    <span className={`phig-root phig-badge phig-badge--${state}`} role="status" aria-live="polite"
      data-testid={PHI_TEST_IDS.badge} data-state={state} data-count={count}>
      <span className="phig-badge-icon" aria-hidden="true">{ICONS[state]}</span>
      <span className="phig-badge-text"><span className="phig-sr">PHI Guard: </span>{badgeText(state, count)}</span>
    </span>
  );
}
