// Rich-text editors in a same-origin iframe with Send in the page (TinyMCE classic mode, CKEditor 4, older
// Outlook on the web): the guard of the page owns the box, listens inside the frame, marks there, and holds
// Send, Ctrl+Enter in the frame and the form submit. Run after `npm run build`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  cancelPrompt, confirmPrompt, heldThenSentOnce, launchWithExtension, openFixture, promptOf, sentOf, serveFixtures,
  settle, waitBadge, waitPrompt,
} from './harness.mjs';

const PHI = 'Referral for Mr. John Smith, SSN 219-09-9999, MRN 12345678, diagnosed with CHF. Please see him next week.';
const CLEAN = 'Hi team, can we move the staff meeting to Friday at noon? Thanks.';
const TINY = '#tiny-compose iframe';
const CKE = '#cke-compose iframe';

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

/** Both boxes guarded: the TinyMCE-like one is layer 0, the CKEditor-like form layer 1 (document order). */
const open = () => openFixture(browser.context, server.url('iframe-editor.html'), { boxes: 2 });

/** The frame (Playwright Frame) of an editor iframe. */
async function frameOf(page, selector) {
  const frame = await (await page.$(selector)).contentFrame();
  assert.ok(frame, `${selector} has a frame`);
  return frame;
}

/** Type with real key presses into the frame's body, then wait for the badge. */
async function typeIn(page, selector, text, { layer = 0, expect = 'phi' } = {}) {
  const frame = await frameOf(page, selector);
  await frame.click('body');
  await page.keyboard.type(text, { delay: 0 });
  await waitBadge(page, layer, expect);
  return frame;
}

/** Ranges in the frame's own PHI Guard highlights (CSS.highlights is per window). */
const frameHighlights = (frame) => frame.evaluate(() => {
  const out = [];
  for (const [name, highlight] of CSS.highlights) if (name.startsWith('phi-guard-')) for (const range of highlight) out.push(range.toString());
  return out;
});

describe('Editor in a same-origin iframe (TinyMCE-like, about:blank + document.write)', () => {
  test('typing PHI in the frame shows the badge at the frame and marks inside it; hover explains', async () => {
    const page = await open();
    const frame = await typeIn(page, TINY, PHI);
    const marked = await frameHighlights(frame);
    assert.ok(marked.length >= 2, `marked: ${marked.join(' | ')}`);
    assert.ok(marked.some((m) => m.includes('John Smith')), 'the name is marked');
    assert.equal(await frame.evaluate(() => !!document.getElementById('phi-guard-highlight-style')), true, 'highlight style injected into the frame');
    assert.equal((await frame.locator('body').innerText()).trim(), PHI, 'editor content unchanged');
    assert.equal(await frame.locator('body mark, body span').count(), 0, 'no markup inserted');
    assert.equal(await page.evaluate(() => { let n = 0; for (const [name, h] of CSS.highlights) if (name.startsWith('phi-guard-')) n += h.size; return n; }), 0, 'nothing highlighted in the page itself');

    // The badge sits at the frame's bottom-right corner, in the page's coordinates.
    const frameBox = await page.locator(TINY).boundingBox();
    const badgeBox = await page.locator('phi-guard-layer').first().locator('.phig-badge-anchor').boundingBox();
    assert.ok(badgeBox, 'badge rendered');
    assert.ok(Math.abs(badgeBox.x + badgeBox.width - (frameBox.x + frameBox.width)) < 2, `badge right ${badgeBox.x + badgeBox.width} vs frame right ${frameBox.x + frameBox.width}`);
    assert.ok(Math.abs(badgeBox.y - (frameBox.y + frameBox.height)) < 20, `badge top ${badgeBox.y} vs frame bottom ${frameBox.y + frameBox.height}`);

    // Hover over "Smith" as drawn in the frame: the hit-test offsets the frame's rects into the page.
    const inFrame = await frame.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf('Smith');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 5);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2, bottom: r.bottom };
      }
      return undefined;
    });
    const content = await page.evaluate((sel) => {
      const f = document.querySelector(sel);
      const r = f.getBoundingClientRect();
      return { x: r.left + f.clientLeft, y: r.top + f.clientTop };
    }, TINY);
    await page.mouse.move(content.x + inFrame.x, content.y + inFrame.y);
    const tooltip = page.locator('[data-testid="phi-tooltip"]');
    await tooltip.waitFor({ state: 'visible', timeout: 3_000 });
    assert.equal(await tooltip.getAttribute('data-type'), 'name');
    const tipBox = await tooltip.boundingBox();
    assert.ok(tipBox.y >= content.y + inFrame.bottom && tipBox.y < content.y + inFrame.bottom + 40, `tooltip under the mark (tooltip y ${tipBox.y}, mark bottom ${content.y + inFrame.bottom})`);
    await page.mouse.move(5, 5);
    await tooltip.waitFor({ state: 'detached', timeout: 3_000 });
    await page.close();
  });

  test('click on Send is held and prompts; cancel sends nothing and returns focus to the frame; confirm sends once', async () => {
    const page = await open();
    const frame = await typeIn(page, TINY, PHI);
    await page.click('#tiny-send');
    await waitPrompt(page);
    await cancelPrompt(page);
    await settle(page);
    assert.equal((await sentOf(page)).length, 0, 'cancel sends nothing');
    assert.equal(await page.evaluate((sel) => document.activeElement === document.querySelector(sel), TINY), true, 'focus back in the editor frame');
    assert.equal(await frame.evaluate(() => document.activeElement === document.body), true, 'on the editor body');

    const sent = await heldThenSentOnce(page, 'click on Send', () => page.click('#tiny-send'));
    assert.equal(sent.box, 'tinymce');
    assert.equal(sent.how, 'click');
    assert.match(sent.text, /219-09-9999/);
    await page.close();
  });

  test('Ctrl+Enter inside the frame is held too; confirm replays it once', async () => {
    const page = await open();
    await typeIn(page, TINY, PHI);
    const sent = await heldThenSentOnce(page, 'Ctrl+Enter in the frame', () => page.keyboard.press('Control+Enter'));
    assert.equal(sent.how, 'ctrl-enter');
    assert.match(sent.text, /John Smith/);
    await page.close();
  });

  test('a message without PHI sends at once, with no prompt', async () => {
    const page = await open();
    await typeIn(page, TINY, CLEAN, { expect: 'clear' });
    await page.click('#tiny-send');
    await settle(page);
    assert.equal(await promptOf(page).count(), 0, 'no prompt without PHI');
    const sent = await sentOf(page);
    assert.equal(sent.length, 1);
    assert.equal(sent[0].text, CLEAN);
    // And Ctrl+Enter of a clean message goes straight through as well.
    await typeIn(page, TINY, CLEAN, { expect: 'clear' });
    await page.keyboard.press('Control+Enter');
    await settle(page);
    assert.equal(await promptOf(page).count(), 0);
    assert.equal((await sentOf(page)).length, 2);
    await page.close();
  });

  test('redact from the prompt edits the frame editor (undoable)', async () => {
    const page = await open();
    const frame = await typeIn(page, TINY, PHI);
    await page.click('#tiny-send');
    await waitPrompt(page);
    const nameRow = page.locator('[data-testid^="phi-finding-"]', { hasText: 'John Smith' });
    await nameRow.locator('[data-testid^="phi-jump-"]').click();
    assert.equal(await frame.evaluate(() => getSelection().toString()), 'John Smith', 'jump selects in the frame');
    await nameRow.locator('[data-testid^="phi-redact-"]').click();
    await frame.waitForFunction(() => !document.body.innerText.includes('John Smith'));
    assert.match(await frame.locator('body').innerText(), /\[name removed\]/);
    await cancelPrompt(page);
    assert.equal((await sentOf(page)).length, 0);
    await frame.click('body');
    await page.keyboard.press('Control+z');
    await frame.waitForFunction(() => document.body.innerText.includes('John Smith'));
    await page.close();
  });
});

