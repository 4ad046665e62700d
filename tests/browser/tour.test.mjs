// The demo tour (public/demo/manifest.json: the set seen from its middle, the door, the table and
// the window) and tours made for the bad cases: following a link by click and by keyboard, the
// events, the heading kept, no blank frame in a preloaded move, a move to a scene not yet loaded,
// the back action, setScene over postMessage, a moment link restoring scene + view + hotspot, the
// synced video time, and the bad inputs (a scene whose image 404s, an unknown moment-link scene, a
// manifest of 200 scenes and 1,000 links).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { browserSuite, fixturesDir, projectPoints, recordEvents, screenshotPixels, waitForEvent, waitForFullResolution, watchPage, webRoot } from './harness.mjs';
import { startServer } from '../../tools/serve.mjs';

const SHOTS = process.env.SHOTSCAPE_SHOTS_DIR; // screenshots to look at, when set

const suite = browserSuite({
  setup() {
    // A tour whose second scene's image is missing.
    fs.writeFileSync(path.join(fixturesDir, 'tour-404.json'), JSON.stringify({
      title: 'Missing room',
      scenes: [
        { id: 'here', type: 'equirect-image', src: '/demo/set.jpg', links: [{ target: 'gone', yaw: 30, pitch: -20 }] },
        { id: 'gone', title: 'The lost room', type: 'equirect-image', src: '/fixtures/no-such-room.jpg', links: [{ target: 'here', yaw: 0 }] },
      ],
    }));
    // 200 scenes in a ring, 1,000 links (each scene to its five next), all on one image.
    const scenes = [];
    for (let i = 0; i < 200; i++) {
      scenes.push({
        id: `s${i}`, type: 'equirect-image', src: `/demo/set.jpg?scene=${i}`,
        position: { x: 10 * Math.cos(i * Math.PI / 100), y: 1.5, z: 10 * Math.sin(i * Math.PI / 100) },
        links: [1, 2, 3, 4, 5].map((k) => ({ target: `s${(i + k) % 200}`, pitch: -20 })),
      });
    }
    fs.writeFileSync(path.join(fixturesDir, 'tour-200.json'), JSON.stringify({ title: 'Two hundred rooms', scenes }));
    // Two takes of one moment: the demo video as two cameras of a sync group.
    const take = (id, target) => ({
      id, type: 'equirect-video', syncGroup: 'take', loop: true, sources: [{ src: '/demo/video/apartment.mp4' }],
      links: [{ target, yaw: 0, pitch: -20 }],
    });
    fs.writeFileSync(path.join(fixturesDir, 'tour-video.json'), JSON.stringify({
      title: 'Two cameras', scenes: [take('a', 'b'), take('b', 'a')],
    }));
  },
});

const stats = (page) => page.evaluate(() => document.querySelector('shotscape-player').stats());
const recordTourEvents = (page) => page.addInitScript(() => {
  window.__tour = [];
  for (const type of ['scenechange', 'scenemoveend']) {
    document.addEventListener(type, (e) => window.__tour.push({ type, detail: e.detail, t: performance.now() }), true);
  }
});
const waitForTour = (page, type, predicate = 'true') =>
  page.waitForFunction(([type, predicate]) => window.__tour.some((e) => e.type === type && new Function('d', `return ${predicate}`)(e.detail)),
    [type, predicate], { timeout: 30000 });
const shoot = async (page, name) => { if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `tour-${name}.png`) }); };

async function openDemo(query = '') {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await recordEvents(page);
  await recordTourEvents(page);
  await page.goto(`${suite.server.url}?manifest=demo/manifest.json${query}`);
  await waitForEvent(page, 'ready');
  await waitForFullResolution(page);
  return { page, log };
}

