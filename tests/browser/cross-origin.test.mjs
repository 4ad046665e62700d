// The script-tag embed from a CDN: a host page on one origin (a port of 127.0.0.1) loads
// shotscape-player.js from the player's server on another origin, which sends CORS headers as CDNs
// do. Three players, all `ready`, the one off screen started when scrolled to; the decoder worker is
// started from a blob: copy of its script (a worker cannot come from another origin). Under a host
// page's strict Content-Security-Policy without blob: workers, decoding falls back to the page.
// With SHOTSCAPE_SERVER=nginx the player's origin is nginx serving the dist.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { browserSuite, fixturesDir, serverKind, watchPage } from './harness.mjs';
import { startServer } from '../../tools/serve.mjs';

const suite = browserSuite({
  serve: { cors: true },
  setup() {
    const small = path.join(fixturesDir, 'small.jpg');
    if (!fs.existsSync(small)) execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc2=s=512x256', '-frames:v', '1', small]);
  },
});
let hostDir, host;
before(async () => {
  hostDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shotscape-host-'));
  host = await startServer({ root: hostDir });
});
after(async () => {
  await host?.close();
  if (hostDir) fs.rmSync(hostDir, { recursive: true, force: true });
});

// The host page: the README's script-tag embed with absolute URLs on the player's origin.
function writeHostPage(name, { csp } = {}) {
  const cdn = suite.server.url;
  const origin = cdn.replace(/\/$/, '');
  // A stylesheet file, not a <style>: the strict policy allows no inline style.
  fs.writeFileSync(path.join(hostDir, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>');
  fs.writeFileSync(path.join(hostDir, 'host.css'), 'body{margin:0} shotscape-player{display:inline-block;width:560px;height:320px} .below{margin-top:3000px}');
  const meta = csp ? `<meta http-equiv="Content-Security-Policy" content="${csp.replaceAll('PLAYER', origin)}">` : '';
  fs.writeFileSync(path.join(hostDir, name), `<!doctype html><html lang="en"><meta charset="utf-8">${meta}
<title>A page on another origin</title><link rel="icon" href="icon.svg">
<script src="${cdn}shotscape-player.js"></script>
<link rel="stylesheet" href="host.css">
<body>
<shotscape-player id="a" manifest="${cdn}demo/manifest.json"></shotscape-player>
<shotscape-player id="b" panorama="${cdn}fixtures/small.jpg?player=b" yaw="30"></shotscape-player>
<div class="below"><shotscape-player id="c" panorama="${cdn}fixtures/small.jpg?player=c" yaw="90"></shotscape-player></div>
</body></html>`);
  return `${host.url}${name}`;
}

async function openHost(url) {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  const requests = [];
  page.on('request', (r) => requests.push({ url: r.url(), t: Date.now() }));
  const encodings = {};
  page.on('response', async (r) => {
    const m = /\/(shotscape)[.0-9a-f]*\.(wasm|js)$/.exec(new URL(r.url()).pathname);
    if (m) encodings[`${m[1]}.${m[2]}`] = (await r.allHeaders())['content-encoding'] || 'identity';
  });
  await page.addInitScript(() => {
    window.__ready = new Set();
    window.__errors = [];
    window.__violations = [];
    document.addEventListener('ready', (e) => window.__ready.add(e.target.id), true);
    document.addEventListener('error', (e) => { if (e.target.id) window.__errors.push(`${e.target.id}: ${e.detail && e.detail.message}`); }, true);
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  await page.goto(url);
  return { page, log, requests, encodings };
}

// expected: console errors the test provokes on purpose.
async function threePlayers({ page, log, requests, encodings }, expected = /^$/) {
  assert.notEqual(new URL(page.url()).origin, new URL(suite.server.url).origin, 'the page and the player are on two origins');
  await page.waitForFunction(() => (window.__ready.has('a') && window.__ready.has('b')) || window.__errors.length, null, { timeout: 30000 });
  assert.deepEqual(await page.evaluate(() => window.__errors), []);
  assert.equal(await page.evaluate(() => document.getElementById('c').stats()), null, 'the player below the fold has not started');
  assert.ok(!requests.some((r) => r.url.includes('player=c')), 'nor fetched its panorama');
  const scrolledAt = Date.now();
  await page.evaluate(() => document.getElementById('c').scrollIntoView());
  await page.waitForFunction(() => window.__ready.has('c') || window.__errors.length, null, { timeout: 30000 });
  assert.deepEqual(await page.evaluate(() => window.__errors), []);
  const fetched = requests.find((r) => r.url.includes('player=c'));
  assert.ok(fetched && fetched.t >= scrolledAt, 'the third panorama was fetched once scrolled into view');
  // Each shows its full-resolution panorama, at its own view.
  await page.waitForFunction(() => ['a', 'b', 'c'].every((id) => document.getElementById(id).stats().fullResolutionMs > 0), null, { timeout: 30000 });
  assert.deepEqual(await page.evaluate(() => ['b', 'c'].map((id) => document.getElementById(id).getView().yaw)), [30, 90]);
  // The interface font came too (the overlay draws text with it).
  assert.ok(await page.evaluate(() => document.getElementById('a').stats().overlayDrawCalls > 0));
  assert.ok(requests.some((r) => /shotscape-inter-regular[.a-f0-9]*\.otf$/.test(r.url) && r.url.startsWith(suite.server.url)));
  assert.deepEqual(log.errors.filter((e) => !expected.test(e)), []);
  // From nginx the browser gets the module from its brotli twin (and compiles it).
  if (serverKind === 'nginx') assert.deepEqual(encodings, { 'shotscape.wasm': 'br', 'shotscape.js': 'br' });
  return page.evaluate(() => document.getElementById('a').stats().decoder);
}

test('a page on another origin embeds three players from the player\'s origin with one script tag', async () => {
  const opened = await openHost(writeHostPage('three.html'));
  assert.equal(await threePlayers(opened), 'blob-worker', 'the decoder runs in a worker started from a blob: URL');
  assert.deepEqual(await opened.page.evaluate(() => window.__violations), []);
  await opened.page.close();
});

test('under the host page\'s strict CSP without blob: workers, decoding falls back to the page and all three still start', async () => {
  const csp = "default-src 'self'; script-src 'self' PLAYER 'wasm-unsafe-eval'; connect-src 'self' PLAYER; " +
    "style-src 'self' PLAYER; img-src 'self' PLAYER; media-src 'self' PLAYER; object-src 'none'";
  const opened = await openHost(writeHostPage('strict.html', { csp }));
  assert.equal(await threePlayers(opened, /^Creating a worker from 'blob:/), 'page', 'the decoder runs on the page');
  // The one refusal is the blob: worker the player tried first.
  const violations = await opened.page.evaluate(() => window.__violations);
  assert.ok(violations.every((v) => /^worker-src blob/.test(v)), JSON.stringify(violations));
  await opened.page.close();
});

test('on its own origin the element starts its decoder worker from the script itself', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  fs.writeFileSync(path.join(fixturesDir, 'same-origin.html'), '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">' +
    '<script src="/shotscape-player.js"></script><shotscape-player panorama="/fixtures/small.jpg" style="width:400px;height:240px"></shotscape-player>');
  await page.goto(`${suite.server.url}fixtures/same-origin.html`);
  await page.waitForFunction(() => { const s = document.querySelector('shotscape-player').stats(); return s && s.fullResolutionMs > 0; }, null, { timeout: 30000 });
  assert.equal(await page.evaluate(() => document.querySelector('shotscape-player').stats().decoder), 'worker');
  assert.deepEqual(log.errors, []);
  await page.close();
});
