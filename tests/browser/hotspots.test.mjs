// Hotspot markers (work in progress for the hotspot issue): drawn where the core's projection puts
// them, a label on hover, and edge indicators for hotspots out of view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { browserSuite, fixturesDir, recordEvents, waitForEvent, waitForFullResolution, watchPage, screenshotPixels, projectPoints } from './harness.mjs';

const HOTSPOTS = [
  { id: 'near', yaw: 20, pitch: -10, label: 'Near the table' },
  { id: 'up', yaw: -30, pitch: 15, label: 'Up left' },
  { id: 'behind', yaw: 180, pitch: 0, label: 'Behind you' },
];
const suite = browserSuite({
  setup() {
    fs.writeFileSync(path.join(fixturesDir, 'hotspots.json'), JSON.stringify({
      title: 'Hotspots', scene: { type: 'equirect-image', src: 'markers.jpg', hotspots: HOTSPOTS },
    }));
  },
});

const AMBER = [251, 194, 84];
const near = (shot, x, y, rgb, radius = 2, tolerance = 60) => {
  for (let dy = -radius; dy <= radius; dy++) {
    for (let dx = -radius; dx <= radius; dx++) {
      const i = ((Math.round(y) + dy) * shot.width + Math.round(x) + dx) * 4;
      if (Math.abs(shot.data[i] - rgb[0]) + Math.abs(shot.data[i + 1] - rgb[1]) + Math.abs(shot.data[i + 2] - rgb[2]) < tolerance) return true;
    }
  }
  return false;
};

test('markers sit where the projection puts the hotspots; hover shows the label; off-screen ones point the way', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await recordEvents(page);
  const view = { yaw: 0, pitch: 0, hfov: 90 };
  await page.goto(`${suite.server.url}?manifest=/fixtures/hotspots.json&yaw=0&pitch=0&hfov=90`);
  await waitForEvent(page, 'ready');
  await waitForFullResolution(page);
  await page.mouse.move(5, 5);
  await page.waitForTimeout(300);
  let shot = await screenshotPixels(page);
  const [a, b, c] = projectPoints(view, shot.width, shot.height, HOTSPOTS);
  assert.equal(c, null, 'the third hotspot is behind the camera');
  assert.ok(near(shot, a[0], a[1], AMBER), `amber marker core at (${a[0].toFixed(1)}, ${a[1].toFixed(1)})`);
  assert.ok(near(shot, b[0], b[1], AMBER), `amber marker core at (${b[0].toFixed(1)}, ${b[1].toFixed(1)})`);
  // Behind the viewer: an arrow at the bottom centre, pointing down.
  assert.ok(near(shot, shot.width / 2, shot.height - 28, AMBER, 4), 'edge indicator for the hotspot behind');
  // No label before hovering: the pill right of the marker is not drawn.
  const pill = (s) => near(s, a[0] + 30, a[1], [15, 17, 22], 3, 30);
  assert.equal(pill(shot), false);
  await page.mouse.move(a[0] + 3, a[1] + 2);
  await page.waitForTimeout(300);
  shot = await screenshotPixels(page);
  assert.ok(pill(shot), 'the label pill appears on hover');
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('Tab and Shift+Tab move keyboard focus through hotspots in yaw order; Escape clears; focus leaves past the end', async () => {
  const page = await suite.browser.context.newPage();
  await recordEvents(page);
  const view = { yaw: 0, pitch: 0, hfov: 90 };
  await page.goto(`${suite.server.url}?manifest=/fixtures/hotspots.json&yaw=0&pitch=0&hfov=90`);
  await waitForEvent(page, 'ready');
  await waitForFullResolution(page);
  await page.evaluate(() => document.querySelector('shotscape-player').shadowRoot.querySelector('canvas').focus());
  const shotAfter = async (key) => {
    await page.keyboard.press(key);
    await page.waitForTimeout(250);
    return screenshotPixels(page);
  };
  const [near_, up] = projectPoints(view, 1280, 720, HOTSPOTS);
  const labelAt = (shot, p) => near(shot, p[0] + 30, p[1], [15, 17, 22], 3, 30);
  // Yaw order: up (-30), near (20), behind (180).
  let shot = await shotAfter('Tab');
  assert.ok(labelAt(shot, up) && !labelAt(shot, near_), 'first Tab focuses the westmost hotspot');
  shot = await shotAfter('Tab');
  assert.ok(labelAt(shot, near_) && !labelAt(shot, up), 'second Tab moves east');
  shot = await shotAfter('Shift+Tab');
  assert.ok(labelAt(shot, up), 'Shift+Tab moves back');
  shot = await shotAfter('Escape');
  assert.ok(!labelAt(shot, up) && !labelAt(shot, near_), 'Escape clears the focus');
  // After the three hotspots the Tab order goes on through the controls (browser.keyboard), then
  // leaves the player.
  const inPlayer = () => page.evaluate(() => {
    const root = document.querySelector('shotscape-player').shadowRoot;
    return root.activeElement === root.querySelector('canvas');
  });
  let presses = 0;
  while (await inPlayer() && presses < 20) {
    await page.keyboard.press('Tab');
    presses++;
  }
  assert.equal(await inPlayer(), false, 'Tab past the last control leaves the player');
  assert.equal(presses, 3 + 4 + 1, 'three hotspots, the four buttons of the bar, then out');
  await page.close();
});
