import { createRoot } from 'react-dom/client';
import type { DisclosureDecision } from '../../lib/guard/types';
import { DisclosurePrompt } from '../DisclosurePrompt';
import { finding, promptProps, recipientRisk, sampleFindings } from './fixtures';
import { FindingTooltip } from '../FindingTooltip';
import { GUARD_CSS } from '../guard-styles';
import { StatusBadge } from '../StatusBadge';

/** Preview page for screenshots and manual checks: mounts the guard UI in a shadow root like the content script. */

declare global {
  interface Window { phiPreview: { decision?: DisclosureDecision; cancelled: number; jumped: number[]; redacted: number[] } }
}
window.phiPreview = { cancelled: 0, jumped: [], redacted: [] };

const note = finding('psychotherapy_note', 'process notes from today', 95);
const scenarios = {
  default: () => promptProps({
    recipients: recipientRisk(
      [{ id: 'external', reason: 'One recipient is outside your organization.', action: 'note' }],
      [{ id: 'personal_webmail', reason: 'gmail.com is a personal email account, not a work one.', action: 'acknowledge' }],
    ),
    policy: { support: { contact: 'privacy@example-clinic.org' } },
  }),
  psychotherapy: () => promptProps({ findings: [...sampleFindings(), note], policy: { purposes: { offered: ['treatment', 'authorization', 'payment'] } } }),
  blocked: () => promptProps({
    findings: [finding('ssn', '123-45-6789', 10), finding('diagnosis', 'asthma', 30)],
    blockedReasons: ['Social Security numbers may not be sent by email.'],
    policy: { support: { contact: 'privacy@example-clinic.org' } },
  }),
  treatment: () => promptProps({ findings: [finding('name', 'Jane Roe'), finding('diagnosis', 'asthma', 20)], policy: { purposes: { offered: ['treatment'] } } }),
};
type Scenario = keyof typeof scenarios;

const host = document.getElementById('host')!;
const shadow = host.attachShadow({ mode: 'open' });
const style = document.createElement('style');
style.textContent = GUARD_CSS;
const container = document.createElement('div');
shadow.append(style, container);
const root = createRoot(container);

const name = location.hash.slice(1);
if (name === 'gallery') {
  const f = sampleFindings();
  root.render(
    <div style={{ display: 'flex', flexDirection: 'column', gap: '1em', padding: '1em', alignItems: 'flex-start' }}>
      <StatusBadge state="clear" />
      <StatusBadge state="scanning" />
      <StatusBadge state="phi" count={3} />
      <StatusBadge state="sensitive" count={5} />
      <StatusBadge state="error" />
      <FindingTooltip finding={f[2]!} />
    </div>,
  );
} else {
  const props = (scenarios[name as Scenario] ?? scenarios.default)();
  root.render(
    <DisclosurePrompt {...props}
      onConfirm={(d) => { window.phiPreview.decision = d; }}
      onCancel={() => { window.phiPreview.cancelled += 1; }}
      onJump={(x) => { window.phiPreview.jumped.push(props.findings.indexOf(x)); }}
      onRedact={(x) => { window.phiPreview.redacted.push(props.findings.indexOf(x)); }} />,
  );
}