test('a click on a link marker walks to its scene: scenechange, both scenes drawn, the heading kept, no blank frame', async () => {
  const { page, log } = await openDemo('&yaw=57&pitch=-10&hfov=90');
  // The neighbours preload once the scene is in: the table (nearest) first.
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().preloadedScenes >= 1, null, { timeout: 30000 });
  const before = await stats(page);
  assert.ok(before.preloadedBytes > 0, 'the preloaded neighbour holds GPU memory');
  const view = await page.evaluate(() => document.querySelector('shotscape-player').getView());
  // The table's link: toward its position (1.7, 1.1 m from the middle: yaw 57.1), 25° down.
  const shot = await screenshotPixels(page);
  const [marker] = projectPoints({ yaw: view.yaw, pitch: view.pitch, hfov: before.fov }, shot.width, shot.height, [{ yaw: 57.09, pitch: -25 }]);
  assert.ok(marker, 'the link marker is in view');
  await page.mouse.move(marker[0], marker[1]);
  await page.waitForTimeout(200);
  await shoot(page, 'link-hover');
  await page.mouse.click(marker[0], marker[1]);
  await waitForTour(page, 'scenechange');
  await page.waitForTimeout(300);
  await shoot(page, 'mid-move');
  await waitForTour(page, 'scenemoveend');
  const events = await page.evaluate(() => window.__tour);
  assert.deepEqual(events[0].detail, { from: 'apartment', to: 'table', by: 'pointer', transition: 'move', durationMs: 1000 });
  assert.deepEqual(events[1].detail, { from: 'apartment', to: 'table' });
  const after = await stats(page);
  assert.equal(after.scene, 'table');
  assert.equal(after.blankMoveFrames, 0, 'every frame of the move showed a scene fully');
  assert.ok(after.moveFrames >= 3, `frames drawn during the move: ${after.moveFrames}`);
  // Both images have heading 0: the same yaw faces the same way in the set.
  const landed = await page.evaluate(() => document.querySelector('shotscape-player').getView());
  assert.ok(Math.abs(landed.yaw - view.yaw) < 0.5, `heading kept: ${view.yaw} → ${landed.yaw}`);
  await shoot(page, 'after-move');
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('the keyboard: Tab reaches a way, Enter follows it, Backspace returns; the scene list opens from the chrome', async () => {
  const { page, log } = await openDemo('&yaw=0&pitch=-10&hfov=100');
  await page.locator('shotscape-player canvas').focus();
  // Tab through the markers until a way is focused (hotspots and ways share the Tab order).
  let announced = '';
  for (let i = 0; i < 12 && !/, way /.test(announced); i++) {
    await page.keyboard.press('Tab');
    announced = await page.evaluate(() => document.querySelector('shotscape-player').shadowRoot.querySelector('[aria-live]').textContent);
  }
  assert.match(announced, /^(By the door|At the table|At the window), way \d of 3\. Press Enter to go there\.$/);
  const target = { 'By the door': 'door', 'At the table': 'table', 'At the window': 'window' }[announced.split(',')[0]];
  await page.keyboard.press('Enter');
  await waitForTour(page, 'scenemoveend');
  let events = await page.evaluate(() => window.__tour);
  assert.equal(events[0].detail.by, 'keyboard');
  assert.equal(events[0].detail.to, target);
  await page.keyboard.press('Backspace');
  await waitForTour(page, 'scenemoveend', "d.to === 'apartment'");
  events = await page.evaluate(() => window.__tour);
  assert.deepEqual(events[2].detail, { from: target, to: 'apartment', by: 'keyboard', transition: 'move', durationMs: 1000 });
  // The scene list: top right, every scene, the one shown marked.
  const box = await page.locator('shotscape-player').boundingBox();
  await page.mouse.click(box.x + box.width - 16 - 24, box.y + 16 + 24);
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().sceneListOpen);
  await page.waitForTimeout(300);
  await shoot(page, 'scene-list');
  assert.deepEqual(await page.evaluate(() => document.querySelector('shotscape-player').scenes().map((s) => s.id)),
    ['apartment', 'door', 'table', 'window']);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('shotscape-player').stats().sceneListOpen);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('setScene to a scene not yet loaded: the move waits for its picture, then the Promise resolves; the scene attribute follows', async () => {
  const { page, log } = await openDemo();
  // The window is the farthest neighbour: not preloaded this early.
  const moved = await page.evaluate(() => document.querySelector('shotscape-player').setScene('window', { transition: 'fade' }));
  assert.deepEqual(moved, { from: 'apartment', to: 'window' });
  const s = await stats(page);
  assert.equal(s.scene, 'window');
  assert.equal(s.blankMoveFrames, 0);
  assert.equal(await page.evaluate(() => document.querySelector('shotscape-player').scene), 'window');
  const events = await page.evaluate(() => window.__tour);
  assert.equal(events[0].detail.transition, 'fade');
  // The attribute moves too (observed).
  await page.evaluate(() => document.querySelector('shotscape-player').setAttribute('scene', 'door'));
  await waitForTour(page, 'scenemoveend', "d.to === 'door'");
  await waitForFullResolution(page);
  await shoot(page, 'door');
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('a moment link restores scene, view and hotspot; an unknown scene warns once and opens the start', async () => {
  const { page, log } = await openDemo('&scene=window&yaw=10&pitch=12&hfov=80&hotspot=skyline');
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().hotspot === 'skyline');
  const s = await stats(page);
  assert.equal(s.scene, 'window');
  const link = await page.evaluate(() => document.querySelector('shotscape-player').momentLink());
  assert.match(link, /scene=window&yaw=10&pitch=12&hfov=80&hotspot=skyline/);
  await page.close();
  assert.deepEqual(log.errors, []);

  const second = await openDemo('&scene=attic');
  assert.equal((await stats(second.page)).scene, 'apartment');
  assert.equal(second.log.warnings.filter((w) => /no scene "attic"/.test(w)).length, 1);
  await second.page.close();
});

test('history=push: one entry of the page\'s history per scene change; the browser\'s Back returns to the scene before', async () => {
  const { page, log } = await openDemo('&history=push');
  const length = await page.evaluate(() => history.length);
  await page.evaluate(() => document.querySelector('shotscape-player').setScene('door'));
  await page.waitForFunction(() => /[?&]scene=door(&|$)/.test(location.search) && /history=push/.test(location.search));
  assert.equal(await page.evaluate(() => history.length), length + 1);
  await page.goBack();
  await waitForTour(page, 'scenechange', "d.to === 'apartment' && d.by === 'link'");
  await page.waitForFunction(() => document.querySelector('shotscape-player').scene === 'apartment');
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('a link to a scene whose image 404s: the move does not start, error names the URL, the marker says why', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await recordEvents(page);
  await recordTourEvents(page);
  await page.goto(`${suite.server.url}?manifest=/fixtures/tour-404.json&yaw=30&pitch=-10&hfov=90`);
  await waitForFullResolution(page);
  // Following the link fails: at once when the preload found the 404, else when the fetch does.
  const result = await page.evaluate(() => document.querySelector('shotscape-player').setScene('gone').then(() => 'moved', (e) => e.message));
  assert.match(result, /^The panorama could not be loaded \(HTTP 404[^)]*\): .*no-such-room\.jpg$/);
  const error = await page.evaluate(() => window.__shotscapeEvents.filter((e) => e.type === 'error').pop().detail);
  assert.match(error.url, /\/fixtures\/no-such-room\.jpg$/);
  assert.equal(error.scene, 'gone');
  assert.equal((await stats(page)).scene, 'here');
  assert.deepEqual(await page.evaluate(() => window.__tour), [], 'no scenechange');
  // Hovering its marker says why.
  const view = await page.evaluate(() => document.querySelector('shotscape-player').getView());
  const shot = await screenshotPixels(page);
  const [marker] = projectPoints({ yaw: view.yaw, pitch: view.pitch, hfov: (await stats(page)).fov }, shot.width, shot.height, [{ yaw: 30, pitch: -20 }]);
  await page.mouse.move(marker[0], marker[1]);
  await page.waitForTimeout(300);
  await shoot(page, 'failed-link');
  assert.deepEqual(log.errors.filter((e) => !/404/.test(e)), []);
  await page.close();
});

test('200 scenes and 1,000 links: only the neighbours are fetched', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  const requested = new Set();
  page.on('request', (r) => { const m = /set\.jpg\?scene=(\d+)/.exec(r.url()); if (m) requested.add(Number(m[1])); });
  await recordEvents(page);
  await page.goto(`${suite.server.url}?manifest=/fixtures/tour-200.json`);
  await waitForFullResolution(page);
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().preloadedScenes >= 5, null, { timeout: 60000 });
  await page.waitForTimeout(500);
  assert.deepEqual([...requested].sort((a, b) => a - b), [0, 1, 2, 3, 4, 5], 'the start scene and its five neighbours');
  assert.equal((await page.evaluate(() => document.querySelector('shotscape-player').scenes())).length, 200);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('two takes of one sync group: the new video starts at the old one\'s time and plays on', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await recordEvents(page);
  await recordTourEvents(page);
  await page.goto(`${suite.server.url}?manifest=/fixtures/tour-video.json`);
  await waitForEvent(page, 'ready');
  await page.waitForFunction(() => document.querySelector('shotscape-player').currentTime > 2, null, { timeout: 30000 });
  const measured = await page.evaluate(async () => {
    const el = document.querySelector('shotscape-player');
    const video = () => el.shadowRoot.querySelector('.media video');
    const old = video();
    const t0 = old.currentTime, at = performance.now();
    await el.setScene('b');
    // Once the old take has handed over (it plays until the new one shows its first frame): the
    // new take's time against where the old one would be now…
    const fresh = [...el.shadowRoot.querySelectorAll('.media video')].find((v) => v !== old);
    while (old.isConnected) await new Promise((resolve) => setTimeout(resolve, 20));
    // …and the new one has caught up by its playback rate.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await new Promise((resolve) => fresh.requestVideoFrameCallback(resolve));
    return { error: fresh.currentTime - (t0 + (performance.now() - at) / 1000), paused: fresh.paused, same: fresh === old };
  });
  assert.equal(measured.same, false, 'a new media element for the new take');
  assert.equal(measured.paused, false, 'plays on');
  assert.ok(Math.abs(measured.error) < 0.1, `sync error ${measured.error.toFixed(3)} s`);
  assert.deepEqual(log.errors, []);
  await page.close();
});

let host;
before(async () => { host = await startServer({ root: webRoot }); });
after(async () => { await host?.close(); });

test('setScene over postMessage from another origin, and the scenechange event', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  const embed = `manifest=demo/manifest.json&origins=${encodeURIComponent(host.url.replace(/\/$/, ''))}`;
  await page.goto(`${host.url}embed-example.html?player=${encodeURIComponent(suite.server.url)}&embed=${encodeURIComponent(embed)}`);
  await page.waitForFunction(() => window.frame);
  await page.evaluate(() => frame.ready);
  assert.equal(await page.evaluate(() => frame.setScene('door')), 'door');
  await page.waitForFunction(() => window.events.some((e) => e.type === 'scenechange' && e.detail.to === 'door' && e.detail.by === 'api'));
  assert.equal((await page.evaluate(() => frame.getState())).scene, 'door');
  assert.equal(await page.evaluate(() => frame.back()), true);
  await page.waitForFunction(() => window.events.some((e) => e.type === 'scenemoveend' && e.detail.to === 'apartment'));
  const refused = await page.evaluate(() => frame.setScene('attic').then(() => 'moved', (e) => e.message));
  assert.equal(refused, 'no scene "attic" in this tour');
  assert.deepEqual(log.errors, []);
  await page.close();
});
