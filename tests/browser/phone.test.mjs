// A phone in portrait (390×844, touch, 2× pixels), as issue 12 saw it: the field of view spans the
// longer side (no 134° strip of ceiling and floor), an open hotspot's sheet frames it above without
// tilting the camera, the sheet's first drag scrolls its body while its header stays, and a tap
// above it, a swipe down on its header or its close button puts it away.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureFixtures, serveSite, recordEvents, waitForEvent, waitForFullResolution, watchPage,
  screenshotPixels, markersOnScreen, projectPoints } from './harness.mjs';

const W = 390, H = 844;
const suite = {};
before(async () => {
  suite.fixtures = ensureFixtures();
  suite.server = await serveSite();
  suite.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shotscape-phone-'));
  suite.browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
});
after(async () => {
  await suite.browser?.close();
  await suite.server?.close();
  if (suite.dir) fs.rmSync(suite.dir, { recursive: true, force: true });
});

const phone = () => suite.browser.newContext({ viewport: { width: W, height: H }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
const player = (page, fn, arg) => page.evaluate(([fn, arg]) => {
  const el = document.querySelector('shotscape-player');
  return new Function('el', 'arg', `return (${fn})(el, arg)`)(el, arg);
}, [String(fn), arg]);
const stats = (page) => page.evaluate(() => document.querySelector('shotscape-player').stats());

// A real finger: CDP touch events, moved in ten steps a frame apart.
async function swipe(page, x, y0, y1) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: y0 }] });
  for (let i = 1; i <= 10; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y0 + ((y1 - y0) * i) / 10 }] });
    await page.waitForTimeout(16);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await page.waitForTimeout(200);
}

test('portrait: the field of view spans the height, getView() gives the horizontal one, and pixels match the core', async () => {
  const context = await phone();
  const page = await context.newPage();
  const log = watchPage(page);
  await recordEvents(page);
  const view = { yaw: 20, pitch: -10, hfov: 95 };
  await page.goto(`${suite.server.url}?panorama=/fixtures/markers.jpg&yaw=${view.yaw}&pitch=${view.pitch}&hfov=${view.hfov}&controls=0`);
  await waitForEvent(page, 'ready');
  await waitForFullResolution(page);
  // The link's 95° spans the longer side (the height): 53.5° across, not 95° across and 134° up.
  assert.equal((await stats(page)).fov, 95);
  const got = await player(page, (el) => el.getView());
  const across = (2 * Math.atan(Math.tan((47.5 * Math.PI) / 180) * (W / H)) * 180) / Math.PI;
  assert.ok(Math.abs(got.hfov - across) < 1e-9, `getView().hfov ${got.hfov}, expected ${across}`);
  await page.waitForTimeout(200);
  const shot = await screenshotPixels(page);
  const markers = markersOnScreen(shot, view, suite.fixtures.markers.markers);
  assert.ok(markers.length >= 2, `${markers.length} markers on screen`);
  for (const m of markers) {
    assert.ok(m.blob, `marker ${m.marker.name} not found at ${m.predicted}`);
    assert.ok(m.error < 2.5, `marker ${m.marker.name} is ${m.error.toFixed(2)} px from the prediction`);
  }
  // setView() speaks of the horizontal field too: 40° across is 80.8° up on this screen.
  await player(page, (el) => el.setView({ hfov: 40 }));
  assert.ok(Math.abs((await player(page, (el) => el.getView())).hfov - 40) < 1e-9);
  const up = (2 * Math.atan(Math.tan((20 * Math.PI) / 180) * (H / W)) * 180) / Math.PI;
  assert.ok(Math.abs((await stats(page)).fov - up) < 1e-9, `fov ${(await stats(page)).fov}, expected ${up}`);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the sheet: framed above without a tilt; the first drag scrolls; the header stays; tap above, swipe down or close puts it away', async () => {
  const context = await phone();
  const page = await context.newPage();
  const log = watchPage(page);
  await recordEvents(page);
  await page.goto(`${suite.server.url}?yaw=0&pitch=0&hfov=95`);
  await waitForFullResolution(page);
  const [marker] = projectPoints({ yaw: 0, pitch: 0, hfov: 95 }, W, H, [{ yaw: 0, pitch: 4 }]);
  await page.touchscreen.tap(marker[0], marker[1]);
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().hotspot === 'window');
  await page.waitForTimeout(1200); // the glide and the lens shift end
  // The view turns to the hotspot and stays level: the lens shift puts it above the sheet.
  const view = await player(page, (el) => el.getView());
  assert.deepEqual([view.yaw, view.pitch], [0, 4]);
  const s = await stats(page);
  const sheetTop = H * 0.42;
  const [landed] = projectPoints({ yaw: 0, pitch: 4, hfov: s.fov }, W, H, [{ yaw: 0, pitch: 4 }], [s.lensShiftX, s.lensShiftY]);
  assert.ok(Math.abs(landed[0] - W / 2) < 0.5 && Math.abs(landed[1] - sheetTop / 2) < 0.5, `framed at ${landed}, expected ${W / 2},${sheetTop / 2}`);
  // The body has something to scroll from the first frame (the transcript keeps its room), and the
  // very first drag on a freshly opened sheet scrolls it.
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().panelScrollMax > 0, null, { timeout: 2000 });
  await swipe(page, W / 2, 700, 520);
  const scrolled = (await stats(page)).panelScroll;
  assert.ok(scrolled > 100, `the first drag scrolled the sheet by ${scrolled} px`);
  // The header did not scroll with it: the close button is where it was, and a tap there closes.
  await page.touchscreen.tap(350, 377);
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().hotspot === '');
  // A tap on the scene above the sheet (no marker there) puts it away.
  await player(page, (el) => el.openHotspot('window'));
  await page.waitForTimeout(1000);
  await page.touchscreen.tap(60, 300);
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().hotspot === '');
  // So does a swipe down that starts on its header.
  await player(page, (el) => el.openHotspot('window'));
  await page.waitForTimeout(1000);
  await swipe(page, W / 2, 372, 520);
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().hotspot === '');
  const closes = await page.evaluate(() => window.__shotscapeEvents.filter((e) => e.type === 'hotspotclose').length);
  assert.equal(closes, 3);
  // Closed, the picture comes back to the middle: no lens shift, no tilt left behind.
  await page.waitForTimeout(600);
  const after = await stats(page);
  assert.deepEqual([after.lensShiftX, after.lensShiftY], [0, 0]);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('extreme window shapes (200×800, 2000×300) keep a sane view', async () => {
  for (const [w, h] of [[200, 800], [2000, 300]]) {
    const context = await suite.browser.newContext({ viewport: { width: w, height: h } });
    const page = await context.newPage();
    await recordEvents(page);
    await page.goto(`${suite.server.url}?hfov=95`);
    await waitForEvent(page, 'ready');
    const s = await stats(page);
    const v = await player(page, (el) => el.getView());
    assert.equal(s.fov, 95);
    const across = w > h ? 95 : (2 * Math.atan(Math.tan((47.5 * Math.PI) / 180) * (w / h)) * 180) / Math.PI;
    assert.ok(Math.abs(v.hfov - across) < 1e-9, `${w}×${h}: hfov ${v.hfov}`);
    await page.screenshot({ path: path.join(suite.dir, `${w}x${h}.png`) });
    await context.close();
  }
});
