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
