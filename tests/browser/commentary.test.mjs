// Opening a hotspot of the demo shot (real commentary audio, WebVTT captions and influence clips
// made by tools/make-demo-content.sh, served over HTTP): by click and by keyboard, the glide, the
// audio playing, the captions in the live region matching the .vtt, the attribution, ducking of
// the scene sound, the caption language and toggle, Escape, reduced motion.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { browserSuite, fixturesDir, nativeBin, webRoot, recordEvents, waitForEvent, waitForFullResolution, watchPage, projectPoints } from './harness.mjs';

const suite = browserSuite();
const W = 1280, H = 720;
// Where the player frames an open hotspot: the middle of the area left of the panel
// (ui/HotspotPanel: panel width clamp(0.34 W, 300, 400), 16 px margin).
const SPOT = [(W - 16 - Math.min(400, Math.max(300, W * 0.34))) / 2, H / 2];
// Where a point lands now, with the lens shift the player uses while a panel is open (it moves the
// picture into the uncovered part instead of turning the camera).
async function landedNow(page, point, view) {
  const s = await page.evaluate(() => document.querySelector('shotscape-player').stats());
  return projectPoints({ ...(view || {}), yaw: view ? view.yaw : s.yaw, pitch: view ? view.pitch : s.pitch, hfov: s.fov }, W, H, [point], [s.lensShiftX, s.lensShiftY])[0];
}

// The cues as the authors' validator reads them (the same core parser, natively).
function cues(file) {
  return execFileSync(path.join(nativeBin, 'shotscape-validate'), ['--cues', path.join(webRoot, 'demo', file)], { encoding: 'utf8' })
    .trim().split('\n').map((line) => JSON.parse(line));
}
const display = (c) => (c.speaker ? `${c.speaker}: ${c.text}` : c.text);
// The live region keeps the last caption through gaps: the cue that last started at time t.
const cueAt = (list, t) => list.filter((c) => c.start <= t).pop();

async function openDemo(page, query = '') {
  await recordEvents(page);
  await page.goto(`${suite.server.url}?manifest=demo/manifest.json${query}`);
  await waitForEvent(page, 'ready');
  await waitForFullResolution(page);
}
const events = (page, type) => page.evaluate((type) => window.__shotscapeEvents.filter((e) => e.type === type).map((e) => e.detail), type);
const media = (page, role) => page.evaluate((role) => {
  const el = document.querySelector('shotscape-player').shadowRoot.querySelector(`[data-role=${role}]`);
  return el ? { paused: el.paused, time: el.currentTime, volume: el.volume, muted: el.muted, src: el.src } : null;
}, role);
const liveText = (page) => page.evaluate(() => document.querySelector('shotscape-player').shadowRoot.querySelector('[data-role=live]').textContent);
async function waitForGlide(page) {
  // The glide is over when viewchange events stop for a while: 450 ms, longer than any frame
  // SwiftShader takes while a panel's media load (one 150 ms quiet spell could fall between two
  // frames of a glide still under way).
  let last = -1, quiet = 0;
  for (let i = 0; i < 80; i++) {
    await page.waitForTimeout(150);
    const n = (await events(page, 'viewchange')).length;
    quiet = n === last ? quiet + 1 : 0;
    if (quiet === 3) return;
    last = n;
  }
  throw new Error('the view kept moving');
}

