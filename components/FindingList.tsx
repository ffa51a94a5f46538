import { useId, useState } from 'react';
import type { Finding } from '../lib/detect/types';
import { groupFindings } from '../lib/guard/prompt-logic';
import { FindingExplanation } from './FindingTooltip';
import { CATEGORY_LABELS, TYPE_LABELS } from './labels';
import { PHI_TEST_IDS } from './test-ids';

export interface FindingListProps {
  findings: readonly Finding[];
  /** Show "Jump to" per finding when given. */
  onJump?(finding: Finding): void;
  /** Show "Redact" per finding when given. */
  onRedact?(finding: Finding): void;
}

/** Findings grouped by category; the text is the user's own draft on their own screen, so it is shown. */
export function FindingList({ findings, onJump, onRedact }: FindingListProps) {
  const baseId = useId();
  const [explained, setExplained] = useState<ReadonlySet<number>>(new Set());
  const toggle = (index: number) => setExplained((open) => {
    const next = new Set(open);
    if (!next.delete(index)) next.add(index);
    return next;
  });
  if (findings.length === 0) return <p className="phig-muted">No PHI found in the message.</p>;
  return (
    <div className="phig-findings" data-testid={PHI_TEST_IDS.findings}>
      {groupFindings(findings).map(({ category, items }) => (
        <section key={category} className={`phig-group phig-group--${category}`} aria-label={CATEGORY_LABELS[category]}>
          <h3 className="phig-group-title">{CATEGORY_LABELS[category]} <span className="phig-count">({items.length})</span></h3>
          <ul className="phig-list">
            {items.map(({ finding, index }) => (
              <li key={index} className="phig-finding" data-testid={PHI_TEST_IDS.finding(index)} data-type={finding.type}>
                <div className="phig-finding-main">
                  <span className="phig-finding-type">{TYPE_LABELS[finding.type]}</span>
                  <q className="phig-finding-text">{finding.text}</q>
                </div>
                <div className="phig-finding-actions">
                  <button type="button" className="phig-btn phig-btn--small phig-btn--quiet" aria-expanded={explained.has(index)}
                    aria-controls={`${baseId}-why-${index}`} data-testid={PHI_TEST_IDS.why(index)}
                    aria-label={`Why is “${finding.text}” flagged?`} onClick={() => toggle(index)}>Why?</button>
                  {onJump ? (
                    <button type="button" className="phig-btn phig-btn--small" data-testid={PHI_TEST_IDS.jump(index)}
                      aria-label={`Jump to ${TYPE_LABELS[finding.type].toLowerCase()} “${finding.text}” in the message`}
                      onClick={() => onJump(finding)}>Jump to</button>
                  ) : null}
                  {onRedact ? (
                    <button type="button" className="phig-btn phig-btn--small" data-testid={PHI_TEST_IDS.redact(index)}
                      aria-label={`Redact ${TYPE_LABELS[finding.type].toLowerCase()} “${finding.text}”`}
                      onClick={() => onRedact(finding)}>Redact</button>
                  ) : null}
                </div>
                <div id={`${baseId}-why-${index}`} className="phig-why" hidden={!explained.has(index)}>
                  {explained.has(index) ? <FindingExplanation finding={finding} /> : null}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
