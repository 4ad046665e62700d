#!/usr/bin/env node
// `make bench`, tiled panoramas (issue 15): Shotscape against Marzipano 0.10.2 and Pannellum 2.5.7
// (npm, dev dependencies) on ONE tile set — a generated 16384×8192 panorama with detail to the pixel
// (shotscape-make-test-panorama --detail), cut by shotscape-tile in Pannellum's layout, which all
// three read (Marzipano through its URL template, Shotscape through `"layout": "pannellum"`), the
// same preview strip for Shotscape and Marzipano — at 1280×720, same machine, same run, medians of
// RUNS fresh page loads. Not a test: it prints figures for the README and the notes.
//
// Each viewer's "sharp view" (every visible tile drawn at the level the screen needs) comes from its
// own signal: Shotscape's stats() (no stand-in, nothing in flight or uploading), Marzipano's stage
// `renderComplete` with stable = true, and for Pannellum (no such event) the last frame it drew
// before 2 s without drawing (it redraws while tiles load and stops once none is missing).
// First frame: Shotscape's `ready` (the preview drawn), Pannellum's and Marzipano's first frame with
// a WebGL draw call. Bytes until sharp: tile and preview bytes served for requests made before the
// sharp frame, counted at the server. GPU memory: texture bytes the page allocated and did not
// delete (texImage2D/texStorage2D, mip chains as 4/3), the same instrumentation for all three.
// Also the tiler against `vips dzsave` on the same image.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { launchBrowser, serveSite, repoRoot, nativeBin } from '../browser/harness.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 3);
const dir = path.join(repoRoot, 'build/bench/tiles');
fs.mkdirSync(dir, { recursive: true });
const source = path.join(dir, 'detail-16384.jpg');
if (!fs.existsSync(source)) execFileSync(path.join(nativeBin, 'shotscape-make-test-panorama'), [source, '16384', '--detail']);

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const seconds = (fn) => { const t = process.hrtime.bigint(); fn(); return Number(process.hrtime.bigint() - t) / 1e9; };

// The tiler against vips dzsave (a flat deep-zoom pyramid, 512-texel tiles, the same JPEG quality).
const tilerRuns = [], vipsRuns = [];
const tiles = path.join(dir, 'set');
for (let i = 0; i < RUNS; i++) {
  fs.rmSync(tiles, { recursive: true, force: true });
  tilerRuns.push(seconds(() => execFileSync(path.join(nativeBin, 'shotscape-tile'), [source, tiles, '--layout', 'pannellum', '--quality', '85'])));
  fs.rmSync(path.join(dir, 'vips_files'), { recursive: true, force: true });
  vipsRuns.push(seconds(() => execFileSync('vips', ['dzsave', source, path.join(dir, 'vips'), '--tile-size', '512', '--suffix', '.jpg[Q=85]'])));
}
fs.rmSync(path.join(dir, 'vips_files'), { recursive: true, force: true });
const config = JSON.parse(fs.readFileSync(path.join(tiles, 'config.json'), 'utf8')).multiRes;
const ours = JSON.parse(fs.readFileSync(path.join(tiles, 'manifest.json'), 'utf8'));
ours.scenes[0].tiles.url = '/bench/tiles/set/' + ours.scenes[0].tiles.url;
ours.scenes[0].tiles.preview = '/bench/tiles/set/' + ours.scenes[0].tiles.preview;
fs.writeFileSync(path.join(dir, 'shotscape.json'), JSON.stringify(ours));
const previewSize = 164;
const mLevels = [{ tileSize: previewSize, size: previewSize, fallbackOnly: true }];
for (let l = 0; l < config.maxLevel; l++) mLevels.push({ tileSize: config.tileResolution, size: config.tileResolution << l });

