// The disclosure prompt for people who do not use a mouse or who zoom: keyboard alone from Send to sent,
// focus kept inside the dialog, Escape as cancel with focus back in the editor, and a 200%-zoom layout
// (half the CSS viewport) that needs no horizontal scrolling. Run after `npm run build`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithExtension, openFixture, promptOf, sentOf, serveFixtures } from './harness.mjs';

const PHI = 'Referral for Mr. John Smith, MRN 12345678, DOB 04/12/1961, diagnosed with CHF. Please see him next week.';

let server;
let browser;
before(async () => {
  server = await serveFixtures();
  browser = await launchWithExtension();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The focused element, looking through open shadow roots: its data-testid, tag, and whether it is in the prompt. */
const focused = (page) => page.evaluate(() => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  const prompt = el?.closest?.('[data-testid="phi-prompt"]');
  return { testid: el?.getAttribute?.('data-testid') ?? null, tag: el?.tagName ?? null, inPrompt: Boolean(prompt), label: el?.getAttribute?.('aria-label') ?? null };
});

async function composeWithPhi(page) {
  // The fixture opens with the thread's inline reply (layer 0) and one compose dialog, #compose-1 (layer 1).
  await page.click('#compose-1 [g_editable=true]');
  await page.keyboard.type(PHI, { delay: 0 });
  await page.waitForFunction(() => document.querySelectorAll('phi-guard-layer')[1]?.dataset.badge === 'phi', null, { timeout: 10_000 });
}

test('keyboard only: Ctrl+Enter, Tab stays in the dialog, arrows pick a purpose, Enter confirms, sent once', async () => {
  const page = await openFixture(browser.context, server.url('gmail.html'), { boxes: 2 });
  await composeWithPhi(page);
  await page.keyboard.press('Control+Enter');
  await promptOf(page).waitFor({ state: 'visible', timeout: 5_000 });
  assert.ok((await focused(page)).inPrompt, 'the prompt takes focus when it opens');

  // Focus trap: a full round of Tab and of Shift+Tab never leaves the dialog.
  const seen = new Set();
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    assert.ok(f.inPrompt, `Tab #${i + 1} left the prompt (focus on ${f.tag} ${f.testid ?? ''})`);
    seen.add(f.testid ?? f.tag);
  }
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Shift+Tab');
    assert.ok((await focused(page)).inPrompt, `Shift+Tab #${i + 1} left the prompt`);
  }
  assert.ok(seen.has('phi-cancel'), `Cancel is reachable by Tab (reached: ${[...seen].join(', ')})`);

  // Tab to the purpose group, then choose "treatment" (no minimum-necessary step) with the arrow keys.
  let f = await focused(page);
  for (let i = 0; i < 25 && !(f.testid ?? '').startsWith('phi-purpose-'); i++) { await page.keyboard.press('Tab'); f = await focused(page); }
  assert.match(f.testid ?? '', /^phi-purpose-/, 'the purpose choices are reachable by Tab');
  // As with any radio group: Space checks the focused choice, the arrow keys move and check.
  await page.keyboard.press(' ');
  const checked = () => page.evaluate(() => {
    const host = [...document.querySelectorAll('*')].find((e) => e.shadowRoot?.querySelector('[data-testid="phi-prompt"]'));
    return host.shadowRoot.querySelector('[data-testid^="phi-purpose-"]:checked')?.getAttribute('data-testid') ?? null;
  });
  const first = await checked();
  assert.equal(first, f.testid, 'Space selects the focused purpose');
  await page.keyboard.press('ArrowDown');
  const second = await checked();
  assert.ok(second && second !== first, `ArrowDown selects the next purpose (${first} -> ${second})`);
  for (let i = 0; i < 12 && (await checked()) !== 'phi-purpose-treatment'; i++) await page.keyboard.press('ArrowUp');
  assert.equal(await checked(), 'phi-purpose-treatment', 'treatment (no minimum-necessary step) chosen by keyboard');
  f = await focused(page);

  for (let i = 0; i < 25 && f.testid !== 'phi-confirm'; i++) { await page.keyboard.press('Tab'); f = await focused(page); }
  assert.equal(f.testid, 'phi-confirm', 'Confirm is reachable by Tab once a purpose is chosen');
  assert.deepEqual(await sentOf(page), [], 'nothing sent while the prompt is open');
  await page.keyboard.press('Enter');
  await promptOf(page).waitFor({ state: 'detached', timeout: 5_000 });
  await page.waitForTimeout(250);
  assert.equal((await sentOf(page)).length, 1, 'confirmed by keyboard: sent exactly once');
  await page.close();
});

test('Escape cancels: nothing is sent and focus is back in the editor', async () => {
  const page = await openFixture(browser.context, server.url('gmail.html'), { boxes: 2 });
  await composeWithPhi(page);
  await page.keyboard.press('Control+Enter');
  await promptOf(page).waitFor({ state: 'visible', timeout: 5_000 });
  await page.keyboard.press('Escape');
  await promptOf(page).waitFor({ state: 'detached', timeout: 5_000 });
  await page.waitForTimeout(250);
  assert.deepEqual(await sentOf(page), []);
  const back = await page.evaluate(() => Boolean(document.activeElement?.matches('#compose-1 [g_editable=true]')));
  assert.ok(back, 'focus returns to the message body it left');
  // The compose box is still open (Gmail closes compose on Escape; the prompt must not pass the key on).
  assert.equal(await page.locator('#compose-1').count(), 1);
  await page.close();
});

test('at 200% zoom the prompt fits the width and every control can be scrolled to', async () => {
  const page = await openFixture(browser.context, server.url('gmail.html'), { boxes: 2 });
  // 200% browser zoom on a 1280×800 window lays the page out in a 640×400 CSS-pixel viewport.
  await page.setViewportSize({ width: 640, height: 400 });
  await composeWithPhi(page);
  await page.keyboard.press('Control+Enter');
  const prompt = promptOf(page);
  await prompt.waitFor({ state: 'visible', timeout: 5_000 });
  const box = await prompt.boundingBox();
  assert.ok(box, 'the prompt is laid out');
  assert.ok(box.x >= 0 && box.x + box.width <= 640 + 0.5, `the dialog fits 640 px: x=${box.x} width=${box.width}`);
  const overflowing = await page.evaluate(() => {
    const host = [...document.querySelectorAll('*')].find((e) => e.shadowRoot?.querySelector('[data-testid="phi-prompt"]'));
    const dialog = host.shadowRoot.querySelector('[data-testid="phi-prompt"]');
    return [...dialog.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
      .map((e) => `${e.tagName}.${e.className}`).slice(0, 5);
  });
  assert.deepEqual(overflowing, [], 'no element of the prompt sticks out to the right');
  for (const id of ['phi-purpose-payment', 'phi-cancel', 'phi-confirm']) {
    const control = page.locator(`[data-testid="${id}"]`);
    await control.scrollIntoViewIfNeeded();
    const b = await control.boundingBox();
    assert.ok(b && b.y >= 0 && b.y + b.height <= 400 + 0.5 && b.x + b.width <= 640 + 0.5, `${id} can be brought into view: ${JSON.stringify(b)}`);
  }
  await page.close();
});
