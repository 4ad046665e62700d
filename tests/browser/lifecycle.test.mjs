// Creating and removing the player element 100 times — each time loading a scene and opening a
// hotspot with commentary audio and a clip — leaves no growth in live WebGL contexts, event
// listeners, media elements or wasm memory beyond a small bound. Three players on one page work
// independently; one off screen starts when scrolled into view; removing one releases its share.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { browserSuite, fixturesDir, watchPage } from './harness.mjs';

const CYCLES = 50;
const suite = browserSuite({
  setup() {
    const small = path.join(fixturesDir, 'small.jpg');
    if (!fs.existsSync(small)) execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc2=s=512x256', '-frames:v', '1', small]);
    fs.writeFileSync(path.join(fixturesDir, 'lifecycle.json'), JSON.stringify({
      title: 'Lifecycle', scene: { type: 'equirect-image', src: 'small.jpg', audio: { src: '/demo/room-tone.m4a' },
        hotspots: [{ id: 'h', yaw: 0, pitch: 0, label: 'H',
          commentary: { audio: '/demo/commentary/lamp.m4a', captions: [{ lang: 'en', label: 'English', src: '/demo/commentary/lamp.en.vtt' }] },
          influence: { auteur: 'A', film: 'F', year: 1950, media: { type: 'video', src: '/demo/influence/swinging-lamp.mp4' } } }] },
    }));
    // Three players: two side by side on screen, one far below the fold.
    fs.writeFileSync(path.join(fixturesDir, 'three.html'), '<!doctype html><meta charset="utf-8"><link rel="icon" href="/favicon.svg">' +
      '<script src="/shotscape-player.js"></script><style>body{margin:0} shotscape-player{display:inline-block;width:600px;height:340px}' +
      '.below{margin-top:3000px}</style><body>' +
      '<shotscape-player id="a" manifest="/fixtures/lifecycle.json"></shotscape-player>' +
      '<shotscape-player id="b" manifest="/demo/manifest.json"></shotscape-player>' +
      '<div class="below"><shotscape-player id="c" panorama="/fixtures/small.jpg?player=c" yaw="90"></shotscape-player></div></body>');
    fs.writeFileSync(path.join(fixturesDir, 'host.html'), '<!doctype html><meta charset="utf-8"><link rel="icon" href="/favicon.svg"><script src="/shotscape-player.js"></script>' +
      '<style>shotscape-player{width:640px;height:360px}</style><body></body>');
  },
});

// Counts what a page holds: WebGL contexts not lost, listeners added and not removed, media
// elements still holding a source.
const INSTRUMENT = () => {
  const contexts = [];
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    const ctx = getContext.call(this, type, ...rest);
    if (ctx && /webgl/.test(type) && !contexts.includes(ctx)) contexts.push(ctx);
    return ctx;
  };
  const listeners = new Map();
  const key = (target, type, fn, options) => [target, type, fn, typeof options === 'boolean' ? options : !!(options && options.capture)];
  const add = EventTarget.prototype.addEventListener, remove = EventTarget.prototype.removeEventListener;
  const find = (k) => [...listeners.keys()].find((x) => x.every((v, i) => v === k[i]));
  EventTarget.prototype.addEventListener = function (type, fn, options) {
    const k = key(this, type, fn, options);
    if (!find(k)) listeners.set(k, true);
    return add.call(this, type, fn, options);
  };
  EventTarget.prototype.removeEventListener = function (type, fn, options) {
    const k = find(key(this, type, fn, options));
    if (k) listeners.delete(k);
    return remove.call(this, type, fn, options);
  };
  const media = [];
  const createElement = Document.prototype.createElement;
  Document.prototype.createElement = function (name, ...rest) {
    const el = createElement.call(this, name, ...rest);
    if (/^(audio|video)$/i.test(name)) media.push(el);
    return el;
  };
  window.__counts = () => ({
    contexts: contexts.filter((c) => !c.isContextLost()).length,
    // Listeners on long-lived targets (the window, the document): a player's own elements go
    // away with it, these would not.
    globalListeners: [...listeners.keys()].filter(([t]) => t === window || t === document).length,
    media: media.filter((m) => m.isConnected || m.getAttribute('src')).length,
    mediaCreated: media.length,
    heapBytes: window.__heapBytes(),
  });
  window.__heapBytes = () => {
    const el = document.querySelector('shotscape-player');
    return el && el._module ? el._module.HEAP8.length : window.__lastHeap || 0;
  };
};