const VIEW = { yaw: 30, pitch: 10, hfov: 90 };
const vfov = 2 * Math.atan(Math.tan((VIEW.hfov * Math.PI) / 360) * 720 / 1280);
const page = (name, head, body) => fs.writeFileSync(path.join(dir, `${name}.html`), `<!doctype html><html><head><meta charset="utf-8">
<link rel="icon" href="/favicon.svg"><style>html,body{margin:0;height:100%;overflow:hidden;background:#000}#pano,shotscape-player{display:block;width:100vw;height:100vh}</style>
${head}</head><body>${body}</body></html>`);
page('shotscape', '<script src="/shotscape-player.js"></script>', `
<shotscape-player manifest="/bench/tiles/shotscape.json" controls="0" yaw="${VIEW.yaw}" pitch="${VIEW.pitch}" hfov="${VIEW.hfov}"></shotscape-player>
<script>
const el = document.querySelector('shotscape-player');
el.addEventListener('ready', (e) => { window.__first = e.detail.firstFrameMs; });
const poll = () => { const s = el.stats(); if (s && s.tilesWanted > 0 && s.tileStandIns === 0 && s.tilesInFlight === 0 && !s.uploading && window.__first !== undefined) window.__sharp = performance.now(); else requestAnimationFrame(poll); };
requestAnimationFrame(poll);
window.__turn = (yaw) => el.setView({ yaw: ((yaw + 180) % 360 + 360) % 360 - 180 });
</script>`);
page('pannellum', '<link rel="stylesheet" href="/pannellum/pannellum.css"><script src="/pannellum/pannellum.js"></script>', `<div id="pano"></div>
<script>
window.viewer = pannellum.viewer('pano', { type: 'multires', autoLoad: true, showControls: false, hfov: ${VIEW.hfov}, yaw: ${VIEW.yaw}, pitch: ${VIEW.pitch},
  multiRes: { basePath: '/bench/tiles/set', path: '${config.path}', extension: '${config.extension}', tileResolution: ${config.tileResolution},
    maxLevel: ${config.maxLevel}, cubeResolution: ${config.cubeResolution} } });
window.__sharpByQuiet = true;
window.__turn = (yaw) => viewer.setYaw(((yaw + 180) % 360 + 360) % 360 - 180, false);
</script>`);
page('marzipano', '<script src="/marzipano/marzipano.js"></script>', `<div id="pano"></div>
<script>
const viewer = new Marzipano.Viewer(document.getElementById('pano'));
const source = Marzipano.ImageUrlSource.fromString('/bench/tiles/set/{z}/{f}{y}_{x}.${config.extension}',
  { cubeMapPreviewUrl: '/bench/tiles/set/preview.jpg', cubeMapPreviewFaceOrder: 'frblud' });
const geometry = new Marzipano.CubeGeometry(${JSON.stringify(mLevels)});
const limiter = Marzipano.RectilinearView.limit.traditional(${config.cubeResolution}, Math.PI * 0.9);
const view = new Marzipano.RectilinearView({ yaw: ${(VIEW.yaw * Math.PI) / 180}, pitch: ${(-VIEW.pitch * Math.PI) / 180}, fov: ${vfov} }, limiter);
const scene = viewer.createScene({ source, geometry, view, pinFirstLevel: true });
scene.switchTo();
viewer.stage().addEventListener('renderComplete', (stable) => { if (stable && window.__sharp === undefined && window.__firstDraw !== undefined) window.__sharp = performance.now(); });
window.__turn = (yaw) => view.setYaw(yaw * Math.PI / 180);
</script>`);

