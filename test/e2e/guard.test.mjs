// The compose guard in real Chromium: every fixture (Gmail, Outlook, VA-style portal, generic form and chat)
// is typed into with trusted input, and every way of sending is tried. Run after `npm run build`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  badgeOf, cancelPrompt, confirmPrompt, heldThenSentOnce, highlightRanges, launchWithExtension, openFixture, promptOf,
  screenshot, sentOf, serveFixtures, settle, waitBadge, waitPrompt, FIXTURE_SITES,
} from './harness.mjs';

const PHI = 'Referral for Mr. John Smith, SSN 219-09-9999, MRN 12345678, diagnosed with CHF. Please see him next week.';
const CLEAN = 'Hi team, can we move the staff meeting to Friday at noon? Thanks.';

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

async function open(fixture, boxes = 1) {
  return openFixture(browser.context, server.url(fixture), { boxes });
}

/** Type into an editor with real key presses, then wait for the debounced rescan to settle on a badge. */
async function typeInto(page, editorSelector, text, { layer = 0, expect = 'phi' } = {}) {
  await page.click(editorSelector);
  await page.keyboard.type(text, { delay: 0 });
  await waitBadge(page, layer, expect);
}

describe('Gmail fixture', () => {
  test('typing PHI shows the badge and marks findings with CSS highlights, editor untouched', async () => {
    const page = await open('gmail.html', 2);
    await typeInto(page, '#compose-1 [g_editable=true]', PHI, { layer: 1 });
    assert.ok(await highlightRanges(page) >= 2, 'findings are highlighted');
    assert.equal(await page.locator('#compose-1 [g_editable=true]').innerText(), PHI, 'editor content unchanged');
    assert.equal(await page.locator('#compose-1 [g_editable=true] mark, #compose-1 [g_editable=true] span').count(), 0, 'no markup inserted');
    // Undo still works: the marks never entered the editor's history.
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(300);
    assert.notEqual(await page.locator('#compose-1 [g_editable=true]').innerText(), PHI);
    await page.close();
  });

  test('highlight ranges cover exactly the findings across lines and blocks', async () => {
    const page = await open('gmail.html', 2);
    await page.click('#compose-1 [g_editable=true]');
    await page.keyboard.type('Hello,');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Referral for Mr. John Smith,');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('MRN 12345678, diagnosed with CHF.');
    await page.waitForFunction(() => ['phi', 'sensitive'].includes(document.querySelectorAll('phi-guard-layer')[1]?.dataset.badge));
    const marked = await page.evaluate(() => {
      const out = [];
      for (const [name, highlight] of CSS.highlights) if (name.startsWith('phi-guard-')) for (const range of highlight) out.push(range.toString());
      return out.sort();
    });
    assert.ok(marked.length >= 3, `marked: ${marked.join(' | ')}`);
    for (const text of marked) assert.ok(['John Smith', 'Mr. John Smith', '12345678', 'MRN 12345678', 'CHF'].includes(text), `unexpected mark "${text}"`);
    await page.close();
  });

  test('every send path is held; confirm sends once; cancel sends nothing', async () => {
    const page = await open('gmail.html', 2);
    const editor = '#compose-1 [g_editable=true]';
    await typeInto(page, editor, PHI, { layer: 1 });

    // Cancel first: nothing goes, focus returns to where it was.
    await page.click('#compose-1 [data-tooltip^="Send"] .icon');
    await waitPrompt(page);
    await screenshot(page, 'prompt-gmail.png');
    await cancelPrompt(page);
    await settle(page);
    assert.equal((await sentOf(page)).length, 0, 'cancel sends nothing');

    const byIcon = await heldThenSentOnce(page, 'click on the inner icon', () => page.click('#compose-1 [data-tooltip^="Send"] .icon'));
    assert.equal(byIcon.how, 'click');
    assert.match(byIcon.text, /219-09-9999/);

    // The compose closed on send: open another one for the keyboard paths.
    await page.click('#compose-button');
    await page.waitForFunction(() => document.querySelectorAll('phi-guard-layer').length >= 2);
    const next = '[role=dialog]:last-of-type';
    await typeInto(page, `${next} [g_editable=true]`, PHI, { layer: 1 });
    const byShortcut = await heldThenSentOnce(page, 'Ctrl+Enter', () => page.keyboard.press('Control+Enter'));
    assert.equal(byShortcut.how, 'ctrl-enter');

    await page.click('#compose-button');
    await page.waitForFunction(() => document.querySelectorAll('phi-guard-layer').length >= 2);
    await typeInto(page, `${next} [g_editable=true]`, PHI, { layer: 1 });
    await page.focus(`${next} [data-tooltip^="Send"]`);
    const byEnter = await heldThenSentOnce(page, 'Enter on the focused send button', () => page.keyboard.press('Enter'));
    assert.equal(byEnter.how, 'key-on-button');

    await page.click('#compose-button');
    await page.waitForFunction(() => document.querySelectorAll('phi-guard-layer').length >= 2);
    await typeInto(page, `${next} [g_editable=true]`, PHI, { layer: 1 });
    await page.focus(`${next} [data-tooltip^="Send"]`);
    const bySpace = await heldThenSentOnce(page, 'Space on the focused send button', () => page.keyboard.press(' '));
    assert.equal(bySpace.how, 'key-on-button');
    await page.close();
  });

  test('inline reply in the thread is guarded too', async () => {
    const page = await open('gmail.html', 2);
    await typeInto(page, '#inline-reply [g_editable=true]', PHI, { layer: 0 });
    const sent = await heldThenSentOnce(page, 'inline reply click', () => page.click('#inline-reply [role=button]'));
    assert.equal(sent.box, 'inline-reply');
    await page.close();
  });

  test('"More send options" is not a send; a message without PHI sends with no prompt', async () => {
    const page = await open('gmail.html', 2);
    await typeInto(page, '#compose-1 [g_editable=true]', PHI, { layer: 1 });
    await page.click('#compose-1 [aria-haspopup=true]');
    await settle(page);
    assert.equal(await promptOf(page).count(), 0);
    assert.equal(await page.evaluate(() => window.__moreOpened), 1, 'the menu still opens');

    await typeInto(page, '#inline-reply [g_editable=true]', CLEAN, { layer: 0, expect: 'clear' });
    const started = Date.now();
    await page.click('#inline-reply [role=button]');
    await settle(page);
    assert.equal(await promptOf(page).count(), 0, 'no prompt without PHI');
    const sent = await sentOf(page);
    assert.equal(sent.length, 1);
    assert.equal(sent[0].box, 'inline-reply');
    assert.ok(Date.now() - started < 2000);
    await page.close();
  });

  test('a page script cannot send past the guard nor confirm the prompt', async () => {
    const page = await open('gmail.html', 2);
    await typeInto(page, '#compose-1 [g_editable=true]', PHI, { layer: 1 });
    // Synthetic clicks and key events from the page: held like any other attempt.
    await page.evaluate(() => {
      const send = document.querySelector('#compose-1 [data-tooltip^="Send"]');
      send.click();
      send.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      send.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      document.querySelector('#compose-1 [g_editable=true]').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    });
    await settle(page);
    assert.equal((await sentOf(page)).length, 0, 'synthetic sends are held');
    await waitPrompt(page);
    // The page reaches into the (open) shadow root and presses the prompt's controls: ignored.
    await page.evaluate(() => {
      const root = document.querySelector('phi-guard-prompt').shadowRoot;
      root.querySelector('[data-testid="phi-purpose-treatment"]').click();
      for (const id of ['phi-min-necessary', 'phi-sensitive-ack', 'phi-recipient-ack']) root.querySelector(`[data-testid="${id}"]`)?.click();
      const confirm = root.querySelector('[data-testid="phi-confirm"]');
      confirm.disabled = false;
      confirm.click();
      confirm.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await settle(page);
    assert.equal((await sentOf(page)).length, 0, 'synthetic confirmation is ignored');
    assert.equal(await promptOf(page).count(), 1, 'the prompt is still open');
    await confirmPrompt(page, 'treatment');
    await settle(page);
    assert.equal((await sentOf(page)).length, 1, 'the user can still send');
    await page.close();
  });

  test('closing a compose box tears its guard down; each new box gets its own', async () => {
    const page = await open('gmail.html', 2);
    await page.click('#compose-button');
    await page.waitForFunction(() => document.querySelectorAll('phi-guard-layer').length === 3);
    await page.click('#compose-1 .close');
    await page.waitForFunction(() => document.querySelectorAll('phi-guard-layer').length === 2);
    await typeInto(page, '#compose-2 [g_editable=true]', PHI, { layer: 1 });
    assert.equal(await badgeOf(page, 0), 'clear', 'the other box keeps its own state');
    await page.click('#compose-2 .close');
    await page.waitForFunction(() => document.querySelectorAll('phi-guard-layer').length === 1);
    assert.equal(await highlightRanges(page), 0, 'no marks left behind');
    await page.close();
  });

  test('the log entry holds metadata only', async () => {
    const log = await browser.readLog();
    assert.ok(log.some((e) => e.outcome === 'sent' && e.purpose), 'confirmed sends are logged');
    assert.ok(log.some((e) => e.outcome === 'cancelled'), 'cancels are logged');
    const raw = JSON.stringify(log);
    for (const secret of ['Smith', '219-09-9999', '12345678', 'ana.lee@']) assert.ok(!raw.includes(secret), `log must not contain ${secret}`);
    assert.ok(log.every((e) => /^[0-9a-f]{64}$/.test(e.messageHash)));
  });
  test('pop-out compose window (no dialog) is guarded', async () => {
    const page = await open('gmail-popout.html');
    await typeInto(page, '#popout [g_editable=true]', PHI);
    assert.equal(await page.locator('textarea[aria-label="Message Body"]').isVisible(), false, 'the decoy stays hidden and unused');
    const sent = await heldThenSentOnce(page, 'pop-out Ctrl+Enter', () => page.keyboard.press('Control+Enter'));
    assert.equal(sent.box, 'popout');
    await page.close();
  });
});

describe('Outlook fixture', () => {
  test('badge and highlights; click on the split button icon, Ctrl+Enter and Enter are held', async () => {
    const page = await open('outlook.html');
    const editor = '[aria-label^="Message body"]';
    await typeInto(page, editor, PHI);
    assert.ok(await highlightRanges(page) >= 2);
    await page.click('.fui-SplitButton__primaryActionButton svg');
    await waitPrompt(page);
    await screenshot(page, 'prompt-outlook.png');
    await cancelPrompt(page);
    assert.equal((await sentOf(page)).length, 0);
    // The held press never moved focus: it is back in the editor, where the user was writing.
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Message body, press Alt+F10 to exit', 'cancel returns focus where it was');

    await heldThenSentOnce(page, 'click on the Send icon', () => page.click('.fui-SplitButton__primaryActionButton svg'));
    await typeInto(page, editor, PHI);
    assert.equal((await heldThenSentOnce(page, 'Ctrl+Enter', () => page.keyboard.press('Control+Enter'))).how, 'ctrl-enter');
    await typeInto(page, editor, PHI);
    assert.equal((await heldThenSentOnce(page, 'Cmd+Enter', () => page.keyboard.press('Meta+Enter'))).how, 'ctrl-enter');
    await typeInto(page, editor, PHI);
    await page.focus('.fui-SplitButton__primaryActionButton');
    assert.equal((await heldThenSentOnce(page, 'Enter on the focused Send button', () => page.keyboard.press('Enter'))).how, 'click');
    // The menu half of the split button is not a send.
    await page.click('.fui-SplitButton__menuButton');
    await settle(page);
    assert.equal(await promptOf(page).count(), 0);
    await page.close();
  });

  test('no PHI: sent at once', async () => {
    const page = await open('outlook.html');
    await typeInto(page, '[aria-label^="Message body"]', CLEAN, { expect: 'clear' });
    await page.click('.fui-SplitButton__primaryActionButton');
    await settle(page);
    assert.equal(await promptOf(page).count(), 0);
    assert.equal((await sentOf(page)).length, 1);
    await page.close();
  });
});

describe('Outlook new message', () => {
  test('To/Cc chips are read; a personal-webmail recipient must be acknowledged', async () => {
    const page = await open('outlook.html?new');
    await typeInto(page, '[aria-label="Message body"]', PHI);
    await page.click('button[aria-label="Send"] .icon');
    await waitPrompt(page);
    const warnings = await page.locator('[data-testid="phi-recipients"]').innerText();
    for (const who of ['pat.doe@gmail.com', 'ana.lee@cardio-partners.example', 'billing@clinic.example']) assert.match(warnings, new RegExp(who.replace('.', '\\.')));
    assert.equal(await page.locator('[data-testid="phi-recipient-ack"]').count(), 1, 'personal webmail needs an acknowledgement');
    await screenshot(page, 'prompt-outlook-recipients.png');
    await confirmPrompt(page, 'treatment');
    await settle(page);
    assert.equal((await sentOf(page)).length, 1);
    const log = await browser.readLog();
    const last = log.at(-1);
    assert.deepEqual([...last.recipientDomains].sort(), ['cardio-partners.example', 'clinic.example', 'gmail.com']);
    assert.ok(last.signals.includes('personal_webmail'));
    await page.close();
  });
});

describe('Outlook new message: blocked recipient', () => {
  test('a recipient signal the policy blocks cannot be sent', async () => {
    await browser.setUserPolicy({ sites: FIXTURE_SITES, recipients: { signals: { personal_webmail: 'block' } } });
    try {
      const page = await open('outlook.html?new');
      await typeInto(page, '[aria-label="Message body"]', PHI);
      await page.keyboard.press('Control+Enter');
      await waitPrompt(page);
      assert.equal(await promptOf(page).getAttribute('data-blocked'), 'true');
      assert.match(await page.locator('[data-testid="phi-blocked"]').innerText(), /pat\.doe@gmail\.com/);
      assert.equal(await page.locator('[data-testid="phi-confirm"]').count(), 0);
      await cancelPrompt(page);
      await settle(page);
      assert.equal((await sentOf(page)).length, 0);
      await page.close();
    } finally {
      await browser.setUserPolicy({ sites: FIXTURE_SITES });
    }
  });
});

describe('Portal fixture (fields in open shadow roots)', () => {
  test('textarea overlay marks; click on the shadow-DOM Send button is held, confirm sends once, cancel nothing', async () => {
    const page = await open('portal.html');
    const editor = 'va-textarea textarea';
    await typeInto(page, editor, PHI);
    assert.ok(await page.locator('[data-testid="phi-overlay"] mark').count() >= 2, 'overlay marks over the textarea');
    assert.equal(await page.locator(editor).inputValue(), PHI, 'textarea value unchanged');
    await page.click('[data-testid="Send-Button"] button');
    await waitPrompt(page);
    await screenshot(page, 'prompt-portal.png');
    await cancelPrompt(page);
    assert.equal((await sentOf(page)).length, 0);
    const sent = await heldThenSentOnce(page, 'click inside va-button', () => page.click('[data-testid="Send-Button"] button'));
    assert.match(sent.text, /diagnosed with CHF/);
    await typeInto(page, editor, PHI);
    await page.focus('[data-testid="Send-Button"] button');
    await heldThenSentOnce(page, 'Enter on the Send button', () => page.keyboard.press('Enter'));
    await page.close();
  });

  test('no PHI: sent at once', async () => {
    const page = await open('portal.html');
    await typeInto(page, 'va-textarea textarea', CLEAN, { expect: 'clear' });
    await page.click('[data-testid="Send-Button"] button');
    await settle(page);
    assert.equal(await promptOf(page).count(), 0);
    assert.equal((await sentOf(page)).length, 1);
    await page.close();
  });
});

describe('Generic fixture (form and Enter-to-send chat)', () => {
  test('form: submit button and implicit submission are held; chat: Enter is held', async () => {
    const page = await open('generic.html', 2);
    await typeInto(page, '#message', PHI, { layer: 0 });
    assert.ok(await page.locator('[data-testid="phi-overlay"] mark').count() >= 2);
    await page.click('button[type=submit]');
    await waitPrompt(page);
    await screenshot(page, 'prompt-generic.png');
    await cancelPrompt(page);
    assert.equal((await sentOf(page)).length, 0);
    assert.equal((await heldThenSentOnce(page, 'submit button', () => page.click('button[type=submit]'))).how, 'submit-button');
    await typeInto(page, '#message', PHI, { layer: 0 });
    await page.click('input[name=subject]');
    await heldThenSentOnce(page, 'Enter in a text field (implicit submission)', () => page.keyboard.press('Enter'));

    await typeInto(page, '#chat-input', PHI, { layer: 1 });
    assert.ok(await highlightRanges(page) >= 2);
    const chat = await heldThenSentOnce(page, 'Enter in the chat box', () => page.keyboard.press('Enter'));
    assert.equal(chat.box, 'chat');
    // Enter while the mention list is open picks a suggestion; it is not a send.
    await typeInto(page, '#chat-input', PHI, { layer: 1 });
    await page.keyboard.type(' @An');
    await page.keyboard.press('Enter');
    await settle(page);
    assert.equal(await promptOf(page).count(), 0, 'no prompt while the autocomplete list is open');
    assert.equal(await page.evaluate(() => window.__mentionPicked), 1);
    await page.evaluate(() => { document.getElementById('chat-input').innerHTML = ''; });
    // Shift+Enter is a new line, not a send.
    await typeInto(page, '#chat-input', PHI, { layer: 1 });
    await page.keyboard.press('Shift+Enter');
    await settle(page);
    assert.equal(await promptOf(page).count(), 0);
    await page.close();
  });

  test('a page script submitting the form is held too', async () => {
    const page = await open('generic.html', 2);
    await typeInto(page, '#message', PHI, { layer: 0 });
    await page.evaluate(() => document.getElementById('message-form').requestSubmit());
    await waitPrompt(page);
    assert.equal((await sentOf(page)).length, 0);
    await cancelPrompt(page);
    await settle(page);
    assert.equal((await sentOf(page)).length, 0);
    await page.close();
  });

  test('Enter that commits an IME composition is not a send', async () => {
    const page = await open('generic.html', 2);
    await typeInto(page, '#chat-input', PHI + ' ', { layer: 1 });
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'にほ', selectionStart: 2, selectionEnd: 2 });
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229 });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229 });
    await cdp.send('Input.insertText', { text: 'にほ' });
    await settle(page);
    assert.equal(await promptOf(page).count(), 0, 'no prompt for the composition Enter');
    assert.equal((await sentOf(page)).length, 0);
    await heldThenSentOnce(page, 'Enter after the composition', () => page.keyboard.press('Enter'));
    await page.close();
  });

  test('no PHI: chat and form send at once', async () => {
    const page = await open('generic.html', 2);
    await typeInto(page, '#chat-input', CLEAN, { layer: 1, expect: 'clear' });
    await page.keyboard.press('Enter');
    await typeInto(page, '#message', CLEAN, { layer: 0, expect: 'clear' });
    await page.click('button[type=submit]');
    await settle(page);
    assert.equal(await promptOf(page).count(), 0);
    assert.deepEqual((await sentOf(page)).map((s) => s.box), ['chat', 'form']);
    await page.close();
  });
});

