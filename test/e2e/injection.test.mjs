// Where the guard runs: a small gate script is in every frame, the guard itself only in frames policy.sites
// covers, injected by the background (entrypoints/gate.content.ts, lib/guard/injection.ts). Run after
// `npm run build`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithExtension, serveFixtures, openFixture, badgeOf, FIXTURE_SITES } from './harness.mjs';

let browser;
let fixtures;
before(async () => {
  fixtures = await serveFixtures();
  // Every fixture but the generic form is guarded at first.
  browser = await launchWithExtension({ userPolicy: { sites: FIXTURE_SITES.filter((s) => s.adapter !== 'generic') } });
});
after(async () => {
  await browser?.close();
  await fixtures?.close();
});

/**
 * Is a guard alive in the page's top frame? Asked in the extension's isolated world (where the guard marks
 * itself), which the page cannot see, through the service worker's scripting API.
 */
async function guardAliveIn(page) {
  const url = page.url();
  return browser.serviceWorker.evaluate(async (pageUrl) => {
    const [tab] = (await chrome.tabs.query({})).filter((t) => t.url === pageUrl);
    if (!tab) throw new Error(`no tab at ${pageUrl}`);
    const [result] = await chrome.scripting.executeScript({
      target: { tabId: tab.id },
      func: () => typeof globalThis.__phiGuardAlive === 'function' && globalThis.__phiGuardAlive(),
    });
    return result.result;
  }, url);
}

test('a page policy does not cover gets no guard; adding it to policy guards the open page without a reload', async () => {
  const page = await browser.context.newPage();
  await page.goto(fixtures.url('generic.html'));
  await page.waitForTimeout(1000); // time for the gate to ask and the background to (not) inject
  assert.equal(await guardAliveIn(page), false, 'no guard evaluated in an unlisted page');
  assert.equal(await page.locator('phi-guard-layer').count(), 0);

  await browser.setUserPolicy({ sites: FIXTURE_SITES });
  await page.waitForFunction(() => document.querySelectorAll('phi-guard-layer').length >= 1, null, { timeout: 10_000 });
  assert.equal(await guardAliveIn(page), true);
  await page.fill('#message', 'Patient John Smith, DOB 04/12/1961, is being treated for CHF.');
  await page.locator('phi-guard-layer[data-badge="phi"]').first().waitFor({ state: 'attached', timeout: 10_000 });
  assert.equal(await badgeOf(page), 'phi');
  await page.close();
});

test('a listed page gets exactly one guard, even when the gate asks again', async () => {
  const page = await openFixture(browser.context, fixtures.url('gmail.html'));
  assert.equal(await guardAliveIn(page), true);
  // A policy change makes the gate ask again; the running guard keeps the page (one layer per compose box).
  const layers = await page.locator('phi-guard-layer').count();
  await browser.setUserPolicy({ sites: [...FIXTURE_SITES], modes: { identifier: 'prompt' } });
  await page.waitForTimeout(800);
  assert.equal(await page.locator('phi-guard-layer').count(), layers);
  await page.close();
});
