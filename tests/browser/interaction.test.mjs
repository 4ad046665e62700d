// Looking around as a viewer does: drag, fling with inertia, wheel zoom toward the cursor, keys,
// the reset button, and no redraw while nothing changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, recordEvents, waitForEvent, watchPage, clickControl } from './harness.mjs';

const suite = browserSuite();

async function open(query) {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await recordEvents(page);
  await page.goto(`${suite.server.url}?${query}`);
  await waitForEvent(page, 'ready');
  return { page, log };
}

const view = (page) => page.evaluate(() => document.querySelector('shotscape-player').getView());
const stats = (page) => page.evaluate(() => document.querySelector('shotscape-player').stats());
const yawDelta = (a, b) => ((a - b + 540) % 360) - 180;

test('dragging right by 300 px turns the view left by 300 × hfov / width degrees, and fires viewchange', async () => {
  const { page, log } = await open('panorama=/fixtures/markers.jpg&yaw=0&pitch=0&hfov=90&controls=0');
  await page.evaluate(() => { window.__shotscapeEvents.length = 0; });
  await page.mouse.move(500, 360);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(500 + 30 * i, 360, { steps: 1 });
  await page.waitForTimeout(300); // pause before release: no fling
  await page.mouse.up();
  await page.waitForTimeout(300);
  const v = await view(page);
  const expected = -300 * 90 / 1280;
  assert.ok(Math.abs(yawDelta(v.yaw, expected)) < 0.01, `yaw ${v.yaw}, expected ${expected}`);
  assert.ok(Math.abs(v.pitch) < 1e-9);
  const changes = await page.evaluate(() => window.__shotscapeEvents.filter((e) => e.type === 'viewchange').map((e) => e.detail));
  assert.ok(changes.length >= 2, `${changes.length} viewchange events`);
  assert.ok(Math.abs(yawDelta(changes.at(-1).yaw, v.yaw)) < 1e-9, 'the last viewchange carries the final view');
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('a fling coasts after release, slows down, and stops; then nothing is redrawn', async () => {
  const { page } = await open('panorama=/fixtures/markers.jpg&yaw=0&pitch=0&hfov=90&controls=0');
  // Pointer events paced inside the page (16 ms apart, released right after the last move), so
  // the fling does not depend on how fast the test driver's messages arrive.
  const released = await page.evaluate(() => new Promise((resolve) => {
    const el = document.querySelector('shotscape-player');
    const canvas = el.shadowRoot.querySelector('canvas');
    const fire = (type, x) => canvas.dispatchEvent(new PointerEvent(type, {
      clientX: x, clientY: 360, pointerId: 7, pointerType: 'mouse', button: 0, buttons: 1, bubbles: true,
    }));
    fire('pointerdown', 800);
    let i = 0;
    const step = () => {
      i++;
      fire('pointermove', 800 - 40 * i);
      if (i < 6) { setTimeout(step, 16); return; }
      fire('pointerup', 800 - 40 * i);
      resolve({ yaw: el.getView().yaw, frames: el.stats().framesDrawn });
    };
    setTimeout(step, 16);
  }));
  // Coasting happens in drawn frames: wait for three of them, not for a time (a loaded machine may
  // draw none in the first 150 ms).
  await page.waitForFunction((f) => document.querySelector('shotscape-player').stats().framesDrawn >= f + 3, released.frames);
  const atRelease = released.yaw;
  const soon = (await view(page)).yaw;
  assert.ok(yawDelta(soon, atRelease) > 0.5, `coasting: ${atRelease} → ${soon}`);
  await page.waitForTimeout(2500);
  const settled = (await view(page)).yaw;
  await page.waitForTimeout(500);
  assert.equal((await view(page)).yaw, settled, 'the camera stopped');
  const before = (await stats(page)).framesDrawn;
  await page.waitForTimeout(1000);
  assert.equal((await stats(page)).framesDrawn, before, 'an unchanged frame is not drawn');
  await page.close();
});

test('the wheel zooms toward the cursor: the direction under it stays put', async () => {
  const { page } = await open('panorama=/fixtures/markers.jpg&yaw=0&pitch=0&hfov=90&controls=0');
  await page.mouse.move(960, 200);
  await page.mouse.wheel(0, -400);
  await page.waitForTimeout(300);
  const v = await view(page);
  assert.ok(v.hfov < 80, `hfov ${v.hfov}`);
  assert.ok(v.yaw > 1 && v.pitch > 1, `the view moved toward the cursor: ${JSON.stringify(v)}`);
  await page.close();
});

test('arrow keys turn, + and - zoom, 0 resets to the initial view', async () => {
  const { page } = await open('panorama=/fixtures/markers.jpg&yaw=10&pitch=5&hfov=90&controls=0');
  await page.mouse.click(640, 360);
  await page.keyboard.down('ArrowRight');
  await page.waitForTimeout(400);
  await page.keyboard.up('ArrowRight');
  let v = await view(page);
  assert.ok(v.yaw > 20, `yaw ${v.yaw}`);
  await page.keyboard.down('ArrowUp');
  await page.waitForTimeout(200);
  await page.keyboard.up('ArrowUp');
  v = await view(page);
  assert.ok(v.pitch > 10, `pitch ${v.pitch}`);
  await page.keyboard.down('+');
  await page.waitForTimeout(300);
  await page.keyboard.up('+');
  v = await view(page);
  assert.ok(v.hfov < 85, `hfov ${v.hfov}`);
  await page.keyboard.press('0');
  await page.waitForTimeout(100);
  assert.deepEqual(await view(page), { yaw: 10, pitch: 5, hfov: 90 });
  await page.close();
});

test('the reset-view button in the overlay restores the initial view', async () => {
  const { page } = await open('panorama=/fixtures/markers.jpg&yaw=-20&pitch=0&hfov=80');
  await page.evaluate(() => document.querySelector('shotscape-player').setView({ yaw: 120, pitch: 30, hfov: 60 }));
  await page.waitForTimeout(200);
  assert.equal((await view(page)).yaw, 120);
  // Bottom-right button bar: [share][reset][projection][fullscreen], where the player laid them out.
  await clickControl(page, 'reset');
  await page.waitForTimeout(300);
  assert.deepEqual(await view(page), { yaw: -20, pitch: 0, hfov: 80 });
  await page.close();
});