describe('The editor frame is replaced (TinyMCE remove() + init())', () => {
  test('the guard follows the new frame: marks, Ctrl+Enter held, Send held', async () => {
    const page = await open();
    await typeIn(page, TINY, 'Hello', { expect: 'clear' });
    await page.evaluate(() => window.reinitTiny());
    const frame = await typeIn(page, TINY, PHI);
    assert.ok((await frameHighlights(frame)).length >= 2, 'marks in the new frame');
    assert.equal((await heldThenSentOnce(page, 'Ctrl+Enter in the new frame', () => page.keyboard.press('Control+Enter'))).how, 'ctrl-enter');
    // document.open() on the same frame: same window, a new body.
    await page.evaluate(() => {
      const doc = document.querySelector('#tiny-compose iframe').contentDocument;
      doc.open();
      doc.write('<!doctype html><html><body contenteditable="true"><p><br></p></body></html>');
      doc.close();
    });
    await typeIn(page, TINY, PHI);
    assert.equal((await heldThenSentOnce(page, 'Send after document.open()', () => page.click('#tiny-send'))).how, 'click');
    await page.close();
  });
});

describe('Editor iframe in designMode inside a form (CKEditor 4-like, srcdoc)', () => {
  test('PHI is marked in the frame; the submit button is held; confirm submits once', async () => {
    const page = await open();
    const frame = await typeIn(page, CKE, PHI, { layer: 1 });
    assert.equal(await frame.evaluate(() => document.designMode), 'on');
    assert.ok((await frameHighlights(frame)).length >= 2);
    const sent = await heldThenSentOnce(page, 'submit button', () => page.click('#cke-compose button[type=submit]'));
    assert.equal(sent.box, 'ckeditor');
    assert.match(sent.text, /diagnosed with CHF/);
    await page.close();
  });
});

describe('Outlook on the web, older build: the body in a designMode iframe', () => {
  test('marks in the frame; Send (split button icon) and Ctrl+Enter in the frame are held; no PHI sends at once', async () => {
    const page = await openFixture(browser.context, server.url('outlook.html?iframe'));
    const editor = '#reply iframe';
    const frame = await typeIn(page, editor, PHI);
    assert.ok((await frameHighlights(frame)).length >= 2);
    assert.equal((await heldThenSentOnce(page, 'click on the Send icon', () => page.click('.fui-SplitButton__primaryActionButton svg'))).how, 'click');
    await typeIn(page, editor, PHI);
    const sent = await heldThenSentOnce(page, 'Ctrl+Enter in the frame', () => page.keyboard.press('Control+Enter'));
    assert.equal(sent.how, 'ctrl-enter');
    assert.match(sent.text, /MRN 12345678/);
    await typeIn(page, editor, CLEAN, { expect: 'clear' });
    await page.click('.fui-SplitButton__primaryActionButton');
    await settle(page);
    assert.equal(await promptOf(page).count(), 0);
    assert.equal((await sentOf(page)).length, 3);
    await page.close();
  });
});
