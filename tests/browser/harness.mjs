// Shared set-up for the browser tests and the benchmark: Debian's Chromium driven by
// playwright-core, headless WebGL2 through SwiftShader, pages served from 127.0.0.1.
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../tools/serve.mjs';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const webRoot = process.env.SHOTSCAPE_WEB_DIR || path.join(repoRoot, 'build/web');
export const nativeBin = process.env.SHOTSCAPE_NATIVE_BIN || path.join(repoRoot, 'build/native/tools');
export const fixturesDir = process.env.SHOTSCAPE_FIXTURES_DIR || path.join(repoRoot, 'build/fixtures');

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--autoplay-policy=no-user-gesture-required', '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows',
];

export async function launchBrowser({ deviceScaleFactor = 1, extraArgs = [] } = {}) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shotscape-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    viewport: { width: 1280, height: 720 },
    deviceScaleFactor,
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

// Test content made by the project's own native tools (build/native/tools), once per build.
export function ensureFixtures() {
  fs.mkdirSync(fixturesDir, { recursive: true });
  const markers = path.join(fixturesDir, 'markers.jpg');
  if (!fs.existsSync(markers)) execFileSync(path.join(nativeBin, 'shotscape-make-test-panorama'), [markers, '4096']);
  return { markers: JSON.parse(fs.readFileSync(path.join(fixturesDir, 'markers.json'), 'utf8')) };
}

// The site under test: build/web from the project's small Node server, or, with
// SHOTSCAPE_SERVER=nginx (ctest label `nginx`), the `make dist` output from nginx with the shipped
// configuration (deploy/nginx/). Only a Content-Security-Policy header can be added there.
export const serverKind = process.env.SHOTSCAPE_SERVER || 'node';
export async function serveSite(options = {}) {
  const mounts = { '/fixtures': fixturesDir, ...(options.mounts || {}) };
  const headers = { ...(options.headers || {}) };
  // cors: the headers a CDN sends so pages on other origins can use the player's files (nginx
  // always sends them: deploy/nginx/shotscape-headers.conf).
  if (options.cors && serverKind !== 'nginx') headers['Access-Control-Allow-Origin'] = '*';
  if (serverKind === 'nginx') {
    const { startNginx } = await import('./nginx.mjs');
    const other = Object.keys(headers).filter((h) => h.toLowerCase() !== 'content-security-policy');
    if (other.length) throw new Error(`serveSite: nginx sets no ${other.join(', ')} header`);
    return startNginx({ root: webRoot, mounts, csp: headers['Content-Security-Policy'] || '' });
  }
  return startServer({ root: webRoot, mounts, headers });
}

// A real slow network for the page (Chromium's own throttling through CDP), HTTP cache off.
// Returns a function that lifts it.
export async function throttle(page, { kibPerSecond, latencyMs }) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const bytes = kibPerSecond * 1024;
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: latencyMs, downloadThroughput: bytes, uploadThroughput: bytes });
  return () => cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
}

// Collects console messages and page errors so tests can assert there were none.
export function watchPage(page) {
  const log = { errors: [], warnings: [], console: [] };
  page.on('pageerror', (e) => log.errors.push(String(e && e.stack || e)));
  page.on('console', (m) => {
    log.console.push(`${m.type()}: ${m.text()}`);
    if (m.type() === 'warning') log.warnings.push(m.text());
    if (m.type() === 'error') log.errors.push(m.text());
  });
  return log;
}

// Records every player event from the first moment (before the module loads).
export async function recordEvents(page) {
  await page.addInitScript(() => {
    window.__shotscapeEvents = [];
    for (const type of ['ready', 'error', 'viewchange', 'hotspotopen', 'hotspotclose', 'captionchange', 'captionstylechange']) {
      document.addEventListener(type, (e) => {
        if (!e.target || e.target.localName !== 'shotscape-player') return;
        window.__shotscapeEvents.push({ type, detail: e.detail, t: performance.now() });
      }, true);
    }
  });
}

export async function waitForEvent(page, type, timeoutMs = 30000) {
  await page.waitForFunction((type) => window.__shotscapeEvents.some((e) => e.type === type), type, { timeout: timeoutMs });
  return page.evaluate((type) => window.__shotscapeEvents.find((e) => e.type === type).detail, type);
}

// Decodes a PNG screenshot in the page (no extra npm dependency) and returns its RGBA pixels.
export async function screenshotPixels(page) {
  const png = await page.screenshot({ type: 'png' });
  return { ...(await decodeImage(page, png, 'image/png')), png };
}

// Decodes image bytes (PNG, JPEG) with the page's own decoder → {width, height, data: RGBA}.
export async function decodeImage(page, bytes, type) {
  const decoded = await page.evaluate(async ([b64, type]) => {
    const blob = await (await fetch(`data:${type};base64,${b64}`)).blob();
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(bitmap, 0, 0);
    const img = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    const url = await new Promise((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result);
      reader.readAsDataURL(new Blob([img.data]));
    });
    return { width: img.width, height: img.height, b64: url.slice(url.indexOf(',') + 1) };
  }, [Buffer.from(bytes).toString('base64'), type]);
  return { width: decoded.width, height: decoded.height, data: new Uint8Array(Buffer.from(decoded.b64, 'base64')) };
}

