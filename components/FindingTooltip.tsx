import type { CSSProperties } from 'react';
import type { Finding } from '../lib/detect/types';
import { CATEGORY_NOUNS, TYPE_LABELS, confidenceLabel } from './labels';
import { PHI_TEST_IDS } from './test-ids';

/** "ssn_dashed" → "ssn dashed": pattern ids are written for engineers, shown to users lightly cleaned. */
function readable(id: string): string {
  return id.replace(/[_-]+/g, ' ').trim();
}

/** Why a finding fired, as a definition list; shared by the tooltip and the prompt's "Why?" disclosure. */
export function FindingExplanation({ finding }: { finding: Finding }) {
  const { explanation } = finding;
  return (
    <dl className="phig-explain">
      <dt>What</dt>
      <dd>{TYPE_LABELS[finding.type]} <span className="phig-muted">({CATEGORY_NOUNS[finding.category]})</span></dd>
      <dt>Rule</dt>
      <dd>{readable(explanation.rule)} · pattern “{readable(explanation.pattern)}”</dd>
      {explanation.cue ? (<><dt>Cue</dt><dd>near the word “{explanation.cue}”</dd></>) : null}
      <dt>Check</dt>
      <dd>{explanation.validator === 'pass' ? 'passed a validity check (format or checksum)' : 'pattern match only, no validity check'}</dd>
      <dt>Confidence</dt>
      <dd>{confidenceLabel(finding.confidence)}</dd>
    </dl>
  );
}

export interface FindingTooltipProps {
  finding: Finding;
  /** Referenced by the mark's aria-describedby. */
  id?: string;
  /** Viewport position (CSS px) chosen by the content script next to the mark. */
  position?: { left: number; top: number };
}

/** Hover/focus explanation for a highlighted finding in the compose box. */
export function FindingTooltip({ finding, id, position }: FindingTooltipProps) {
  const style: CSSProperties | undefined = position ? { left: position.left, top: position.top } : undefined;
  return (
    <div className={`phig-root phig-tooltip${position ? ' phig-tooltip--placed' : ''}`} role="tooltip" id={id}
      data-testid={PHI_TEST_IDS.tooltip} data-type={finding.type} style={style}>
      <p className="phig-tooltip-title">{TYPE_LABELS[finding.type]} — may be PHI</p>
      <FindingExplanation finding={finding} />
    </div>
  );
}
