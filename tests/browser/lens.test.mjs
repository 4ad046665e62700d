// Projections (issue 16): the little planet (stereographic) and fisheye lenses, for equirectangular
// and tiled cube scenes. Markers land where the core's projection predicts (tools/shotscape-project
// --projection, the player's own C++); the `projection` link parameter, attribute, element API, the
// chrome's button and the P key switch with a morph; hotspot markers are hit where they are drawn;
// wide fields only where the lens allows them; `projection=nonsense` is a warning, nothing more.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { browserSuite, clickControl, recordEvents, waitForEvent, waitForFullResolution, watchPage, screenshotPixels, markersOnScreen, projectPoints, fixturesDir, nativeBin } from './harness.mjs';

const suite = browserSuite();

const VIEWS = [
  { name: 'little planet', projection: 'stereographic', yaw: 0, pitch: -90, hfov: 260 },
  { name: 'stereographic, level and wide', projection: 'stereographic', yaw: 30, pitch: -20, hfov: 180 },
  { name: 'fisheye 180', projection: 'fisheye', yaw: 0, pitch: 0, hfov: 180 },
  { name: 'fisheye, the whole sphere', projection: 'fisheye', yaw: 90, pitch: 10, hfov: 360 },
];

function linkFor(view) {
  return `projection=${view.projection}&yaw=${view.yaw}&pitch=${view.pitch}&hfov=${view.hfov}&controls=0`;
}

function tileSet() {
  const dir = path.join(fixturesDir, 'tiles-markers');
  if (!fs.existsSync(dir)) execFileSync(path.join(nativeBin, 'shotscape-tile'), [path.join(fixturesDir, 'markers.jpg'), dir, '--tile-size', '256']);
  return '/fixtures/tiles-markers/manifest.json';
}

async function checkMarkers(t, page, view) {
  await page.waitForTimeout(150);
  const shot = await screenshotPixels(page);
  const markers = markersOnScreen(shot, view, suite.fixtures.markers.markers);
  assert.ok(markers.length >= 2, `only ${markers.length} marker(s) on screen`);
  for (const m of markers) {
    const p = m.predicted;
    assert.ok(m.blob, `marker ${m.marker.name} expected at (${p[0].toFixed(1)}, ${p[1].toFixed(1)}) not found`);
    assert.ok(m.error < 2.0, `marker ${m.marker.name}: ${m.error.toFixed(2)} px from the predicted (${p[0].toFixed(1)}, ${p[1].toFixed(1)})`);
    assert.ok(m.blob.count > 6, `marker ${m.marker.name}: only ${m.blob.count} pixels`);
    t.diagnostic(`${m.marker.name}: ${m.error.toFixed(2)} px`);
  }
  return shot;
}

