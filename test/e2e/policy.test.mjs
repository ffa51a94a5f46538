// Organization policy end to end: a managed policy file in /etc/chromium/policies/managed (read by Chromium
// at start-up, so it is written before the launch), checked through the options page, the popup, the
// background's disclosure log and a guarded compose fixture. Run after `npm run build`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchWithExtension, serveFixtures, openFixture, sentOf, promptOf, screenshot, FIXTURE_SITES } from './harness.mjs';

/**
 * The organization's policy under test: its MRN format, sensitive content blocked, and two mistakes: a
 * misspelled mode and a broken regular expression.
 */
const ORG_POLICY = {
  modes: { sensitive: 'block', health: 'blok' },
  detection: {
    customPatterns: [
      { id: 'zq-mrn', type: 'mrn', pattern: '\\bZQ-\\d{7}\\b' },
      { id: 'broken', type: 'mrn', pattern: '([0-9' },
    ],
  },
  support: { contact: 'privacy@example-health.org' },
};

const policySource = path.join(os.tmpdir(), `phi-guard-policy-${process.pid}.json`);
// Where the harness installs the policy file (machine-wide; it removes it on close).
const installedPolicy = `/etc/chromium/policies/managed/phi-guard-e2e-${process.pid}.json`;

let browser;
let fixtures;
let context;
let ID;
before(async () => {
  fs.writeFileSync(policySource, JSON.stringify(ORG_POLICY));
  try {
    browser = await launchWithExtension({ policyFile: policySource });
  } finally {
    fs.rmSync(policySource, { force: true });
  }
  ({ context, extensionId: ID } = browser);
  fixtures = await serveFixtures();
});
after(async () => {
  await fixtures?.close();
  await browser?.close();
  assert.equal(fs.existsSync(installedPolicy), false, 'the managed policy file must be removed');
});

