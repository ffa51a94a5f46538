import { useMemo, useState } from 'react';
import { scan } from '../../lib/detect/scan';
import { analyzeRecipients, parseRecipientList } from '../../lib/recipients/index';
import { previewGuardDecision } from '../../lib/policy/preview';
import type { Policy } from '../../lib/policy/schema';

/**
 * Try the current policy on a sample message, locally: the same scan and recipient analysis the guard
 * runs. Nothing typed here is stored.
 */
export function PolicyTester({ policy }: { policy: Policy }) {
  const [message, setMessage] = useState('');
  const [recipientText, setRecipientText] = useState('');
  const outcome = useMemo(() => {
    if (!message.trim() && !recipientText.trim()) return undefined;
    const result = scan(message, policy);
    const risk = analyzeRecipients(parseRecipientList(recipientText), result, policy);
    return { result, risk, preview: previewGuardDecision(result, risk, policy) };
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
        <div className="tester-result" data-outcome={outcome.preview.outcome}>
          <p className={`verdict outcome-${outcome.preview.outcome}`}>
            Guard would: <strong id="tester-outcome">{outcome.preview.outcome === 'send' ? 'let it send' : outcome.preview.outcome}</strong>
            {' '}(risk {outcome.result.verdict.risk}{outcome.result.verdict.phi ? ', PHI' : ''})
          </p>
          {outcome.preview.reasons.length > 0 && (
            <ul className="reasons">{outcome.preview.reasons.map((r, i) => <li key={i}>{r}</li>)}</ul>
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
