// End-to-end harness: the built extension (.output/chrome-mv3) in real headless Chromium, fixture pages
// served on 127.0.0.1. Reused by every e2e file: launchWithExtension(), serveFixtures(), setUserPolicy().
//
// How fixtures get guarded: the default policy only covers Gmail/Outlook hosts, so tests write
// policy.sites for the fixture origin into chrome.storage.local (the user-settings layer, key
// "phiGuard.userPolicy") through the extension's service worker. Chrome match patterns ignore the port,
// so "http://127.0.0.1/gmail.html*" matches the fixture server whatever port it got.
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, extname, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(here, '..', '..');
// PHI_GUARD_EXTENSION_DIR: test a copy of the build (parallel builds in one checkout rewrite .output).
export const EXTENSION_DIR = resolve(process.env.PHI_GUARD_EXTENSION_DIR ?? join(ROOT, '.output', 'chrome-mv3'));
export const FIXTURES_DIR = join(ROOT, 'test', 'fixtures');
export const SCREENSHOT_DIR = join(ROOT, 'docs', 'screenshots');
export const USER_POLICY_KEY = 'phiGuard.userPolicy';

/** The user-settings policy that guards each fixture page with its adapter. */
export const FIXTURE_SITES = [
  { match: 'http://127.0.0.1/gmail*', adapter: 'gmail' },
  { match: 'http://127.0.0.1/outlook.html*', adapter: 'outlook' },
  { match: 'http://127.0.0.1/portal.html*', adapter: 'portal' },
  { match: 'http://127.0.0.1/generic.html*', adapter: 'generic' },
  { match: 'http://127.0.0.1/iframe-editor.html*', adapter: 'generic' },
];

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css', '.png': 'image/png', '.json': 'application/json' };

/** Serve test/fixtures on 127.0.0.1 at a free port. Returns { origin, url(path), close() }. */
export async function serveFixtures(dir = FIXTURES_DIR) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = resolve(dir, '.' + path);
    if (!file.startsWith(resolve(dir)) || !existsSync(file)) { res.writeHead(404).end('not found'); return; }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    } catch { res.writeHead(500).end(); }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return { origin, port, url: (p) => `${origin}/${p.replace(/^\//, '')}`, close: () => new Promise((ok) => server.close(ok)) };
}

/**
 * Launch Chromium with the built extension in a fresh profile.
 * - userPolicy: written to storage.local before the test opens pages (default: FIXTURE_SITES only).
 * - policyFile: a managed policy JSON ({ "3rdparty": { "extensions": { <id>: {...} } } } or the bare policy
 *   object) copied to /etc/chromium/policies/managed for this run and removed by close(). This is
 *   machine-wide: only one such launch at a time.
 * Returns { context, extensionId, serviceWorker, setUserPolicy(policy), readLog(), close() }.
 */
export async function launchWithExtension({ userPolicy = { sites: FIXTURE_SITES }, policyFile, headless = true } = {}) {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
  const userDataDir = await mkdtemp(join(tmpdir(), 'phi-guard-e2e-'));
  let installedPolicy;
  if (policyFile) installedPolicy = await installManagedPolicy(policyFile);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: false, // --headless=new below: the old headless mode cannot load extensions
    args: [
      ...(headless ? ['--headless=new'] : []),
      '--no-sandbox',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    viewport: { width: 1280, height: 800 },
  });
  let serviceWorker = context.serviceWorkers()[0];
  if (!serviceWorker) serviceWorker = await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(serviceWorker.url()).host;
  const setUserPolicy = (policy) => serviceWorker.evaluate(([key, value]) => chrome.storage.local.set({ [key]: value }), [USER_POLICY_KEY, policy]);
  if (userPolicy !== undefined) await setUserPolicy(userPolicy);
  return {
    context,
    extensionId,
    serviceWorker,
    setUserPolicy,
    /** The disclosure log as the background stored it. */
    readLog: () => serviceWorker.evaluate(() => chrome.storage.local.get('phiGuard.disclosureLog').then((r) => r['phiGuard.disclosureLog'] ?? [])),
    async close() {
      await context.close().catch(() => undefined);
      await rm(userDataDir, { recursive: true, force: true }).catch(() => undefined);
      if (installedPolicy) await rm(installedPolicy, { force: true }).catch(() => undefined);
    },
  };
}