// view.hfov is the field across the longer side (the player's stats().fov, or getView().hfov on a
// landscape page); shift the lens shift ([stats().lensShiftX, stats().lensShiftY]) while a panel is open.
// `view.projection`: the lens (rectilinear when not given).
export function projectPoints(view, width, height, points, shift = [0, 0]) {
  const args = ['--shift', shift[0], shift[1], '--projection', view.projection || 'rectilinear', view.yaw, view.pitch, view.hfov, width, height].map(String);
  for (const p of points) args.push(String(p.yaw), String(p.pitch));
  return JSON.parse(execFileSync(path.join(nativeBin, 'shotscape-project'), args, { encoding: 'utf8' }));
}

// `ready` fires with the first frame, which may show the small preview; pixel checks wait for the
// full-resolution texture.
export async function waitForFullResolution(page, timeoutMs = 30000) {
  await page.waitForFunction(() => {
    // The demo page creates its element once the module has read the URL: it may not exist yet.
    const el = document.querySelector('shotscape-player');
    const s = el && el.stats();
    return s && s.status === 'ready' && s.fullResolutionMs > 0;
  }, null, { timeout: timeoutMs });
}

// Centroid of the pixels near `centre` whose colour is within `tolerance` of rgb.
export function findBlob(shot, centre, rgb, radius = 45, tolerance = 70) {
  let sx = 0, sy = 0, n = 0;
  const x0 = Math.max(0, Math.floor(centre[0] - radius)), x1 = Math.min(shot.width - 1, Math.ceil(centre[0] + radius));
  const y0 = Math.max(0, Math.floor(centre[1] - radius)), y1 = Math.min(shot.height - 1, Math.ceil(centre[1] + radius));
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const i = (y * shot.width + x) * 4;
      const d = Math.abs(shot.data[i] - rgb[0]) + Math.abs(shot.data[i + 1] - rgb[1]) + Math.abs(shot.data[i + 2] - rgb[2]);
      if (d < tolerance) { sx += x + 0.5; sy += y + 0.5; n++; }
    }
  }
  return n ? { x: sx / n, y: sy / n, count: n } : null;
}


// Registers the usual before/after hooks of a browser test file: fixtures, a server on
// 127.0.0.1 and a browser. Returns an object whose fields are filled in before the first test.
export function browserSuite(options = {}) {
  const suite = {};
  before(async () => {
    suite.fixtures = ensureFixtures();
    if (options.setup) options.setup();
    suite.server = await serveSite(options.serve || {});
    suite.browser = await launchBrowser();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}

// Every test-panorama marker that the core's projection puts inside the viewport (with a margin),
// with the centroid found on screen: [{marker, predicted: [x, y], blob, error}].
export function markersOnScreen(shot, view, markers) {
  const predicted = projectPoints(view, shot.width, shot.height, markers);
  const out = [];
  markers.forEach((marker, i) => {
    const p = predicted[i];
    if (!p || p[0] < 30 || p[1] < 30 || p[0] > shot.width - 30 || p[1] > shot.height - 30) return;
    const blob = findBlob(shot, p, marker.rgb);
    out.push({ marker, predicted: p, blob, error: blob ? Math.hypot(blob.x - p[0], blob.y - p[1]) : Infinity });
  });
  return out;
}

// Clicks one of the chrome's buttons (stats().controlRects: share, reset, projection, motion,
// fullscreen) as a person does: the pointer arrives, rests, presses and releases over a few
// frames, so the in-canvas interface sees hover, press and release in frames of their own.
// A bar that has just gained a button is laid out again in the next frame: the rectangle is taken
// once two readings agree.
export async function clickControl(page, name, selector = 'shotscape-player') {
  const read = () => page.evaluate(([sel, name]) => document.querySelector(sel).stats().controlRects[name], [selector, name]);
  let r = await read();
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(100);
    const again = await read();
    if (r && again && JSON.stringify(r) === JSON.stringify(again)) break;
    r = again;
  }
  if (!r) throw new Error(`no ${name} button on screen`);
  const box = await page.locator(`${selector} canvas`).boundingBox();
  // Each step waits for a frame drawn after it (a loaded machine may take longer than a fixed pause).
  const frames = () => page.evaluate((sel) => document.querySelector(sel).stats().framesDrawn, selector);
  const nextFrame = async () => {
    const drawn = await frames();
    await page.waitForFunction(([sel, drawn]) => document.querySelector(sel).stats().framesDrawn > drawn, [selector, drawn], { timeout: 5000 }).catch(() => {});
  };
  await page.mouse.move(box.x + r.x + r.w / 2, box.y + r.y + r.h / 2);
  await page.waitForTimeout(50);
  await nextFrame();
  await page.mouse.down();
  await nextFrame();
  await page.mouse.up();
}
