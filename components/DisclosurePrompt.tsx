import { useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { DisclosurePromptProps } from '../lib/guard/types';
import {
  REQUIREMENT_HINTS, focusWrapIndex, initialPromptState, requirementsFor, toDecision, unmetRequirements, type PromptState,
} from '../lib/guard/prompt-logic';
import { FindingList } from './FindingList';
import { PURPOSE_LABELS, SENSITIVE_LABELS, findingSummary, joinWords } from './labels';
import { RecipientWarnings } from './RecipientWarnings';
import { PHI_TEST_IDS } from './test-ids';

const FOCUSABLE = [
  'button:not([disabled])', 'input:not([disabled])', 'select:not([disabled])', 'textarea:not([disabled])',
  'a[href]', 'summary', '[tabindex]:not([tabindex="-1"])',
].join(',');

/** Controls Tab can reach: a radio group is one stop (its checked radio, or its first when none is). */
function tabStops(dialog: HTMLElement): HTMLElement[] {
  const seenGroups = new Set<string>();
  return [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => {
    if (el.getClientRects().length === 0) return false; // hidden, e.g. inside a closed <details>
    if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
      const group = [...dialog.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${CSS.escape(el.name)}"]`)];
      const stop = group.find((r) => r.checked) ?? group[0];
      if (el !== stop || seenGroups.has(el.name)) return false;
      seenGroups.add(el.name);
    }
    return true;
  });
}

/** Held-Send dialog: the user states the disclosure purpose and attests what policy requires, or cancels. */
export function DisclosurePrompt(props: DisclosurePromptProps) {
  const { findings, verdict, recipients, policy, onConfirm, onCancel, onJump, onRedact } = props;
  const [state, setState] = useState<PromptState>(() => initialPromptState(props));
  const dialogRef = useRef<HTMLDivElement>(null);
  const ids = { title: useId(), description: useId(), unmet: useId(), purposeName: useId() };
  const checkIds = { minimum: useId(), authorization: useId(), sensitive: useId() };

  const req = requirementsFor(state.purpose, props);
  const unmet = req.blocked ? [] : unmetRequirements(state, props);
  const decision = toDecision(state, props);
  const update = (patch: Partial<PromptState>) => setState((s) => ({ ...s, ...patch }));

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    // The page element that had focus (send button, editor) gets it back when the prompt closes.
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.focus();
    return () => { if (previous?.isConnected) previous.focus(); };
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    // Keys typed in the prompt must not reach the web app's own shortcuts (Gmail: Escape closes compose).
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
      return;
    }
    if (event.key !== 'Tab' || !dialogRef.current) return;
    const stops = tabStops(dialogRef.current);
    const root = dialogRef.current.getRootNode() as Document | ShadowRoot;
    const current = stops.indexOf(root.activeElement as HTMLElement);
    const target = focusWrapIndex(stops.length, current, event.shiftKey);
    if (target === undefined) return;
    event.preventDefault();
    stops[target]?.focus();
  }

  function confirm(event: MouseEvent<HTMLButtonElement>) {
    // A page script can reach an open shadow root; only a real user's click (or Enter/Space) releases Send.
    if (!event.nativeEvent.isTrusted || !decision) return;
    onConfirm(decision);
  }

  const title = req.blocked ? 'This message cannot be sent'
    : verdict.phi ? 'This message contains PHI: confirm before sending' : 'Check this message before sending';
  const itemCount = `${findings.length} ${findings.length === 1 ? 'item' : 'items'}`;
  // Plain words for a busy reader; the engine's reasoning is one "Why?" away on each finding.
  const found = findings.length ? `: ${findingSummary(findings)}` : '';
  const sensitiveNames: string[] = req.sensitiveCategories.map((c) => SENSITIVE_LABELS[c]);
  const stopKeys = (event: KeyboardEvent) => event.stopPropagation();

  return (
    <div className="phig-root phig-backdrop">
      <div ref={dialogRef} className="phig-dialog" role="dialog" aria-modal="true" tabIndex={-1}
        aria-labelledby={ids.title} aria-describedby={ids.description} data-testid={PHI_TEST_IDS.prompt}
        data-blocked={req.blocked ? 'true' : 'false'} onKeyDown={onKeyDown} onKeyUp={stopKeys}>
        <header className="phig-header">
          <h2 id={ids.title} className="phig-title">{title}</h2>
          <p id={ids.description} className="phig-description">
            PHI Guard found {itemCount} that may be protected health information{found}.
            {req.blocked ? ' Your organization does not allow sending it.' : ' Sending is on hold until you answer below.'}
          </p>
        </header>

        <div className="phig-body">
          {req.blocked ? (
            <div className="phig-blocked" role="alert" data-testid={PHI_TEST_IDS.blocked}>
              <h3 className="phig-group-title">Why sending is blocked</h3>
              <ul className="phig-list">{req.blockedReasons.map((r) => <li key={r}>{r}</li>)}</ul>
              <p>Remove the content with Redact below, or go back and change the message or recipients.</p>
            </div>
          ) : null}

          <section className="phig-section" aria-labelledby={`${ids.title}-found`}>
            <h3 id={`${ids.title}-found`} className="phig-section-title">Found in your message</h3>
            <FindingList findings={findings} onJump={onJump} onRedact={onRedact} />
          </section>

          <RecipientWarnings recipients={recipients} acknowledgements={req.recipientAcknowledgements}
            acknowledged={state.recipientsAcknowledged}
            onAcknowledgedChange={req.blocked ? undefined : (v) => update({ recipientsAcknowledged: v })} />

          {req.psychotherapyBlocked ? (
            <p className="phig-notice phig-notice--block" data-testid={PHI_TEST_IDS.psychotherapyBlocked}>
              Psychotherapy notes cannot be sent by message under your organization&apos;s policy.
            </p>
          ) : null}

          {req.blocked ? null : (
            <>
              <fieldset className="phig-fieldset">
                <legend className="phig-section-title">Purpose of this disclosure</legend>
                {req.purposes.map((purpose) => {
                  const nameId = `${ids.purposeName}-${purpose}`;
                  return (
                    <label key={purpose} className="phig-radio">
                      <input type="radio" name={ids.purposeName} value={purpose} checked={state.purpose === purpose}
                        data-testid={PHI_TEST_IDS.purpose(purpose)} aria-labelledby={nameId}
                        aria-describedby={`${nameId}-why`} onChange={() => update({ purpose })} />
                      <span className="phig-radio-text">
                        <span id={nameId} className="phig-radio-label">{PURPOSE_LABELS[purpose].label}</span>
                        <span id={`${nameId}-why`} className="phig-muted">{PURPOSE_LABELS[purpose].explanation}</span>
                      </span>
                    </label>
                  );
                })}
              </fieldset>

              {req.minimumNecessary ? (
                <div className="phig-check">
                  <input type="checkbox" id={checkIds.minimum} data-testid={PHI_TEST_IDS.minimumNecessary}
                    checked={state.minimumNecessaryConfirmed}
                    onChange={(e) => update({ minimumNecessaryConfirmed: e.currentTarget.checked })} />
                  <label htmlFor={checkIds.minimum}>
                    Only the minimum necessary information for this purpose is included. (Use Redact above to remove
                    anything the recipient does not need.)
                  </label>
                </div>
              ) : null}

              {req.authorization ? (
                <div className="phig-check">
                  <input type="checkbox" id={checkIds.authorization} data-testid={PHI_TEST_IDS.authorization}
                    checked={state.authorizationConfirmed}
                    onChange={(e) => update({ authorizationConfirmed: e.currentTarget.checked })} />
                  <label htmlFor={checkIds.authorization}>
                    This includes psychotherapy notes: a specific authorization from the patient for disclosing them is on file.
                  </label>
                </div>
              ) : null}

              {req.sensitiveCategories.length > 0 ? (
                <div className="phig-check">
                  <input type="checkbox" id={checkIds.sensitive} data-testid={PHI_TEST_IDS.sensitiveAck}
                    checked={state.sensitiveAcknowledged}
                    onChange={(e) => update({ sensitiveAcknowledged: e.currentTarget.checked })} />
                  <label htmlFor={checkIds.sensitive}>
                    This includes {joinWords(sensitiveNames)} information: I checked that stricter state or federal
                    rules allow this disclosure
                    {req.sensitiveCategories.includes('substance_use')
                      ? ', including 42 CFR Part 2 consent for substance use disorder records.'
                      : ' (for example state law, or 42 CFR Part 2 for substance use records).'}
                  </label>
                </div>
              ) : null}
            </>
          )}
        </div>

        <footer className="phig-footer">
          {unmet.length > 0 ? (
            <p id={ids.unmet} className="phig-unmet" data-testid={PHI_TEST_IDS.unmet}>
              Still needed to send: {joinWords(unmet.map((u) => REQUIREMENT_HINTS[u]))}.
            </p>
          ) : null}
          {policy.support.contact ? (
            <p className="phig-muted phig-support" data-testid={PHI_TEST_IDS.support}>Questions? {policy.support.contact}</p>
          ) : null}
          <div className="phig-actions">
            <button type="button" className="phig-btn" data-testid={PHI_TEST_IDS.cancel} onClick={onCancel}>
              {req.blocked ? 'Back to message' : 'Cancel'}
            </button>
            {req.blocked ? null : (
              <button type="button" className="phig-btn phig-btn--primary" data-testid={PHI_TEST_IDS.confirm}
                disabled={!decision} aria-describedby={unmet.length ? ids.unmet : undefined} onClick={confirm}>
                Confirm and send
              </button>
            )}
          </div>
        </footer>
      </div>
    </div>
  );
}
