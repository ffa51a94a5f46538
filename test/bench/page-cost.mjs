// What PHI Guard costs a page it does not guard (every other tab and frame the user opens): script time and
// JS heap from Chromium's CDP Performance metrics, for a plain page loaded with and without the built
// extension. Needs `npm run build`; prints medians of 5 loads, twice each, alternating.
import { chromium } from 'playwright-core';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveFixtures, EXTENSION_DIR } from '../e2e/harness.mjs';
const ext = process.argv[2] ?? EXTENSION_DIR;
const srv = await serveFixtures();
async function run(withExt) {
  const dir = await mkdtemp(join(tmpdir(), 'pg-cost-'));
  const args = ['--headless=new','--no-sandbox','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'];
  if (withExt) args.push(`--disable-extensions-except=${ext}`, `--load-extension=${ext}`);
  const ctx = await chromium.launchPersistentContext(dir, { executablePath: '/usr/bin/chromium', headless: false, args });
  if (withExt && ctx.serviceWorkers().length === 0) await ctx.waitForEvent('serviceworker');
  const out = [];
  for (let i = 0; i < 6; i++) {
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(srv.url('generic.html') + '?n=' + i);
    await page.waitForTimeout(800);
    const m = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
    out.push({ script: m.ScriptDuration * 1000, heap: m.JSHeapUsedSize / 1e6 });
    await page.close();
  }
  await ctx.close();
  return out.slice(1);
}
const med = (a) => a.slice().sort((x, y) => x - y)[Math.floor(a.length / 2)];
console.log(`page cost of ${ext} (generic.html, not in policy.sites)`);
for (const w of [false, true, false, true]) {
  const r = await run(w);
  console.log(w ? 'unlisted page, with PHI Guard   ' : 'unlisted page, without extension', 'script ms median', med(r.map((x) => x.script)).toFixed(1), 'heap MB median', med(r.map((x) => x.heap)).toFixed(2));
}
await srv.close();
