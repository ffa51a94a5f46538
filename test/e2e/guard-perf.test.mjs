// Figures for the README: how fast the guard reacts while typing, how a huge paste is handled, and that a
// message without PHI goes out with no added delay. Prints a table; asserts generous bounds only.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithExtension, openFixture, sentOf, serveFixtures } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serveFixtures(); browser = await launchWithExtension(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Long tasks (>50 ms) on the page's main thread, collected from now on. */
const watchLongTasks = (page) => page.evaluate(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); }).observe({ type: 'longtask' });
});

test('typing, huge paste and clean-send figures', async () => {
  const page = await openFixture(browser.context, server.url('gmail.html'), { boxes: 2 });
  const editor = '#compose-1 [g_editable=true]';
  await page.click(editor);

  // Keystroke to badge: type a referral, time until the badge says PHI.
  const t0 = Date.now();
  await page.keyboard.type('Referral for Mr. John Smith, MRN 12345678, diagnosed with CHF.');
  const typed = Date.now();
  await page.waitForFunction(() => ['phi', 'sensitive'].includes(document.querySelectorAll('phi-guard-layer')[1]?.dataset.badge));
  const badgeAfterTyping = Date.now() - typed;

  // Huge paste: ~200k characters (2,000 lines) into the portal's textarea, then typing while it is scanned.
  // (Chromium itself needs tens of seconds to insert 2,000 paragraphs into a contenteditable, guarded or not,
  // so the contenteditable gets a flat paste of the same size.)
  const para = 'The weather was fine and the meeting ran long; nothing else to report from the site visit today.\n';
  const paste = para.repeat(2000);
  const portal = await openFixture(browser.context, server.url('portal.html'));
  await portal.click('va-textarea textarea');
  await watchLongTasks(portal);
  const hugePaste = async (target, text, layerIndex, read) => {
    const p0 = Date.now();
    await target.keyboard.insertText(text);
    const returned = Date.now() - p0;
    const k0 = Date.now();
    await target.keyboard.type('x');
    const keystroke = Date.now() - k0;
    await target.keyboard.type(' Mr. John Smith, MRN 12345678, diagnosed with CHF.');
    await target.waitForFunction(([n, len, how]) => {
      const layer = document.querySelectorAll('phi-guard-layer')[n];
      const text = how === 'textarea' ? document.querySelector('va-textarea').shadowRoot.querySelector('textarea').value
        : document.querySelector('#compose-1 [g_editable=true]').innerText;
      return layer?.dataset.badge === 'phi' && text.length >= len;
    }, [layerIndex, text.length, read], { timeout: 60_000 });
    const toBadge = Date.now() - p0;
    const tasks = await target.evaluate(() => window.__longTasks);
    return { returned, keystroke, toBadge, longTasks: tasks.length, longest: Math.round(Math.max(0, ...tasks)) };
  };
  const inTextarea = await hugePaste(portal, paste, 0, 'textarea');
  await watchLongTasks(page);
  await page.click(editor);
  await page.keyboard.press('End');
  const inEditable = await hugePaste(page, paste.replaceAll('\n', ' '), 1, 'editable');

  // A message without PHI: time from the click to the fixture's record of the send.
  const clean = await openFixture(browser.context, server.url('outlook.html'));
  await clean.click('[aria-label^="Message body"]');
  await clean.keyboard.type('Hi team, can we move the staff meeting to Friday at noon?');
  await clean.waitForFunction(() => document.querySelector('phi-guard-layer')?.dataset.badge === 'clear');
  await clean.evaluate(() => window.addEventListener('pointerdown', () => { window.__pressedAt = Date.now(); }, { capture: true, once: true }));
  await clean.click('.fui-SplitButton__primaryActionButton');
  await clean.waitForFunction(() => window.__sent.length > 0);
  const cleanDelay = await clean.evaluate(() => window.__sent[0].at - window.__pressedAt);
  const sentClean = await sentOf(clean);

  const rows = [
    ['badge after typing a referral (ms after last key)', badgeAfterTyping],
    ['huge paste size (characters)', paste.length],
    ['textarea: insertText of the paste returned (ms)', inTextarea.returned],
    ['textarea: one keystroke right after the paste (ms)', inTextarea.keystroke],
    ['textarea: paste to final badge (ms)', inTextarea.toBadge],
    ['textarea: long tasks > 50 ms (count / longest ms)', `${inTextarea.longTasks} / ${inTextarea.longest}`],
    ['contenteditable: insertText of the paste returned (ms)', inEditable.returned],
    ['contenteditable: one keystroke right after the paste (ms)', inEditable.keystroke],
    ['contenteditable: paste to final badge (ms)', inEditable.toBadge],
    ['contenteditable: long tasks > 50 ms (count / longest ms)', `${inEditable.longTasks} / ${inEditable.longest}`],
    ['clean message sent without prompt (sends recorded)', sentClean.length],
    ['clean message: press to send recorded (ms)', cleanDelay],
  ];
  console.log('\nGuard figures (headless Chromium, this machine):');
  for (const [what, value] of rows) console.log(`  ${what.padEnd(56)} ${value}`);
  assert.equal(sentClean.length, 1);
  assert.ok(badgeAfterTyping < 3000, `badge after ${badgeAfterTyping} ms`);
  assert.ok(inTextarea.keystroke < 1500, `a keystroke took ${inTextarea.keystroke} ms after the paste`);
});