async function openOptions() {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${ID}/options.html`);
  await page.waitForSelector('#policy-problems');
  return page;
}

test('the organization policy reaches the extension through storage.managed', async () => {
  const page = await openOptions();
  const managed = await page.evaluate(() => chrome.storage.managed.get(null));
  assert.equal(managed.modes.sensitive, 'block');
  // Chrome accepted the generated managed_schema (a bad schema would have refused the extension) and passed
  // the misspelled mode through for PHI Guard's own per-field check instead of dropping all of "modes".
  assert.equal(managed.modes.health, 'blok');
  const schema = await page.evaluate(async () => (await fetch(chrome.runtime.getURL(chrome.runtime.getManifest().storage.managed_schema))).json());
  assert.equal(schema.type, 'object');
  assert.deepEqual(Object.keys(schema.properties), ['sites', 'modes', 'purposes', 'psychotherapy', 'sensitive', 'recipients', 'detection', 'failMode', 'log', 'support']);
  assert.match(await page.locator('#policy-status').innerText(), /organization manages/);
  assert.match(await page.locator('#support-contact').innerText(), /privacy@example-health\.org/);
  await page.close();
});

test("the organization's MRN format is flagged in the policy tester", async () => {
  const page = await openOptions();
  await page.fill('#tester-message', 'Follow-up for ZQ-4410237 next week.');
  const finding = page.locator('#tester-findings li[data-rule="custom.zq-mrn"]');
  await finding.waitFor();
  assert.equal(await finding.getAttribute('data-type'), 'mrn');
  assert.match(await finding.innerText(), /ZQ-4410237/);
  // Without the org pattern the same text has no MRN: the finding comes from policy, not a built-in rule.
  await page.fill('#tester-message', 'Follow-up for ZQ-441023 next week.');
  await page.waitForTimeout(100);
  assert.equal(await page.locator('#tester-findings li[data-rule="custom.zq-mrn"]').count(), 0);
  await page.close();
});

test('a managed field is locked in the options page and a user setting cannot override it', async () => {
  const page = await openOptions();
  const row = page.locator('[data-field="modes.sensitive"]');
  assert.equal(await row.getAttribute('data-locked'), 'true');
  assert.equal(await row.getAttribute('data-source'), 'managed');
  const select = row.locator('select');
  assert.equal(await select.isDisabled(), true);
  assert.equal(await select.inputValue(), 'block');
  await assert.rejects(select.selectOption('off', { timeout: 1000 }));
  // Even written straight into storage, the user's value does not apply.
  await browser.setUserPolicy({ sites: FIXTURE_SITES, modes: { sensitive: 'off', identifier: 'mark' } });
  await page.locator('[data-field="modes.identifier"][data-source="user"]').waitFor();
  assert.equal(await select.inputValue(), 'block');
  // An unmanaged field stays editable and applies at once.
  const identifier = page.locator('[data-field="modes.identifier"] select');
  assert.equal(await identifier.isDisabled(), false);
  await identifier.selectOption('block');
  await page.waitForFunction(async () => (await chrome.storage.local.get('phiGuard.userPolicy'))['phiGuard.userPolicy']?.modes?.identifier === 'block');
  const stored = await page.evaluate(() => chrome.storage.local.get('phiGuard.userPolicy'));
  assert.deepEqual(stored['phiGuard.userPolicy'].modes, { sensitive: 'off', identifier: 'block' });
  assert.equal(await select.inputValue(), 'block');
  await browser.setUserPolicy({ sites: FIXTURE_SITES });
  await page.close();
});

test('invalid managed fields are reported, fall back to safe defaults, and stay locked', async () => {
  const page = await openOptions();
  const problem = page.locator('#policy-problems li[data-path="detection.customPatterns[1].pattern"]');
  await problem.waitFor();
  assert.equal(await problem.getAttribute('data-source'), 'managed');
  assert.match(await problem.innerText(), /not a valid regular expression/);
  const mode = page.locator('#policy-problems li[data-path="modes.health"]');
  assert.match(await mode.innerText(), /expected one of/);
  assert.equal(await page.locator('#policy-problems').getAttribute('data-count'), '2');
  // The misspelled mode gives the safe default, locked; its valid sibling still applies.
  const health = page.locator('[data-field="modes.health"]');
  assert.equal(await health.getAttribute('data-locked'), 'true');
  assert.equal(await health.locator('select').inputValue(), 'prompt');
  assert.equal(await page.locator('[data-field="modes.sensitive"] select').inputValue(), 'block');
  // Only the broken pattern is dropped: the organization's MRN pattern is still in force.
  assert.match(await page.locator('[data-field="detection.customPatterns"] textarea').inputValue(), /zq-mrn/);
  await page.locator('[data-field="modes.health"]').scrollIntoViewIfNeeded();
  await screenshot(page, 'options-managed-policy.png');
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 460, height: 420 });
  await popup.goto(`chrome-extension://${ID}/popup.html`);
  await popup.locator('#popup-status').waitFor();
  await screenshot(popup, 'popup.png');
  assert.equal(await popup.locator('#popup-problems').getAttribute('data-count'), '2');
  assert.equal(await popup.locator('#popup-status').getAttribute('data-managed'), 'true');
  await popup.close();
  await page.close();
});

test('the background stores metadata-only log entries and refuses anything else', async () => {
  const page = await openOptions();
  const entry = {
    at: new Date().toISOString(), site: 'mail.google.com', outcome: 'sent', purpose: 'treatment',
    counts: { mrn: 1 }, recipientDomains: ['example-health.org'], recipientCount: 1, signals: [], messageHash: 'a'.repeat(64),
  };
  const ok = await page.evaluate((e) => chrome.runtime.sendMessage({ type: 'phi-guard/log', entry: e }), entry);
  assert.deepEqual(ok, { ok: true });
  const leaky = await page.evaluate((e) => chrome.runtime.sendMessage({ type: 'phi-guard/log', entry: { ...e, body: 'Jane Doe MRN ZQ-4410237' } }), entry);
  assert.equal(leaky.ok, false);
  const stored = await browser.readLog();
  assert.equal(stored.filter((e) => e.messageHash === 'a'.repeat(64)).length, 1);
  assert.doesNotMatch(JSON.stringify(stored), /Jane|ZQ-/);
  await page.locator('#log-table tr[data-outcome="sent"]').waitFor();
  // Export: CSV with a header row and the entry, JSON that parses back to the stored entries.
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  const csv = fs.readFileSync(await csvDownload.path(), 'utf8');
  assert.match(csv.split('\r\n')[0], /^at,site,outcome,purpose,/);
  assert.match(csv, /,mail\.google\.com,sent,treatment,/);
  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  assert.match(jsonDownload.suggestedFilename(), /^phi-guard-disclosures-\d{4}-\d\d-\d\d\.json$/);
  assert.deepEqual(JSON.parse(fs.readFileSync(await jsonDownload.path(), 'utf8')), await browser.readLog());
  await page.close();
});