// Draw frames, long tasks, the WebGL context's creation, and texture memory — the same for all.
const INSTRUMENT = () => {
  window.__long = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push({ start: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
  window.__frames = 0;
  window.__lastDraw = 0;
  let drew = false;
  const tick = () => { if (drew) { window.__frames++; window.__lastDraw = performance.now(); if (window.__firstDraw === undefined) window.__firstDraw = performance.now(); } drew = false; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
    const c = getContext.call(this, kind, ...rest);
    if (c && /webgl/.test(kind) && window.__contextAt === undefined) window.__contextAt = performance.now();
    return c;
  };
  window.__texBytes = 0;
  window.__texMax = 0;
  const sizes = new Map();
  const mipped = new WeakSet();
  const bound = new WeakMap();
  const set = (gl, bytes) => {
    const t = bound.get(gl);
    if (!t) return;
    window.__texBytes += bytes - (sizes.get(t) || 0);
    sizes.set(t, bytes);
    window.__texMax = Math.max(window.__texMax, window.__texBytes);
  };
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    for (const name of ['drawArrays', 'drawElements']) {
      const original = proto[name];
      proto[name] = function (...args) { drew = true; return original.apply(this, args); };
    }
    const bind = proto.bindTexture;
    proto.bindTexture = function (target, texture) { if (target === this.TEXTURE_2D) bound.set(this, texture); return bind.call(this, target, texture); };
    const image = proto.texImage2D;
    proto.texImage2D = function (...a) {
      if (a[1] === 0) {
        const w = a.length >= 8 ? a[3] : a[5].width || a[5].videoWidth, h = a.length >= 8 ? a[4] : a[5].height || a[5].videoHeight;
        const t = bound.get(this);
        if (t) mipped.delete(t);
        set(this, w * h * 4);
      }
      return image.apply(this, a);
    };
    if (proto.texStorage2D) {
      const storage = proto.texStorage2D;
      proto.texStorage2D = function (target, levels, format, w, h) {
        if (levels > 1 && bound.get(this)) mipped.add(bound.get(this));
        set(this, w * h * 4 * (levels > 1 ? 4 / 3 : 1));
        return storage.call(this, target, levels, format, w, h);
      };
    }
    const mip = proto.generateMipmap;
    proto.generateMipmap = function (target) {
      const t = bound.get(this);
      if (t && sizes.get(t) && !mipped.has(t)) { mipped.add(t); set(this, sizes.get(t) * 4 / 3); }
      return mip.call(this, target);
    };
    const del = proto.deleteTexture;
    proto.deleteTexture = function (t) { if (sizes.has(t)) { window.__texBytes -= sizes.get(t); sizes.delete(t); } return del.call(this, t); };
  }
};

const server = await serveSite({ mounts: { '/bench': path.join(repoRoot, 'build/bench'), '/pannellum': path.join(repoRoot, 'node_modules/pannellum/build'),
  '/marzipano': path.join(repoRoot, 'node_modules/marzipano/dist') } });
// Tile and preview requests as the server sees them: [epoch ms, path, bytes].
let served = [];
server.server.on('request', (req) => {
  const p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (!p.startsWith('/bench/tiles/set/')) return;
  const file = path.join(dir, 'set', p.slice('/bench/tiles/set/'.length));
  served.push([Date.now(), p.slice('/bench/tiles/set/'.length), fs.existsSync(file) ? fs.statSync(file).size : 0]);
});

const browser = await launchBrowser();
async function run(viewer, { network } = {}) {
  const p = await browser.context.newPage();
  await p.addInitScript(INSTRUMENT);
  const cdp = await browser.context.newCDPSession(p);
  // The players' code comes from the warm cache, as for a returning viewer (and as `bench.mjs`
  // measures); the tiles are fetched afresh every time (the test server's responses carry no
  // validators) and counted at the server.
  await cdp.send('Network.enable');
  if (network) await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 9e6 / 8, uploadThroughput: 9e6 / 8 });
  served = [];
  await p.goto(`${server.url}bench/tiles/${viewer}.html`);
  const origin = await p.evaluate(() => performance.timeOrigin);
  // Sharp by the viewer's own signal; Pannellum's: 2 s without a drawn frame.
  await p.waitForFunction(() => {
    if (window.__sharpByQuiet) return window.__firstDraw !== undefined && performance.now() - window.__lastDraw > 2000;
    return window.__sharp !== undefined;
  }, null, { timeout: 180000, polling: 100 });
  const r = await p.evaluate(() => {
    const sharp = window.__sharpByQuiet ? window.__lastDraw : window.__sharp;
    const first = window.__first !== undefined ? window.__first : window.__firstDraw;
    return { first, sharp, longest: Math.max(0, ...window.__long.filter((l) => l.start >= (window.__contextAt || 0) && l.start <= sharp).map((l) => l.duration)),
      memory: window.__texBytes };
  });
  const before = served.filter(([t]) => t <= origin + r.sharp);
  r.bytes = before.reduce((a, s) => a + s[2], 0);
  r.requests = before.length;
  // Shotscape fetches only the preview and the visible tiles at the level the screen needs.
  r.tileBytes = before.filter(([, f]) => f !== 'preview.jpg').reduce((a, s) => a + s[2], 0);
  r.tileFiles = before.filter(([, f]) => f !== 'preview.jpg').map((s) => s[1]);
  if (!network) {
    await p.screenshot({ path: path.join(dir, `${viewer}-sharp.png`) });
    // 5 s turning at 36°/s from the view: new tiles stream in.
    await cdp.send('Performance.enable');
    const script = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration').value;
    const f0 = await p.evaluate(() => window.__frames), s0 = await script();
    await p.evaluate((yaw0) => new Promise((resolve) => {
      const start = performance.now();
      const step = (now) => { window.__turn(yaw0 + ((now - start) / 1000) * 36); if (now - start < 5000) requestAnimationFrame(step); else resolve(); };
      requestAnimationFrame(step);
    }), VIEW.yaw);
    r.frames = (await p.evaluate(() => window.__frames)) - f0;
    r.scriptPerFrame = (((await script()) - s0) * 1000) / Math.max(1, r.frames);
    r.memoryMax = await p.evaluate(() => window.__texMax);
    r.longestRotation = await p.evaluate((sharp) => Math.max(0, ...window.__long.filter((l) => l.start > sharp).map((l) => l.duration)), r.sharp);
  }
  await p.close();
  return r;
}

