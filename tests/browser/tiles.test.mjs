// Tiled multires scenes (issue 15): a tile set cut by shotscape-tile from the marker panorama,
// streamed by view. Markers land where the core's projection predicts at the face centres, edges
// and the corner where three faces meet; a zoom fetches the next level's visible tiles only; a
// missing, a corrupt and a wrong-sized tile each leave a coarser level on screen (never a hole)
// with one warning per kind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { browserSuite, recordEvents, waitForEvent, watchPage, screenshotPixels, markersOnScreen, fixturesDir, nativeBin, throttle } from './harness.mjs';

const suite = browserSuite();

// The tile set, once per build: 4096×2048 markers → faces of 1312 texels in 328-texel tiles, three
// levels (328, 656, 1312).
function tileSet(name, mutate) {
  const dir = path.join(fixturesDir, name);
  if (!fs.existsSync(dir)) {
    execFileSync(path.join(nativeBin, 'shotscape-tile'), [path.join(fixturesDir, 'markers.jpg'), dir, '--tile-size', '256']);
    if (mutate) mutate(dir);
  }
  return `/fixtures/${name}/manifest.json`;
}

async function open(page, manifest, view) {
  await recordEvents(page);
  await page.goto(`${suite.server.url}?manifest=${manifest}&yaw=${view.yaw}&pitch=${view.pitch}&hfov=${view.hfov}&controls=0`);
  await waitForEvent(page, 'ready');
  return waitSharp(page);
}

// Sharp: every tile the view needs is drawn from its own texture (no stand-in), nothing in flight
// or uploading — in a frame drawn after `afterFrame` (stats().framesDrawn), so a view just set is
// the one judged.
async function waitSharp(page, afterFrame = -1) {
  await page.waitForFunction((after) => {
    const s = document.querySelector('shotscape-player').stats();
    return s.framesDrawn > after && s.tilesWanted > 0 && s.tileStandIns === 0 && s.tilesInFlight === 0 && !s.uploading;
  }, afterFrame, { timeout: 30000 });
  return page.evaluate(() => document.querySelector('shotscape-player').stats());
}

// Sets the view (element API) and waits until it is drawn sharp.
async function viewSharp(page, view) {
  const frame = await page.evaluate((v) => {
    const el = document.querySelector('shotscape-player');
    const drawn = el.stats().framesDrawn;
    el.setView(v);
    return drawn;
  }, view);
  return waitSharp(page, frame); // (setView applies at once: any frame drawn after it shows the new view)
}

const VIEWS = [
  { name: 'front face centre', yaw: 0, pitch: 0, hfov: 100 },
  { name: 'straight up, across the up face', yaw: 0, pitch: 90, hfov: 100 },
  { name: 'the corner of front, left and up', yaw: -50, pitch: 40, hfov: 90 },
  { name: 'across the back faces, zoomed', yaw: 180, pitch: 0, hfov: 60 },
  { name: 'low right, the front/down edge', yaw: 40, pitch: -35, hfov: 60 },
];

for (const view of VIEWS) {
  test(`tiled: markers land where the projection predicts — ${view.name}`, async (t) => {
    const manifest = tileSet('tiles-markers');
    const page = await suite.browser.context.newPage();
    const log = watchPage(page);
    const stats = await open(page, manifest, view);
    t.diagnostic(`level ${stats.tileLevel}, ${stats.tilesWanted} tiles, ${stats.tilesRequested} requested`);
    const shot = await screenshotPixels(page);
    const markers = markersOnScreen(shot, view, suite.fixtures.markers.markers);
    assert.ok(markers.length >= 1, 'no marker on screen for this view');
    for (const m of markers) {
      assert.ok(m.blob, `marker ${m.marker.name} not found near (${m.predicted.map((v) => v.toFixed(1))})`);
      assert.ok(m.error < 2.0, `marker ${m.marker.name} is ${m.error.toFixed(2)} px from the prediction`);
      t.diagnostic(`${m.marker.name}: ${m.error.toFixed(2)} px`);
    }
    assert.deepEqual(log.errors, []);
    await page.close();
  });
}

