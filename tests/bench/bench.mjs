#!/usr/bin/env node
// `make bench`: measures Shotscape against Pannellum (npm, dev dependency) in the same run, on the
// same machine, panoramas and browser, and prints each figure beside Pannellum's with the ratio.
// Not a test: it asserts nothing and its numbers are for the README and the issue notes.
//
// Figures: player bytes (raw and gzip -9); first frame ms (since navigation start) at 4096×2048 and
// 8192×4096; the longest main-thread task during load; frames drawn and script ms per frame during
// a scripted 5 s rotation at 1280×720 (the view turned through each player's API every frame).
// Each player is loaded once before measuring (warm caches). Each timing is the median of RUNS fresh page loads.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { launchBrowser, serveSite, repoRoot, webRoot } from '../browser/harness.mjs';

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
el.setAttribute('panorama', new URLSearchParams(location.search).get('pano'));`);
fs.writeFileSync(path.join(benchDir, 'pannellum.html'), `<!doctype html><html><head><meta charset="utf-8">
<link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/pannellum/pannellum.css">
<style>html,body{margin:0;height:100%}#pano{width:100vw;height:100vh}</style>
<script src="/pannellum/pannellum.js"></script></head><body><div id="pano"></div>
<script src="bench-pannellum.js"></script></body></html>`);
fs.writeFileSync(path.join(benchDir, 'bench-pannellum.js'), `
window.viewer = pannellum.viewer('pano', { type: 'equirectangular', autoLoad: true, hfov: 90,
  panorama: new URLSearchParams(location.search).get('pano') });
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
  let drewThisFrame = false;
  const tick = () => { if (drewThisFrame) window.__framesWithDraws++; drewThisFrame = false; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    for (const name of ['drawArrays', 'drawElements']) {
      const original = proto[name];
      proto[name] = function (...args) { drewThisFrame = true; return original.apply(this, args); };
    }
  }
};

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };

async function load(context, player, pano) {
  const page = await context.newPage();
  await page.addInitScript(INSTRUMENT);
  await page.goto(`${server.url}bench/${player}.html?pano=/bench/${pano}`);
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
async function rotation(context, player) {
  const { page } = await load(context, player, 'set-4096.jpg');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async (name) => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name).value;
  const frames0 = await page.evaluate(() => window.__framesWithDraws);
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
  const scriptMs = ((await metric('ScriptDuration')) - script0) * 1000;
  await page.close();
  return { frames, scriptMsPerFrame: scriptMs / Math.max(1, frames) };
}

function bytes(files) {
  let raw = 0, gz = 0;
  for (const f of files) {
    const data = fs.readFileSync(f);
    raw += data.length;
    gz += zlib.gzipSync(data, { level: 9 }).length;
  }
  return { raw, gz };
}

const server = await serveSite({ mounts: { '/bench': benchDir, '/pannellum': path.join(repoRoot, 'node_modules/pannellum/build') } });
const browser = await launchBrowser();
try {
  const ours = bytes(['shotscape.wasm', 'shotscape.js', 'shotscape-player.js', 'shotscape-player.css', 'shotscape-decoder.js'].map((f) => path.join(webRoot, f)));
  const theirs = bytes(['pannellum.js', 'pannellum.css'].map((f) => path.join(repoRoot, 'node_modules/pannellum/build', f)));
  const rows = [];
  const row = (name, a, b, unit, better) => rows.push({ name, a, b, unit, ratio: b ? a / b : NaN, better });
  row('player bytes, gzip -9 (wasm+js+css)', ours.gz, theirs.gz, 'B', 'lower');
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

  const fmt = (v, unit) => unit === "B" ? `${(v / 1024).toFixed(1)} KiB` : unit === 'ms' ? `${v.toFixed(unit === 'ms' && v < 10 ? 2 : 0)} ms` : `${Math.round(v)}`;
  console.log(`Shotscape vs Pannellum 2.5.7 — median of ${RUNS} runs, headless Chromium (SwiftShader), 1280×720`);
  console.log('| figure | Shotscape | Pannellum | ratio |');
  console.log('|---|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.name} (${r.better} is better) | ${fmt(r.a, r.unit)} | ${fmt(r.b, r.unit)} | ${Number.isFinite(r.ratio) ? r.ratio.toFixed(2) + '×' : '–'} |`);
} finally {
  await browser.close();
  await server.close();
}