/** The extension id, from the manifest key (stable across profiles). */
export async function extensionId() {
  const { createHash } = await import('node:crypto');
  const manifest = JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const hash = createHash('sha256').update(Buffer.from(manifest.key, 'base64')).digest('hex').slice(0, 32);
  return [...hash].map((c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16))).join('');
}

async function installManagedPolicy(policyFile) {
  const raw = JSON.parse(await readFile(policyFile, 'utf8'));
  const id = await extensionId();
  const wrapped = raw['3rdparty'] ? raw : { '3rdparty': { extensions: { [id]: raw } } };
  const dir = '/etc/chromium/policies/managed';
  await mkdir(dir, { recursive: true });
  const target = join(dir, `phi-guard-e2e-${process.pid}.json`);
  await writeFile(target, JSON.stringify(wrapped));
  return target;
}

/** Open a fixture and wait until the guard has attached to its compose boxes (badge hosts present). */
export async function openFixture(context, url, { boxes = 1 } = {}) {
  const page = await context.newPage();
  // PHI_GUARD_E2E_DEBUG=1 prints the page's and the content script's console errors.
  if (process.env.PHI_GUARD_E2E_DEBUG) page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.error(`[${url}] ${m.text()}`); });
  await page.goto(url);
  await page.waitForFunction((n) => document.querySelectorAll('phi-guard-layer').length >= n, boxes, { timeout: 10_000 });
  return page;
}

/** Sends the fixture page recorded. */
export const sentOf = (page) => page.evaluate(() => window.__sent.map((s) => ({ box: s.box, how: s.how, text: s.text })));

/** The open disclosure prompt (inside the extension's shadow root; Playwright's CSS engine pierces open roots). */
export const promptOf = (page) => page.locator('[data-testid="phi-prompt"]');

/** Number of ranges in the page's PHI Guard highlights (CSS Custom Highlight API). */
export const highlightRanges = (page) => page.evaluate(() => {
  let n = 0;
  for (const [name, highlight] of CSS.highlights) if (name.startsWith('phi-guard-')) n += highlight.size;
  return n;
});

/** Wait until the n-th compose box's badge settles on `want` ('phi' also accepts 'sensitive'). */
export async function waitBadge(page, layer = 0, want = 'phi') {
  await page.waitForFunction(([n, expected]) => {
    const state = document.querySelectorAll('phi-guard-layer')[n]?.dataset.badge;
    return expected === 'phi' ? state === 'phi' || state === 'sensitive' : state === expected;
  }, [layer, want], { timeout: 10_000 });
}

/** The badge state of the n-th compose box's layer. */
export const badgeOf = (page, n = 0) => page.locator('phi-guard-layer').nth(n).getAttribute('data-badge');

export async function screenshot(page, name) {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, name) });
}

// --- The disclosure prompt, as every guard test drives it ---------------------------------------------

export async function waitPrompt(page) {
  await promptOf(page).waitFor({ state: 'visible', timeout: 5_000 });
}

/** Choose a purpose and tick whatever else the prompt asks for, with trusted clicks; then confirm. */
export async function confirmPrompt(page, purpose = 'payment') {
  await page.click(`[data-testid="phi-purpose-${purpose}"]`);
  for (const id of ['phi-min-necessary', 'phi-sensitive-ack', 'phi-recipient-ack', 'phi-authorization']) {
    const box = page.locator(`[data-testid="${id}"]`);
    if (await box.count() && await box.isVisible()) await box.check();
  }
  await page.click('[data-testid="phi-confirm"]');
  await promptOf(page).waitFor({ state: 'detached', timeout: 5_000 });
}

export async function cancelPrompt(page) {
  await page.click('[data-testid="phi-cancel"]');
  await promptOf(page).waitFor({ state: 'detached', timeout: 5_000 });
}

/** Give a released (or wrongly released) send time to land before counting. */
export const settle = (page) => page.waitForTimeout(250);

/** Each send path: hold → prompt → confirm sends exactly once. */
export async function heldThenSentOnce(page, label, send) {
  const before = (await sentOf(page)).length;
  await send();
  await waitPrompt(page);
  assert.equal((await sentOf(page)).length, before, `${label}: nothing may be sent while the prompt is open`);
  await confirmPrompt(page);
  await settle(page);
  const sent = await sentOf(page);
  assert.equal(sent.length, before + 1, `${label}: confirming sends exactly once`);
  return sent.at(-1);
}
