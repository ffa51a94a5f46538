// `npm run demo`: the main job end to end on this machine. It scans a referral with the CLI, then loads the
// built extension into real Chromium, types the same referral into the local Gmail-like fixture, presses
// Send, and shows that the guard held it for the disclosure prompt and released it exactly once on confirm.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, openFixture, promptOf, ROOT, SCREENSHOT_DIR, screenshot, sentOf, serveFixtures } from '../e2e/harness.mjs';

const referralFile = join(ROOT, 'test', 'demo', 'referral.txt');
const referral = readFileSync(referralFile, 'utf8').trim();

console.log('== 1. The CLI: phi-guard scan test/demo/referral.txt ==\n');
console.log(execFileSync(process.execPath, [join(ROOT, 'bin', 'phi-guard.mjs'), 'scan', referralFile], { encoding: 'utf8' }));

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`No Chromium at ${chromium}: install it (sudo apt-get install -y chromium) to see the extension at work.`);
  process.exit(1);
}

console.log('== 2. The extension in Chromium, on the local Gmail-like page test/fixtures/gmail.html ==\n');
const server = await serveFixtures();
const browser = await launchWithExtension();
try {
  const page = await openFixture(browser.context, server.url('gmail.html'), { boxes: 2 });
  const editor = '#compose-1 [g_editable=true]';
  await page.click(editor);
  await page.keyboard.type(referral.replace(/\n/g, ' '), { delay: 0 });
  await page.waitForFunction(() => ['phi', 'sensitive'].includes(document.querySelectorAll('phi-guard-layer')[1]?.dataset.badge));
  const badge = await page.locator('phi-guard-layer').nth(1).getAttribute('data-badge');
  console.log(`typed the referral: badge says "${badge}"`);

  await page.click('#compose-1 [data-tooltip^="Send"]');
  await promptOf(page).waitFor({ state: 'visible', timeout: 5_000 });
  console.log(`pressed Send: held, ${(await sentOf(page)).length} message(s) sent, disclosure prompt open`);
  await screenshot(page, 'demo-prompt.png');
  console.log(`screenshot of the prompt: ${join(SCREENSHOT_DIR, 'demo-prompt.png')}`);

  await page.click('[data-testid="phi-purpose-treatment"]');
  await page.click('[data-testid="phi-confirm"]');
  await promptOf(page).waitFor({ state: 'detached', timeout: 5_000 });
  await page.waitForTimeout(300);
  console.log(`chose "treatment" and confirmed: ${(await sentOf(page)).length} message(s) sent`);
  const log = await browser.readLog();
  console.log('disclosure log entry (metadata only):', JSON.stringify(log.at(-1), null, 2));
} finally {
  await browser.close();
  await server.close();
}
