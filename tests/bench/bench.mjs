#!/usr/bin/env node
// `make bench`: measures Shotscape against Pannellum (npm, dev dependency) in the same run, on the
// same machine, panoramas and browser, and prints each figure beside Pannellum's with the ratio.
// Not a test: it asserts nothing and its numbers are for the README and the issue notes.
//
// Figures: player bytes (raw and gzip -9); first frame ms (since navigation start) at 4096×2048 and
// 8192×4096; the longest main-thread task during load; frames drawn and script ms per frame during
// a scripted 5 s rotation at 1280×720 (the view turned through each player's API every frame).
// Each player is loaded once before measuring (warm caches). Each timing is the median of RUNS fresh page loads.
// Hotspots: the same rotation with 1,000 hotspots in the scene (Pannellum: 1,000 DOM hotspots), with
// WebGL draw calls per frame; and the core's hotspot layout + hit test for 1,000 hotspots per frame,
// timed as wasm under Node (the player's engine) beside the same code built natively. The demo
// tour: a move to a preloaded neighbour (click to first moving frame, to the end, frames, blank
// frames, the longest task, the preloading's memory and bytes) and two synced video takes (the time
// error and the gap in playback across the move). Devices: the view steered by device orientation at
// 60 Hz against a mouse drag (frames, script ms per frame); an emulated headset (iwer's Meta Quest 3)
// session's frames per second and the player's CPU ms per session frame.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { launchBrowser, serveSite, repoRoot, webRoot, nativeBin, projectPoints } from '../browser/harness.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 3);
const benchDir = path.join(repoRoot, 'build/bench');
fs.mkdirSync(benchDir, { recursive: true });

// The demo shot at its committed 4096×2048, and resampled to 8192×4096 for the large case.
const small = path.join(benchDir, 'set-4096.jpg');
const large = path.join(benchDir, 'set-8192.jpg');
fs.copyFileSync(path.join(repoRoot, 'public/demo/set.jpg'), small);
if (!fs.existsSync(large)) {
  execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-i', small, '-vf', 'scale=8192:4096:flags=lanczos', '-q:v', '3', large]);
}
fs.writeFileSync(path.join(benchDir, 'shotscape.html'), `<!doctype html><html><head><meta charset="utf-8">
<link rel="icon" href="/favicon.svg"><style>html,body{margin:0;height:100%}shotscape-player{width:100vw;height:100vh}</style>
<script src="/shotscape-player.js"></script></head><body>
<shotscape-player></shotscape-player>
<script src="bench-shotscape.js"></script></body></html>`);
fs.writeFileSync(path.join(benchDir, 'bench-shotscape.js'), `
const el = document.querySelector('shotscape-player');
el.addEventListener('ready', (e) => { window.__firstFrame = e.detail.firstFrameMs; });
window.__fullResolution = () => { const s = el.stats(); return s && s.fullResolutionMs > 0 ? s.fullResolutionMs : undefined; };
const q = new URLSearchParams(location.search);
for (const k of ['yaw', 'pitch', 'hfov', 'projection', 'motion']) if (q.get(k)) el.setAttribute(k, q.get(k));
if (q.get('hotspots')) el.setAttribute('manifest', '/bench/thousand.json');
else if (q.get('tour')) el.setAttribute('manifest', '/demo/manifest.json');
else if (q.get('takes')) el.setAttribute('manifest', '/bench/takes.json');
else if (q.get('video')) el.setAttribute('manifest', '/bench/video.json');
else el.setAttribute('panorama', q.get('pano'));`);
// A 3840×1920 30 fps H.264 video (10 s), scaled from the demo video, as a video scene.
const video4k = path.join(benchDir, 'video-3840.mp4');
if (!fs.existsSync(video4k)) {
  execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-i', path.join(repoRoot, 'public/demo/video/apartment.mp4'), '-t', '10',
    '-vf', 'scale=3840:1920:flags=bicubic,fps=30', '-c:v', 'libx264', '-preset', 'veryfast', '-crf', '26', '-pix_fmt', 'yuv420p',
    '-an', '-movflags', '+faststart', video4k]);
}
fs.writeFileSync(path.join(benchDir, 'video.json'), JSON.stringify({
  title: 'Bench video', scene: { type: 'equirect-video', sources: [{ src: '/bench/video-3840.mp4' }] },
}));
// Two takes of one moment (the demo video as two cameras of a sync group), for the move between them.
const take = (id, target) => ({ id, type: 'equirect-video', syncGroup: 'take', loop: true,
  sources: [{ src: '/demo/video/apartment.mp4' }], links: [{ target, yaw: 0, pitch: -20 }] });