// A cube map: the six faces of the tile set's coarsest level (one 328-texel tile per face), as
// `cubemap-image` with its `faces`.
function cubeMap() {
  tileSet('tiles-markers');
  const file = path.join(fixturesDir, 'cubemap.json');
  const faces = Object.fromEntries(['front', 'right', 'back', 'left', 'up', 'down'].map((name, i) => [name, `tiles-markers/tiles/0/${'frblud'[i]}/0_0.jpg`]));
  fs.writeFileSync(file, JSON.stringify({ title: 'Cube map', scene: { type: 'cubemap-image', faces } }));
  return '/fixtures/cubemap.json';
}

for (const view of [VIEWS[0], VIEWS[1], VIEWS[2]]) {
  test(`cube map: markers land where the projection predicts — ${view.name}`, async (t) => {
    const page = await suite.browser.context.newPage();
    const log = watchPage(page);
    await open(page, cubeMap(), view);
    const shot = await screenshotPixels(page);
    const markers = markersOnScreen(shot, view, suite.fixtures.markers.markers);
    assert.ok(markers.length >= 1, 'no marker on screen for this view');
    for (const m of markers) {
      // 328-texel faces magnified about 2.5×: blurrier edges, the same centres.
      assert.ok(m.blob, `marker ${m.marker.name} not found near (${m.predicted.map((v) => v.toFixed(1))})`);
      assert.ok(m.error < 2.5, `marker ${m.marker.name} is ${m.error.toFixed(2)} px from the prediction`);
      t.diagnostic(`${m.marker.name}: ${m.error.toFixed(2)} px`);
    }
    assert.deepEqual(log.errors, []);
    await page.close();
  });
}

test('tiled: a zoom fetches the next level, only the tiles in view', async (t) => {
  const manifest = tileSet('tiles-markers');
  const page = await suite.browser.context.newPage();
  // A small viewport, so the wide view needs the coarsest level and the zoom the finest.
  await page.setViewportSize({ width: 400, height: 225 });
  // Counted where they arrive, at the server (the decoder worker's fetches are not all reported
  // to the page's request events).
  const requested = [];
  const count = (req) => { if (req.url.includes('/tiles-markers/tiles/')) requested.push(req.url.split('/tiles-markers/tiles/')[1]); };
  suite.server.server.on('request', count);
  const wide = await open(page, manifest, { yaw: 90, pitch: 0, hfov: 120 });
  const before = requested.length;
  const zoomed = await viewSharp(page, { hfov: 30 });
  const fetched = requested.slice(before);
  t.diagnostic(`wide: level ${wide.tileLevel} (${wide.tilesWanted} tiles); zoomed: level ${zoomed.tileLevel} (${zoomed.tilesWanted} tiles), fetched ${fetched.join(' ')}`);
  assert.ok(zoomed.tileLevel > wide.tileLevel, 'the zoom needs a finer level');
  assert.ok(fetched.length > 0 && fetched.every((f) => f.startsWith(`${zoomed.tileLevel}/`)), 'only the needed level is fetched (no intermediate)');
  assert.ok(fetched.length <= zoomed.tilesWanted, `${fetched.length} fetched for ${zoomed.tilesWanted} visible`);
  assert.ok(fetched.every((f) => f.startsWith(`${zoomed.tileLevel}/r/`)), 'a view into the right face fetches right-face tiles only');
  suite.server.server.off('request', count);
  await page.close();
});

test('tiled: a missing, a corrupt and a wrong-sized tile leave a coarser level on screen, one warning each', async () => {
  // In the front face's finest level (2): row 1, columns 1, 2 and 0 broken three ways.
  const manifest = tileSet('tiles-broken', (dir) => {
    fs.rmSync(path.join(dir, 'tiles/2/f/1_1.jpg'));
    fs.writeFileSync(path.join(dir, 'tiles/2/f/1_2.jpg'), 'not a JPEG');
    fs.copyFileSync(path.join(dir, 'preview.jpg'), path.join(dir, 'tiles/2/f/1_0.jpg')); // a 164×984 strip, not 328×328
  });
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await recordEvents(page);
  await page.goto(`${suite.server.url}?manifest=${manifest}&yaw=0&pitch=0&hfov=100&controls=0`);
  await waitForEvent(page, 'ready');
  await page.waitForFunction(() => {
    const s = document.querySelector('shotscape-player').stats();
    return s.tileLevel === 2 && s.tilesInFlight === 0 && !s.uploading && s.tilesFailed >= 3;
  }, null, { timeout: 30000 });
  const stats = await page.evaluate(() => document.querySelector('shotscape-player').stats());
  assert.ok(stats.tileStandIns >= 3, `${stats.tileStandIns} stand-ins for the broken tiles`);
  const warnings = log.warnings.filter((w) => /tile/.test(w));
  assert.equal(warnings.filter((w) => /could not be loaded/.test(w) && /2\/f\/1_1\.jpg/.test(w)).length, 1, warnings.join('\n'));
  assert.equal(warnings.filter((w) => /could not be decoded/.test(w) && /2\/f\/1_2\.jpg/.test(w)).length, 1, warnings.join('\n'));
  assert.equal(warnings.filter((w) => /wrong size/.test(w) && /2\/f\/1_0\.jpg/.test(w)).length, 1, warnings.join('\n'));
  // No hole: the whole view is drawn (no pixel of the clear colour, 13/13/15).
  const shot = await screenshotPixels(page);
  let clear = 0;
  for (let i = 0; i < shot.data.length; i += 4 * 97) if (shot.data[i] === 13 && shot.data[i + 1] === 13 && shot.data[i + 2] === 15) clear++;
  assert.equal(clear, 0, `${clear} sampled pixels show the clear colour: a hole`);
  await page.close();
});