test('a click on a marker glides to it, plays the commentary with captions, shows the influence, ducks the scene', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await openDemo(page, '&yaw=40&pitch=0&hfov=95');
  const scene = await media(page, 'scene');
  assert.ok(scene, 'the scene sound element exists');
  assert.equal(scene.paused, false, 'the scene sound plays');
  assert.ok(Math.abs(scene.volume - 0.5) < 1e-6, `scene volume ${scene.volume}`);

  const [marker] = projectPoints({ yaw: 40, pitch: 0, hfov: 95 }, W, H, [{ yaw: 73, pitch: -3 }]);
  const before = (await events(page, 'viewchange')).length;
  await page.mouse.click(marker[0], marker[1]);
  await page.waitForFunction(() => window.__shotscapeEvents.some((e) => e.type === 'hotspotopen'));
  assert.deepEqual((await events(page, 'hotspotopen'))[0], { id: 'camera', by: 'pointer' });
  await waitForGlide(page);
  // Eased, not a jump: views on the way, strictly between start and end, turning one way. (How many
  // depends on the frame rate: the 33° turn takes 0.52 s, and SwiftShader drew 3 to 12 frames in it
  // while the panel's media loaded; under reduced motion, below, there is exactly one view change.)
  const path_ = (await events(page, 'viewchange')).slice(before);
  const between = path_.filter((v) => v.yaw > 40.01 && v.yaw < 72.99);
  assert.ok(between.length >= 1, `intermediate views during the glide: ${JSON.stringify(path_)}`);
  assert.ok(path_.every((v, i) => i === 0 || v.yaw >= path_[i - 1].yaw), `the yaw only grows: ${JSON.stringify(path_)}`);
  const view = await page.evaluate(() => document.querySelector('shotscape-player').getView());
  const landed = await landedNow(page, { yaw: 73, pitch: -3 }, view);
  assert.deepEqual([view.yaw, view.pitch], [73, -3], 'the view turns to the hotspot: the lens shift, not a tilt, frames it');
  assert.ok(Math.hypot(landed[0] - SPOT[0], landed[1] - SPOT[1]) < 1, `hotspot framed at ${landed}, expected ${SPOT}`);
  assert.equal(view.hfov, 95);

  // The commentary plays and its time advances.
  await page.waitForFunction(() => {
    const a = document.querySelector('shotscape-player').shadowRoot.querySelector('[data-role=commentary]');
    return a && !a.paused && a.currentTime > 0.5;
  }, null, { timeout: 15000 });
  const a1 = await media(page, 'commentary');
  await page.waitForTimeout(600);
  const a2 = await media(page, 'commentary');
  assert.match(a1.src, /\/demo\/commentary\/camera\.m4a$/);
  assert.ok(a2.time > a1.time + 0.3, `commentary time ${a1.time} → ${a2.time}`);

  // The captions' live region says the cue the .vtt file has at the audio's current time.
  const list = cues('commentary/camera.en.vtt');
  await page.waitForFunction(() => window.__shotscapeEvents.filter((e) => e.type === 'captionchange' && e.detail.text).length >= 2,
    null, { timeout: 15000 });
  const sample = await page.evaluate(() => {
    const root = document.querySelector('shotscape-player').shadowRoot;
    return { t: root.querySelector('[data-role=commentary]').currentTime, live: root.querySelector('[data-role=captions]').textContent };
  });
  const expected = [cueAt(list, sample.t), cueAt(list, sample.t - 0.1)].filter(Boolean).map(display);
  assert.ok(expected.includes(sample.live), `live region "${sample.live}" at ${sample.t} s; the .vtt has "${expected[0]}"`);
  const changes = (await events(page, 'captionchange')).map((d) => d.text).filter(Boolean);
  assert.deepEqual(changes, list.slice(0, changes.length).map(display), 'captionchange follows the cues in order');

  // The influence panel's attribution, and the clip's frames reaching the GPU.
  const stats = await page.evaluate(() => document.querySelector('shotscape-player').stats());
  assert.equal(stats.attribution, 'Teodor Hask \u2014 The Long Corridor (1958)');
  assert.ok(stats.influenceUploads > 3, `${stats.influenceUploads} clip frames uploaded`);
  const clip = await media(page, 'influence');
  assert.equal(clip.paused, false);
  assert.equal(clip.muted, true, 'the clip plays silent under the commentary');

  // The scene sound is ducked to a fifth while the director speaks.
  const ducked = await media(page, 'scene');
  assert.ok(Math.abs(ducked.volume - 0.1) < 1e-6, `ducked scene volume ${ducked.volume}`);
  assert.ok(Math.abs(stats.sceneGain - 0.2) < 1e-6);

  // Escape closes: media released, captions cleared, scene restored.
  await page.keyboard.press('Escape');
  assert.deepEqual((await events(page, 'hotspotclose'))[0], { id: 'camera' });
  assert.equal(await media(page, 'commentary'), null, 'the commentary element is released');
  assert.equal(await media(page, 'influence'), null, 'the clip element is released');
  assert.equal(await liveText(page), '');
  await page.waitForTimeout(700);
  const restored = await media(page, 'scene');
  assert.ok(Math.abs(restored.volume - 0.5) < 1e-6, `restored scene volume ${restored.volume}`);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('keyboard: Tab walks the hotspots in yaw order, Enter opens, captions toggle and change language, Escape closes', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await openDemo(page);
  await page.focus('shotscape-player >> canvas');
  const announced = [];
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab');
    announced.push(await liveText(page));
  }
  // The tour's ways share the Tab order (counted apart).
  assert.deepEqual(announced, [
    'The bookcase, hotspot 1 of 4. Press Enter to open.',
    'By the door, way 1 of 3. Press Enter to go there.',
    'The window, hotspot 2 of 4. Press Enter to open.',
  ]);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__shotscapeEvents.some((e) => e.type === 'hotspotopen'));
  assert.deepEqual((await events(page, 'hotspotopen'))[0], { id: 'window', by: 'keyboard' });
  await waitForGlide(page);
  const view = await page.evaluate(() => document.querySelector('shotscape-player').getView());
  const landed = await landedNow(page, { yaw: 0, pitch: 4 }, view);
  assert.ok(Math.hypot(landed[0] - SPOT[0], landed[1] - SPOT[1]) < 1, `hotspot framed at ${landed}`);

  // English captions first (the first track), then French by the element's API.
  await page.waitForFunction(() => window.__shotscapeEvents.some((e) => e.type === 'captionchange' && e.detail.text), null, { timeout: 15000 });
  const english = cues('commentary/window.en.vtt').map(display);
  const french = cues('commentary/window.fr.vtt').map(display);
  assert.ok(english.includes((await events(page, 'captionchange')).find((d) => d.text).text));
  assert.equal(await page.evaluate(() => document.querySelector('shotscape-player').setCaptionLanguage('fr')), true);
  assert.equal(await page.evaluate(() => document.querySelector('shotscape-player').setCaptionLanguage('de')), false);
  await page.waitForFunction((french) => {
    const e = window.__shotscapeEvents.filter((e) => e.type === 'captionchange' && e.detail.text).pop();
    return e && french.includes(e.detail.text);
  }, french, { timeout: 15000 });

  // C turns captions off (captionchange with no text) and on again.
  await page.keyboard.press('c');
  await page.waitForFunction(() => window.__shotscapeEvents.filter((e) => e.type === 'captionchange').pop().detail.text === '');
  const off = await page.evaluate(() => document.querySelector('shotscape-player').stats().caption);
  assert.equal(off, '');
  await page.keyboard.press('c');

  // One voice at a time: M gives the clip its sound and pauses the director (the scene stays
  // ducked under the clip's voice)...
  const voicesAre = (want) => page.waitForFunction((want) => {
    const root = document.querySelector('shotscape-player').shadowRoot;
    const a = root.querySelector('[data-role=commentary]'), v = root.querySelector('[data-role=influence]');
    return a.paused === want.commentaryPaused && v.muted === want.clipMuted && !v.paused;
  }, want);
  await page.keyboard.press('m');
  await voicesAre({ commentaryPaused: true, clipMuted: false });
  await page.waitForTimeout(500);
  assert.ok(Math.abs((await media(page, 'scene')).volume - 0.1) < 1e-6, 'the scene stays ducked under the clip');
  // ...and Enter brings the director back, muting the clip; Enter again pauses him.
  await page.keyboard.press('Enter');
  await voicesAre({ commentaryPaused: false, clipMuted: true });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('shotscape-player').shadowRoot.querySelector('[data-role=commentary]').paused);
  await page.keyboard.press('Escape');
  assert.deepEqual((await events(page, 'hotspotclose')).map((d) => d.id), ['window']);
  assert.equal(await media(page, 'commentary'), null);
  // A second Escape clears the focus ring; a third does nothing (the page may use it).
  await page.keyboard.press('Escape');
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('under prefers-reduced-motion the view jumps instead of gliding; openHotspot/closeHotspot from the page', async () => {
  const page = await suite.browser.context.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const log = watchPage(page);
  await openDemo(page, '&yaw=-60&pitch=0&hfov=95');
  const before = (await events(page, 'viewchange')).length;
  assert.equal(await page.evaluate(() => document.querySelector('shotscape-player').openHotspot('lamp')), true);
  assert.equal(await page.evaluate(() => document.querySelector('shotscape-player').openHotspot('nope')), false);
  await page.waitForTimeout(800);
  const moves = (await events(page, 'viewchange')).slice(before);
  assert.equal(moves.length, 1, `one jump, not a glide: ${JSON.stringify(moves)}`);
  const landed = await landedNow(page, { yaw: 0, pitch: 27 }, moves[0]);
  assert.ok(Math.hypot(landed[0] - SPOT[0], landed[1] - SPOT[1]) < 1);
  assert.equal((await events(page, 'hotspotopen'))[0].by, 'api');
  await page.evaluate(() => document.querySelector('shotscape-player').closeHotspot());
  assert.deepEqual(await events(page, 'hotspotclose'), [{ id: 'lamp' }]);
  assert.ok(log.warnings.some((w) => w.includes('no hotspot with id "nope"')));
  await page.close();
});

