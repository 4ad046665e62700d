// Share previews: shotscape-share-preview renders a view with the player's own projection (its
// markers land where the core puts them), and the demo page carries Open Graph / Twitter card tags,
// an oEmbed document and a share page per hotspot that opens the player there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { browserSuite, decodeImage, fixturesDir, markersOnScreen, nativeBin, recordEvents, waitForEvent, watchPage } from './harness.mjs';

const suite = browserSuite();
const PUBLIC_URL = 'http://127.0.0.1:8080/'; // make web's default: the cards name the site by it
const local = (url) => url.replace(PUBLIC_URL, suite.server.url);

test('the share-preview tool renders the view the player would show (markers within 1.5 px of the core)', async () => {
  const page = await suite.browser.context.newPage();
  for (const view of [{ yaw: 0, pitch: 0, hfov: 90 }, { yaw: 100, pitch: 20, hfov: 110 }, { yaw: -160, pitch: 10, hfov: 70 }]) {
    const out = path.join(fixturesDir, `share-${view.yaw}.jpg`);
    execFileSync(path.join(nativeBin, 'shotscape-share-preview'), ['--panorama', path.join(fixturesDir, 'markers.jpg'),
      '--view', `${view.yaw},${view.pitch},${view.hfov}`, '--quality', '95', out]);
    const image = await decodeImage(page, fs.readFileSync(out), 'image/jpeg');
    assert.deepEqual([image.width, image.height], [1200, 630]);
    const markers = markersOnScreen(image, view, suite.fixtures.markers.markers);
    assert.ok(markers.length >= 1, `a marker in view ${JSON.stringify(view)}`);
    console.log(`view ${JSON.stringify(view)}: ${markers.map((m) => `${m.marker.name} ${m.error.toFixed(2)} px`).join(', ')}`);
    for (const m of markers) assert.ok(m.error < 1.5, `${m.marker.name} at ${JSON.stringify(view)}: ${m.error.toFixed(2)} px off`);
  }
  await page.close();
});

test('the demo page carries its card tags, an oEmbed document, and a share page per hotspot', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await recordEvents(page);
  await page.goto(suite.server.url);
  const meta = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('meta[property], meta[name]')]
    .map((m) => [m.getAttribute('property') || m.getAttribute('name'), m.content])));
  assert.equal(meta['og:title'], "Apartment 4B, 2:17 a.m. — Lena Marsh's shot from Small Hours (1994)");
  assert.equal(meta['twitter:card'], 'summary_large_image');
  assert.equal(meta['og:image'], `${PUBLIC_URL}demo/share/share.jpg`);
  assert.equal(meta['twitter:image'], meta['og:image']);
  for (const key of ['og:description', 'og:url', 'og:image:alt', 'twitter:title', 'twitter:description']) assert.ok(meta[key], key);
  const card = await page.evaluate((url) => fetch(url).then((r) => r.ok && r.headers.get('content-type')), local(meta['og:image']));
  assert.equal(card, 'image/jpeg');
  const size = await page.evaluate((url) => fetch(url).then((r) => r.blob()).then(createImageBitmap).then((b) => [b.width, b.height]), local(meta['og:image']));
  assert.deepEqual(size, [Number(meta['og:image:width']), Number(meta['og:image:height'])]);

  const oembedUrl = await page.evaluate(() => document.querySelector('link[type="application/json+oembed"]').href);
  const oembed = await page.evaluate((url) => fetch(url).then((r) => r.json()), local(oembedUrl));
  assert.equal(oembed.version, '1.0');
  assert.equal(oembed.type, 'rich');
  assert.match(oembed.html, /^<iframe src="http:\/\/127\.0\.0\.1:8080\/embed\.html\?manifest=demo%2Fmanifest\.json"/);
  assert.equal(oembed.thumbnail_url, meta['og:image']);

  // A hotspot's share page: its own card, and a visitor lands in the player with it open.
  const image = await page.evaluate((url) => fetch(url).then((r) => r.text()).then((html) =>
    new DOMParser().parseFromString(html, 'text/html').querySelector('meta[property="og:image"]').content), `${suite.server.url}demo/share/window.html`);
  assert.equal(image, `${PUBLIC_URL}demo/share/share-window.jpg`);
  const share = await suite.browser.context.newPage();
  await recordEvents(share);
  await share.goto(`${suite.server.url}demo/share/window.html`);
  await share.waitForURL((url) => url.hash.includes('hotspot=window'), { timeout: 15000 });
  const opened = await waitForEvent(share, 'hotspotopen');
  assert.deepEqual(opened, { id: 'window', by: 'link' });
  assert.deepEqual(log.errors, []);
  await share.close();
  await page.close();
});