fs.writeFileSync(path.join(benchDir, 'takes.json'), JSON.stringify({ title: 'Two takes', scenes: [take('a', 'b'), take('b', 'a')] }));
// 1,000 hotspots spread over the sphere, the same for both players.
const THOUSAND = Array.from({ length: 1000 }, (_, i) => ({ id: `h${i}`, yaw: -180 + (i * 137.5) % 360, pitch: -60 + (i * 7.3) % 120, label: `Hotspot ${i}` }));
fs.writeFileSync(path.join(benchDir, 'thousand.json'), JSON.stringify({
  title: 'A thousand hotspots', scene: { type: 'equirect-image', src: '/bench/set-4096.jpg', initialView: { hfov: 90 }, hotspots: THOUSAND },
}));
fs.writeFileSync(path.join(benchDir, 'thousand-pannellum.json'), JSON.stringify(
  THOUSAND.map((h) => ({ pitch: h.pitch, yaw: h.yaw, type: 'info', text: h.label }))));
fs.writeFileSync(path.join(benchDir, 'pannellum.html'), `<!doctype html><html><head><meta charset="utf-8">
<link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/pannellum/pannellum.css">
<style>html,body{margin:0;height:100%}#pano{width:100vw;height:100vh}</style>
<script src="/pannellum/pannellum.js"></script></head><body><div id="pano"></div>
<script type="application/json" id="hotspots">${fs.readFileSync(path.join(benchDir, 'thousand-pannellum.json'), 'utf8')}</script>
<script src="bench-pannellum.js"></script></body></html>`);
fs.writeFileSync(path.join(benchDir, 'bench-pannellum.js'), `
const q = new URLSearchParams(location.search);
const hotSpots = q.get('hotspots') ? JSON.parse(document.getElementById('hotspots').textContent) : [];
window.viewer = pannellum.viewer('pano', { type: 'equirectangular', autoLoad: true, hfov: 90,
  panorama: q.get('pano'), hotSpots });
window.viewer.on('load', () => { window.__firstFrame = performance.now(); });
window.__fullResolution = () => window.__firstFrame;`);

// Counts animation frames in which the page issued at least one WebGL draw call: the same
// measure for any WebGL player.
const INSTRUMENT = () => {
  window.__long = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__long.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  window.__framesWithDraws = 0;
  window.__drawCalls = 0;
  let drewThisFrame = false;
  const tick = () => { if (drewThisFrame) window.__framesWithDraws++; drewThisFrame = false; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    for (const name of ['drawArrays', 'drawElements']) {
      const original = proto[name];
      proto[name] = function (...args) { drewThisFrame = true; window.__drawCalls++; return original.apply(this, args); };
    }
  }
};

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };

async function load(context, player, pano, hotspots = false, extra = '') {
  const page = await context.newPage();
  await page.addInitScript(INSTRUMENT);
  await page.goto(`${server.url}bench/${player}.html?pano=/bench/${pano}${hotspots ? '&hotspots=1' : ''}${extra}`);
  await page.waitForFunction(() => window.__firstFrame !== undefined && window.__fullResolution() !== undefined, null, { timeout: 120000 });
  await page.waitForTimeout(500);
  const result = await page.evaluate(() => ({
    firstFrame: window.__firstFrame,
    fullResolution: window.__fullResolution(),
    longest: Math.max(0, ...window.__long.filter((t) => t.start < window.__fullResolution() + 500).map((t) => t.duration)),
    tasks: window.__long.filter((t) => t.start < window.__fullResolution() + 500).map((t) => [Math.round(t.start), Math.round(t.duration)]),
  }));
  return { page, result };
}

