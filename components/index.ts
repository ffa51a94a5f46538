/**
 * The guard UI for the content script. Mount inside createShadowRootUi({ css: GUARD_CSS, isolateEvents: true, ... });
 * the prompt is a full-viewport fixed overlay, the badge and tooltip are inline elements to position.
 */
export { DisclosurePrompt } from './DisclosurePrompt';
export { FindingList, type FindingListProps } from './FindingList';
export { FindingTooltip, FindingExplanation, type FindingTooltipProps } from './FindingTooltip';
export { RecipientWarnings, type RecipientWarningsProps } from './RecipientWarnings';
export { StatusBadge, badgeText, type StatusBadgeProps } from './StatusBadge';
export { GUARD_CSS } from './guard-styles';
export { PHI_TEST_IDS } from './test-ids';
export { badgeStateFor, canConfirm, requirementsFor, toDecision, type BadgeState } from '../lib/guard/prompt-logic';