test('a policy change reaches an open page without a reload', async () => {
  const page = await openOptions();
  assert.equal(await page.locator('[data-field="failMode"]').getAttribute('data-locked'), 'false');
  assert.ok(fs.existsSync(installedPolicy), `expected the harness to install ${installedPolicy}`);
  fs.writeFileSync(installedPolicy, JSON.stringify({ '3rdparty': { extensions: { [ID]: { ...ORG_POLICY, recipients: { threshold: 3 } } } } }));
  const policyPage = await context.newPage();
  await policyPage.goto('chrome://policy');
  await policyPage.click('#reload-policies');
  await page.locator('[data-field="recipients.threshold"][data-locked="true"]').waitFor({ timeout: 10000 });
  assert.equal(await page.locator('[data-field="recipients.threshold"] input').inputValue(), '3');
  // Put the original policy back for any later test (the file is removed by the harness at the end).
  fs.writeFileSync(installedPolicy, JSON.stringify({ '3rdparty': { extensions: { [ID]: ORG_POLICY } } }));
  await policyPage.click('#reload-policies');
  await page.locator('[data-field="recipients.threshold"][data-locked="false"]').waitFor({ timeout: 10000 });
  await policyPage.close();
  await page.close();
});

test('a category the organization blocks cannot be sent from a guarded compose box', async () => {
  const page = await openFixture(context, fixtures.url('generic.html'));
  await page.fill('#message', 'Patient John Smith, MRN ZQ-4410237, tested HIV positive on 03/02/2024. Please call him.');
  await page.click('#message-form button[type=submit]');
  const prompt = promptOf(page);
  await prompt.waitFor({ timeout: 10000 });
  await page.locator('[data-testid="phi-blocked"]').waitFor();
  assert.match(await page.locator('[data-testid="phi-blocked"]').innerText(), /sensitive/i);
  assert.ok(await page.locator('[data-testid="phi-findings"] li[data-type="mrn"]').count() >= 1, 'the org MRN is listed');
  const confirm = page.locator('[data-testid="phi-confirm"]');
  assert.ok((await confirm.count()) === 0 || (await confirm.isDisabled()), 'Send must not be possible');
  await page.waitForTimeout(300);
  assert.deepEqual(await sentOf(page), []);
  // The background logged the blocked attempt as metadata: counts and outcome, no text.
  let blocked = [];
  for (let i = 0; i < 20 && blocked.length === 0; i++) {
    blocked = (await browser.readLog()).filter((e) => e.outcome === 'blocked' && e.site.startsWith('127.0.0.1'));
    if (blocked.length === 0) await new Promise((r) => setTimeout(r, 100));
  }
  assert.equal(blocked.length, 1);
  assert.ok(blocked[0].counts.mrn >= 1 && blocked[0].counts.hiv >= 1, JSON.stringify(blocked[0].counts));
  assert.doesNotMatch(JSON.stringify(blocked[0]), /Smith|ZQ-|HIV positive/);
  await page.close();
});

test("the organization's MRN format is flagged in a compose box", async () => {
  const page = await openFixture(context, fixtures.url('generic.html'));
  const badge = page.locator('phi-guard-layer').first();
  // Seven digits is the organization's format; six is not, and no built-in rule claims either.
  await page.fill('#message', 'Scheduling note for ZQ-441023.');
  await page.waitForFunction(() => document.querySelector('phi-guard-layer')?.getAttribute('data-badge') === 'clear', null, { timeout: 10000 });
  await page.fill('#message', 'Scheduling note for ZQ-4410237.');
  await page.waitForFunction(() => document.querySelector('phi-guard-layer')?.getAttribute('data-badge') === 'phi', null, { timeout: 10000 });
  assert.equal(await badge.getAttribute('data-badge'), 'phi');
  await page.close();
});