// A scripted rotation: every animation frame for 5 s, the page turns the view by 36°/s through
// the player's own API (setView / setYaw), so both players get the same view changes.
async function rotation(context, player, hotspots = false, extra = '') {
  const { page } = await load(context, player, 'set-4096.jpg', hotspots, extra);
  // The pointer rests over the view, so hover hit testing runs every frame too.
  await page.mouse.move(640, 360);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async (name) => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name).value;
  const frames0 = await page.evaluate(() => window.__framesWithDraws);
  const draws0 = await page.evaluate(() => window.__drawCalls);
  const script0 = await metric('ScriptDuration');
  await page.evaluate((player) => new Promise((resolve) => {
    const start = performance.now();
    const turn = (now) => {
      const yaw = ((now - start) / 1000) * 36;
      if (player === 'shotscape') document.querySelector('shotscape-player').setView({ yaw });
      else viewer.setYaw(((yaw + 180) % 360) - 180, false);
      if (now - start < 5000) requestAnimationFrame(turn); else resolve();
    };
    requestAnimationFrame(turn);
  }), player);
  const frames = (await page.evaluate(() => window.__framesWithDraws)) - frames0;
  const draws = (await page.evaluate(() => window.__drawCalls)) - draws0;
  const scriptMs = ((await metric('ScriptDuration')) - script0) * 1000;
  const stats = player === 'shotscape' ? await page.evaluate(() => document.querySelector('shotscape-player').stats()) : null;
  await page.close();
  return { frames, scriptMsPerFrame: scriptMs / Math.max(1, frames), drawsPerFrame: draws / Math.max(1, frames), stats };
}

// Steering for 5 s at 1280×720: device orientation readings at 60 Hz (deviceorientation events, the
// phone turning 36°/s; motion=1) or a mouse drag (a move every 16 ms through CDP).
async function steer(context, kind) {
  const { page } = await load(context, 'shotscape', 'set-4096.jpg', false, kind === 'motion' ? '&motion=1' : '');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async (name) => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name).value;
  if (kind === 'motion') {
    // The first reading turns motion on; the view then follows the readings.
    await page.evaluate(() => window.dispatchEvent(new DeviceOrientationEvent('deviceorientation', { alpha: 0, beta: 90, gamma: 0 })));
    await page.waitForFunction(() => document.querySelector('shotscape-player').motion, null, { timeout: 10000 });
    await page.waitForTimeout(300);
  }
  const frames0 = await page.evaluate(() => window.__framesWithDraws);
  const script0 = await metric('ScriptDuration');
  if (kind === 'motion') {
    await page.evaluate(() => new Promise((resolve) => {
      const start = performance.now();
      const id = setInterval(() => {
        const t = (performance.now() - start) / 1000;
        window.dispatchEvent(new DeviceOrientationEvent('deviceorientation', { alpha: (360 - ((t * 36) % 360)) % 360, beta: 90, gamma: 0 }));
        if (t >= 5) { clearInterval(id); resolve(); }
      }, 1000 / 60);
    }));
  } else {
    await page.mouse.move(1000, 360);
    await page.mouse.down();
    const start = Date.now();
    for (let x = 1000; Date.now() - start < 5000; x -= 2) {
      await page.mouse.move(x, 360);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
  }
  const frames = (await page.evaluate(() => window.__framesWithDraws)) - frames0;
  const scriptMs = ((await metric('ScriptDuration')) - script0) * 1000;
  await page.close();
  return { frames, scriptMsPerFrame: scriptMs / Math.max(1, frames) };
}

