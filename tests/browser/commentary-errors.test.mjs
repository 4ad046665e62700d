// A hotspot's media that is missing or broken: the panel says so in words, `error` fires with the
// URL and the reason, and the rest of the player keeps working.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { browserSuite, fixturesDir, recordEvents, waitForEvent, waitForFullResolution, watchPage } from './harness.mjs';

const commentary = (audio, captions) => ({ audio, captions: [{ lang: 'en', label: 'English', src: captions }] });
const influence = (type, src) => ({ auteur: 'A', film: 'F', year: 1950, media: { type, src } });
const HOTSPOTS = [
  { id: 'no-audio', yaw: 0, pitch: 0, label: 'Missing audio', commentary: commentary('/demo/commentary/missing.m4a', '/demo/commentary/lamp.en.vtt') },
  { id: 'bad-audio', yaw: 20, pitch: 0, label: 'Not audio', commentary: commentary('/demo/commentary/lamp.en.vtt', '/demo/commentary/missing.en.vtt') },
  { id: 'bad-captions', yaw: 40, pitch: 0, label: 'Not WebVTT', commentary: commentary('/demo/commentary/lamp.m4a', '/demo/manifest.json') },
  { id: 'no-clip', yaw: 60, pitch: 0, label: 'Missing clip', influence: influence('video', '/demo/influence/missing.mp4') },
  { id: 'no-still', yaw: 80, pitch: 0, label: 'Missing still', influence: influence('image', '/demo/influence/missing.jpg') },
  { id: 'good', yaw: 100, pitch: 0, label: 'Fine', commentary: commentary('/demo/commentary/lamp.m4a', '/demo/commentary/lamp.en.vtt'),
    influence: influence('video', '/demo/influence/swinging-lamp.mp4') },
];
const suite = browserSuite({
  setup() {
    fs.writeFileSync(path.join(fixturesDir, 'broken-media.json'), JSON.stringify({
      title: 'Broken media', scene: { type: 'equirect-image', src: 'markers.jpg', hotspots: HOTSPOTS },
    }));
  },
});

async function openAndWaitForErrors(page, id, count) {
  const before = await page.evaluate(() => window.__shotscapeEvents.filter((e) => e.type === 'error').length);
  assert.equal(await page.evaluate((id) => document.querySelector('shotscape-player').openHotspot(id), id), true);
  await page.waitForFunction(([before, count]) => window.__shotscapeEvents.filter((e) => e.type === 'error').length >= before + count,
    [before, count], { timeout: 15000 });
  await page.waitForTimeout(300);
  const errors = await page.evaluate((before) => window.__shotscapeEvents.filter((e) => e.type === 'error').slice(before).map((e) => e.detail), before);
  const stats = await page.evaluate(() => document.querySelector('shotscape-player').stats());
  return { errors, stats };
}

test('missing and undecodable commentary audio, captions and influence media are reported in words and by `error`', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await recordEvents(page);
  await page.goto(`${suite.server.url}?manifest=/fixtures/broken-media.json`);
  await waitForEvent(page, 'ready');
  await waitForFullResolution(page);
  const origin = suite.server.url.replace(/\/$/, '');

  let r = await openAndWaitForErrors(page, 'no-audio', 1);
  assert.equal(r.errors[0].url, `${origin}/demo/commentary/missing.m4a`);
  assert.equal(r.errors[0].message, `The commentary audio could not be loaded (HTTP 404 Not Found): ${origin}/demo/commentary/missing.m4a`);
  assert.equal(r.stats.commentaryStatus, 'The commentary audio could not be loaded (HTTP 404 Not Found).');
  assert.equal(r.stats.captionsStatus, '', 'its captions still load');

  r = await openAndWaitForErrors(page, 'bad-audio', 2);
  const byUrl = Object.fromEntries(r.errors.map((e) => [e.url.slice(origin.length), e.message]));
  assert.match(byUrl['/demo/commentary/lamp.en.vtt'], /^The commentary audio could not be loaded \((the format is not supported by this browser|the file could not be decoded)\): /);
  assert.equal(byUrl['/demo/commentary/missing.en.vtt'], `The captions (English) could not be loaded (HTTP 404 Not Found): ${origin}/demo/commentary/missing.en.vtt`);
  assert.equal(r.stats.captionsStatus, 'Captions unavailable: HTTP 404 Not Found');

  r = await openAndWaitForErrors(page, 'bad-captions', 1);
  assert.equal(r.errors[0].url, `${origin}/demo/manifest.json`);
  assert.match(r.errors[0].message, /^The captions \(English\) could not be read: /);
  assert.match(r.stats.captionsStatus, /^Captions unavailable: /);

  r = await openAndWaitForErrors(page, 'no-clip', 1);
  assert.equal(r.errors[0].message, `The influence clip could not be loaded (HTTP 404 Not Found): ${origin}/demo/influence/missing.mp4`);
  assert.equal(r.stats.influenceStatus, 'The influence clip could not be loaded (HTTP 404 Not Found).');

  r = await openAndWaitForErrors(page, 'no-still', 1);
  assert.equal(r.errors[0].message, `The influence still could not be loaded (HTTP 404 Not Found): ${origin}/demo/influence/missing.jpg`);

  // The player keeps working: a good hotspot plays, the view still moves, no error panel.
  assert.equal(await page.evaluate(() => document.querySelector('shotscape-player').openHotspot('good')), true);
  await page.waitForFunction(() => {
    const root = document.querySelector('shotscape-player').shadowRoot;
    const a = root.querySelector('[data-role=commentary]');
    return a && !a.paused && a.currentTime > 0.3 && document.querySelector('shotscape-player').stats().influenceUploads > 0;
  }, null, { timeout: 15000 });
  const stats = await page.evaluate(() => document.querySelector('shotscape-player').stats());
  assert.equal(stats.status, 'ready');
  assert.equal(stats.commentaryStatus, '');
  assert.equal(stats.influenceStatus, '');
  assert.deepEqual(log.errors.filter((e) => !/Failed to load resource|404/.test(e)), []);
  await page.close();
});

test('a thousand hotspots: markers cost at most two draw calls', async () => {
  const hotspots = [];
  for (let i = 0; i < 1000; i++) {
    hotspots.push({ id: `h${i}`, yaw: -180 + (i * 137.5) % 360, pitch: -60 + (i * 7.3) % 120, label: `Hotspot ${i}` });
  }
  fs.writeFileSync(path.join(fixturesDir, 'thousand.json'), JSON.stringify({
    title: 'A thousand', scene: { type: 'equirect-image', src: 'markers.jpg', hotspots },
  }));
  const page = await suite.browser.context.newPage();
  await recordEvents(page);
  await page.goto(`${suite.server.url}?manifest=/fixtures/thousand.json&hfov=120`);
  await waitForEvent(page, 'ready');
  await waitForFullResolution(page);
  await page.mouse.move(640, 360);
  await page.waitForTimeout(300);
  const stats = await page.evaluate(() => document.querySelector('shotscape-player').stats());
  assert.ok(stats.markerDrawCalls >= 1 && stats.markerDrawCalls <= 2, `${stats.markerDrawCalls} marker draw calls`);
  await page.close();
});
