// The demo page as a first-time visitor and the tools that grade pages see it: one request for the
// manifest and one for the player's stylesheet, a Largest Contentful Paint (the shot's poster)
// before the player draws, a "look around" hint once per site, and a Lighthouse 12 performance
// score (reported, not thresholded: timings on this machine's software GPU are not the viewers').
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { browserSuite, repoRoot, recordEvents, waitForEvent, waitForFullResolution, watchPage, CHROMIUM_ARGS } from './harness.mjs';

const suite = browserSuite();

test('one request each for the manifest and the stylesheet; the poster is the LCP, gone once the player draws', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.addInitScript(() => {
    window.__lcp = [];
    new PerformanceObserver((list) => {
      // (The element itself reads null once removed: the page drops the poster when the player draws.)
      for (const e of list.getEntries()) window.__lcp.push({ url: e.url, size: e.size, t: e.startTime });
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await recordEvents(page);
  await page.goto(suite.server.url);
  const ready = await waitForEvent(page, 'ready');
  await waitForFullResolution(page);
  const count = (p) => requests.filter((r) => r.replace(/\.[0-9a-f]{10}(?=\.)/, '') === p).length;
  assert.equal(count('/demo/manifest.json'), 1, `manifest requests: ${requests.join(' ')}`);
  assert.equal(count('/shotscape-player.css'), 1, `stylesheet requests: ${requests.join(' ')}`);
  assert.equal(count('/demo/share/share.jpg'), 1);
  const lcp = await page.evaluate(() => window.__lcp);
  assert.ok(lcp.length >= 1, 'a Largest Contentful Paint entry');
  const last = lcp[lcp.length - 1];
  assert.match(last.url, /demo\/share\/share(\.[0-9a-f]{10})?\.jpg$/, 'the poster image');
  assert.ok(last.size > 400000, `the larger part of the window (${last.size} px²)`);
  assert.ok(last.t < ready.firstFrameMs, `the poster (${last.t.toFixed(0)} ms) shows before the first frame (${ready.firstFrameMs.toFixed(0)} ms)`);
  assert.equal(await page.evaluate(() => document.querySelector('.poster')), null, 'the poster goes once the player draws');
  // Another shot's link shows no demo poster.
  const other = await suite.browser.context.newPage();
  await other.goto(`${suite.server.url}?panorama=/fixtures/markers.jpg`);
  assert.equal(await other.evaluate(() => getComputedStyle(document.querySelector('.poster') || document.body).display === 'none' || !document.querySelector('.poster')), true);
  assert.deepEqual(log.errors, []);
  await Promise.all([page.close(), other.close()]);
});

test('a first visit gets a "look around" hint, once per site; a drag or its close button dismisses it', async () => {
  const context = suite.browser.context;
  const page = await context.newPage();
  await page.goto(`${suite.server.url}favicon.svg`);
  await page.evaluate(() => localStorage.removeItem('shotscape-hint'));
  await recordEvents(page);
  await page.goto(`${suite.server.url}?yaw=0&pitch=0&hfov=90`);
  await waitForEvent(page, 'ready');
  const hint = () => page.evaluate(() => {
    const h = document.querySelector('shotscape-player').shadowRoot.querySelector('[data-role=hint]');
    return h && { text: h.firstChild.textContent, button: h.querySelector('button .live').textContent };
  });
  assert.deepEqual(await hint(), { text: 'Drag to look around', button: 'Dismiss the hint' });
  await page.mouse.move(300, 300);
  await page.mouse.down();
  await page.mouse.move(400, 320, { steps: 4 });
  await page.mouse.up();
  assert.equal(await hint(), null, 'the first drag dismisses it');
  // Once per site: the next visit has none.
  const again = await context.newPage();
  await recordEvents(again);
  await again.goto(suite.server.url);
  await waitForEvent(again, 'ready');
  assert.equal(await again.evaluate(() => !!document.querySelector('shotscape-player').shadowRoot.querySelector('[data-role=hint]')), false);
  await Promise.all([page.close(), again.close()]);
});

test('Lighthouse 12 gives the demo page a performance score', async (t) => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'shotscape-lighthouse-')), 'report.json');
  // Asynchronously: the site's server runs in this process.
  await promisify(execFile)(path.join(repoRoot, 'node_modules/.bin/lighthouse'), [suite.server.url, '--only-categories=performance',
    '--output=json', `--output-path=${out}`, '--quiet', `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`],
  { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM || '/usr/bin/chromium' }, timeout: 240000 });
  const report = JSON.parse(fs.readFileSync(out, 'utf8'));
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  assert.equal(report.runtimeError, undefined, JSON.stringify(report.runtimeError));
  const score = report.categories.performance.score;
  assert.equal(typeof score, 'number', 'a performance score (without an LCP element Lighthouse gives none)');
  assert.equal(typeof report.audits['largest-contentful-paint'].numericValue, 'number');
  const line = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']
    .map((k) => `${k} ${report.audits[k].displayValue}`).join(', ');
  t.diagnostic(`Lighthouse ${report.lighthouseVersion}: performance ${Math.round(score * 100)}; ${line}`);
  console.log(`Lighthouse ${report.lighthouseVersion}: performance ${Math.round(score * 100)}; ${line}`);
});
