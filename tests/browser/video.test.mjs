// Video scenes (the demo's 360° video, made by tools/make-demo-video.cpp): it plays and the canvas
// changes where the ball moves; frames reach the GPU only when presented; pause stops uploads;
// seek() lands within a frame; time-ranged hotspots come and go on cue; a broken source falls back
// to the next; the element's play/pause/seek API and its events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { browserSuite, fixturesDir, recordEvents, throttle, waitForEvent, watchPage, screenshotPixels } from './harness.mjs';

const FRAME = 1 / 24;
const video = (sources, extra = {}) => JSON.stringify({
  title: 'Video', scene: { type: 'equirect-video', sources, ...extra,
    hotspots: [{ id: 'ball', yaw: 0, pitch: -40, label: 'The ball', start: 2, end: 9 }] },
});
const suite = browserSuite({
  setup() {
    fs.writeFileSync(path.join(fixturesDir, 'video-fallback.json'),
      video([{ src: '/demo/video/missing.mp4' }, { src: '/demo/video/apartment.webm' }]));
    fs.writeFileSync(path.join(fixturesDir, 'video-broken.json'),
      video([{ src: '/demo/video/missing.mp4' }, { src: '/demo/manifest.json', type: 'video/webm' }]));
    fs.writeFileSync(path.join(fixturesDir, 'video-once.json'), video([{ src: '/demo/video/apartment.mp4' }], { loop: false }));
    fs.writeFileSync(path.join(fixturesDir, 'video-start.json'), video([{ src: '/demo/video/apartment.mp4' }], { startTime: 6.5 }));
    fs.writeFileSync(path.join(fixturesDir, 'video-hls-broken.json'),
      video([{ src: '/demo/video/hls/missing.m3u8' }, { src: '/demo/video/apartment.mp4' }]));
  },
});

const stats = (page) => page.evaluate(() => document.querySelector('shotscape-player').stats());
const events = (page, type) => page.evaluate((type) => window.__shotscapeEvents.filter((e) => e.type === type).map((e) => e.detail), type);

async function openVideo(page, manifest, query = '') {
  await recordEvents(page);
  await page.goto(`${suite.server.url}?manifest=${manifest}${query}`);
  await waitForEvent(page, 'ready');
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().videoUploads > 2, null, { timeout: 30000 });
}

// Opens a video scene paused (autoplay=0) and waits for its first frame.
async function openPaused(page, manifest, fragment = '') {
  await recordEvents(page);
  await page.goto(`${suite.server.url}?manifest=${manifest}&autoplay=0${fragment}`);
  await waitForEvent(page, 'ready');
  await page.waitForFunction(() => { const p = document.querySelector('shotscape-player'); return p && p.stats() && p.stats().frameTime >= 0; },
    null, { timeout: 20000 });
}

// Waits for the seek to finish: the element's video is no longer seeking (it starts seeking
// synchronously inside seek(), so a frame from before the seek cannot pass for the new one).
async function seekAndSettle(page, t) {
  await page.evaluate((t) => document.querySelector('shotscape-player').seek(t), t);
  await page.waitForFunction((t) => {
    const p = document.querySelector('shotscape-player');
    const video = p.shadowRoot.querySelector('video[data-role=scene]');
    return video && !video.seeking && Math.abs(p.stats().frameTime - t) < 0.5;
  }, t, { timeout: 15000 });
  await page.waitForTimeout(200);
}