try {
  const viewers = ['shotscape', 'marzipano', 'pannellum'];
  for (const v of viewers) await run(v); // warm-up: code caches
  const results = Object.fromEntries(viewers.map((v) => [v, []]));
  const slow = Object.fromEntries(viewers.map((v) => [v, []]));
  for (let i = 0; i < RUNS; i++) for (const v of viewers) results[v].push(await run(v));
  for (let i = 0; i < Math.min(RUNS, 2); i++) for (const v of viewers) slow[v].push(await run(v, { network: true }));
  if (process.env.BENCH_VERBOSE) console.error(JSON.stringify({ results, slow }, null, 1));
  const pick = (set, v, k) => median(set[v].map((r) => r[k]));
  // The visible tiles alone: the tiles Shotscape fetched for the view (all at the level the screen
  // needs, exactly the ones it drew; the console shows them with BENCH_VERBOSE).
  const visibleBytes = pick(results, 'shotscape', 'tileBytes');
  const ms = (x) => `${x.toFixed(0)} ms`, mb = (x) => `${(x / 1048576).toFixed(1)} MiB`, kb = (x) => `${(x / 1024).toFixed(0)} KiB`;
  const rows = [
    ['first frame (preview or first tiles)', 'first', ms],
    ['sharp view', 'sharp', ms],
    ['bytes until sharp (tiles + preview)', 'bytes', kb],
    ['requests until sharp', 'requests', (x) => `${x}`],
    ['longest main-thread task, context → sharp', 'longest', ms],
    ['frames drawn, 5 s rotation streaming tiles', 'frames', (x) => `${x}`],
    ['script ms per frame during the rotation', 'scriptPerFrame', (x) => x.toFixed(2)],
    ['longest main-thread task during the rotation', 'longestRotation', ms],
    ['texture memory held after the rotation', 'memory', mb],
    ['texture memory, most during the rotation', 'memoryMax', mb],
  ];
  console.log(`Tiled 16384×8192 (faces ${config.cubeResolution}, ${config.maxLevel} levels of ${config.tileResolution}-texel tiles), 1280×720, view yaw ${VIEW.yaw} pitch ${VIEW.pitch} hfov ${VIEW.hfov}; median of ${RUNS}`);
  console.log('| figure | Shotscape | Marzipano 0.10.2 | Pannellum 2.5.7 | Shotscape ÷ faster peer |');
  console.log('|---|---:|---:|---:|---:|');
  for (const [name, key, f] of rows) {
    const [a, b, c] = viewers.map((v) => pick(results, v, key));
    const lowerBetter = !/frames/.test(name);
    const peer = lowerBetter ? Math.min(b, c) : Math.max(b, c);
    console.log(`| ${name} | ${f(a)} | ${f(b)} | ${f(c)} | ${peer ? (a / peer).toFixed(2) + '×' : '–'} |`);
  }
  for (const [name, key] of [['first frame, 9 Mbit/s + 150 ms RTT', 'first'], ['sharp view, 9 Mbit/s + 150 ms RTT', 'sharp']]) {
    const [a, b, c] = viewers.map((v) => pick(slow, v, key));
    console.log(`| ${name} | ${ms(a)} | ${ms(b)} | ${ms(c)} | ${(a / Math.min(b, c)).toFixed(2)}× |`);
  }
  console.log('');
  console.log(`- bytes until sharp ÷ the visible tiles alone (${kb(visibleBytes)}, ${results.shotscape[0].tileFiles.length} tiles): ` +
    viewers.map((v) => `${v} ${(pick(results, v, 'bytes') / visibleBytes).toFixed(2)}×`).join(', ') + ' (target for Shotscape ≤ 1.3×)');
  console.log(`- Shotscape's GPU memory budget: 256 MiB (stats().tileBudgetBytes); most held in the rotation: ${mb(pick(results, 'shotscape', 'memoryMax'))}`);
  console.log(`- shotscape-tile on the 16384×8192 image (4 levels, 6 faces, Pannellum layout): ${median(tilerRuns).toFixed(2)} s; ` +
    `vips dzsave (flat pyramid, 512-texel tiles, Q85): ${median(vipsRuns).toFixed(2)} s; ratio ${(median(tilerRuns) / median(vipsRuns)).toFixed(2)}× (target ≤ 2×)`);
  console.log(`- screenshots of each viewer's sharp view: build/bench/tiles/{${viewers.join(',')}}-sharp.png`);
} finally {
  await browser.close();
  await server.close();
}