test(`creating and removing the player ${CYCLES} times leaks no contexts, listeners, media or memory`, async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await page.addInitScript(INSTRUMENT);
  await page.goto(`${suite.server.url}fixtures/host.html`);
  const samples = [];
  for (let i = 0; i < CYCLES; i++) {
    await page.evaluate(() => new Promise((resolve, reject) => {
      const el = document.createElement('shotscape-player');
      el.addEventListener('error', (e) => reject(new Error(e.detail.message)));
      el.addEventListener('ready', () => {
        el.openHotspot('h');
        // Let the media elements start loading before the player goes away.
        setTimeout(() => {
          window.__lastHeap = el._module.HEAP8.length;
          window.__aliveContexts = Math.max(window.__aliveContexts || 0, window.__counts().contexts);
          el.remove();
          resolve();
        }, 150);
      });
      el.setAttribute('manifest', '/fixtures/lifecycle.json');
      document.body.append(el);
    }));
    if (i === 9 || i === CYCLES - 1) samples.push(await page.evaluate(() => window.__counts()));
  }
  const [early, late] = samples;
  console.log(`after 10 players: ${JSON.stringify(early)}; after ${CYCLES}: ${JSON.stringify(late)}`);
  assert.equal(await page.evaluate(() => window.__aliveContexts), 1, 'a live player holds one context (the count works)');
  assert.equal(late.contexts, 0, 'every removed player gave its WebGL context back');
  assert.equal(late.globalListeners, early.globalListeners, 'no listeners left on window or document');
  assert.ok(late.mediaCreated >= CYCLES * 2, `${late.mediaCreated} media elements were created`);
  assert.equal(late.media, 0, 'every media element was detached and emptied');
  assert.ok(late.heapBytes - early.heapBytes <= 4 * 1024 * 1024,
    `wasm memory ${early.heapBytes} → ${late.heapBytes} bytes over ${CYCLES - 10} more players`);
  assert.deepEqual(log.errors, []);
  assert.ok(!log.warnings.some((w) => /Too many active WebGL contexts/.test(w)));
  await page.close();
});

test('three players on one page: independent, the one off screen starts when scrolled to, one removed without leaks', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  const requests = [];
  page.on('request', (r) => requests.push({ url: r.url(), t: Date.now() }));
  await page.addInitScript(INSTRUMENT);
  await page.addInitScript(() => {
    window.__ready = new Set();
    document.addEventListener('ready', (e) => window.__ready.add(e.target.id), true);
  });
  await page.goto(`${suite.server.url}fixtures/three.html`);
  await page.waitForFunction(() => window.__ready.has('a') && window.__ready.has('b'), null, { timeout: 30000 });
  await page.waitForTimeout(500);
  const player = (id) => `document.getElementById('${id}')`;
  const two = await page.evaluate(() => window.__counts());
  assert.equal(two.contexts, 2, 'two players on screen, two WebGL contexts');
  assert.equal(await page.evaluate(`${player('c')}.stats()`), null, 'the player below the fold has not started');
  assert.ok(!requests.some((r) => r.url.includes('player=c')), 'nor fetched its panorama');

  // Independent: a view set on one and a hotspot opened on another stay where they were put.
  await page.evaluate(`${player('a')}.setView({ yaw: 45, pitch: 10, hfov: 70 })`);
  assert.equal(await page.evaluate(`${player('b')}.openHotspot('window')`), true);
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(`${player('a')}.getView()`), { yaw: 45, pitch: 10, hfov: 70 });
  assert.equal(await page.evaluate(`${player('a')}.stats().hotspot`), '');
  assert.equal(await page.evaluate(`${player('b')}.stats().hotspot`), 'window');

  const scrolledAt = Date.now();
  await page.evaluate(`${player('c')}.scrollIntoView()`);
  await page.waitForFunction(() => window.__ready.has('c'), null, { timeout: 30000 });
  const fetched = requests.find((r) => r.url.includes('player=c'));
  assert.ok(fetched && fetched.t >= scrolledAt, 'the panorama was fetched once scrolled into view');
  assert.deepEqual(await page.evaluate(`${player('c')}.getView()`), { yaw: 90, pitch: 0, hfov: 90 });
  const three = await page.evaluate(() => window.__counts());
  assert.equal(three.contexts, 3);
  assert.ok(three.globalListeners > two.globalListeners, 'the third player added its listeners (the count works)');
  const mediaOfB = await page.evaluate(`${player('b')}.shadowRoot.querySelectorAll('audio, video').length`);
  assert.ok(mediaOfB >= 1, 'B plays its hotspot media');

  await page.evaluate(`${player('b')}.remove()`);
  await page.waitForTimeout(300);
  const after = await page.evaluate(() => window.__counts());
  assert.equal(after.contexts, 2, 'the removed player gave its WebGL context back');
  assert.equal(after.globalListeners, two.globalListeners, 'two players again: as many window/document listeners as before');
  assert.equal(after.media, three.media - mediaOfB, 'its media elements were detached and emptied');

  // The other two still work.
  for (const id of ['a', 'c']) {
    const drawn = await page.evaluate(`${player(id)}.stats().framesDrawn`);
    await page.evaluate(`${player(id)}.setView({ yaw: -20 })`);
    await page.waitForFunction((id) => document.getElementById(id).stats().framesDrawn > 0, id);
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(`${player(id)}.getView().yaw`), -20);
    assert.ok(await page.evaluate(`${player(id)}.stats().framesDrawn`) > drawn, `${id} drew the new view`);
  }
  assert.deepEqual(log.errors, []);
  await page.close();
});
