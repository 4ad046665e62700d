// The iframe embed and its postMessage API: a host page on another origin (another port on
// 127.0.0.1) drives embed.html through web/shotscape-frame.js and hears its events; messages with
// unknown commands or wrong arguments are answered with the reason; a page whose origin is not
// allowed is ignored (console warning in the player, nothing in the host page).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { browserSuite, fixturesDir, watchPage, webRoot } from './harness.mjs';
import { startServer } from '../../tools/serve.mjs';

const suite = browserSuite({
  setup() {
    // A video that ends (the demo's loops).
    fs.writeFileSync(path.join(fixturesDir, 'embed-video.json'), JSON.stringify({
      title: 'Ending video',
      scene: { id: 'v', type: 'equirect-video', sources: [{ src: '/demo/video/apartment.mp4' }], loop: false },
    }));
  },
});
let host, other;
before(async () => {
  host = await startServer({ root: webRoot });
  other = await startServer({ root: webRoot });
});
after(async () => { await host?.close(); await other?.close(); });

// The shipped example page (web/embed-example.html) as the host: served by another server (another
// origin) unless said otherwise, with the player from the suite's server.
function hostPage(embedQuery) {
  const player = encodeURIComponent(suite.server.url);
  return `embed-example.html?player=${player}&embed=${encodeURIComponent(embedQuery)}`;
}

async function openHost(server, name) {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await page.goto(`${server.url}${name}`);
  await page.waitForFunction(() => window.frame); // the page loads the helper from the player's origin
  return { page, log };
}

const waitForHostEvent = (page, type, predicate = 'true') =>
  page.waitForFunction(([type, predicate]) => window.events.some((e) => e.type === type && new Function('d', `return ${predicate}`)(e.detail)),
    [type, predicate], { timeout: 30000 });

test('a host page on another origin drives the player through postMessage and hears its events', async () => {
  const { page, log } = await openHost(host, hostPage(`manifest=demo/manifest.json&origins=${encodeURIComponent(host.url.replace(/\/$/, ''))}`));
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
    { shotscape: 1, reply: 'x1', error: '/command: unknown command "explode" (expected one of play, pause, seek, setView, getView, openHotspot, closeHotspot, setCaptionLanguage, getState, setScene, back, setProjection, orientation)' },
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
  const { page, log } = await openHost(host, hostPage(
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
  const { page } = await openHost(host, hostPage(`manifest=fixtures/no-such-manifest.json&origins=${encodeURIComponent(host.url.replace(/\/$/, ''))}`));
  await waitForHostEvent(page, 'error', "/no-such-manifest\\.json/.test(d.message + ' ' + (d.url || ''))");
  const state = await page.evaluate(() => frame.getState());
  assert.equal(state.ready, false);
  assert.match(state.error, /no-such-manifest\.json/);
  await page.close();
});

test('a page whose origin is not allowed is ignored, with warnings in the player and silence in the host', async () => {
  // Default allowlist: the player's own origin only. The host page on `other` is not in it.
  const { page, log } = await openHost(other, hostPage('manifest=demo/manifest.json'));
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
  // The two above, and the helper's own getState: it asks when created (the iframe may be loaded
  // already) and on the iframe's load event, and whether the first question reaches the page depends
  // on how far the iframe had got: one or two of them arrive.
  const ignored = log.warnings.filter((w) => w === `shotscape: ignored a message from ${other_}: not in this player's \`origins\` (own origin only)`).length;
  assert.ok(ignored === 3 || ignored === 4, `${ignored} ignored: ${JSON.stringify(log.warnings)}`);
  assert.equal(log.warnings.filter((w) => w.startsWith(`shotscape: the embedding page (${other_}) is not in this player's`)).length, 1);
  assert.deepEqual(log.errors, []);
  await page.close();

  // The same page on the player's own origin is obeyed without any `origins`.
  const same = await openHost(suite.server, 'embed-example.html'); // its defaults: the player beside it, the demo shot
  await same.page.evaluate(() => frame.ready);
  assert.deepEqual(await same.page.evaluate(() => frame.setView({ yaw: 90 }).then((v) => v.yaw)), 90);
  assert.deepEqual(same.log.errors, []);
  await same.page.close();
});