// An emulated headset's session (iwer, a dev dependency: the Meta Quest 3 profile, both eyes side by
// side in the 1280×720 canvas) on the demo tour for 5 s: frames per second and the player's CPU ms
// per session frame (its own clock: stats().xr).
const IWER = fs.readFileSync(createRequire(import.meta.url).resolve('iwer/build/iwer.min.js'), 'utf8');
async function headset(context) {
  const page = await context.newPage();
  await page.addInitScript({ content: `${IWER};new IWER.XRDevice(IWER.metaQuest3, { stereoEnabled: true }).installRuntime({ forceInstall: true });` });
  await page.addInitScript(INSTRUMENT);
  await page.goto(`${server.url}bench/shotscape.html?tour=1`);
  await page.waitForFunction(() => window.__firstFrame !== undefined && window.__fullResolution() !== undefined, null, { timeout: 120000 });
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().xr.available, null, { timeout: 10000 });
  await page.evaluate(() => document.querySelector('shotscape-player').enterVR());
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().xr.sessionFrames > 30, null, { timeout: 60000 });
  const read = () => page.evaluate(() => document.querySelector('shotscape-player').stats().xr);
  const a = await read();
  await page.waitForTimeout(5000);
  const b = await read();
  await page.close();
  const frames = b.sessionFrames - a.sessionFrames;
  return { fps: frames / (b.sessionSeconds - a.sessionSeconds), cpuMs: (b.frameMsTotal - a.frameMsTotal) / Math.max(1, frames), maxMs: b.frameMsMax };
}

