// The hostile-input corpus (tests/hostile/, plus two inputs too big to commit, written here):
// each file is fed to a fresh player in one page — manifests as `manifest`, images as `panorama`,
// audio, clips and captions through a hotspot that is opened — and must end in an `error` event
// with a message, or a clean load where the input is valid; never an uncaught exception or an
// abort, and the page must still respond. Also: manifest text never becomes markup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { browserSuite, fixturesDir, repoRoot, watchPage } from './harness.mjs';

const hostileDir = path.join(repoRoot, 'tests/hostile');
// Inputs that are valid (or that browsers decode anyway) and must load cleanly. invalid-utf8.json
// is one: the browser decodes fetched text with U+FFFD replacements, so the player sees valid
// JSON (the native validator, reading bytes, rejects it).
const VALID = new Set(['bom.json', 'duplicate-keys.json', 'html-label.json', 'long-label.json', 'many-unknown-keys.json',
  'unicode-labels.json', 'invalid-utf8.json', 'png-renamed.jpg', 'broken-timing.vtt']);
// A JPEG cut to 2 %: Chromium may decode what is there (grey below) or refuse it.
const EITHER = new Set(['truncated.jpg']);

const suite = browserSuite({
  serve: { mounts: { '/hostile': hostileDir } },
  setup() {
    fs.writeFileSync(path.join(fixturesDir, 'host.html'), '<!doctype html><meta charset="utf-8"><link rel="icon" href="/favicon.svg"><script src="/shotscape-player.js"></script>' +
      '<style>shotscape-player{width:640px;height:360px}</style><body></body>');
    // Too big to commit: a 10 MB string, and one hotspot over the limit.
    fs.writeFileSync(path.join(fixturesDir, 'hostile-10mb-string.json'),
      JSON.stringify({ title: 'x'.repeat(10 * 1024 * 1024), scene: { type: 'equirect-image', src: '/demo/set.jpg' } }));
    fs.writeFileSync(path.join(fixturesDir, 'hostile-5001-hotspots.json'), JSON.stringify({
      title: 'T', scene: { type: 'equirect-image', src: '/demo/set.jpg',
        hotspots: Array.from({ length: 5001 }, (_, i) => ({ id: `h${i}`, yaw: 0, pitch: 0, label: 'L' })) },
    }));
  },
});

// How each file is fed to the player: [attribute, URL, hotspot to open or null].
function feed(file) {
  const url = `/hostile/${file}`;
  if (file.endsWith('.json')) return ['manifest', url, null];
  if (file.endsWith('.jpg')) return ['panorama', url, null];
  const hotspot = { id: 'h', yaw: 0, pitch: 0, label: 'H' };
  if (file.endsWith('.mp4')) hotspot.influence = { auteur: 'A', film: 'F', year: 1950, media: { type: 'video', src: url } };
  if (file.endsWith('.m4a')) hotspot.commentary = { audio: url };
  if (file.endsWith('.vtt')) hotspot.commentary = { audio: '/demo/commentary/lamp.m4a', captions: [{ lang: 'en', label: 'English', src: url }] };
  const name = `hostile-via-${file}.json`;
  fs.writeFileSync(path.join(fixturesDir, name), JSON.stringify({ title: 'Hostile', scene: { type: 'equirect-image', src: '/demo/set.jpg', hotspots: [hotspot] } }));
  return ['manifest', `/fixtures/${name}`, 'h'];
}

// Replaces the page's player with a fresh one on `url`; resolves with what happened.
async function run(page, [attribute, url, hotspot]) {
  await page.evaluate(([attribute, url]) => {
    window.__events = [];
    document.body.replaceChildren();
    const el = document.createElement('shotscape-player');
    for (const type of ['ready', 'error']) el.addEventListener(type, (e) => window.__events.push({ type, detail: e.detail }));
    el.setAttribute(attribute, url);
    document.body.append(el);
  }, [attribute, url]);
  await page.waitForFunction(() => window.__events.length > 0, null, { timeout: 30000 });
  if (hotspot && (await page.evaluate(() => window.__events[0].type)) === 'ready') {
    await page.evaluate((id) => document.querySelector('shotscape-player').openHotspot(id), hotspot);
    // Media errors arrive within a second or two; a valid input must stay quiet meanwhile.
    await page.waitForFunction(() => window.__events.some((e) => e.type === 'error'), null, { timeout: 4000 }).catch(() => {});
  }
  const events = await page.evaluate(() => window.__events);
  const errors = events.filter((e) => e.type === 'error');
  const responds = await page.evaluate(() => {
    const el = document.querySelector('shotscape-player');
    el.setView({ yaw: 10 });
    return typeof el.getView().yaw === 'number' && el.stats() !== undefined;
  });
  return { outcome: errors.length ? 'error' : 'ready', errors, responds };
}

test('every hostile input ends in an error event with a message or a clean load; nothing throws', async () => {
  const files = fs.readdirSync(hostileDir).filter((f) => !f.startsWith('.')).sort();
  assert.ok(files.length >= 40, `${files.length} corpus files`);
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await page.goto(`${suite.server.url}fixtures/host.html`);
  const inputs = [...files.map((f) => [f, feed(f)]),
    ['hostile-10mb-string.json (generated)', ['manifest', '/fixtures/hostile-10mb-string.json', null]],
    ['hostile-5001-hotspots.json (generated)', ['manifest', '/fixtures/hostile-5001-hotspots.json', null]]];
  const tally = { error: 0, ready: 0 };
  for (const [name, how] of inputs) {
    const r = await run(page, how);
    tally[r.outcome]++;
    assert.ok(r.responds, `${name}: the player still responds`);
    for (const e of r.errors) assert.ok(typeof e.detail.message === 'string' && e.detail.message.length > 10, `${name}: error message "${e.detail.message}"`);
    if (EITHER.has(name)) continue;
    assert.equal(r.outcome, VALID.has(name) ? 'ready' : 'error', `${name}: ${JSON.stringify(r.errors.map((e) => e.detail.message))}`);
    if (name.startsWith('hostile-10mb')) assert.equal(r.errors[0].detail.message, 'the manifest is 10.0 MB; manifests are limited to 2 MB');
    if (name.startsWith('hostile-5001')) assert.equal(r.errors[0].detail.path, '/scene/hotspots');
  }
  console.log(`hostile corpus: ${inputs.length} inputs, ${tally.error} rejected with an error event, ${tally.ready} loaded cleanly`);
  assert.deepEqual(log.errors.filter((e) => !/Failed to load resource/.test(e)), [], 'no uncaught exception or abort');
  await page.close();
});

test('a label written as HTML shows as text: nothing is injected', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await page.goto(`${suite.server.url}fixtures/host.html`);
  await run(page, ['manifest', '/hostile/html-label.json', null]);
  await page.focus('shotscape-player >> canvas');
  await page.keyboard.press('Tab');
  const state = await page.evaluate(() => {
    const root = document.querySelector('shotscape-player').shadowRoot;
    const region = root.querySelector('[data-role=live]');
    return { text: region.textContent, children: region.children.length, imgs: document.querySelectorAll('img').length + root.querySelectorAll('img').length, injected: window.__injected };
  });
  assert.equal(state.text, '<img src=x onerror="window.__injected=1">, hotspot 1 of 1. Press Enter to open.');
  assert.equal(state.children, 0, 'the live region holds text only');
  assert.equal(state.imgs, 0);
  assert.equal(state.injected, undefined);
  assert.deepEqual(log.errors, []);
  await page.close();
});
