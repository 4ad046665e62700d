// The <shotscape-player> element: attributes, getView/setView, events, HiDPI and resize, the demo
// page's URL parameters (query or fragment, the fragment wins), and two players on one page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { browserSuite, launchBrowser, fixturesDir, recordEvents, throttle, waitForEvent, watchPage } from './harness.mjs';

const suite = browserSuite({
  setup() {
    fs.writeFileSync(path.join(fixturesDir, 'two-players.html'), `<!doctype html><html><head><meta charset="utf-8">
  <link rel="icon" href="/favicon.svg"><script src="/shotscape-player.js"></script></head><body>
  <shotscape-player id="a" panorama="/fixtures/markers.jpg" yaw="30" style="width:400px;height:300px"></shotscape-player>
  <shotscape-player id="b" manifest="/demo/manifest.json" style="width:400px;height:300px"></shotscape-player>
  </body></html>`);
  },
});

test('the demo page opens the demo shot and fires ready with firstFrameMs', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await recordEvents(page);
  await page.goto(suite.server.url);
  const ready = await waitForEvent(page, 'ready');
  const now = await page.evaluate(() => performance.now());
  assert.ok(ready.firstFrameMs > 0 && ready.firstFrameMs < now, `firstFrameMs ${ready.firstFrameMs}`);
  assert.deepEqual(await page.evaluate(() => document.querySelector('shotscape-player').getView()), { yaw: 0, pitch: -8, hfov: 95 });
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.warnings, []);
  await page.close();
});

test('URL parameters: the fragment wins over the query', async () => {
  const page = await suite.browser.context.newPage();
  await recordEvents(page);
  await page.goto(`${suite.server.url}?panorama=/fixtures/markers.jpg&yaw=10&hfov=70#yaw=20&pitch=-5`);
  await waitForEvent(page, 'ready');
  assert.deepEqual(await page.evaluate(() => document.querySelector('shotscape-player').getView()), { yaw: 20, pitch: -5, hfov: 70 });
  await page.close();
});

test('setView wraps yaw, clamps pitch and hfov; attributes change the view after start', async () => {
  const page = await suite.browser.context.newPage();
  await recordEvents(page);
  await page.goto(`${suite.server.url}?panorama=/fixtures/markers.jpg`);
  await waitForEvent(page, 'ready');
  const v = await page.evaluate(() => {
    const el = document.querySelector('shotscape-player');
    el.setView({ yaw: 270, pitch: 100, hfov: 500 });
    const a = el.getView();
    el.setView({ yaw: 'left', pitch: -30 });
    const b = el.getView();
    el.setAttribute('hfov', '45');
    return [a, b, el.getView()];
  });
  assert.deepEqual(v[0], { yaw: -90, pitch: 90, hfov: 120 });
  assert.deepEqual(v[1], { yaw: -90, pitch: -30, hfov: 120 });
  assert.deepEqual(v[2], { yaw: -90, pitch: -30, hfov: 45 });
  await page.close();
});

test('HiDPI: the canvas has device pixels, and follows a resize', async () => {
  const hidpi = await launchBrowser({ deviceScaleFactor: 2 });
  const page = await hidpi.context.newPage();
  await recordEvents(page);
  await page.goto(`${suite.server.url}?panorama=/fixtures/markers.jpg`);
  await waitForEvent(page, 'ready');
  const size = () => page.evaluate(() => {
    const c = document.querySelector('shotscape-player').shadowRoot.querySelector('canvas');
    return [c.width, c.height, c.clientWidth, c.clientHeight];
  });
  let [w, h, cw, ch] = await size();
  assert.equal(w, cw * 2);
  assert.equal(h, ch * 2);
  await page.setViewportSize({ width: 800, height: 600 });
  await page.waitForFunction(() => document.querySelector('shotscape-player').shadowRoot.querySelector('canvas').width === 1600);
  [w, h, cw, ch] = await size();
  assert.deepEqual([w, h, cw, ch], [1600, 1200, 800, 600]);
  await hidpi.close();
});

test('two players on one page work independently', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await recordEvents(page);
  await page.goto(`${suite.server.url}fixtures/two-players.html`);
  await page.waitForFunction(() => window.__shotscapeEvents.filter((e) => e.type === 'ready').length === 2, null, { timeout: 30000 });
  const views = await page.evaluate(() => {
    document.getElementById('a').setView({ yaw: -100 });
    return ['a', 'b'].map((id) => document.getElementById(id).getView());
  });
  assert.deepEqual(views, [{ yaw: -100, pitch: 0, hfov: 90 }, { yaw: 0, pitch: -8, hfov: 95 }]);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('on a slow network the page says it is loading until the player draws, then steps aside', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await throttle(page, { kibPerSecond: 150, latencyMs: 300 });
  await recordEvents(page);
  // The indicators as they are when `ready` fires: the frame it comes with is the first one shown.
  await page.addInitScript(() => document.addEventListener('ready', (e) => {
    window.__bootAtReady = { page: !!document.querySelector('body > .boot'), element: !e.target.shadowRoot.querySelector('.boot').hidden };
  }, true));
  await page.goto(suite.server.url);
  await page.waitForTimeout(900);
  const boot = await page.evaluate(() => {
    const el = document.querySelector('body > .boot') ||
      document.querySelector('shotscape-player')?.shadowRoot.querySelector('.boot:not([hidden])');
    return el ? { text: el.textContent, opacity: Number(getComputedStyle(el).opacity) } : null;
  });
  assert.ok(boot, 'a loading indicator while the module loads');
  assert.equal(boot.text, 'Loading the 360° shot…');
  assert.ok(boot.opacity > 0.9, `visible (opacity ${boot.opacity})`);
  await waitForEvent(page, 'ready', 60000);
  const left = await page.evaluate(() => ({
    page: !!document.querySelector('body > .boot'),
    element: !document.querySelector('shotscape-player').shadowRoot.querySelector('.boot').hidden,
  }));
  assert.deepEqual(left, { page: false, element: false });
  assert.deepEqual(await page.evaluate(() => window.__bootAtReady), { page: false, element: false }, 'no loading text over the first frame');
  assert.deepEqual(log.errors, []);
  await page.close();

  // Without controls (the iframe page) no interface draws before the shot: the indicator goes with
  // the shot's first frame all the same.
  const embed = await suite.browser.context.newPage();
  await embed.addInitScript(() => document.addEventListener('ready', (e) => {
    window.__bootAtReady = { page: !!document.querySelector('body > .boot'), element: !e.target.shadowRoot.querySelector('.boot').hidden };
  }, true));
  await embed.goto(`${suite.server.url}embed.html?manifest=demo/manifest.json`);
  await embed.waitForFunction(() => window.__bootAtReady, null, { timeout: 30000 });
  assert.deepEqual(await embed.evaluate(() => window.__bootAtReady), { page: false, element: false }, 'no loading text over the first frame');
  await embed.close();
});
