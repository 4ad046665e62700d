// WebGL context loss (WEBGL_lose_context) while a scene is shown: the player rebuilds its GL
// resources when the context comes back and shows the same view again, with nothing thrown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, recordEvents, waitForEvent, waitForFullResolution, watchPage, screenshotPixels, markersOnScreen } from './harness.mjs';

const suite = browserSuite();

test('after losing and regaining the WebGL context the same view is drawn again', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await recordEvents(page);
  const view = { yaw: 180, pitch: 0, hfov: 90 };
  await page.goto(`${suite.server.url}?panorama=/fixtures/markers.jpg&yaw=${view.yaw}&pitch=${view.pitch}&hfov=${view.hfov}&controls=0`);
  await waitForEvent(page, 'ready');
  await waitForFullResolution(page);
  await page.evaluate(() => {
    const canvas = document.querySelector('shotscape-player').shadowRoot.querySelector('canvas');
    window.__loseContext = canvas.getContext('webgl2').getExtension('WEBGL_lose_context');
    window.__loseContext.loseContext();
  });
  await page.waitForTimeout(300);
  const framesBefore = await page.evaluate(() => document.querySelector('shotscape-player').stats().framesDrawn);
  await page.waitForTimeout(300);
  // While lost, the API still answers and nothing is drawn.
  const lost = await page.evaluate(() => {
    const el = document.querySelector('shotscape-player');
    el.setView({ hfov: 90 });
    return { view: el.getView(), stats: el.stats() };
  });
  assert.deepEqual(lost.view, view);
  assert.equal(lost.stats.framesDrawn, framesBefore);
  await page.evaluate(() => window.__loseContext.restoreContext());
  await page.waitForFunction((before) => {
    const s = document.querySelector('shotscape-player').stats();
    return s.status === 'ready' && s.framesDrawn > before + 1;
  }, framesBefore, { timeout: 30000 });
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => document.querySelector('shotscape-player').getView()), view);
  const shot = await screenshotPixels(page);
  const markers = markersOnScreen(shot, view, suite.fixtures.markers.markers);
  for (const m of markers) assert.ok(m.error < 2, `marker ${m.marker.name} after restoration: ${m.error} px off`);
  assert.ok(markers.length >= 2, `${markers.length} markers checked`);
  assert.deepEqual(log.errors, []);
  assert.ok(log.warnings.some((w) => /WebGL context was lost/.test(w)), 'the loss is reported in the console');
  await page.close();
});

test('losing the context while a hotspot plays: the commentary goes on, the clip and view come back', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await recordEvents(page);
  await page.goto(`${suite.server.url}?manifest=demo/manifest.json`);
  await waitForEvent(page, 'ready');
  await waitForFullResolution(page);
  await page.evaluate(() => document.querySelector('shotscape-player').openHotspot('lamp'));
  await page.waitForFunction(() => {
    const el = document.querySelector('shotscape-player');
    const a = el.shadowRoot.querySelector('[data-role=commentary]');
    return a && !a.paused && a.currentTime > 0.5 && el.stats().influenceUploads > 2;
  }, null, { timeout: 20000 });
  await page.waitForTimeout(1500); // the glide is over
  const before = await page.evaluate(() => {
    const el = document.querySelector('shotscape-player');
    const canvas = el.shadowRoot.querySelector('canvas');
    window.__lose = canvas.getContext('webgl2').getExtension('WEBGL_lose_context');
    window.__lose.loseContext();
    return { view: el.getView(), time: el.shadowRoot.querySelector('[data-role=commentary]').currentTime };
  });
  await page.waitForTimeout(700);
  const t = await page.evaluate(() => document.querySelector('shotscape-player').shadowRoot.querySelector('[data-role=commentary]').currentTime);
  assert.ok(t > before.time + 0.4, `the commentary kept playing while the context was lost (${before.time} → ${t})`);
  const uploadsLost = await page.evaluate(() => document.querySelector('shotscape-player').stats().influenceUploads);
  await page.evaluate(() => window.__lose.restoreContext());
  await page.waitForFunction((n) => {
    const s = document.querySelector('shotscape-player').stats();
    return s.status === 'ready' && s.influenceUploads > n + 2;
  }, uploadsLost, { timeout: 30000 });
  const after = await page.evaluate(() => ({ view: document.querySelector('shotscape-player').getView(), stats: document.querySelector('shotscape-player').stats() }));
  assert.deepEqual(after.view, before.view);
  assert.equal(after.stats.hotspot, 'lamp');
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('losing the context mid-playback of a video: the same view and time come back, and frames resume', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await recordEvents(page);
  await page.goto(`${suite.server.url}?manifest=demo/video/manifest.json&yaw=30&pitch=-10&hfov=80`);
  await waitForEvent(page, 'ready');
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().videoUploads > 3, null, { timeout: 30000 });
  const before = await page.evaluate(() => {
    const el = document.querySelector('shotscape-player');
    window.__lose = el.shadowRoot.querySelector('canvas').getContext('webgl2').getExtension('WEBGL_lose_context');
    window.__lose.loseContext();
    return { view: el.getView(), time: el.currentTime, uploads: el.stats().videoUploads };
  });
  await page.waitForTimeout(600);
  await page.evaluate(() => window.__lose.restoreContext());
  await page.waitForFunction((n) => document.querySelector('shotscape-player').stats().videoUploads > n + 3, before.uploads, { timeout: 30000 });
  const after = await page.evaluate(() => ({ view: document.querySelector('shotscape-player').getView(), time: document.querySelector('shotscape-player').currentTime }));
  assert.deepEqual(after.view, before.view);
  assert.ok(after.time > before.time, `playback went on: ${before.time} → ${after.time}`);
  assert.deepEqual(log.errors, []);
  await page.close();
});
