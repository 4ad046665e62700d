// Headsets (issue 16, WebXR): an emulated Meta Quest 3 (iwer, the Immersive Web Emulation Runtime,
// a pinned dev dependency) in headless Chromium. Entering from the chrome's "Enter VR" button; both
// eyes drawn into the session's framebuffer, each through its own projection (markers of the test
// panorama found where the headset's own matrices put them, eye by eye); a hotspot selected with
// the controller's ray, its panel pressed with the ray, a link followed with a hand's pinch; exit
// giving back the same view; the headset taken off (the session ends unasked); stereo pictures (each
// eye its half; the left on screens) and a stereo flag on a mono picture (a warning, mono).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { browserSuite, clickControl, findBlob, markersOnScreen, repoRoot, screenshotPixels, waitForFullResolution,
  watchPage } from './harness.mjs';

const require = createRequire(import.meta.url);
const IWER = fs.readFileSync(require.resolve('iwer/build/iwer.min.js'), 'utf8');
const lookDir = path.join(repoRoot, 'build/look');

// Stereo fixtures, made with ffmpeg: each eye a 2:1 picture of one colour with a white band along
// its horizon, top-bottom (1:1) and a mono 2:1 picture flagged stereo by mistake.
const xrDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shotscape-xr-'));
const LEFT = [208, 48, 32], RIGHT = [32, 64, 208];
function makeFixtures() {
  const eye = (rgb) => `color=c=0x${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}:s=1024x512,drawbox=y=250:h=12:w=1024:color=white:t=fill`;
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', eye(LEFT), '-f', 'lavfi', '-i', eye(RIGHT),
    '-filter_complex', 'vstack', '-frames:v', '1', '-q:v', '3', path.join(xrDir, 'stereo-tb.jpg')]);
  const scene = (src, stereo) => JSON.stringify({ title: 'Stereo', scene: { type: 'equirect-image', src, stereo } });
  fs.writeFileSync(path.join(xrDir, 'stereo.json'), scene('stereo-tb.jpg', 'top-bottom'));
  fs.copyFileSync(path.join(process.env.SHOTSCAPE_FIXTURES_DIR || path.join(repoRoot, 'build/fixtures'), 'markers.jpg'),
    path.join(xrDir, 'markers.jpg'));
  fs.writeFileSync(path.join(xrDir, 'mono-flagged.json'), scene('markers.jpg', 'top-bottom'));
}
const suite = browserSuite({ setup: makeFixtures, serve: { mounts: { '/xr': xrDir } } });
after(() => fs.rmSync(xrDir, { recursive: true, force: true }));
before(() => fs.mkdirSync(lookDir, { recursive: true }));

// A page with the emulated headset installed before any script runs (the player probes navigator.xr
// as it starts); the session the player gets is kept as window.xrSession for the test.
async function headsetPage() {
  const page = await suite.browser.context.newPage();
  await page.addInitScript({ content: `${IWER}
    ;(() => {
      const device = new IWER.XRDevice(IWER.metaQuest3, { stereoEnabled: true });
      device.installRuntime({ forceInstall: true });
      window.xrDevice = device;
      // The left hand rests pointing at the floor; the tests aim the right.
      const down = [Math.sin(-0.6), 0, 0, Math.cos(0.6)];
      device.controllers.left.quaternion.set(...down);
      device.hands.left.quaternion.set(...down);
      const request = navigator.xr.requestSession.bind(navigator.xr);
      navigator.xr.requestSession = async (...args) => (window.xrSession = await request(...args));
    })();` });
  return page;
}

// Every event of these types, in order, from the first moment.
async function recordEvents(page) {
  await page.addInitScript(() => {
    window.__events = [];
    for (const type of ['xrchange', 'hotspotopen', 'hotspotclose', 'scenechange']) {
      document.addEventListener(type, (e) => {
        if (e.target && e.target.localName === 'shotscape-player') window.__events.push({ type, detail: e.detail });
      }, true);
    }
  });
}
// The n-th (from 1) event of `type`, once it has come.
async function waitForEvent(page, type, n = 1) {
  await page.waitForFunction(([type, n]) => window.__events.filter((e) => e.type === type).length >= n, [type, n], { timeout: 20000 });
  return page.evaluate(([type, n]) => window.__events.filter((e) => e.type === type)[n - 1].detail, [type, n]);
}

// A headset page showing `query`, its shot drawn at full resolution and the headset offered.
async function openHeadsetPage(query) {
  const page = await headsetPage();
  const log = watchPage(page);
  await recordEvents(page);
  await page.goto(`${suite.server.url}${query}`);
  await waitForFullResolution(page);
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().xr.available, null, { timeout: 10000 });
  return { page, log };
}

