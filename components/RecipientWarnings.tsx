import { useId } from 'react';
import type { RecipientRisk, RecipientRiskEntry, RecipientSignal } from '../lib/recipients/types';
import { ACTION_LABELS, RECIPIENT_KIND_LABELS, SIGNAL_LABELS } from './labels';
import { PHI_TEST_IDS } from './test-ids';

export interface RecipientWarningsProps {
  recipients: RecipientRisk;
  /** Signals the user must tick off; the checkbox appears only when non-empty and onAcknowledgedChange is given. */
  acknowledgements?: readonly RecipientSignal[];
  acknowledged?: boolean;
  onAcknowledgedChange?(acknowledged: boolean): void;
}

const signalKey = (s: RecipientSignal) => `${s.id}\u0000${s.reason}`;

/** "Jane Doe <jane@x.org>"; a care team or pool the app routes by name has no address: just its name. */
function recipientLabel(r: RecipientRiskEntry): string {
  if (!r.address.includes('@')) return r.displayName ?? r.address;
  return r.displayName ? `${r.displayName} <${r.address}>` : r.address;
}

function SignalItem({ signal }: { signal: RecipientSignal }) {
  return (
    <li className={`phig-signal phig-signal--${signal.action}`} data-signal={signal.id} data-action={signal.action}>
      <span className={`phig-tag phig-tag--${signal.action}`}>{ACTION_LABELS[signal.action]}</span>{' '}
      <strong>{SIGNAL_LABELS[signal.id]}:</strong> {signal.reason}
    </li>
  );
}

/** Who is about to receive the message and what looks risky about them, in plain language. */
export function RecipientWarnings({ recipients, acknowledgements = [], acknowledged = false, onAcknowledgedChange }: RecipientWarningsProps) {
  const ackId = useId();
  const perRecipient = new Set(recipients.recipients.flatMap((r) => r.signals.map(signalKey)));
  // messageSignals repeats per-recipient ones; show those once, next to the recipient they concern.
  const messageOnly = recipients.messageSignals.filter((s) => !perRecipient.has(signalKey(s)));
  const count = recipients.recipients.length;
  return (
    <section className="phig-recipients" data-testid={PHI_TEST_IDS.recipientWarnings} aria-label="Recipients">
      <h3 className="phig-group-title">Recipients <span className="phig-count">({count})</span></h3>
      {count === 0 ? <p className="phig-muted">No recipients found yet.</p> : (
        <ul className="phig-list">
          {recipients.recipients.map((r, i) => (
            <li key={`${r.field}:${r.address}:${i}`} className="phig-recipient" data-kind={r.kind}>
              <span className="phig-recipient-field">{r.field.toUpperCase()}</span>{' '}
              <span className="phig-recipient-address">{recipientLabel(r)}</span>{' '}
              <span className="phig-muted">({RECIPIENT_KIND_LABELS[r.kind]})</span>
              {r.signals.length > 0 ? (
                <ul className="phig-signals">{r.signals.map((s) => <SignalItem key={signalKey(s)} signal={s} />)}</ul>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {messageOnly.length > 0 ? (
        <ul className="phig-signals phig-signals--message" aria-label="About all recipients">
          {messageOnly.map((s) => <SignalItem key={signalKey(s)} signal={s} />)}
        </ul>
      ) : null}
      {acknowledgements.length > 0 && onAcknowledgedChange ? (
        <div className="phig-check">
          <input type="checkbox" id={ackId} data-testid={PHI_TEST_IDS.recipientAck} checked={acknowledged}
            onChange={(e) => onAcknowledgedChange(e.currentTarget.checked)} />
          <label htmlFor={ackId}>
            I checked the recipients and they should receive this message
            {' '}({acknowledgements.map((s) => SIGNAL_LABELS[s.id].toLowerCase()).filter((v, i, a) => a.indexOf(v) === i).join('; ')}).
          </label>
        </div>
      ) : null}
    </section>
  );
}
