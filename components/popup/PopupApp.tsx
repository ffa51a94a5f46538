import { browser } from 'wxt/browser';
import { LogTable } from '../options/LogTable';
import { useDisclosureLog, useEffectivePolicy } from '../options/hooks';

/** At a glance: is the guard on, whose policy, any problems, the last few disclosures. */
export function PopupApp() {
  const { effective } = useEffectivePolicy();
  const log = useDisclosureLog();
  if (!effective) return <p>Loading…</p>;
  const { policy, problems } = effective;
  const managed = (effective.locked?.length ?? 0) > 0;
  const modes = Object.entries(policy.modes).map(([category, mode]) => `${category}: ${mode}`).join(', ');
  return (
    <main className="popup">
      <h1>PHI Guard</h1>
      <p id="popup-status" data-managed={managed}>
        <strong>Active</strong> on {policy.sites.length} site{policy.sites.length === 1 ? '' : 's'} ·{' '}
        {managed ? 'Managed by your organization' : 'Personal settings'}
      </p>
      <p className="modes">{modes}</p>
      <p id="popup-problems" data-count={problems.length} className={problems.length ? 'problems' : 'ok'}>
        {problems.length ? `${problems.length} policy problem${problems.length === 1 ? '' : 's'} (safe defaults used)` : 'Policy OK'}
      </p>
      <h2>Recent disclosures</h2>
      <LogTable entries={log ?? []} limit={5} />
      {policy.support.contact && <p className="help">Questions: {policy.support.contact}</p>}
      <p><button type="button" id="open-options" onClick={() => void browser.runtime.openOptionsPage()}>Settings, policy and full log</button></p>
    </main>
  );
}