function bytes(files) {
  let raw = 0, gz = 0, br = 0;
  for (const f of files) {
    const data = fs.readFileSync(f);
    raw += data.length;
    gz += zlib.gzipSync(data, { level: 9 }).length;
    br += zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { raw, gz, br };
}

const server = await serveSite({ mounts: { '/bench': benchDir, '/pannellum': path.join(repoRoot, 'node_modules/pannellum/build') } });
const browser = await launchBrowser();
try {
  const ours = bytes(['shotscape.wasm', 'shotscape.js', 'shotscape-player.js', 'shotscape-player.css', 'shotscape-decoder.js'].map((f) => path.join(webRoot, f)));
  const theirs = bytes(['pannellum.js', 'pannellum.css'].map((f) => path.join(repoRoot, 'node_modules/pannellum/build', f)));
  const rows = [];
  const row = (name, a, b, unit, better) => rows.push({ name, a, b, unit, ratio: b ? a / b : NaN, better });
  row('player bytes, gzip -9 (wasm+js+css)', ours.gz, theirs.gz, 'B', 'lower');
  row('player bytes, brotli -q 11 (wasm+js+css; what make dist ships)', ours.br, theirs.br, 'B', 'lower');
  row('player bytes, raw', ours.raw, theirs.raw, 'B', 'lower');
  const fonts = bytes(['shotscape-inter-regular.otf', 'shotscape-inter-semibold.otf'].map((f) => path.join(webRoot, f)));
  row('interface fonts fetched beside the player, gzip -9 (Pannellum: system fonts)', fonts.gz, 0, 'B', 'lower');
  // One warm-up load per player first: the browser's HTTP and compiled-code caches are then warm
  // for both, as for any returning viewer, and the first measured run is not an outlier.
  for (const player of ['shotscape', 'pannellum']) (await load(browser.context, player, 'set-4096.jpg')).page.close();
  for (const pano of ['set-4096.jpg', 'set-8192.jpg']) {
    const samples = { shotscape: [], pannellum: [] };
    for (let i = 0; i < RUNS; i++) {
      for (const player of ['shotscape', 'pannellum']) {
        const { page, result } = await load(browser.context, player, pano);
        samples[player].push(result);
        if (process.env.BENCH_VERBOSE) console.error(player, pano, JSON.stringify(result));
        await page.close();
      }
    }
    const size = pano.includes('8192') ? '8192×4096' : '4096×2048';
    row(`first frame ms, ${size}`, median(samples.shotscape.map((r) => r.firstFrame)), median(samples.pannellum.map((r) => r.firstFrame)), 'ms', 'lower');
    row(`full-resolution frame ms, ${size}`, median(samples.shotscape.map((r) => r.fullResolution)), median(samples.pannellum.map((r) => r.fullResolution)), 'ms', 'lower');
    row(`longest main-thread task during load ms, ${size}`, median(samples.shotscape.map((r) => r.longest)), median(samples.pannellum.map((r) => r.longest)), 'ms', 'lower');
  }
  const rot = { shotscape: [], pannellum: [] };
  for (let i = 0; i < RUNS; i++) for (const player of ['shotscape', 'pannellum']) rot[player].push(await rotation(browser.context, player));
  row('frames drawn in a 5 s scripted rotation', median(rot.shotscape.map((r) => r.frames)), median(rot.pannellum.map((r) => r.frames)), '', 'higher');
  row('script ms per frame during rotation', median(rot.shotscape.map((r) => r.scriptMsPerFrame)), median(rot.pannellum.map((r) => r.scriptMsPerFrame)), 'ms', 'lower');
  // The little planet (stereographic, looking down at 260°) against our own rectilinear view, in the
  // same run (no peer draws one the same way).
  const planet = [];
  for (let i = 0; i < RUNS; i++) planet.push(await rotation(browser.context, 'shotscape', false, '&projection=stereographic'));
  row('frames in a 5 s rotation, little planet (vs ours rectilinear)', median(planet.map((r) => r.frames)), median(rot.shotscape.map((r) => r.frames)), '', 'higher');
  row('script ms per frame, little planet (vs ours rectilinear)', median(planet.map((r) => r.scriptMsPerFrame)), median(rot.shotscape.map((r) => r.scriptMsPerFrame)), 'ms', 'lower');

  const motion = [], drag = [], xr = [];
  for (let i = 0; i < RUNS; i++) {
    motion.push(await steer(browser.context, 'motion'));
    drag.push(await steer(browser.context, 'drag'));
    xr.push(await headset(browser.context));
  }
  if (process.env.BENCH_VERBOSE) console.error(JSON.stringify({ motion, drag, xr }));

  const hot = { shotscape: [], pannellum: [] };
  for (let i = 0; i < RUNS; i++) for (const player of ['shotscape', 'pannellum']) hot[player].push(await rotation(browser.context, player, true));
  row('frames drawn in a 5 s rotation, 1,000 hotspots', median(hot.shotscape.map((r) => r.frames)), median(hot.pannellum.map((r) => r.frames)), '', 'higher');
  row('script ms per frame during rotation, 1,000 hotspots', median(hot.shotscape.map((r) => r.scriptMsPerFrame)), median(hot.pannellum.map((r) => r.scriptMsPerFrame)), 'ms', 'lower');
  row('WebGL draw calls per frame, 1,000 hotspots (Pannellum: hotspots are DOM)', median(hot.shotscape.map((r) => r.drawsPerFrame)), median(hot.pannellum.map((r) => r.drawsPerFrame)), 'n', 'lower');
  const markerCalls = median(hot.shotscape.map((r) => r.stats.markerDrawCalls));
  const layoutInPage = median(hot.shotscape.map((r) => r.stats.hotspotLayoutMsMean));

  // The core's layout + hit test for 1,000 hotspots: wasm (Node's V8, as in Chromium) vs native.
  const layoutBench = (cmd, args) => JSON.parse(execFileSync(cmd, args, { encoding: 'utf8' }).trim().split('\n').pop());
  const wasmBench = path.join(repoRoot, 'build/wasm/tests/hotspot_layout_bench.js');
  const wasmRuns = [], nativeRuns = [];
  for (let i = 0; i < RUNS; i++) {
    wasmRuns.push(layoutBench('node', ['--no-experimental-fetch', wasmBench]).msPerFrame);
    nativeRuns.push(layoutBench(path.join(repoRoot, 'build/native/tests/hotspot_layout_bench'), []).msPerFrame);
  }
  // The video scene against the still-image scene, in the same player: 10 s of playback at
  // 1280×720 with the view still (the video alone changes the picture).
  const playback = async (video) => {
    const page = await browser.context.newPage();
    await page.addInitScript(INSTRUMENT);
    await page.goto(`${server.url}bench/shotscape.html?${video ? 'video=1' : 'pano=/bench/set-4096.jpg'}`);
    await page.waitForFunction(() => window.__firstFrame !== undefined, null, { timeout: 120000 });
    if (video) await page.waitForFunction(() => document.querySelector('shotscape-player').stats().videoUploads > 2, null, { timeout: 120000 });
    else await page.waitForFunction(() => window.__fullResolution() !== undefined, null, { timeout: 120000 });
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const script = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration').value;
    const read = () => page.evaluate(() => {
      const s = document.querySelector('shotscape-player').stats();
      const v = document.querySelector('shotscape-player').shadowRoot.querySelector('video');
      const q = v && v.getVideoPlaybackQuality ? v.getVideoPlaybackQuality() : { droppedVideoFrames: 0, totalVideoFrames: 0 };
      return { presented: s.presentedFrames, uploads: s.videoUploads, drawn: s.framesDrawn, dropped: q.droppedVideoFrames, decoded: q.totalVideoFrames };
    });
    const a = await read(), s0 = await script();
    await page.waitForTimeout(10000);
    const b = await read(), s1 = await script();
    await page.close();
    const drawn = b.drawn - a.drawn;
    return { presented: b.presented - a.presented, uploads: b.uploads - a.uploads, dropped: b.dropped - a.dropped,
      decoded: b.decoded - a.decoded, drawn, scriptMsPerFrame: ((s1 - s0) * 1000) / Math.max(1, drawn) };
  };
  const vids = [], stills = [];
  for (let i = 0; i < RUNS; i++) { vids.push(await playback(true)); stills.push(await playback(false)); }
  const pick = (xs, k) => median(xs.map((x) => x[k]));
  const videoRows = [
    '| figure, 10 s at 1280×720 | 3840×1920 30 fps H.264 video scene | still-image scene |',
    '|---|---:|---:|',
    `| frames presented by the video element | ${pick(vids, 'presented')} | – |`,
    `| texture uploads | ${pick(vids, 'uploads')} | ${pick(stills, 'uploads')} |`,
    `| frames decoded / dropped (getVideoPlaybackQuality) | ${pick(vids, 'decoded')} / ${pick(vids, 'dropped')} | – |`,
    `| frames drawn by the player | ${pick(vids, 'drawn')} | ${pick(stills, 'drawn')} |`,
    `| script ms per drawn frame | ${pick(vids, 'scriptMsPerFrame').toFixed(2)} | ${pick(stills, 'scriptMsPerFrame').toFixed(2)} (nothing changes: nothing drawn) |`,
    `| uploads ≤ presented + 1 (target) | ${vids.every((v) => v.uploads <= v.presented + 1) ? 'met in every run' : 'MISSED'} | |`,
  ];

  // The demo tour: a click on the table's link (a preloaded neighbour) in the middle of the room.
  const tourMove = async () => {
    const page = await browser.context.newPage();
    // The neighbours' images come through the decoder's worker: counted at the network, not by
    // the page's resource timing.
    let neighbourBytes = 0;
    page.on('response', (r) => { if (/\/demo\/tour\//.test(r.url())) neighbourBytes += Number(r.headers()['content-length'] || 0); });
    await page.addInitScript(INSTRUMENT);
    await page.goto(`${server.url}bench/shotscape.html?tour=1&yaw=57&pitch=-10&hfov=90`);
    await page.waitForFunction(() => window.__fullResolution() !== undefined, null, { timeout: 120000 });
    await page.waitForFunction(() => document.querySelector('shotscape-player').stats().preloadedScenes >= 1, null, { timeout: 120000 });
    await page.waitForTimeout(500);
    const before = await page.evaluate(() => {
      const el = document.querySelector('shotscape-player');
      el.addEventListener('pointerdown', (e) => { window.__click = performance.now(); }, true);
      return { view: el.getView(), stats: el.stats() };
    });
    const [x, y] = projectPoints({ ...before.view, hfov: before.stats.fov }, 1280, 720, [{ yaw: 57.09, pitch: -25 }])[0];
    const watch = page.evaluate(() => new Promise((resolve) => {
      const el = document.querySelector('shotscape-player');
      const s0 = el.stats();
      let first;
      const tick = () => {
        if (window.__click !== undefined && first === undefined && el.stats().moveFrames > s0.moveFrames) first = performance.now();
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      el.addEventListener('scenemoveend', () => {
        const s1 = el.stats(), t0 = window.__click;
        resolve({
          firstMove: first - t0, end: performance.now() - t0, frames: s1.moveFrames - s0.moveFrames,
          blank: s1.blankMoveFrames - s0.blankMoveFrames,
          longest: Math.max(0, ...window.__long.filter((l) => l.start + l.duration >= t0).map((l) => l.duration)),
          preloadedBytes: s0.preloadedBytes, preloaded: s0.preloadedScenes,
        });
      }, { once: true });
    }));
    const fetched = neighbourBytes;
    await page.mouse.click(x, y);
    const r = { ...(await watch), fetched };
    await page.close();
    return r;
  };
  // Two synced takes: the new one's time against where the old one would be, and the longest time
  // in which no video element advanced (the audio gap's upper bound).
  const takesMove = async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}bench/shotscape.html?takes=1`);
    await page.waitForFunction(() => document.querySelector('shotscape-player').currentTime > 2, null, { timeout: 120000 });
    const r = await page.evaluate(async () => {
      const el = document.querySelector('shotscape-player');
      const videos = () => [...el.shadowRoot.querySelectorAll('.media video')];
      const last = new Map();
      let silentSince = null, gap = 0, sampling = true;
      const sample = () => {
        const now = performance.now();
        const advancing = videos().some((v) => { const moved = !v.paused && v.currentTime !== last.get(v); last.set(v, v.currentTime); return moved; });
        if (advancing) { if (silentSince !== null) gap = Math.max(gap, now - silentSince); silentSince = null; }
        else if (silentSince === null) silentSince = now;
        if (sampling) requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
      await new Promise((r) => setTimeout(r, 300));
      const old = videos()[0];
      const t0 = old.currentTime, at = performance.now();
      await el.setScene('b');
      const fresh = videos().find((v) => v !== old) || videos()[0];
      // The old take plays until the new one shows its first frame (the handover), then the new
      // one catches up by its playback rate: the error once it has (1.5 s later).
      while (old.isConnected) await new Promise((r) => setTimeout(r, 10));
      const handover = performance.now() - at;
      await new Promise((r) => setTimeout(r, 1500));
      await new Promise((resolve) => fresh.requestVideoFrameCallback(resolve));
      const error = fresh.currentTime - (t0 + (performance.now() - at) / 1000);
      sampling = false;
      return { error, gap, handover };
    });
    await page.close();
    return r;
  };
  const moves = [], takes = [];
  for (let i = 0; i < RUNS; i++) { moves.push(await tourMove()); takes.push(await takesMove()); }
  if (process.env.BENCH_VERBOSE) console.error(JSON.stringify({ moves, takes }));
  const tourRows = [
    '| figure, the demo tour at 1280×720 (a click on a preloaded neighbour\'s link) | median | target |',
    '|---|---:|---:|',
    `| click → first frame that moves | ${pick(moves, 'firstMove').toFixed(0)} ms | ≤ 100 ms |`,
    `| click → the move's end | ${pick(moves, 'end').toFixed(0)} ms | (a 1,000 ms move) |`,
    `| frames drawn during the move | ${pick(moves, 'frames')} | |`,
    `| frames showing neither scene fully | ${pick(moves, 'blank')} | 0 |`,
    `| longest main-thread task during the move | ${pick(moves, 'longest').toFixed(0)} ms | ≤ 50 ms |`,
    `| preloaded neighbours when clicked / their GPU memory | ${pick(moves, 'preloaded')} / ${(pick(moves, 'preloadedBytes') / 1048576).toFixed(1)} MiB | ≤ 192 MiB |`,
    `| bytes of the neighbours' images fetched before the click (JPEG) | ${(pick(moves, 'fetched') / 1024).toFixed(0)} KiB | |`,
    `| synced takes: the new take's first frame (the handover) after the click | ${pick(takes, 'handover').toFixed(0)} ms | |`,
    `| synced takes: the new video's time error 1.5 s after the handover | ${(pick(takes, 'error') * 1000).toFixed(0)} ms | ≤ 1 frame (33 ms at 30 fps) |`,
    `| synced takes: longest span with no video advancing (audio gap bound) | ${pick(takes, 'gap').toFixed(0)} ms | ≤ 50 ms |`,
  ];

  const deviceRows = [
    '| figure, 5 s at 1280×720 | device orientation at 60 Hz (motion=1) | mouse drag |',
    '|---|---:|---:|',
    `| frames drawn | ${median(motion.map((r) => r.frames))} | ${median(drag.map((r) => r.frames))} |`,
    `| script ms per frame | ${median(motion.map((r) => r.scriptMsPerFrame)).toFixed(2)} | ${median(drag.map((r) => r.scriptMsPerFrame)).toFixed(2)} |`,
    '',
    '| figure, emulated headset session (iwer 2.5.0, Meta Quest 3 profile, two 640×720 eyes), the demo tour, 5 s | median |',
    '|---|---:|',
    `| session frames per second (each draws both eyes) | ${pick(xr, 'fps').toFixed(1)} |`,
    `| the player's CPU ms per session frame | ${pick(xr, 'cpuMs').toFixed(2)} ms |`,
    `| the longest session frame's CPU ms | ${pick(xr, 'maxMs').toFixed(1)} ms |`,
  ];

  const extra = [
    // The budget is in bytes (175,000 B gzip: the "ship it anywhere" issue), not KiB.
    `player bytes: ${ours.gz} B gzip -9, ${ours.br} B brotli -q 11, ${ours.raw} B raw (budget: 175,000 B gzip)`,
    `marker draw calls per frame with 1,000 hotspots (stats.markerDrawCalls): ${markerCalls} (target ≤ 2)`,
    `hotspot layout + hit test, 1,000 hotspots: ${median(wasmRuns).toFixed(4)} ms per frame as wasm under Node, ` +
      `${median(nativeRuns).toFixed(4)} ms native (${(median(wasmRuns) / median(nativeRuns)).toFixed(2)}×; target ≤ 0.05 ms); ` +
      `in the page, mean of performance.now() deltas (0.1 ms resolution): ${layoutInPage.toFixed(4)} ms`,
  ];

  const fmt = (v, unit) => unit === "B" ? `${(v / 1024).toFixed(1)} KiB` : unit === 'ms' ? `${v.toFixed(unit === 'ms' && v < 10 ? 2 : 0)} ms` : unit === 'n' ? v.toFixed(1) : `${Math.round(v)}`;
  console.log(`Shotscape vs Pannellum 2.5.7 — median of ${RUNS} runs, headless Chromium (SwiftShader), 1280×720`);
  console.log('| figure | Shotscape | Pannellum | ratio |');
  console.log('|---|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.name} (${r.better} is better) | ${fmt(r.a, r.unit)} | ${fmt(r.b, r.unit)} | ${Number.isFinite(r.ratio) ? r.ratio.toFixed(2) + '×' : '–'} |`);
  for (const line of extra) console.log(`- ${line}`);
  console.log('');
  for (const line of videoRows) console.log(line);
  console.log('');
  for (const line of tourRows) console.log(line);
  console.log('');
  for (const line of deviceRows) console.log(line);
} finally {
  await browser.close();
  await server.close();
}
