// Recipient risk in real Chromium: PHI addressed (in the Gmail fixture) to a domain that imitates the
// organization's own must show the warning in the disclosure prompt, and cannot be sent at all when policy
// blocks look-alikes. In the portal, a reply in one patient's thread that names another patient shows the
// wrong-patient warning, and a care team is an internal recipient. Run after `npm run build`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithExtension, openFixture, promptOf, sentOf, serveFixtures, FIXTURE_SITES } from './harness.mjs';

const PHI = 'Referral for Mr. John Smith, MRN 12345678, diagnosed with CHF. Please see him next week.';
const CLEAN = 'Hi, can we move the staff meeting to Friday at noon? Thanks.';
const LOOKALIKE = 'jane.doe@acmehea1th.org';
const WARNING = `${LOOKALIKE} looks like acmehealth.org but is a different domain`;
const EDITOR = '#compose-1 [g_editable=true]';
const SEND = '#compose-1 [data-tooltip^="Send"]';

/** The fixture sites (and the portal reply page) plus the organization's own domain; `recipients` overrides the recipient policy. */
const policy = (recipients = {}) => ({
  sites: [{ match: 'http://127.0.0.1/portal-reply.html*', adapter: 'portal' }, ...FIXTURE_SITES],
  recipients: { internalDomains: ['acmehealth.org'], ...recipients },
});