const stats = (page) => page.evaluate(() => document.querySelector('shotscape-player').stats());

async function enter(page, how = 'button') {
  const n = await page.evaluate(() => window.__events.filter((e) => e.type === 'xrchange').length);
  if (how === 'button') await clickControl(page, 'vr');
  else assert.equal(await page.evaluate(() => document.querySelector('shotscape-player').enterVR()), true);
  const change = await waitForEvent(page, 'xrchange', n + 1);
  assert.equal(change.active, true);
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().xr.sessionFrames > 10, null, { timeout: 20000 });
  return change;
}

// The eyes as the headset has them this frame: projection and view matrices (the view's rotation
// only: the panorama and its markers lie at infinity), viewports — read in a session frame.
const eyes = (page) => page.evaluate(() => new Promise((resolve) => {
  const session = window.xrSession;
  session.requestReferenceSpace('local').then((space) => session.requestAnimationFrame((t, frame) => {
    const pose = frame.getViewerPose(space);
    const layer = session.renderState.baseLayer;
    resolve(pose.views.map((v) => ({ eye: v.eye, projection: [...v.projectionMatrix], view: [...v.transform.inverse.matrix],
      viewport: (({ x, y, width, height }) => ({ x, y, width, height }))(layer.getViewport(v)) })));
  }));
}));

// Where a scene direction lands in an eye (canvas pixels, y down), entered at `enteredYaw` with the
// head facing -Z (the emulator's start): the player turns the scene so that yaw is straight ahead.
function eyePixel(eye, yaw, pitch, enteredYaw, canvasHeight) {
  const r = Math.PI / 180, h = (yaw - enteredYaw) * r, p = pitch * r;
  const d = [Math.sin(h) * Math.cos(p), Math.sin(p), -Math.cos(h) * Math.cos(p), 0];
  const mul = (m, v) => [0, 1, 2, 3].map((i) => m[i] * v[0] + m[4 + i] * v[1] + m[8 + i] * v[2] + m[12 + i] * v[3]);
  const c = mul(eye.projection, mul(eye.view, d));
  if (c[3] <= 0) return null;
  const x = eye.viewport.x + ((c[0] / c[3] + 1) / 2) * eye.viewport.width;
  const y = canvasHeight - (eye.viewport.y + ((c[1] / c[3] + 1) / 2) * eye.viewport.height);
  const inside = x > eye.viewport.x + 30 && x < eye.viewport.x + eye.viewport.width - 30 && y > 30 && y < canvasHeight - 30;
  return inside ? [x, y] : null;
}

// A quaternion (x, y, z, w) turning -Z onto the unit vector d.
function aimAt(d) {
  const from = [0, 0, -1];
  const c = [from[1] * d[2] - from[2] * d[1], from[2] * d[0] - from[0] * d[2], from[0] * d[1] - from[1] * d[0]];
  const w = 1 + (from[0] * d[0] + from[1] * d[1] + from[2] * d[2]);
  const n = Math.hypot(c[0], c[1], c[2], w);
  return [c[0] / n, c[1] / n, c[2] / n, w / n];
}
// The reference-space direction of a scene direction, entered at `enteredYaw`.
function refDirection(yaw, pitch, enteredYaw) {
  const r = Math.PI / 180, h = (yaw - enteredYaw) * r, p = pitch * r;
  return [Math.sin(h) * Math.cos(p), Math.sin(p), -Math.cos(h) * Math.cos(p)];
}
// The emulator places controllers in its own space; the session reports poses in "local" (origin
// where the head started). Device coordinates = local + this offset.
async function localToDevice(page) {
  return page.evaluate(() => new Promise((resolve) => {
    const session = window.xrSession;
    session.requestReferenceSpace('local').then((space) => session.requestAnimationFrame((t, frame) => {
      const p = frame.getViewerPose(space).transform.position;
      const d = window.xrDevice.position;
      resolve([d.x - p.x, d.y - p.y, d.z - p.z]);
    }));
  }));
}
async function pointController(page, hand, from, to) {
  const d = [to[0] - from[0], to[1] - from[1], to[2] - from[2]];
  const n = Math.hypot(...d);
  const q = aimAt(d.map((v) => v / n));
  await page.evaluate(([hand, from, q]) => {
    const c = window.xrDevice.controllers[hand];
    c.position.set(...from);
    c.quaternion.set(...q);
  }, [hand, from, q]);
}
async function pull(page, hand) {
  await page.evaluate((hand) => window.xrDevice.controllers[hand].updateButtonValue('trigger', 1), hand);
  await page.waitForTimeout(150);
  await page.evaluate((hand) => window.xrDevice.controllers[hand].updateButtonValue('trigger', 0), hand);
}