for (const view of VIEWS) {
  test(`equirect through a lens: markers land where the projection predicts — ${view.name}`, async (t) => {
    const page = await suite.browser.context.newPage();
    const log = watchPage(page);
    await recordEvents(page);
    await page.goto(`${suite.server.url}?panorama=/fixtures/markers.jpg&${linkFor(view)}`);
    await waitForFullResolution(page);
    const el = await page.evaluate(() => { const p = document.querySelector('shotscape-player'); return { projection: p.projection, view: p.getView() }; });
    assert.equal(el.projection, view.projection);
    const shot = await checkMarkers(t, page, view);
    if (view.hfov === 360) {
      // Outside the fisheye's circle: black, not a smear of the panorama.
      const corner = (x, y) => { const i = (y * shot.width + x) * 4; return shot.data[i] + shot.data[i + 1] + shot.data[i + 2]; };
      assert.ok(corner(3, 3) < 20 && corner(shot.width - 4, shot.height - 4) < 20, 'the corners outside the circle are black');
    }
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  test(`tiled cube through a lens: markers land where the projection predicts — ${view.name}`, async (t) => {
    const manifest = tileSet();
    const page = await suite.browser.context.newPage();
    const log = watchPage(page);
    await recordEvents(page);
    await page.goto(`${suite.server.url}?manifest=${manifest}&${linkFor(view)}`);
    await waitForEvent(page, 'ready');
    await page.waitForFunction(() => {
      const s = document.querySelector('shotscape-player').stats();
      return s.tilesWanted > 0 && s.tileStandIns === 0 && s.tilesInFlight === 0 && !s.uploading;
    }, null, { timeout: 30000 });
    await checkMarkers(t, page, view);
    // No hole: no pixel of the background colour inside the picture (the cube has no gaps at its
    // seams or tile edges, nor near straight behind). The clear colour is (13, 13, 15); the marker
    // panorama is never that dark. A 360° fisheye's picture is the circle its longer side spans.
    const shot = await screenshotPixels(page);
    const rim = view.hfov === 360 ? shot.width / 2 - 2 : Infinity;
    let holes = 0;
    for (let y = 1; y < shot.height - 1; y += 2)
      for (let x = 1; x < shot.width - 1; x += 2) {
        if (Math.hypot(x - shot.width / 2, y - shot.height / 2) > rim) continue;
        const i = (y * shot.width + x) * 4;
        if (shot.data[i] === 13 && shot.data[i + 1] === 13 && shot.data[i + 2] === 15) holes++;
      }
    assert.equal(holes, 0, `${holes} pixels show the background through the cube`);
    assert.deepEqual(log.errors, []);
    await page.close();
  });
}

test('switching lenses: the P key, the chrome button and the API morph, frame the little planet and come back; links and events follow', async (t) => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await recordEvents(page);
  await page.goto(`${suite.server.url}?panorama=/fixtures/markers.jpg&yaw=20&pitch=5&hfov=90`);
  await waitForFullResolution(page);
  await page.locator('shotscape-player canvas').focus();
  const changes = [];
  await page.exposeFunction('noteProjection', (d) => changes.push(d));
  await page.evaluate(() => document.querySelector('shotscape-player').addEventListener('projectionchange', (e) => window.noteProjection(e.detail)));
  await page.keyboard.press('p');
  // Mid-morph: the stats say a morph is under way and frames keep coming.
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().lensMix > 0, null, { timeout: 5000 });
  await page.waitForFunction(() => {
    const el = document.querySelector('shotscape-player');
    return el.projection === 'stereographic' && el.stats().lensMix === 1 && Math.abs(el.getView().pitch + 90) < 1e-6;
  }, null, { timeout: 10000 });
  assert.deepEqual(changes, [{ projection: 'stereographic' }]);
  const link = await page.evaluate(() => document.querySelector('shotscape-player').momentLink());
  assert.match(link, /projection=stereographic/);
  assert.match(link, /pitch=-90/);
  // The link reopens the same picture.
  const view = await page.evaluate(() => document.querySelector('shotscape-player').getView());
  t.diagnostic(`little planet view ${JSON.stringify(view)}; link ${link}`);
  // The chrome's projection button: on to fisheye.
  await clickControl(page, 'projection');
  await page.waitForFunction(() => document.querySelector('shotscape-player').projection === 'fisheye', null, { timeout: 5000 });
  // The API: back to rectilinear, the pitch and field it left.
  await page.evaluate(() => document.querySelector('shotscape-player').setProjection('rectilinear'));
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().lensMix === 1 && document.querySelector('shotscape-player').projection === 'rectilinear', null, { timeout: 5000 });
  const back = await page.evaluate(() => document.querySelector('shotscape-player').getView());
  assert.ok(Math.abs(back.pitch - 5) < 1e-6, `pitch ${back.pitch}`);
  assert.ok(Math.abs(back.hfov - 90) < 1e-6, `hfov ${back.hfov}`);
  assert.deepEqual(changes.map((c) => c.projection), ['stereographic', 'fisheye', 'rectilinear']);
  assert.doesNotMatch(await page.evaluate(() => document.querySelector('shotscape-player').momentLink()), /projection=/);
  // Wide fields only where the lens has them.
  const widest = await page.evaluate(() => { const el = document.querySelector('shotscape-player'); el.setView({ hfov: 300 }); return el.getView().hfov; });
  assert.ok(widest <= 150, `rectilinear hfov ${widest}`);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('projection=nonsense: one warning naming it, the ordinary lens; the attribute switches lenses and a bad value changes nothing', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await recordEvents(page);
  await page.goto(`${suite.server.url}?panorama=/fixtures/markers.jpg#projection=nonsense`);
  await waitForFullResolution(page);
  assert.equal(await page.evaluate(() => document.querySelector('shotscape-player').projection), 'rectilinear');
  assert.equal(log.warnings.filter((w) => /projection=nonsense/.test(w)).length, 1, log.warnings.join('\n'));
  await page.evaluate(() => document.querySelector('shotscape-player').setAttribute('projection', 'fisheye'));
  await page.waitForFunction(() => document.querySelector('shotscape-player').projection === 'fisheye');
  const ok = await page.evaluate(() => document.querySelector('shotscape-player').setProjection('planet'));
  assert.equal(ok, false);
  assert.equal(await page.evaluate(() => document.querySelector('shotscape-player').projection), 'fisheye');
  assert.ok(log.warnings.some((w) => /projection "planet"/.test(w)), log.warnings.join('\n'));
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('little planet: a hotspot marker is drawn where the projection puts it, and a click there opens it', async () => {
  const manifest = path.join(fixturesDir, 'lens-hotspots.json');
  fs.writeFileSync(manifest, JSON.stringify({
    title: 'Lens', scene: {
      type: 'equirect-image', src: 'markers.jpg',
      hotspots: [{ id: 'low', yaw: 40, pitch: -35, label: 'Low right', description: 'On the little planet.' }],
    },
  }));
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await recordEvents(page);
  const view = { projection: 'stereographic', yaw: 0, pitch: -90, hfov: 260 };
  await page.goto(`${suite.server.url}?manifest=/fixtures/lens-hotspots.json&${linkFor(view).replace('&controls=0', '')}`);
  await waitForFullResolution(page);
  const box = await page.locator('shotscape-player canvas').boundingBox();
  const [at] = projectPoints(view, box.width, box.height, [{ yaw: 40, pitch: -35 }]);
  assert.ok(at, 'the hotspot is in view');
  await page.mouse.click(box.x + at[0], box.y + at[1]);
  await waitForEvent(page, 'hotspotopen');
  assert.deepEqual(log.errors, []);
  await page.close();
});
