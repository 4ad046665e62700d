// The player under a strict Content-Security-Policy: no eval, no new Function, no inline script,
// only 'wasm-unsafe-eval' for the module. The demo page loads, a hotspot opens with its audio and
// clip, and the browser reports no violation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, recordEvents, waitForEvent, waitForFullResolution, watchPage } from './harness.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'";
const suite = browserSuite({ serve: { headers: { 'Content-Security-Policy': CSP } } });

test('the demo works under a strict CSP, hotspot media included, with no violation', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await recordEvents(page);
  const response = await page.goto(`${suite.server.url}?manifest=demo/manifest.json`);
  assert.equal(response.headers()['content-security-policy'], CSP);
  await waitForEvent(page, 'ready');
  await waitForFullResolution(page);
  assert.equal(await page.evaluate(() => document.querySelector('shotscape-player').openHotspot('camera')), true);
  await page.waitForFunction(() => {
    const el = document.querySelector('shotscape-player');
    const a = el.shadowRoot.querySelector('[data-role=commentary]');
    return a && !a.paused && a.currentTime > 0.3 && el.stats().influenceUploads > 2 && el.stats().caption !== '';
  }, null, { timeout: 20000 });
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(log.errors, []);
  assert.equal(log.console.filter((m) => /Content Security Policy|Refused to/.test(m)).length, 0);
  await page.close();
});