test('tiled: over a long rotation the tiles held stay within memory-budget, least recently seen evicted', async (t) => {
  const manifest = tileSet('tiles-markers');
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await recordEvents(page);
  // 32 MB: about 55 of the finest level's 328-texel tiles (with mips); two turns show more.
  await page.goto(`${suite.server.url}?manifest=${manifest}&yaw=0&pitch=0&hfov=70&controls=0&memory-budget=32`);
  await waitForEvent(page, 'ready');
  let most = 0, budget = 0;
  for (let yaw = 0; yaw <= 720; yaw += 30) {
    const s = await viewSharp(page, { yaw: ((yaw + 180) % 360) - 180, pitch: yaw % 120 === 0 ? 30 : -20 });
    budget = s.tileBudgetBytes;
    most = Math.max(most, s.tileBytes);
    assert.ok(s.tileBytes <= s.tileBudgetBytes, `${(s.tileBytes / 2 ** 20).toFixed(1)} MB held at yaw ${yaw}, over ${(s.tileBudgetBytes / 2 ** 20).toFixed(1)} MB`);
  }
  const s = await page.evaluate(() => document.querySelector('shotscape-player').stats());
  t.diagnostic(`most held ${(most / 2 ** 20).toFixed(1)} of ${(budget / 2 ** 20).toFixed(0)} MB; ${s.tilesRequested} requests, ${s.tilesResident} resident at the end`);
  assert.equal(budget, 32 * 2 ** 20);
  assert.ok(most > budget * 0.7, 'the rotation filled the budget (the test exercises eviction)');
  // More tiles came in (requests less the cancelled and the preview) than are held: some were evicted.
  assert.ok(s.tilesRequested - s.tilesCancelled - 1 > s.tilesResident, `${s.tilesRequested} requests, ${s.tilesCancelled} cancelled, ${s.tilesResident} resident`);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('tiled: a fast rotation on a slow network cancels the requests of tiles that left the view', async (t) => {
  const manifest = tileSet('tiles-markers');
  const page = await suite.browser.context.newPage();
  await recordEvents(page);
  await page.goto(`${suite.server.url}?manifest=${manifest}&yaw=0&pitch=0&hfov=70&controls=0`);
  await waitForEvent(page, 'ready');
  const unthrottle = await throttle(page, { kibPerSecond: 256, latencyMs: 150 });
  const aborted = [];
  page.on('requestfailed', (r) => { if (r.url().includes('/tiles/')) aborted.push(r.url().split('/tiles/')[1]); });
  for (let yaw = 0; yaw < 360; yaw += 45) {
    await page.evaluate((y) => document.querySelector('shotscape-player').setView({ yaw: y > 180 ? y - 360 : y }), yaw);
    await page.waitForTimeout(80);
  }
  const s = await page.evaluate(() => document.querySelector('shotscape-player').stats());
  t.diagnostic(`${s.tilesRequested} requested, ${s.tilesCancelled} cancelled; ${aborted.length} downloads aborted`);
  assert.ok(s.tilesCancelled > 0, 'stale requests were cancelled');
  assert.ok(aborted.length > 0, 'their downloads were aborted in the network');
  await unthrottle();
  const settled = await waitSharp(page);
  assert.ok(settled.tilesWanted > 0);
  await page.close();
});
