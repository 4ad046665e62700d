// TV remotes (issue 16): ui=tv, the arrow keys and Enter and Back only. An arrow moves the focus to
// the nearest marker on screen that way (core/input/SpatialNav), else turns the view; Enter opens
// a hotspot or follows a way; Back (a remote's key code 461, Escape) closes the panel, then leaves
// the focus. The demo tour is walked with key events alone: every hotspot and every way of every
// scene is reached.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { browserSuite, fixturesDir, projectPoints, recordEvents, waitForFullResolution, watchPage } from './harness.mjs';

const suite = browserSuite();

const stats = (page) => page.evaluate(() => document.querySelector('shotscape-player').stats());

// One press of a remote's arrow: held as long as a remote's click lasts.
async function arrow(page, key, holdMs = 110) {
  await page.keyboard.down(key);
  await page.waitForTimeout(holdMs);
  await page.keyboard.up(key);
  await page.waitForTimeout(60);
}

// A remote's Back where the browser names no key (webOS: 461).
async function back(page) {
  await page.evaluate(() => {
    const canvas = document.querySelector('shotscape-player').shadowRoot.querySelector('canvas');
    for (const type of ['keydown', 'keyup']) canvas.dispatchEvent(new KeyboardEvent(type, { key: 'Unidentified', keyCode: 461, bubbles: true }));
  });
}

async function waitEvent(page, type, after) {
  await page.waitForFunction(([type, after]) => window.__shotscapeEvents.filter((e) => e.type === type).length > after, [type, after], { timeout: 15000 });
}
const count = (page, type) => page.evaluate((type) => window.__shotscapeEvents.filter((e) => e.type === type).length, type);

