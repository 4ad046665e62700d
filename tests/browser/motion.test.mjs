// Magic window (issue 16): the device's orientation turns the view, through Chromium's own device
// orientation override (CDP DeviceOrientation.setDeviceOrientationOverride, real deviceorientation
// events): on the demo page (motion=1), in the element, and inside a cross-origin iframe through
// shotscape-frame.js's relay; drag adds an offset; bad readings are refused with one warning per
// kind and no jump; a relay from a page not in `origins` does nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { browserSuite, clickControl, recordEvents, waitForEvent, waitForFullResolution, watchPage } from './harness.mjs';
import { startServer } from '../../tools/serve.mjs';

const suite = browserSuite({ serve: { cors: true } });
let hostDir, host;
before(async () => {
  hostDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shotscape-motion-host-'));
  host = await startServer({ root: hostDir });
});
after(async () => {
  await host?.close();
  if (hostDir) fs.rmSync(hostDir, { recursive: true, force: true });
});

// The device held upright (beta 90) facing alpha's zero, turned `right` degrees clockwise and
// tilted `up` degrees back.
const pose = (right, up = 0) => ({ alpha: (360 - right) % 360, beta: 90 + up, gamma: 0 });

async function orient(page, o) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DeviceOrientation.setDeviceOrientationOverride', o);
  return cdp;
}

const view = (frame) => frame.evaluate(() => document.querySelector('shotscape-player').getView());
const near = (a, b, tolerance) => Math.abs(((a - b + 540) % 360) - 180) <= tolerance;

async function settled(frame, yaw, pitch, tolerance = 0.5) {
  await frame.waitForFunction(([yaw, pitch, tolerance]) => {
    const v = document.querySelector('shotscape-player').getView();
    return Math.abs(((v.yaw - yaw + 540) % 360) - 180) <= tolerance && Math.abs(v.pitch - pitch) <= tolerance;
  }, [yaw, pitch, tolerance], { timeout: 10000 });
  return view(frame);
}

