import { saveUserPolicy } from '../../lib/policy/browser';
import { logToCsv, logToJson } from '../../lib/log/store';
import type { DisclosureLogEntry } from '../../lib/log/types';
import { LogTable } from './LogTable';
import { PolicyForm } from './PolicyForm';
import { PolicyTester } from './PolicyTester';
import { ProblemList } from './ProblemList';
import { storage, useDisclosureLog, useEffectivePolicy } from './hooks';

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function exportLog(entries: readonly DisclosureLogEntry[], format: 'json' | 'csv') {
  const stamp = new Date().toISOString().slice(0, 10);
  if (format === 'json') download(`phi-guard-disclosures-${stamp}.json`, 'application/json', logToJson(entries));
  else download(`phi-guard-disclosures-${stamp}.csv`, 'text/csv', logToCsv(entries));
}

export function OptionsApp() {
  const { effective, user } = useEffectivePolicy();
  const log = useDisclosureLog();
  if (!effective) return <p>Loading policy…</p>;
  const managed = Object.values(effective.sources).includes('managed') || (effective.locked?.length ?? 0) > 0;
  const contact = effective.policy.support.contact;
  return (
    <main>
      <header>
        <h1>PHI Guard settings</h1>
        <p id="policy-status" data-managed={managed}>
          {managed
            ? `Your organization manages ${effective.locked?.length ?? 0} of these settings; they are locked.`
            : 'No organization policy is installed; these are your own settings.'}
          {contact && <> Questions: <span id="support-contact">{contact}</span></>}
        </p>
      </header>

      <section>
        <h2>Problems</h2>
        <ProblemList problems={effective.problems} />
      </section>

      <section>
        <h2>Policy tester</h2>
        <p className="help">Runs on this computer only; nothing you type here is stored or sent.</p>
        <PolicyTester policy={effective.policy} />
      </section>

      <section>
        <h2>Effective policy</h2>
        <p className="help">Each setting shows where its value comes from: your organization, you, or the default.</p>
        <PolicyForm effective={effective} user={user} onSave={(next) => void saveUserPolicy(storage, next)} />
      </section>

      <section>
        <h2>Disclosure log</h2>
        <p className="help">
          Metadata only (purpose, categories, counts, recipient domains, a salted hash), kept on this computer for
          {' '}{effective.policy.log.retentionDays} days.
        </p>
        <p>
          <button type="button" id="export-json" disabled={!log?.length} onClick={() => log && exportLog(log, 'json')}>Export JSON</button>
          {' '}<button type="button" id="export-csv" disabled={!log?.length} onClick={() => log && exportLog(log, 'csv')}>Export CSV</button>
        </p>
        <LogTable entries={log ?? []} />
      </section>
    </main>
  );
}