test('Enter VR: both eyes drawn at the headset\'s rate, each through its own projection; exit gives the view back', async () => {
  const { page, log } = await openHeadsetPage('?panorama=/fixtures/markers.jpg&yaw=30&pitch=0&hfov=90');
  const before = await page.evaluate(() => document.querySelector('shotscape-player').getView());
  const change = await enter(page, 'button');
  assert.equal(change.by, 'viewer');

  const s = await stats(page);
  assert.equal(s.xr.running, true);
  assert.equal(s.xr.eyes.length, 2, 'two eyes drawn');
  const [left, right] = s.xr.eyes;
  assert.deepEqual([left.eye, left.x, left.width], ['left', 0, 640]);
  assert.deepEqual([right.eye, right.x, right.width], ['right', 640, 640]);
  assert.ok(right.px - left.px > 0.05, `the eyes stand apart: ${left.px} ${right.px}`);
  // Facing what the screen showed: each eye's centre looks at yaw 30.
  for (const e of s.xr.eyes) assert.ok(Math.abs(e.centreYaw - 30) < 1 && Math.abs(e.centrePitch) < 1, JSON.stringify(e));

  // The markers in each eye, where the headset's own matrices put them.
  const views = await eyes(page);
  const shot = await screenshotPixels(page);
  fs.writeFileSync(path.join(lookDir, 'xr-eyes.png'), shot.png);
  assert.equal(shot.width, 1280, 'the emulator shows the session full window');
  for (const eye of views) {
    let found = 0, checked = 0;
    for (const m of suite.fixtures.markers.markers) {
      const p = eyePixel(eye, m.yaw, m.pitch, 30, shot.height);
      if (!p) continue;
      checked++;
      const blob = findBlob(shot, p, m.rgb, 20);
      assert.ok(blob, `${eye.eye} eye: marker at ${m.yaw},${m.pitch} missing near ${p.map(Math.round)}`);
      const error = Math.hypot(blob.x - p[0], blob.y - p[1]);
      assert.ok(error < 4, `${eye.eye} eye: marker at ${m.yaw},${m.pitch} ${error.toFixed(1)} px from where the headset puts it`);
      found++;
    }
    assert.ok(checked >= 2 && found === checked, `${eye.eye} eye: ${found}/${checked} markers`);
  }

  // The headset's rate: frames keep coming at the emulator's display rate.
  const a = await stats(page);
  await page.waitForTimeout(1000);
  const b = await stats(page);
  const rate = (b.xr.sessionFrames - a.xr.sessionFrames) / (b.xr.sessionSeconds - a.xr.sessionSeconds);
  // (Software rendering of two 640×720 eyes: the emulator's rate here; make bench measures it.)
  assert.ok(rate > 5, `session frames per second: ${rate.toFixed(1)}`);
  assert.ok(b.xr.frameMsMax < 200, `the longest session frame took ${b.xr.frameMsMax} ms`);

  // The page leaves VR: the same view as before, the canvas back in the element, the screen drawing.
  assert.equal(await page.evaluate(() => document.querySelector('shotscape-player').exitVR()), true);
  const ended = await waitForEvent(page, 'xrchange', 2);
  assert.deepEqual([ended.active, ended.reason], [false, 'exit']);
  const after = await page.evaluate(() => document.querySelector('shotscape-player').getView());
  assert.deepEqual(after, before);
  assert.equal(await page.evaluate(() => {
    const el = document.querySelector('shotscape-player');
    return el.shadowRoot.querySelector('canvas') !== null;
  }), true, 'the canvas is back in the element');
  await page.waitForTimeout(300);
  const screen = await screenshotPixels(page);
  fs.writeFileSync(path.join(lookDir, 'xr-after-exit.png'), screen.png);
  const onScreen = markersOnScreen(screen, after, suite.fixtures.markers.markers);
  assert.ok(onScreen.length >= 1 && onScreen.every((m) => m.error < 3), `the screen shows the view again: ${JSON.stringify(onScreen.map((m) => m.error))}`);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('the controller\'s ray opens a hotspot (by "headset"), its panel stands ahead and takes presses, a pinch follows a link', async () => {
  const { page, log } = await openHeadsetPage('?yaw=0&pitch=0');
  const scenes = await page.evaluate(() => document.querySelector('shotscape-player').scenes());
  await enter(page, 'api');

  // The window hotspot (yaw 0, pitch 4), from the right controller at the hip.
  const offset = await localToDevice(page);
  const hand = [0.25, 1.3, -0.3];
  const head = await page.evaluate(() => { const p = window.xrDevice.position; return [p.x, p.y, p.z]; });
  const target = refDirection(0, 4, 0).map((v, i) => head[i] + v * 20);
  await pointController(page, 'right', hand, target);
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().xr.hovered === 'window', null, { timeout: 10000 });
  const hovered = await screenshotPixels(page);
  fs.writeFileSync(path.join(lookDir, 'xr-ray-on-hotspot.png'), hovered.png);
  await pull(page, 'right');
  const opened = await waitForEvent(page, 'hotspotopen');
  assert.deepEqual(opened, { id: 'window', by: 'headset' });
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().xr.panel, null, { timeout: 10000 });
  // Its panel stands 1.6 m ahead, level with the eyes; the commentary's captions come low in the view.
  let s = await stats(page);
  const panel = s.xr.panelQuad;
  assert.ok(Math.abs(panel.centre.y + offset[1] - head[1] - 0.05) < 0.01 && Math.abs(panel.centre.z + offset[2] - head[2] + 1.6) < 0.01,
    JSON.stringify(panel));
  await page.waitForFunction(() => (document.querySelector('shotscape-player').stats().caption || '') !== '', null, { timeout: 20000 })
    .catch(() => {});
  await page.waitForTimeout(500);
  const withPanel = await screenshotPixels(page);
  fs.writeFileSync(path.join(lookDir, 'xr-panel.png'), withPanel.png);
  s = await stats(page);
  assert.ok(s.xr.quads >= 2 * 2, `markers and the panel drawn in both eyes: ${s.xr.quads} quads`);

  // The panel's close button (top right) pressed with the ray: the hotspot closes.
  const at = (u, v) => ['x', 'y', 'z'].map((k, i) => panel.centre[k] + (2 * u - 1) * panel.right[k] + (1 - 2 * v) * panel.up[k] + offset[i]);
  const closeButton = at((560 - 24) / 560, 22 / 490);
  await pointController(page, 'right', hand, closeButton);
  await page.waitForTimeout(300);
  await pull(page, 'right');
  const closed = await waitForEvent(page, 'hotspotclose');
  assert.equal(closed.id, 'window');
  await page.waitForFunction(() => !document.querySelector('shotscape-player').stats().xr.panel, null, { timeout: 10000 });

  // A link marker by a hand's pinch: the scene changes, by "headset", the session goes on.
  const here = scenes.find((x) => x.id === 'apartment');
  const link = here.links[0];
  const linkDirection = (await stats(page)).markerAngles.find((m) => m.id === 'link:' + link.target);
  assert.ok(linkDirection, `the link marker's direction: ${JSON.stringify((await stats(page)).markerAngles)}`);
  await page.evaluate(() => { window.xrDevice.primaryInputMode = 'hand'; });
  const pinchFrom = [0.2, 1.35, -0.3];
  const toLink = refDirection(linkDirection.yaw, linkDirection.pitch, 0).map((v, i) => head[i] + v * 20);
  const d = toLink.map((v, i) => v - pinchFrom[i]);
  const q = aimAt(d.map((v) => v / Math.hypot(...d)));
  await page.evaluate(([from, q]) => {
    const h = window.xrDevice.hands.right;
    h.position.set(...from);
    h.quaternion.set(...q);
  }, [pinchFrom, q]);
  await page.waitForFunction((id) => document.querySelector('shotscape-player').stats().xr.hovered === id, 'link:' + link.target, { timeout: 10000 });
  await page.evaluate(() => window.xrDevice.hands.right.updatePinchValue(1));
  await page.waitForTimeout(150);
  await page.evaluate(() => window.xrDevice.hands.right.updatePinchValue(0));
  const moved = await waitForEvent(page, 'scenechange');
  assert.deepEqual([moved.to, moved.by, moved.transition], [link.target, 'headset', 'jump']);
  s = await stats(page);
  assert.equal(s.xr.running, true, 'the session goes on in the new scene');
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().xr.sessionFrames > 5);
  fs.writeFileSync(path.join(lookDir, 'xr-after-link.png'), (await screenshotPixels(page)).png);
  await page.evaluate(() => document.querySelector('shotscape-player').exitVR());
  await waitForEvent(page, 'xrchange', 2);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('the headset taken off: the session ends unasked, a warning, the view back and the player working', async () => {
  const { page, log } = await openHeadsetPage('?panorama=/fixtures/markers.jpg&yaw=-60&pitch=10&hfov=80');
  const before = await page.evaluate(() => document.querySelector('shotscape-player').getView());
  await enter(page, 'api');
  // The head turns while in VR; the browser then ends the session on its own.
  await page.evaluate(() => window.xrDevice.quaternion.set(0, Math.sin(0.4), 0, Math.cos(0.4)));
  await page.waitForTimeout(200);
  await page.evaluate(() => window.xrSession.end());
  const ended = await waitForEvent(page, 'xrchange', 2);
  assert.deepEqual([ended.active, ended.reason], [false, 'ended']);
  assert.ok(log.warnings.some((w) => /session ended/.test(w)), log.warnings.join('\n'));
  assert.deepEqual(await page.evaluate(() => document.querySelector('shotscape-player').getView()), before, 'no jump: the view entered with');
  // Still working: a drag turns the view, Enter VR is offered again.
  await page.mouse.move(640, 360);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(640 - 20 * i, 360);
  await page.mouse.up();
  await page.waitForFunction((yaw) => Math.abs(document.querySelector('shotscape-player').getView().yaw - yaw) > 5, before.yaw);
  const s = await stats(page);
  assert.equal(s.xr.active, false);
  assert.ok(s.controlRects.vr, 'the Enter VR button is back');
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('stereo top-bottom: each eye its half in the headset, the left eye on the screen; a stereo flag on a mono picture is warned about and shown mono', async () => {
  const { page, log } = await openHeadsetPage('?manifest=/xr/stereo.json');
  const mean = (shot, x0, x1) => {
    const sum = [0, 0, 0];
    let n = 0;
    for (let y = 40; y < shot.height - 40; y += 7) for (let x = x0; x < x1; x += 7) {
      const i = (y * shot.width + x) * 4;
      if (shot.data[i] > 200 && shot.data[i + 1] > 200) continue; // the white horizon band
      sum[0] += shot.data[i]; sum[1] += shot.data[i + 1]; sum[2] += shot.data[i + 2]; n++;
    }
    return sum.map((v) => v / n);
  };
  const close = (a, b) => a.every((v, i) => Math.abs(v - b[i]) < 30);
  const screen = await screenshotPixels(page);
  const screenColour = mean(screen, 40, 900);
  assert.ok(close(screenColour, LEFT), `the screen shows the left eye: ${screenColour.map(Math.round)}`);
  await enter(page, 'api');
  const shot = await screenshotPixels(page);
  fs.writeFileSync(path.join(lookDir, 'xr-stereo.png'), shot.png);
  const l = mean(shot, 40, 600), r = mean(shot, 680, 1240);
  assert.ok(close(l, LEFT), `left eye: ${l.map(Math.round)}`);
  assert.ok(close(r, RIGHT), `right eye: ${r.map(Math.round)}`);
  await page.evaluate(() => document.querySelector('shotscape-player').exitVR());
  await waitForEvent(page, 'xrchange', 2);
  assert.deepEqual(log.errors, []);
  assert.ok(!log.warnings.some((w) => /stereo/.test(w)), log.warnings.join('\n'));

  // A 2:1 picture flagged top-bottom: shown mono (the markers where a mono panorama has them), a warning.
  const { page: mono, log: monoLog } = await openHeadsetPage('?manifest=/xr/mono-flagged.json&yaw=20&pitch=-15&hfov=110');
  await mono.waitForTimeout(200);
  const v = await mono.evaluate(() => document.querySelector('shotscape-player').getView());
  const monoShot = await screenshotPixels(mono);
  const found = markersOnScreen(monoShot, v, suite.fixtures.markers.markers);
  assert.ok(found.length >= 2 && found.every((m) => m.error < 3), `shown mono: ${JSON.stringify(found.map((m) => m.error))}`);
  assert.ok(monoLog.warnings.some((w) => /marked stereo "top-bottom", but its picture is 2:1 \(1:1 expected.*shown mono/.test(w)), monoLog.warnings.join('\n'));
  assert.deepEqual(monoLog.errors, []);
  await mono.close();
  await page.close();
});

test('without a headset: no Enter VR button, enterVR() says why', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await page.goto(`${suite.server.url}?panorama=/fixtures/markers.jpg`);
  await waitForFullResolution(page);
  await page.waitForTimeout(300);
  const s = await stats(page);
  assert.equal(s.xr.available, false);
  assert.equal(s.controlRects.vr, undefined);
  assert.equal(await page.evaluate(() => document.querySelector('shotscape-player').enterVR()), false);
  assert.ok(log.warnings.some((w) => /no headset can be entered/.test(w)), log.warnings.join('\n'));
  await page.close();
});
