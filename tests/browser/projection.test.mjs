// Markers at known yaw/pitch in a generated panorama land on the pixels the core's projection
// predicts (tools/shotscape-project runs the same C++ code), at several views including one
// looking straight up and one across yaw ±180°.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, recordEvents, waitForEvent, waitForFullResolution, watchPage, screenshotPixels, markersOnScreen } from './harness.mjs';

const suite = browserSuite();

const VIEWS = [
  { name: 'level, front', yaw: 0, pitch: 0, hfov: 100 },
  { name: 'across yaw 180', yaw: 180, pitch: 0, hfov: 90 },
  { name: 'straight up', yaw: 0, pitch: 90, hfov: 100 },
  { name: 'low right, zoomed', yaw: 40, pitch: -35, hfov: 60 },
  { name: 'up left, wide', yaw: -40, pitch: 40, hfov: 110 },
];

for (const view of VIEWS) {
  test(`markers land where the projection predicts: ${view.name} (${view.yaw}, ${view.pitch}, ${view.hfov})`, async (t) => {
    const page = await suite.browser.context.newPage();
    const log = watchPage(page);
    await recordEvents(page);
    await page.goto(`${suite.server.url}?panorama=/fixtures/markers.jpg&yaw=${view.yaw}&pitch=${view.pitch}&hfov=${view.hfov}&controls=0`);
    await waitForEvent(page, 'ready');
    await waitForFullResolution(page);
    const got = await page.evaluate(() => document.querySelector('shotscape-player').getView());
    assert.ok(Math.abs(((got.yaw - view.yaw + 540) % 360) - 180) < 1e-9, `yaw ${got.yaw}`);
    assert.equal(got.pitch, view.pitch);
    assert.equal(got.hfov, view.hfov);
    await page.waitForTimeout(200);
    const shot = await screenshotPixels(page);
    const markers = markersOnScreen(shot, view, suite.fixtures.markers.markers);
    for (const m of markers) {
      const p = m.predicted;
      assert.ok(m.blob, `marker ${m.marker.name} expected at (${p[0].toFixed(1)}, ${p[1].toFixed(1)}) not found`);
      assert.ok(m.error < 2.0, `marker ${m.marker.name}: centroid (${m.blob.x.toFixed(2)}, ${m.blob.y.toFixed(2)}) is ${m.error.toFixed(2)} px from the predicted (${p[0].toFixed(2)}, ${p[1].toFixed(2)})`);
      assert.ok(m.blob.count > 30, `marker ${m.marker.name}: only ${m.blob.count} pixels`);
      t.diagnostic(`${m.marker.name}: ${m.error.toFixed(2)} px from the prediction`);
    }
    const checked = markers.length;
    assert.ok(checked >= 1, 'no marker was on screen for this view');
    if (view.name === 'across yaw 180') assert.ok(checked >= 2, 'both markers either side of the seam are checked');
    assert.deepEqual(log.errors, []);
    await page.close();
  });
}

test('no seam at yaw ±180°: the columns either side of the seam match the graticule-free background', async () => {
  const page = await suite.browser.context.newPage();
  await recordEvents(page);
  // Look along the seam with the marker-free band: yaw 180, pitch 60 (no marker near).
  await page.goto(`${suite.server.url}?panorama=/fixtures/markers.jpg&yaw=180&pitch=-60&hfov=70&controls=0`);
  await waitForFullResolution(page);
  await page.waitForTimeout(200);
  const shot = await screenshotPixels(page);
  // The seam runs vertically through the centre column; a mip-level artefact would show as a
  // line of pixels brighter or darker than its neighbours a few columns away.
  const cx = Math.floor(shot.width / 2);
  let worst = 0;
  for (let y = 40; y < shot.height - 40; y += 3) {
    const lum = (x) => { const i = (y * shot.width + x) * 4; return shot.data[i] + shot.data[i + 1] + shot.data[i + 2]; };
    const line = Math.min(...[-1, 0, 1].map((dx) => lum(cx + dx)));
    const around = (lum(cx - 6) + lum(cx + 6)) / 2;
    worst = Math.max(worst, Math.abs(line - around));
  }
  // yaw 180 is also a graticule line (it is a multiple of 30°), so compare against the line's own
  // brightness: it must not be darker or brighter than the graticule by more than JPEG noise.
  assert.ok(worst < 80, `seam contrast ${worst}`);
  await page.close();
});