test('motion=1 on the demo page: turning on keeps the view, the phone turns it, a drag adds an offset, motion=0 stops it', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await recordEvents(page);
  await page.goto(`${suite.server.url}?panorama=/fixtures/markers.jpg&yaw=30&pitch=0&hfov=90&motion=1`);
  await waitForFullResolution(page);
  const changes = [];
  await page.exposeFunction('noteMotion', (d) => changes.push(d));
  await page.evaluate(() => document.querySelector('shotscape-player').addEventListener('motionchange', (e) => window.noteMotion(e.detail)));
  const cdp = await orient(page, pose(0));
  await page.waitForFunction(() => document.querySelector('shotscape-player').motion, null, { timeout: 10000 });
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().motionReadings > 0);
  let v = await view(page);
  assert.ok(near(v.yaw, 30, 0.01) && Math.abs(v.pitch) < 0.01, `turning on moved the view: ${JSON.stringify(v)}`);
  const stats = await page.evaluate(() => document.querySelector('shotscape-player').stats());
  assert.ok(stats.controlRects.motion, 'the motion button shows');
  // Turn the phone 40° right and tilt it 20° back.
  await cdp.send('DeviceOrientation.setDeviceOrientationOverride', pose(40, 20));
  v = await settled(page, 70, 20);
  // A drag 200 px to the right turns the view left; the phone keeps steering from there.
  await page.mouse.move(640, 360);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(640 + 20 * i, 360);
  await page.mouse.up();
  await page.waitForTimeout(1500); // the drag's inertia and the pitch's return to the device's
  const dragged = await view(page);
  assert.ok(!near(dragged.yaw, 70, 5), `the drag turned the view: ${JSON.stringify(dragged)}`);
  await cdp.send('DeviceOrientation.setDeviceOrientationOverride', pose(60, 20));
  const after = await settled(page, dragged.yaw + 20, 20, 1.0);
  assert.ok(near(after.yaw, dragged.yaw + 20, 1.0), `the phone turned it 20° more: ${JSON.stringify(after)}`);
  // Off by the attribute: the phone no longer turns it.
  await page.evaluate(() => document.querySelector('shotscape-player').setAttribute('motion', '0'));
  await cdp.send('DeviceOrientation.setDeviceOrientationOverride', pose(120, 0));
  await page.waitForTimeout(500);
  assert.ok(near((await view(page)).yaw, after.yaw, 0.01), 'motion off: the view stays');
  assert.deepEqual(changes.map((c) => [c.on, c.by]), [[true, 'link'], [false, 'api']]);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('bad readings: null, NaN and absurd angles are refused with one warning per kind, and the view never jumps', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await recordEvents(page);
  await page.goto(`${suite.server.url}?panorama=/fixtures/markers.jpg&yaw=-20&motion=1`);
  await waitForFullResolution(page);
  await orient(page, pose(0));
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().motionReadings > 0, null, { timeout: 10000 });
  const before = await view(page);
  await page.evaluate(() => {
    const fire = (o) => window.dispatchEvent(Object.assign(new Event('deviceorientation'), o));
    for (let i = 0; i < 30; i++) {
      fire({ alpha: null, beta: null, gamma: null });
      fire({ alpha: NaN, beta: 90, gamma: 0 });
      fire({ alpha: 10, beta: 1e9, gamma: 0 });
      fire({ alpha: 10, beta: 90, gamma: -1e9 });
    }
  });
  await page.waitForTimeout(500);
  const v = await view(page);
  assert.ok(near(v.yaw, before.yaw, 0.01) && Math.abs(v.pitch - before.pitch) < 0.01, `the view moved: ${JSON.stringify(before)} → ${JSON.stringify(v)}`);
  const refused = log.warnings.filter((w) => /device orientation reading was refused/.test(w));
  assert.equal(refused.length, 3, refused.join('\n')); // missing, beta, gamma: once each, not 120 times
  assert.ok(await page.evaluate(() => document.querySelector('shotscape-player').stats().motionRefused >= 120));
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('the element: motion stays off by default on a desktop; the button turns it on; the choice is kept for the page', async (t) => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await recordEvents(page);
  await page.goto(`${suite.server.url}?panorama=/fixtures/markers.jpg&yaw=10`);
  await waitForFullResolution(page);
  const cdp = await orient(page, pose(50));
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().controlRects.motion, null, { timeout: 10000 });
  assert.equal(await page.evaluate(() => document.querySelector('shotscape-player').motion), false);
  assert.ok(near((await view(page)).yaw, 10, 0.01));
  await clickControl(page, 'motion');
  // (1 run in ~10 of this file lost this click on a loaded machine — no frame was drawn after the
  // pointer moved — and was not reproduced in 16 runs alone; a second click is then a person's.)
  if (!(await page.waitForFunction(() => document.querySelector('shotscape-player').motion, null, { timeout: 4000 }).catch(() => null))) {
    t.diagnostic('the first click on the motion button was lost; clicking again');
    await clickControl(page, 'motion');
    await page.waitForFunction(() => document.querySelector('shotscape-player').motion, null, { timeout: 5000 });
  }
  assert.equal(await page.evaluate(() => sessionStorage.getItem('shotscape-motion')), '1');
  // A reload: the page remembers.
  await page.reload();
  await waitForFullResolution(page);
  await cdp.send('DeviceOrientation.clearDeviceOrientationOverride');
  await cdp.send('DeviceOrientation.setDeviceOrientationOverride', pose(55));
  await page.waitForFunction(() => document.querySelector('shotscape-player').motion, null, { timeout: 10000 });
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('inside a cross-origin iframe: shotscape-frame.js relays the host page\'s orientation; a page not in origins cannot', async () => {
  const player = suite.server.url.replace(/\/$/, '');
  const page = async (name, origins) => {
    fs.writeFileSync(path.join(hostDir, name), `<!doctype html><html lang="en"><meta charset="utf-8"><title>Host</title>
<link rel="icon" href="data:,">
<iframe id="shot" style="width:640px;height:360px;border:0"
  src="${player}/embed.html#panorama=/fixtures/markers.jpg&yaw=30&motion=1${origins ? `&origins=${encodeURIComponent(origins)}` : ''}"></iframe>
<script src="${player}/shotscape-frame.js"></script>
<script>window.frame = new ShotscapeFrame(document.getElementById('shot'), { relayOrientation: true });</script></html>`);
    return `${host.url}${name}`;
  };
  const hostOrigin = host.url.replace(/\/$/, '');
  const tab = await suite.browser.context.newPage();
  const log = watchPage(tab);
  await tab.goto(await page('relay.html', hostOrigin));
  const frame = () => tab.frames().find((f) => f.url().includes('/embed.html'));
  await tab.waitForFunction(() => true);
  await tab.waitForTimeout(300);
  await frame().waitForFunction(() => { const p = document.querySelector('shotscape-player'); return p && p.stats() && p.stats().status === 'ready'; }, null, { timeout: 30000 });
  const cdp = await orient(tab, pose(0));
  await frame().waitForFunction(() => document.querySelector('shotscape-player').stats().motionReadings > 0, null, { timeout: 10000 });
  assert.ok(near((await view(frame())).yaw, 30, 0.01), 'turning on kept the view');
  await cdp.send('DeviceOrientation.setDeviceOrientationOverride', pose(45, -10));
  await settled(frame(), 75, -10);
  assert.deepEqual(log.errors, []);
  await tab.close();

  // Not allowed: the relay's messages are refused, once warned, and the view stays.
  const other = await suite.browser.context.newPage();
  const otherLog = watchPage(other);
  await other.goto(await page('not-allowed.html', null));
  await other.waitForTimeout(300);
  const f = () => other.frames().find((x) => x.url().includes('/embed.html'));
  await f().waitForFunction(() => { const p = document.querySelector('shotscape-player'); return p && p.stats() && p.stats().status === 'ready'; }, null, { timeout: 30000 });
  const cdp2 = await orient(other, pose(0));
  await other.waitForTimeout(300);
  await cdp2.send('DeviceOrientation.setDeviceOrientationOverride', pose(45));
  await other.waitForTimeout(800);
  assert.equal(await f().evaluate(() => document.querySelector('shotscape-player').stats().motionReadings), 0);
  assert.ok(near((await view(f())).yaw, 30, 0.01));
  assert.equal(otherLog.warnings.filter((w) => /ignored a message from .*not in this player/.test(w)).length >= 1, true);
  assert.ok(otherLog.warnings.filter((w) => /ignored a message from .*not in this player/.test(w)).length <= 3, otherLog.warnings.join('\n'));
  await other.close();
});