describe('Marks and prompt actions', () => {
  test('hovering a mark explains what it is and why', async () => {
    const page = await open('outlook.html');
    await typeInto(page, '[aria-label^="Message body"]', PHI);
    // Where the word "Smith" is drawn, from the page's own layout.
    const point = await page.evaluate(() => {
      const editor = document.querySelector('[aria-label^="Message body"]');
      const node = editor.firstChild;
      const at = node.data.indexOf('Smith');
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 5);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    const tooltip = page.locator('[data-testid="phi-tooltip"]');
    await tooltip.waitFor({ state: 'visible', timeout: 3_000 });
    assert.equal(await tooltip.getAttribute('data-type'), 'name');
    await screenshot(page, 'compose-marks-tooltip.png');
    assert.match(await tooltip.innerText(), /Name/);
    await page.mouse.move(5, 5);
    await tooltip.waitFor({ state: 'detached', timeout: 3_000 });
    await page.close();
  });

  test('redact from the prompt goes through the editor (undoable) and updates the findings', async () => {
    const page = await open('outlook.html');
    const editor = '[aria-label^="Message body"]';
    await typeInto(page, editor, PHI);
    await page.keyboard.press('Control+Enter');
    await waitPrompt(page);
    const before = await page.locator('[data-testid^="phi-finding-"]').count();
    const nameRow = page.locator('[data-testid^="phi-finding-"]', { hasText: 'John Smith' });
    // Jump selects the finding in the editor and keeps the prompt open.
    await nameRow.locator('[data-testid^="phi-jump-"]').click();
    assert.equal(await page.evaluate(() => getSelection().toString()), 'John Smith');
    assert.equal(await promptOf(page).count(), 1);
    await nameRow.locator('[data-testid^="phi-redact-"]').click();
    await page.waitForFunction((n) => document.querySelector('phi-guard-prompt')?.shadowRoot.querySelectorAll('[data-testid^="phi-finding-"]').length < n, before);
    assert.doesNotMatch(await page.locator(editor).innerText(), /John Smith/);
    await cancelPrompt(page);
    assert.equal((await sentOf(page)).length, 0);
    await page.click(editor);
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => document.querySelector('[aria-label^="Message body"]').innerText.includes('John Smith'));
    await page.close();
  });

  test('a category the policy blocks cannot be sent by any path', async () => {
    // identifier, not health: policy.test.mjs locks modes.health through a machine-wide managed policy file.
    await browser.setUserPolicy({ sites: FIXTURE_SITES, modes: { identifier: 'block' } });
    try {
      const page = await open('generic.html', 2);
      await typeInto(page, '#chat-input', PHI, { layer: 1 });
      await page.keyboard.press('Enter');
      await waitPrompt(page);
      assert.equal(await promptOf(page).getAttribute('data-blocked'), 'true');
      await page.locator('[data-testid="phi-blocked"]').waitFor();
      // Blocked: there is no confirm button at all, only the way back to the message.
      assert.equal(await page.locator('[data-testid="phi-confirm"]').count(), 0);
      await screenshot(page, 'prompt-blocked.png');
      await cancelPrompt(page);
      await page.click('#chat-input');
      await page.keyboard.press('Enter');
      await waitPrompt(page);
      await cancelPrompt(page);
      await settle(page);
      assert.equal((await sentOf(page)).length, 0);
      const log = await browser.readLog();
      assert.ok(log.some((e) => e.outcome === 'blocked'), 'blocked attempts are logged');
      await page.close();
    } finally {
      await browser.setUserPolicy({ sites: FIXTURE_SITES });
    }
  });
});

describe('Policy', () => {
  test('a page not in policy.sites is left alone; a policy change applies without reload', async () => {
    const page = await open('gmail.html', 2);
    await browser.setUserPolicy({ sites: FIXTURE_SITES.filter((s) => s.adapter !== 'gmail') });
    await page.waitForFunction(() => document.querySelectorAll('phi-guard-layer').length === 0, null, { timeout: 5_000 });
    await page.click('#compose-1 [g_editable=true]');
    await page.keyboard.type(PHI);
    await page.click('#compose-1 [data-tooltip^="Send"]');
    await settle(page);
    assert.equal(await promptOf(page).count(), 0);
    assert.equal((await sentOf(page)).length, 1, 'unguarded page sends');
    await browser.setUserPolicy({ sites: FIXTURE_SITES });
    await page.waitForFunction(() => document.querySelectorAll('phi-guard-layer').length === 1, null, { timeout: 5_000 });
    await page.close();
  });
});