let server;
let browser;
before(async () => {
  server = await serveFixtures();
  browser = await launchWithExtension({ userPolicy: policy() });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh Gmail fixture with a new-message dialog addressed to `to`, the body typed with real keys. */
async function compose(to, body, { expectBadge = 'phi' } = {}) {
  const page = await openFixture(browser.context, server.url('gmail.html'), { boxes: 2 });
  await page.fill('#compose-1 textarea[name="to"]', to);
  await page.click(EDITOR);
  await page.keyboard.type(body, { delay: 0 });
  await page.waitForFunction((want) => {
    const state = document.querySelectorAll('phi-guard-layer')[1]?.dataset.badge;
    return want === 'phi' ? state === 'phi' || state === 'sensitive' : state === want;
  }, expectBadge, { timeout: 10_000 });
  return page;
}

const settle = (page) => page.waitForTimeout(300);

describe('Recipient warnings in the Gmail fixture', () => {
  test('PHI to a look-alike of the internal domain: the prompt names it and Send waits for an acknowledgement', async () => {
    const page = await compose(LOOKALIKE, PHI);
    await page.click(SEND);
    await promptOf(page).waitFor({ state: 'visible', timeout: 5_000 });
    assert.equal((await sentOf(page)).length, 0, 'held while the prompt is open');

    const warnings = page.locator('[data-testid="phi-recipients"]');
    assert.match(await warnings.innerText(), new RegExp(WARNING.replace(/[.]/g, '\\.')));
    assert.equal(await page.locator('[data-testid="phi-blocked"]').count(), 0, 'acknowledge, not block, by default');

    await page.click('[data-testid="phi-purpose-treatment"]');
    const confirm = page.locator('[data-testid="phi-confirm"]');
    assert.equal(await confirm.isDisabled(), true, 'cannot confirm before acknowledging the recipients');
    assert.match(await page.locator('[data-testid="phi-unmet"]').innerText(), /recipient/i);
    await page.locator('[data-testid="phi-recipient-ack"]').check();
    assert.equal(await confirm.isDisabled(), false);
    await confirm.click();
    await promptOf(page).waitFor({ state: 'detached', timeout: 5_000 });
    await settle(page);
    assert.equal((await sentOf(page)).length, 1, 'sent once after acknowledging');
    await page.close();
  });

  test('PHI to an internal colleague: no look-alike warning and nothing to acknowledge', async () => {
    const page = await compose('jane.doe@acmehealth.org', PHI);
    await page.click(SEND);
    await promptOf(page).waitFor({ state: 'visible', timeout: 5_000 });
    const warnings = await page.locator('[data-testid="phi-recipients"]').innerText();
    assert.doesNotMatch(warnings, /looks like/);
    assert.match(warnings, /acmehealth\.org/, 'the recipients are listed');
    assert.equal(await page.locator('[data-testid="phi-recipient-ack"]').count(), 0);
    await page.click('[data-testid="phi-cancel"]');
    await page.close();
  });

  test('no PHI to a look-alike sends without a prompt by default (promptWithoutPhi is off)', async () => {
    const page = await compose(LOOKALIKE, CLEAN, { expectBadge: 'clear' });
    await page.click(SEND);
    await settle(page);
    assert.equal(await promptOf(page).count(), 0);
    assert.equal((await sentOf(page)).length, 1);
    await page.close();
  });

  test('with promptWithoutPhi on, the same clean message is held for the look-alike', async () => {
    await browser.setUserPolicy(policy({ promptWithoutPhi: true }));
    try {
      const page = await compose(LOOKALIKE, CLEAN, { expectBadge: 'clear' });
      await page.click(SEND);
      await promptOf(page).waitFor({ state: 'visible', timeout: 5_000 });
      assert.match(await page.locator('[data-testid="phi-recipients"]').innerText(), /looks like acmehealth\.org/);
      assert.equal((await sentOf(page)).length, 0);
      await page.close();
    } finally {
      await browser.setUserPolicy(policy());
    }
  });
});

describe('A blocking recipient signal', () => {
  test('policy lookalike: block → the prompt says why and no way of sending gets the message out', async () => {
    await browser.setUserPolicy(policy({ signals: { lookalike: 'block' } }));
    try {
      const page = await compose(LOOKALIKE, PHI);
      await page.click(SEND);
      await promptOf(page).waitFor({ state: 'visible', timeout: 5_000 });
      const blocked = page.locator('[data-testid="phi-blocked"]');
      assert.match(await blocked.innerText(), new RegExp(WARNING.replace(/[.]/g, '\\.')));
      const confirm = page.locator('[data-testid="phi-confirm"]');
      assert.ok(!(await confirm.count()) || await confirm.isDisabled(), 'no enabled confirm button');
      assert.equal(await page.locator('[data-testid="phi-purpose-treatment"]').count(), 0, 'no purpose to pick');
      await page.click('[data-testid="phi-cancel"]');
      await promptOf(page).waitFor({ state: 'detached', timeout: 5_000 });

      // Every other way to send is held too.
      await page.click(EDITOR);
      await page.keyboard.press('Control+Enter');
      await promptOf(page).waitFor({ state: 'visible', timeout: 5_000 });
      await page.click('[data-testid="phi-cancel"]');
      await page.focus(SEND);
      await page.keyboard.press('Enter');
      await settle(page);
      assert.equal((await sentOf(page)).length, 0, 'nothing was sent');

      // The blocked attempt is logged as metadata only: the domain, never the address.
      const log = await browser.readLog();
      const entry = log.find((e) => e.outcome === 'blocked' && e.signals.includes('lookalike'));
      assert.ok(entry, 'a blocked entry with the lookalike signal');
      assert.ok(entry.recipientDomains.includes('acmehea1th.org'), 'the look-alike domain is recorded');
      assert.doesNotMatch(JSON.stringify(log), /jane\.doe/);
      await page.close();
    } finally {
      await browser.setUserPolicy(policy());
    }
  });

  test('fixing the address lifts the block', async () => {
    await browser.setUserPolicy(policy({ signals: { lookalike: 'block' } }));
    try {
      const page = await compose(LOOKALIKE, PHI);
      await page.fill('#compose-1 textarea[name="to"]', 'jane.doe@acmehealth.org');
      await page.click(SEND);
      await promptOf(page).waitFor({ state: 'visible', timeout: 5_000 });
      assert.equal(await page.locator('[data-testid="phi-blocked"]').count(), 0);
      await page.click('[data-testid="phi-purpose-treatment"]');
      await page.click('[data-testid="phi-confirm"]');
      await promptOf(page).waitFor({ state: 'detached', timeout: 5_000 });
      await settle(page);
      assert.equal((await sentOf(page)).length, 1);
      await page.close();
    } finally {
      await browser.setUserPolicy(policy());
    }
  });
});

/** A portal page with the PHI body typed into the reply box (a textarea in an open shadow root). */
async function portalCompose(file, body) {
  const page = await openFixture(browser.context, server.url(file));
  await page.click('va-textarea textarea');
  await page.keyboard.type(body, { delay: 0 });
  await page.waitForFunction(() => ['phi', 'sensitive'].includes(document.querySelector('phi-guard-layer')?.dataset.badge), null, { timeout: 10_000 });
  await page.click('[data-testid="Send-Button"] button');
  await promptOf(page).waitFor({ state: 'visible', timeout: 5_000 });
  return page;
}

const OTHER_PATIENT = 'Hi Maria, the echo for Robert Chen, MRN 48213377, showed an ejection fraction of 35%. Please increase his metoprolol to 50 mg.';
const SAME_PATIENT = 'Hi Maria Lopez, your echo on 3/4/2025 showed an ejection fraction of 55%. Keep taking metoprolol 25 mg.';
const WRONG_PATIENT = 'This conversation is about Maria Lopez, but the message mentions Robert Chen';

describe('Wrong patient in a portal reply', () => {
  for (const [label, file] of [['the patient banner', 'portal-reply.html'], ['the thread\'s data attribute', 'portal-reply.html?attr']]) {
    test(`Maria Lopez's thread (${label}), a reply about Robert Chen: the prompt warns and wants the recipient check`, async () => {
      const page = await portalCompose(file, OTHER_PATIENT);
      const warning = page.locator('[data-testid="phi-recipients"] [data-signal="wrong_patient"]');
      assert.equal(await warning.count(), 1);
      assert.match(await warning.innerText(), new RegExp(WRONG_PATIENT));
      assert.equal(await page.locator('[data-testid="phi-recipient-ack"]').count(), 1, 'acknowledge by default');
      assert.equal((await sentOf(page)).length, 0, 'held');
      await page.click('[data-testid="phi-cancel"]');
      await page.close();
    });
  }

  test('a reply that names Maria Lopez herself: PHI prompt, no wrong-patient warning (the inbox beside it names others)', async () => {
    const page = await portalCompose('portal-reply.html', SAME_PATIENT);
    assert.equal(await page.locator('[data-signal="wrong_patient"]').count(), 0);
    assert.equal(await page.locator('[data-testid="phi-recipient-ack"]').count(), 0);
    const recipients = await page.locator('[data-testid="phi-recipients"]').innerText();
    assert.match(recipients, /Maria Lopez \(internal\)/, 'the patient is a portal recipient, not an outside address');
    await page.click('[data-testid="phi-cancel"]');
    await page.close();
  });
});

describe('Portal care team', () => {
  test('a care-team recipient is internal: no address, no external signal', async () => {
    const page = await portalCompose('portal.html', PHI);
    const recipients = page.locator('[data-testid="phi-recipients"]');
    const shown = await recipients.innerText();
    assert.match(shown, /Cardiology Team A \(internal\)/);
    assert.doesNotMatch(shown, /<cardiology team a>|external|looks like/i);
    assert.equal(await recipients.locator('[data-signal]').count(), 0, 'no recipient signals');
    await page.click('[data-testid="phi-cancel"]');
    await page.close();
  });
});