test('on a phone a finger drag on the hotspot sheet scrolls it (no click, no camera move)', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await page.setViewportSize({ width: 420, height: 760 });
  await recordEvents(page);
  await page.goto(`${suite.server.url}#yaw=0&pitch=10&hfov=90&hotspot=window`);
  await waitForEvent(page, 'hotspotopen');
  // The sheet has something below the fold once its commentary and captions have loaded (until then
  // it fits, and a drag rightly scrolls nothing): wait for that, not for a fixed time.
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().panelScrollMax > 100, null, { timeout: 20000 });
  await page.waitForTimeout(300);
  const state = () => page.evaluate(() => {
    const p = document.querySelector('shotscape-player');
    return { view: p.getView(), hotspot: p.stats().hotspot, scroll: p.stats().panelScroll };
  });
  const s0 = await state();
  // A finger on the sheet (over the commentary's seek bar, which must not seek), dragged 240 px up
  // in 12 moves paced like a real one; `steps` 0 is a tap.
  const finger = (x, y, dy, steps) => page.evaluate(([x, y, dy, steps]) => new Promise((resolve) => {
    const canvas = document.querySelector('shotscape-player').shadowRoot.querySelector('canvas');
    const fire = (type, at) => canvas.dispatchEvent(new PointerEvent(type, {
      clientX: x, clientY: at, pointerId: 11, pointerType: 'touch', isPrimary: true, button: type === 'pointermove' ? -1 : 0,
      buttons: type === 'pointerup' ? 0 : 1, bubbles: true,
    }));
    fire('pointerdown', y);
    let i = 0;
    const step = () => {
      if (i === steps) { fire('pointerup', y + (steps ? dy : 0)); resolve(); return; }
      i++;
      fire('pointermove', y + dy * i / steps);
      setTimeout(step, 32);
    };
    setTimeout(step, 32);
  }), [x, y, dy, steps]);
  const audioAt = () => page.evaluate(() => document.querySelector('shotscape-player').shadowRoot.querySelector('audio[data-role=commentary]').currentTime);
  const t0 = await audioAt();
  await finger(200, 632, -240, 12);
  await page.waitForTimeout(600);
  const s1 = await state();
  assert.equal(s0.scroll, 0);
  assert.ok(s1.scroll > 60, `the sheet scrolled by ${s1.scroll} px (down to the transcript)`);
  fs.mkdirSync(path.join(fixturesDir, 'screenshots'), { recursive: true });
  await page.screenshot({ path: path.join(fixturesDir, 'screenshots', 'phone-sheet-scrolled.png') });
  assert.deepEqual(s1.view, s0.view, 'the camera did not move');
  assert.equal(s1.hotspot, 'window', 'nothing under the finger was clicked (the hotspot is still open)');
  assert.ok(await audioAt() >= t0, 'the commentary did not seek back under the finger');
  // Back to the top, then a tap on the sheet's close button closes it.
  await finger(200, 450, 300, 12);
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().panelScroll === 0);
  await page.waitForTimeout(200);
  await finger(367, 342, 0, 0);
  await waitForEvent(page, 'hotspotclose');
  assert.deepEqual(log.errors, []);
  await page.close();
});