test('ui=tv: the demo tour by remote alone — arrows reach every hotspot and way, Enter opens and follows, Back closes', async (t) => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await recordEvents(page);
  await page.addInitScript(() => {
    for (const type of ['scenechange', 'scenemoveend']) document.addEventListener(type, (e) => {
      if (e.target && e.target.localName === 'shotscape-player') window.__shotscapeEvents.push({ type, detail: e.detail });
    }, true);
  });
  await page.goto(`${suite.server.url}?ui=tv`);
  await waitForFullResolution(page);
  await page.locator('shotscape-player canvas').focus(); // a TV page gives the player the focus
  const scenes = await page.evaluate(() => document.querySelector('shotscape-player').scenes());
  const manifest = await (await fetch(`${suite.server.url}demo/manifest.json`)).json();
  const route = ['apartment', 'door', 'window', 'table'];
  // A way without its own yaw points at its scene's position (the manifest's bearing: atan2(dx, dz),
  // less the scene's heading).
  const towards = (from, target) => {
    const to = manifest.scenes.find((x) => x.id === target).position;
    return Math.atan2(to.x - from.position.x, to.z - from.position.z) * 180 / Math.PI - (from.heading || 0);
  };
  const reached = [];
  let shot = false;
  for (let s = 0; s < route.length; s++) {
    const id = route[s];
    assert.equal((await stats(page)).scene, id);
    const config = manifest.scenes.find((x) => x.id === id);
    const wanted = new Set([...config.hotspots.map((h) => h.id), ...config.links.map((l) => `link:${l.target}`)]);
    const seen = new Set();
    const markers = [...config.hotspots.map((h) => ({ id: h.id, yaw: h.yaw, pitch: h.pitch })),
      ...config.links.map((l) => ({ id: `link:${l.target}`, yaw: l.yaw ?? towards(config, l.target), pitch: l.pitch }))];
    // As a viewer with a remote does: look where the marker is and press the arrow toward it —
    // from the focused marker, or the centre — until the focus lands on it. Off screen, the
    // arrow turns the view toward it.
    const steer = async (target) => {
      for (let i = 0; i < 40; i++) {
        const s = await stats(page);
        if (s.focused === target.id) return true;
        const view = await page.evaluate(() => document.querySelector('shotscape-player').getView());
        const focused = markers.find((m) => m.id === s.focused);
        const [at, from] = projectPoints(view, 1280, 720, [target, focused || { yaw: view.yaw, pitch: view.pitch }], [s.lensShiftX, s.lensShiftY]);
        let key;
        if (!at || at[0] < 0 || at[0] > 1280 || at[1] < 0 || at[1] > 720) {
          // Off screen: turn toward it, the long way round never.
          const dYaw = ((target.yaw - view.yaw + 540) % 360) - 180;
          key = Math.abs(dYaw) > 20 ? (dYaw > 0 ? 'ArrowRight' : 'ArrowLeft') : (target.pitch > view.pitch ? 'ArrowUp' : 'ArrowDown');
        } else {
          // From the focused marker while it is on screen, else from the centre (as the player does).
          const inside = from && from[0] >= 0 && from[0] <= 1280 && from[1] >= 0 && from[1] <= 720;
          const dx = at[0] - (inside ? from[0] : 640), dy = at[1] - (inside ? from[1] : 360);
          key = Math.abs(dx) >= Math.abs(dy) ? (dx > 0 ? 'ArrowRight' : 'ArrowLeft') : (dy > 0 ? 'ArrowDown' : 'ArrowUp');
        }
        await arrow(page, key);
      }
      return false;
    };
    for (const target of markers) {
      if (!(await steer(target))) continue;
      seen.add(target.id);
      if (target.id.startsWith('link:')) continue;
      if (!shot) {
        await page.screenshot({ path: path.join(fixturesDir, 'tv-focus.png') });
        shot = true;
      }
      const opened = await count(page, 'hotspotopen');
      await page.keyboard.press('Enter');
      await waitEvent(page, 'hotspotopen', opened);
      const closed = await count(page, 'hotspotclose');
      const moves = await count(page, 'scenemoveend');
      await back(page);
      await waitEvent(page, 'hotspotclose', closed);
      if (config.hotspots.find((h) => h.id === target.id).target) {
        // A hotspot that leads somewhere goes there once closed; Backspace comes back.
        await waitEvent(page, 'scenemoveend', moves);
        for (let k = 0; k < 3 && (await stats(page)).scene !== id; k++) {
          const before = await count(page, 'scenemoveend');
          await page.keyboard.press('Backspace');
          await page.waitForTimeout(300);
          if ((await count(page, 'scenemoveend')) === before && (await stats(page)).moving) await waitEvent(page, 'scenemoveend', before);
        }
        await page.waitForFunction((id) => { const s = document.querySelector('shotscape-player').stats(); return s.scene === id && !s.moving; }, id);
      }
      await page.waitForTimeout(400); // the picture eases back from beside the panel
    }
    assert.deepEqual([...wanted].filter((w) => !seen.has(w)), [], `scene ${id}: not reached by the arrows`);
    reached.push(...[...seen].map((x) => `${id}/${x}`));
    if (s + 1 === route.length) break;
    // On to the next scene of the route: its way, then Enter.
    const way = `link:${route[s + 1]}`;
    assert.ok(await steer(markers.find((m) => m.id === way)), `${way} focused`);
    const moves = await count(page, 'scenemoveend');
    await page.keyboard.press('Enter');
    await waitEvent(page, 'scenemoveend', moves);
    await waitForFullResolution(page);
  }
  t.diagnostic(`reached ${reached.length}: ${reached.join(', ')}`);
  assert.ok(scenes.length >= route.length);
  // Back with nothing open leaves the focus; a second Back is the page's (not used).
  await arrow(page, 'ArrowRight');
  await back(page);
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().focused === '');
  // The 10-foot layout: the buttons are 1.5 times the size.
  const rects = (await stats(page)).controlRects;
  assert.equal(rects.reset.w, 54);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('arrows in the ordinary layout still turn the view (spatial navigation is the remote\'s)', async () => {
  const page = await suite.browser.context.newPage();
  await recordEvents(page);
  await page.goto(`${suite.server.url}?yaw=0`);
  await waitForFullResolution(page);
  await page.locator('shotscape-player canvas').focus();
  await arrow(page, 'ArrowRight');
  await page.waitForTimeout(300);
  const s = await stats(page);
  assert.equal(s.focused, '');
  assert.ok((await page.evaluate(() => document.querySelector('shotscape-player').getView().yaw)) > 1);
  assert.equal(s.controlRects.reset.w, 36);
  await page.close();
});
