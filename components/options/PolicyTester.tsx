import { useMemo, useState } from 'react';
import { scan } from '../../lib/detect/scan';
import { analyzeRecipients, parseRecipientList } from '../../lib/recipients/index';
import { decideSend } from '../../lib/guard/decide';
import type { Policy } from '../../lib/policy/schema';

const ACTION_TEXT = { send: 'let it send', prompt: 'hold Send and ask for a purpose', block: 'block sending' } as const;

/**
 * Try the current policy on a sample message, locally: the same scan, recipient analysis and send decision
 * (decideSend) the compose guard runs. Nothing typed here is stored.
 */
export function PolicyTester({ policy }: { policy: Policy }) {
  const [message, setMessage] = useState('');
  const [recipientText, setRecipientText] = useState('');
  const outcome = useMemo(() => {
    if (!message.trim() && !recipientText.trim()) return undefined;
    const result = scan(message, policy);
    const risk = analyzeRecipients(parseRecipientList(recipientText), result, policy);
    return { result, risk, decision: decideSend(result, risk, policy) };
  }, [message, recipientText, policy]);

  return (
    <div id="tester">
      <label htmlFor="tester-recipients">Recipients</label>
      <input id="tester-recipients" name="recipients" type="text" placeholder="dr.lee@partner-clinic.org, someone@gmail.com"
        value={recipientText} onChange={(e) => setRecipientText(e.target.value)} />
      <label htmlFor="tester-message">Sample message</label>
      <textarea id="tester-message" name="message" rows={6} placeholder="Paste a sample message (use made-up data)."
        value={message} onChange={(e) => setMessage(e.target.value)} />
      {outcome && (
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
          {outcome.result.errors.length > 0 && (
            <p className="problems">Scanner errors: {outcome.result.errors.map((e) => `${e.rule}: ${e.message}`).join('; ')}</p>
          )}
        </div>
      )}
    </div>
  );
}
