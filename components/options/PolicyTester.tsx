import { useMemo, useState } from 'react';
import { scan } from '../../lib/detect/scan';
import { analyzeRecipients, parseRecipientList } from '../../lib/recipients/index';
import { decideSend } from '../../lib/guard/decide';
import type { Policy } from '../../lib/policy/schema';

const ACTION_TEXT = { send: 'let it send', prompt: 'hold Send and ask for a purpose', block: 'block sending' } as const;

export interface TesterInput { message: string; recipients: string; patient: string }
export type TesterOutcome = ReturnType<typeof runPolicyTest>;

/**
 * The same scan, recipient analysis and send decision (decideSend) the compose guard runs, with what a
 * portal adapter would know (the thread's patient).
 */
export function runPolicyTest(policy: Policy, input: TesterInput) {
  const result = scan(input.message, policy);
  const patient = input.patient.trim();
  const risk = analyzeRecipients(parseRecipientList(input.recipients), { ...result, text: input.message }, policy,
    patient ? { threadPatient: { name: patient } } : {});
  return { result, risk, decision: decideSend(result, risk, policy) };
}

/** Try the current policy on a sample message, locally. Nothing typed here is stored. */
export function PolicyTester({ policy }: { policy: Policy }) {
  const [message, setMessage] = useState('');
  const [recipientText, setRecipientText] = useState('');
  const [patient, setPatient] = useState('');
  const outcome = useMemo(() => {
    if (!message.trim() && !recipientText.trim()) return undefined;
    return runPolicyTest(policy, { message, recipients: recipientText, patient });
  }, [message, recipientText, patient, policy]);

  return (
    <div id="tester">
      <label htmlFor="tester-recipients">Recipients</label>
      <input id="tester-recipients" name="recipients" type="text" placeholder="dr.lee@partner-clinic.org, someone@gmail.com"
        value={recipientText} onChange={(e) => setRecipientText(e.target.value)} />
      <label htmlFor="tester-patient">Conversation's patient (portal thread, optional)</label>
      <input id="tester-patient" name="patient" type="text" placeholder="Maria Lopez"
        value={patient} onChange={(e) => setPatient(e.target.value)} />
      <label htmlFor="tester-message">Sample message</label>
      <textarea id="tester-message" name="message" rows={6} placeholder="Paste a sample message (use made-up data)."
        value={message} onChange={(e) => setMessage(e.target.value)} />
      {outcome && <TesterResult outcome={outcome} policy={policy} />}
    </div>
  );
}

export function TesterResult({ outcome, policy }: { outcome: TesterOutcome; policy: Policy }) {
  // messageSignals repeats the per-recipient ones (deduplicated); list only those about the whole message.
  const perRecipient = new Set(outcome.risk.recipients.flatMap((r) => r.signals.map((s) => s.id)));
  const wholeMessage = outcome.risk.messageSignals.filter((s) => !perRecipient.has(s.id));
  return (
        <div className="tester-result" data-outcome={outcome.decision.action}>
          <p className={`verdict outcome-${outcome.decision.action}`}>
            Guard would: <strong id="tester-outcome">{ACTION_TEXT[outcome.decision.action]}</strong>
            {' '}(risk {outcome.result.verdict.risk}{outcome.result.verdict.phi ? ', PHI' : ', no PHI'})
          </p>
          {outcome.decision.blockedReasons.length > 0 && (
            <ul className="reasons" id="tester-blocked">{outcome.decision.blockedReasons.map((r, i) => <li key={i}>{r}</li>)}</ul>
          )}
          {outcome.result.verdict.reasons.length > 0 && (
            <p className="help">Why: {outcome.result.verdict.reasons.join('; ')}</p>
          )}
          <h4>Findings</h4>
          {outcome.result.findings.length === 0 ? <p>None.</p> : (
            <ul id="tester-findings">
              {outcome.result.findings.map((f, i) => (
                <li key={i} data-type={f.type} data-rule={f.explanation.rule}>
                  <code>{f.text}</code> — {f.type.replace(/_/g, ' ')} ({f.category}, mode {policy.modes[f.category]}),
                  {' '}rule {f.explanation.rule}{f.explanation.cue ? `, cue "${f.explanation.cue}"` : ''}, confidence {f.confidence}
                </li>
              ))}
            </ul>
          )}
          {outcome.risk.recipients.length > 0 && (
            <>
              <h4>Recipients</h4>
              <ul id="tester-recipients-result">
                {outcome.risk.recipients.map((r, i) => (
                  <li key={i} data-kind={r.kind}>
                    {r.address} — {r.kind}{r.signals.length ? `: ${r.signals.map((s) => `${s.reason} (${s.action})`).join('; ')}` : ''}
                  </li>
                ))}
              </ul>
            </>
          )}
          {wholeMessage.length > 0 && (
            <ul id="tester-message-signals">
              {wholeMessage.map((s, i) => <li key={i} data-signal={s.id}>{s.reason} ({s.action})</li>)}
            </ul>
          )}
          {outcome.result.errors.length > 0 && (
            <p className="problems">Scanner errors: {outcome.result.errors.map((e) => `${e.rule}: ${e.message}`).join('; ')}</p>
          )}
        </div>
  );
}
