// The iframe embed and its postMessage API: a host page on another origin (another port on
// 127.0.0.1) drives embed.html through web/shotscape-frame.js and hears its events; messages with
// unknown commands or wrong arguments are answered with the reason; a page whose origin is not
// allowed is ignored (console warning in the player, nothing in the host page).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { browserSuite, fixturesDir, watchPage } from './harness.mjs';
import { startServer } from '../../tools/serve.mjs';

const hostDir = path.join(fixturesDir, 'embed-host');
const suite = browserSuite({
  setup() {
    fs.mkdirSync(hostDir, { recursive: true });
    // A video that ends (the demo's loops).
    fs.writeFileSync(path.join(fixturesDir, 'embed-video.json'), JSON.stringify({
      title: 'Ending video',
      scene: { id: 'v', type: 'equirect-video', sources: [{ src: '/demo/video/apartment.mp4' }], loop: false },
    }));
  },
});
let host, other;
before(async () => {
  host = await startServer({ root: hostDir });
  other = await startServer({ root: hostDir });
});
after(async () => { await host?.close(); await other?.close(); });

const EVENTS = ['ready', 'viewchange', 'timeupdate', 'play', 'pause', 'ended', 'hotspotopen', 'hotspotclose', 'captionchange', 'error'];

// A host page (written to the host servers' folder) with one iframe on the player's origin.
function hostPage(name, query) {
  const player = suite.server.url.replace(/\/$/, '');
  fs.writeFileSync(path.join(hostDir, name), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Studio Nine — behind the shot</title><link rel="icon" href="data:,">
<style>
  body { margin: 0; font: 15px/1.45 system-ui, sans-serif; background: #f3efe6; color: #1f1d1a; }
  header { padding: 18px 28px; background: #1f1d1a; color: #f3efe6; }
  header h1 { margin: 0; font-size: 22px; } header p { margin: 4px 0 0; opacity: .7; font-size: 13px; }
  main { display: grid; grid-template-columns: minmax(0, 1fr) 300px; gap: 20px; padding: 20px 28px; }
  .frame { aspect-ratio: 16 / 9; border-radius: 10px; overflow: hidden; box-shadow: 0 6px 24px #0003; }
  iframe { width: 100%; height: 100%; border: 0; display: block; }
  .controls { margin-top: 12px; display: flex; gap: 8px; flex-wrap: wrap; }
  button { font: inherit; padding: 6px 12px; border-radius: 6px; border: 1px solid #1f1d1a33; background: #fff; cursor: pointer; }
  aside h2 { margin: 0 0 8px; font-size: 15px; }
  #log { margin: 0; padding: 10px 10px 10px 30px; background: #fff; border-radius: 8px; font: 12px/1.5 ui-monospace, monospace;
         height: 380px; overflow: auto; }
</style></head>
<body>
<header><h1>Behind the shot: the window</h1><p>Host page on <span id="origin"></span> · player from ${player}</p></header>
<main>
  <div>
    <div class="frame"><iframe id="shot" title="360° shot" allow="autoplay; fullscreen; clipboard-write"
      src="${player}/embed.html?${query}"></iframe></div>
    <div class="controls">
      <button onclick="frame.setView({ yaw: -60, pitch: 0, hfov: 80 })">Look at the window</button>
      <button onclick="frame.openHotspot('window')">Open “The window”</button>
      <button onclick="frame.closeHotspot()">Close</button>
      <button onclick="frame.setCaptionLanguage('fr')">Captions: français</button>
    </div>
  </div>
  <aside><h2>Events from the player</h2><ol id="log"></ol></aside>
</main>
<script src="${player}/shotscape-frame.js"></script>
<script>
  document.getElementById('origin').textContent = location.origin;
  window.events = [];
  window.raw = [];
  window.addEventListener('message', (e) => raw.push({ origin: e.origin, data: e.data }));
  const frame = window.frame = new ShotscapeFrame(document.getElementById('shot'));
  const log = document.getElementById('log');
  ${JSON.stringify(EVENTS)}.forEach((type) => frame.on(type, (detail) => {
    events.push({ type, detail });
    const text = type + ' ' + (detail ? JSON.stringify(detail, (k, v) => typeof v === 'number' ? Math.round(v * 10) / 10 : v) : '');
    const last = log.lastElementChild;
    if (last && last.dataset.type === type && (type === 'viewchange' || type === 'timeupdate')) last.textContent = text;
    else { const li = document.createElement('li'); li.dataset.type = type; li.textContent = text; log.append(li); }
    log.scrollTop = log.scrollHeight;
  }));
</script>
</body></html>`);
  return name;
}

async function openHost(server, name) {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await page.goto(`${server.url}${name}`);
  return { page, log };
}

const waitForHostEvent = (page, type, predicate = 'true') =>
  page.waitForFunction(([type, predicate]) => window.events.some((e) => e.type === type && new Function('d', `return ${predicate}`)(e.detail)),
    [type, predicate], { timeout: 30000 });

test('a host page on another origin drives the player through postMessage and hears its events', async () => {
  const { page, log } = await openHost(host, hostPage('image.html', `manifest=demo/manifest.json&origins=${encodeURIComponent(host.url.replace(/\/$/, ''))}`));
  await page.evaluate(() => frame.ready);
  assert.ok(await page.evaluate(() => events.some((e) => e.type === 'ready')), 'ready event');

  const view = await page.evaluate(() => frame.setView({ yaw: -60, pitch: 4.5, hfov: 75 }));
  assert.deepEqual(view, { yaw: -60, pitch: 4.5, hfov: 75 });
  await waitForHostEvent(page, 'viewchange', 'd.yaw === -60 && d.pitch === 4.5 && d.hfov === 75');
  assert.deepEqual(await page.evaluate(() => frame.getView()), { yaw: -60, pitch: 4.5, hfov: 75 });

  assert.equal(await page.evaluate(() => frame.openHotspot('window')), true);
  await waitForHostEvent(page, 'hotspotopen', "d.id === 'window' && d.by === 'api'");
  assert.equal(await page.evaluate(() => frame.setCaptionLanguage('fr')), true);
  await waitForHostEvent(page, 'captionchange', "d && /La fenêtre|Chaque|Anton Veil m/.test(d.text || '')");
  const state = await page.evaluate(() => frame.getState());
  assert.equal(state.ready, true);
  assert.equal(state.hotspot, 'window');
  await page.waitForTimeout(1500); // the glide to the hotspot (at most 1.2 s) is over
  fs.mkdirSync(path.join(fixturesDir, 'screenshots'), { recursive: true });
  await page.screenshot({ path: path.join(fixturesDir, 'screenshots', 'embed-host.png') });
  await page.evaluate(() => frame.closeHotspot());
  await waitForHostEvent(page, 'hotspotclose', "d.id === 'window'");
  assert.equal(await page.evaluate(() => frame.openHotspot('no-such-hotspot')), false);

  // Wrong messages: answered with the reason (when they carry an id), warned about in the player,
  // nothing thrown in the host page.
  const before = await page.evaluate(() => frame.getView());
  const rejected = await page.evaluate(() => frame.seek('abc').then(() => 'resolved', (e) => e.message));
  assert.equal(rejected, '/args/0: expected seconds (a number >= 0)');
  await page.evaluate(() => {
    const win = document.getElementById('shot').contentWindow, to = new URL(document.getElementById('shot').src).origin;
    win.postMessage({ shotscape: 1, command: 'explode', id: 'x1' }, to);
    win.postMessage({ shotscape: 1, command: 'setView', args: [{ yaw: 'left' }], id: 'x2' }, to);
    win.postMessage({ shotscape: 1, command: 'openHotspot', args: [42] }, to); // no id: a warning only
    win.postMessage('a string from another script', to);
    win.postMessage({ type: 'someone-else' }, to);
  });
  await page.waitForFunction(() => ['x1', 'x2'].every((id) => raw.some((m) => m.data && m.data.reply === id)));
  const replies = await page.evaluate(() => raw.filter((m) => m.data && typeof m.data.reply === 'string').map((m) => m.data));
  assert.deepEqual(replies, [
    { shotscape: 1, reply: 'x1', error: '/command: unknown command "explode" (expected one of play, pause, seek, setView, getView, openHotspot, closeHotspot, setCaptionLanguage, getState)' },
    { shotscape: 1, reply: 'x2', error: '/args/0/yaw: expected a number of degrees' },
  ]);
  await page.waitForTimeout(300);
  const warnings = log.warnings.filter((w) => w.startsWith('shotscape: ignored a message'));
  assert.equal(warnings.length, 4, JSON.stringify(log.warnings)); // seek('abc'), x1, x2, openHotspot(42)
  assert.ok(warnings.some((w) => w.includes('/args/0: expected a hotspot id')), JSON.stringify(warnings));
  assert.deepEqual(log.errors, [], JSON.stringify(log.console));
  assert.deepEqual(await page.evaluate(() => frame.getView()), before, 'bad messages changed nothing');

  // Responsive: the player follows its frame's size.
  const embed = page.frames().find((f) => f.url().includes('/embed.html'));
  await page.evaluate(() => { document.querySelector('.frame').style.width = '480px'; });
  await embed.waitForFunction(() => document.querySelector('shotscape-player').shadowRoot.querySelector('canvas').width === 480);
  const height = await embed.evaluate(() => document.querySelector('shotscape-player').shadowRoot.querySelector('canvas').height);
  assert.equal(height, 270, '16:9 frame → 480×270 canvas');
  await page.close();
});

test('video through postMessage: seek, play, timeupdate, pause, ended', async () => {
  const { page, log } = await openHost(host, hostPage('video.html',
    `manifest=fixtures/embed-video.json&autoplay=0&origins=${encodeURIComponent(host.url.replace(/\/$/, ''))}`));
  await page.evaluate(() => frame.ready);
  await page.evaluate(() => frame.seek(5));
  await page.waitForFunction(() => frame.getState().then((s) => Math.abs(s.currentTime - 5) <= 1 / 24 + 1e-3), null, { timeout: 20000, polling: 200 });
  await page.evaluate(() => frame.play());
  await waitForHostEvent(page, 'play');
  await waitForHostEvent(page, 'timeupdate', 'd.currentTime > 5.2');
  await page.evaluate(() => frame.pause());
  await waitForHostEvent(page, 'pause');
  const paused = await page.evaluate(() => frame.getState());
  assert.equal(paused.paused, true);
  assert.ok(Math.abs(paused.duration - 24) < 0.1, `duration ${paused.duration}`);
  await page.evaluate(() => frame.seek(23.4).then(() => frame.play()));
  await waitForHostEvent(page, 'ended');
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('a missing manifest reaches the host page as an error event', async () => {
  const { page } = await openHost(host, hostPage('missing.html', `manifest=fixtures/no-such-manifest.json&origins=${encodeURIComponent(host.url.replace(/\/$/, ''))}`));
  await waitForHostEvent(page, 'error', "/no-such-manifest\\.json/.test(d.message + ' ' + (d.url || ''))");
  const state = await page.evaluate(() => frame.getState());
  assert.equal(state.ready, false);
  assert.match(state.error, /no-such-manifest\.json/);
  await page.close();
});

test('a page whose origin is not allowed is ignored, with warnings in the player and silence in the host', async () => {
  // Default allowlist: the player's own origin only. The host page on `other` is not in it.
  const { page, log } = await openHost(other, hostPage('refused.html', 'manifest=demo/manifest.json'));
  const embed = () => page.frames().find((f) => f.url().includes('/embed.html'));
  await page.waitForFunction(() => document.getElementById('shot').contentWindow !== null);
  await page.waitForTimeout(200);
  await embed().waitForFunction(() => { const p = document.querySelector('shotscape-player'); return p && p.stats() && p.stats().status === 'ready'; }, null, { timeout: 30000 });
  await page.evaluate(() => {
    const win = document.getElementById('shot').contentWindow, to = new URL(document.getElementById('shot').src).origin;
    win.postMessage({ shotscape: 1, command: 'setView', args: [{ yaw: 90 }], id: 1 }, to);
    win.postMessage({ shotscape: 1, command: 'openHotspot', args: ['window'], id: 2 }, to);
  });
  await page.waitForTimeout(1000);
  const view = await embed().evaluate(() => document.querySelector('shotscape-player').getView());
  assert.notEqual(view.yaw, 90, 'the command was not obeyed');
  assert.equal(await embed().evaluate(() => document.querySelector('shotscape-player').stats().hotspot), '');
  assert.deepEqual(await page.evaluate(() => raw.length), 0, 'no replies and no events to a page that is not allowed');
  const other_ = other.url.replace(/\/$/, '');
  // Three: the helper's own getState on load, then the two above.
  assert.equal(log.warnings.filter((w) => w === `shotscape: ignored a message from ${other_}: not in this player's \`origins\` (own origin only)`).length, 3,
    JSON.stringify(log.warnings));
  assert.equal(log.warnings.filter((w) => w.startsWith(`shotscape: the embedding page (${other_}) is not in this player's`)).length, 1);
  assert.deepEqual(log.errors, []);
  await page.close();

  // The same page on the player's own origin is obeyed without any `origins`.
  const same = await openHost(suite.server, `fixtures/embed-host/${hostPage('same.html', 'manifest=demo/manifest.json')}`);
  await same.page.evaluate(() => frame.ready);
  assert.deepEqual(await same.page.evaluate(() => frame.setView({ yaw: 90 }).then((v) => v.yaw)), 90);
  assert.deepEqual(same.log.errors, []);
  await same.page.close();
});