test('the video plays: the canvas changes where the ball moves; uploads follow presented frames', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await openVideo(page, 'demo/video/manifest.json', '&yaw=0&pitch=-30&hfov=110&controls=0');
  const a = await screenshotPixels(page);
  await page.waitForTimeout(400);
  const b = await screenshotPixels(page);
  let changed = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (Math.abs(a.data[i] - b.data[i]) + Math.abs(a.data[i + 1] - b.data[i + 1]) + Math.abs(a.data[i + 2] - b.data[i + 2]) > 60) changed++;
  }
  assert.ok(changed > 500, `${changed} pixels changed in 0.4 s`);
  const s = await stats(page);
  assert.equal(s.videoSource, 0, 'the MP4 (first source) plays');
  assert.ok(s.videoUploads <= s.presentedFrames + 1, `uploads ${s.videoUploads} ≤ presented ${s.presentedFrames} + 1`);
  assert.ok(s.videoUploads >= 5);
  const muted = await page.evaluate(() => document.querySelector('shotscape-player').shadowRoot.querySelector('video[data-role=scene]').muted);
  assert.equal(muted, true, 'autoplay starts muted');
  assert.equal(await page.evaluate(() => document.querySelector('shotscape-player').paused), false);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('pause stops uploads; seek lands within a frame; play/pause/timeupdate events; hotspots on cue', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await page.addInitScript(() => {
    window.__mediaEvents = [];
    for (const type of ['play', 'pause', 'timeupdate', 'ended']) {
      document.addEventListener(type, (e) => { if (e.target.localName === 'shotscape-player') window.__mediaEvents.push(type); }, true);
    }
  });
  await openVideo(page, 'demo/video/manifest.json');
  await page.evaluate(() => document.querySelector('shotscape-player').pause());
  await page.waitForFunction(() => document.querySelector('shotscape-player').paused);
  await page.waitForTimeout(300);
  const u1 = (await stats(page)).videoUploads;
  await page.waitForTimeout(1000);
  const u2 = (await stats(page)).videoUploads;
  assert.ok(u2 - u1 <= 1, `uploads while paused: ${u1} → ${u2}`);

  for (const [t, present] of [[1, false], [5, true], [10, false]]) {
    await seekAndSettle(page, t);
    const s = await stats(page);
    assert.ok(Math.abs(s.frameTime - t) <= FRAME + 1e-3, `seek(${t}) shows the frame at ${s.frameTime}`);
    assert.equal(s.activeHotspots.split(',').includes('ball'), present, `at ${t} s the ball hotspot is ${present ? 'shown' : 'hidden'}`);
    assert.ok(Math.abs((await page.evaluate(() => document.querySelector('shotscape-player').currentTime)) - t) <= FRAME + 1e-3);
  }
  await page.evaluate(() => document.querySelector('shotscape-player').play());
  // Playing again: a play after the pause, then timeupdates after it (counting all timeupdates
  // raced: the first playback and the seeks had already sent more than enough before play()).
  await page.waitForFunction(() => {
    const e = window.__mediaEvents, play = e.lastIndexOf('play');
    return play > e.indexOf('pause') && e.slice(play).filter((k) => k === 'timeupdate').length >= 2;
  }, null, { timeout: 10000 });
  const kinds = await page.evaluate(() => window.__mediaEvents);
  assert.ok(kinds.includes('pause') && kinds.lastIndexOf('play') > kinds.indexOf('pause'), kinds.join(','));
  const duration = await page.evaluate(() => document.querySelector('shotscape-player').duration);
  assert.ok(Math.abs(duration - 24) < 0.2, `duration ${duration}`);
  // Keyboard: K pauses, L jumps 10 s ahead.
  await page.focus('shotscape-player >> canvas');
  await page.keyboard.press('k');
  await page.waitForFunction(() => document.querySelector('shotscape-player').paused);
  const before = await page.evaluate(() => document.querySelector('shotscape-player').currentTime);
  await page.keyboard.press('l');
  await page.waitForFunction((b) => document.querySelector('shotscape-player').currentTime > b + 9.5, before);
  // M gives it sound.
  await page.keyboard.press('m');
  await page.waitForFunction(() => !document.querySelector('shotscape-player').shadowRoot.querySelector('video[data-role=scene]').muted);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('a video that ends fires ended; a broken source falls back to the next; all broken is an error', async () => {
  const page = await suite.browser.context.newPage();
  await page.addInitScript(() => {
    window.__ended = 0;
    document.addEventListener('ended', (e) => { if (e.target.localName === 'shotscape-player') window.__ended++; }, true);
  });
  await openVideo(page, '/fixtures/video-once.json');
  await page.evaluate(() => document.querySelector('shotscape-player').seek(23.5));
  await page.waitForFunction(() => window.__ended === 1, null, { timeout: 15000 });
  assert.equal(await page.evaluate(() => document.querySelector('shotscape-player').paused), true);

  const fallback = await suite.browser.context.newPage();
  await openVideo(fallback, '/fixtures/video-fallback.json');
  const errors = await events(fallback, 'error');
  assert.equal(errors.length, 1);
  assert.match(errors[0].message, /^The video could not be played \(HTTP 404 Not Found\): http:\/\/127\.0\.0\.1:\d+\/demo\/video\/missing\.mp4; trying the next source$/);
  assert.equal((await stats(fallback)).videoSource, 1, 'the WebM plays');

  const broken = await suite.browser.context.newPage();
  await recordEvents(broken);
  await broken.goto(`${suite.server.url}?manifest=/fixtures/video-broken.json`);
  await broken.waitForFunction(() => window.__shotscapeEvents.filter((e) => e.type === 'error').length >= 3, null, { timeout: 20000 });
  const all = await events(broken, 'error');
  assert.match(all[2].message, /^None of the video's sources could be played \(http:\/\/127\.0\.0\.1:\d+\/demo\/video\/missing\.mp4: HTTP 404 Not Found; http:\/\/127\.0\.0\.1:\d+\/demo\/manifest\.json: .+\)\.$/);
  assert.equal((await stats(broken)).status, 'failed');
  await Promise.all([page.close(), fallback.close(), broken.close()]);
});

test('HLS: the demo ladder plays natively where the browser can, and through hls.js where it cannot, switching level', async () => {
  const native = await suite.browser.context.newPage();
  await openVideo(native, 'demo/video/hls.json');
  const n = await stats(native);
  assert.equal(n.videoSource, 0, 'the HLS source plays');
  assert.ok(n.quality === 512 || n.quality === 1024, `rendition ${n.quality}p`);
  await native.close();

  // A browser without native HLS (Firefox, Chrome before it had one): hls.js, loaded on demand.
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await page.addInitScript(() => {
    const canPlayType = HTMLMediaElement.prototype.canPlayType;
    HTMLMediaElement.prototype.canPlayType = function (type) { return /mpegurl/i.test(type) ? '' : canPlayType.call(this, type); };
  });
  await openVideo(page, 'demo/video/hls.json');
  assert.equal(await page.evaluate(() => typeof window.Hls), 'function', 'hls.js was loaded');
  // It starts on the lowest rendition and moves up once it has measured the (local) bandwidth.
  await page.waitForFunction(() => {
    const s = document.querySelector('shotscape-player').stats();
    return s.qualitySwitches >= 1 && s.quality === 1024;
  }, null, { timeout: 20000 });
  const s = await stats(page);
  assert.equal(s.videoSource, 0);
  assert.ok(s.videoUploads <= s.presentedFrames + 1);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('an HLS manifest that fails falls back to the next source, natively and through hls.js', async () => {
  for (const maskNative of [false, true]) {
    const page = await suite.browser.context.newPage();
    if (maskNative) {
      await page.addInitScript(() => {
        const canPlayType = HTMLMediaElement.prototype.canPlayType;
        HTMLMediaElement.prototype.canPlayType = function (type) { return /mpegurl/i.test(type) ? '' : canPlayType.call(this, type); };
      });
    }
    await openVideo(page, '/fixtures/video-hls-broken.json');
    const errors = await events(page, 'error');
    assert.equal(errors.length, 1, JSON.stringify(errors));
    assert.match(errors[0].url, /\/demo\/video\/hls\/missing\.m3u8$/);
    assert.match(errors[0].message, /; trying the next source$/);
    assert.equal((await stats(page)).videoSource, 1, `${maskNative ? 'hls.js' : 'native'}: the MP4 plays`);
    await page.close();
  }
});

test('startTime: the scene opens on that frame; a link\'s t overrides it', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await openPaused(page, '/fixtures/video-start.json');
  const s = await stats(page);
  assert.ok(Math.abs(s.frameTime - 6.5) <= FRAME + 1e-3, `opened on ${s.frameTime}`);
  assert.equal(await page.evaluate(() => document.querySelector('shotscape-player').paused), true);
  assert.deepEqual(log.errors, []);
  await page.close();
  // A fresh page: the same address with another fragment would only be a fragment navigation.
  const linked = await suite.browser.context.newPage();
  await openPaused(linked, '/fixtures/video-start.json', '#t=2');
  const t = (await stats(linked)).frameTime;
  assert.ok(Math.abs(t - 2) <= FRAME + 1e-3, `the link's t wins: ${t}`);
  await linked.close();
});

test('a stall shows the spinner until data comes; playback then goes on', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  // A real slow network (Chromium's throttling) from the start, so the file is not all fetched
  // at once; then a seek far past what has arrived.
  const unthrottle = await throttle(page, { kibPerSecond: 24, latencyMs: 200 });
  await recordEvents(page);
  await page.goto(`${suite.server.url}?manifest=/fixtures/video-once.json&autoplay=0&yaw=0&pitch=-30&hfov=110`);
  await waitForEvent(page, 'ready', 60000);
  // On such a network the player's stylesheet may arrive after it started: the canvas still
  // ends up at the element's size (it once stayed at the default 300×150, stretched).
  await page.waitForFunction(() => document.querySelector('shotscape-player').shadowRoot.querySelector('canvas').width === innerWidth,
    null, { timeout: 20000 });
  await page.evaluate(() => { const p = document.querySelector('shotscape-player'); p.seek(21); p.play(); });
  // Waiting for at least half a second: a stall, not the instant of a seek.
  await page.waitForFunction(() => {
    const w = document.querySelector('shotscape-player').stats().waiting;
    if (!w) { window.__since = 0; return false; }
    window.__since = window.__since || performance.now();
    return performance.now() - window.__since > 500;
  }, null, { timeout: 20000, polling: 50 });
  const shot = await screenshotPixels(page);
  fs.mkdirSync(path.join(fixturesDir, 'screenshots'), { recursive: true });
  fs.writeFileSync(path.join(fixturesDir, 'screenshots', 'stall.png'), shot.png);
  // The spinner: a dark disc (r 30) at the centre with an amber arc (r 18, two thirds round) on it.
  const at = (x, y) => { const i = (y * shot.width + x) * 4; return [shot.data[i], shot.data[i + 1], shot.data[i + 2]]; };
  const cx = shot.width / 2, cy = shot.height / 2;
  let amber = 0;
  for (let a = 0; a < 360; a += 5) {
    const [r, g, b] = at(Math.round(cx + 18 * Math.cos(a * Math.PI / 180)), Math.round(cy + 18 * Math.sin(a * Math.PI / 180)));
    if (r > 180 && g > 120 && b < 140 && r > b + 70) amber++;
  }
  assert.ok(amber >= 24, `${amber} of 72 samples on the spinner's ring are amber`);
  await unthrottle();
  await page.waitForFunction(() => { const s = document.querySelector('shotscape-player').stats(); return !s.waiting && s.frameTime > 21; }, null, { timeout: 30000 });
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('a click on a hotspot\'s window on the timeline seeks to its start', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await openPaused(page, '/fixtures/video-once.json');
  await page.waitForTimeout(300);
  // The window (2–9 s) is an amber tick above the scrub bar; paused at 0 nothing else there is amber.
  const shot = await screenshotPixels(page);
  let sx = 0, sy = 0, n = 0;
  for (let y = shot.height - 60; y < shot.height - 14; y++) {
    for (let x = 120; x < shot.width - 160; x++) {
      const i = (y * shot.width + x) * 4;
      const [r, g, b] = [shot.data[i], shot.data[i + 1], shot.data[i + 2]];
      if (Math.abs(r - 251) < 30 && Math.abs(g - 194) < 30 && Math.abs(b - 84) < 40) { sx += x; sy += y; n++; }
    }
  }
  assert.ok(n > 20, `the window's tick is on screen (${n} amber pixels)`);
  await page.mouse.move(sx / n, sy / n);
  await page.waitForTimeout(150);
  await page.mouse.down();
  await page.mouse.up();
  await page.waitForFunction(() => document.querySelector('shotscape-player').currentTime > 0.5, null, { timeout: 10000 });
  await page.waitForTimeout(300);
  const t = await page.evaluate(() => document.querySelector('shotscape-player').currentTime);
  assert.ok(Math.abs(t - 2) < 0.05, `seeked to ${t}, the window's start is 2 (not the clicked point)`);
  assert.deepEqual(log.errors, []);
  await page.close();
});
