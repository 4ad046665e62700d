// Moment links on the demo page: the URL's query and fragment (the fragment wins), read by the
// core's codec, reopen the player at that moment — view within 0.01°, video time within a frame,
// hotspot open, caption language — and bad values are clamped or ignored with one warning each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { browserSuite, fixturesDir, recordEvents, waitForEvent, watchPage, clickControl } from './harness.mjs';

const suite = browserSuite();

async function open(page, url) {
  await recordEvents(page);
  await page.goto(`${suite.server.url}${url}`);
  await waitForEvent(page, 'ready');
}

test('a moment link restores the view, the open hotspot and the caption language', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await open(page, '?yaw=1#yaw=30.25&pitch=-5.5&hfov=80&hotspot=window&lang=fr');
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().caption !== '', null, { timeout: 15000 });
  const state = await page.evaluate(() => { const p = document.querySelector('shotscape-player'); return { view: p.getView(), stats: p.stats() }; });
  assert.ok(Math.abs(state.view.yaw - 30.25) < 0.01 && Math.abs(state.view.pitch + 5.5) < 0.01 && Math.abs(state.view.hfov - 80) < 0.01,
    JSON.stringify(state.view));
  assert.equal(state.stats.hotspot, 'window');
  assert.match(state.stats.caption, /^Lena Marsh: La fenêtre|^Lena Marsh: Chaque|^Lena Marsh: Anton Veil m/);
  const opened = await page.evaluate(() => window.__shotscapeEvents.find((e) => e.type === 'hotspotopen').detail);
  assert.deepEqual(opened, { id: 'window', by: 'link' });
  assert.deepEqual(log.warnings, []);
  await page.close();
});

test('a moment link into a video: the time within a frame, not playing when autoplay=0', async () => {
  const page = await suite.browser.context.newPage();
  await open(page, '?manifest=demo/video/manifest.json#t=5.5&autoplay=0&yaw=10&pitch=-12&hfov=90');
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().frameTime >= 0, null, { timeout: 20000 });
  const s = await page.evaluate(() => { const p = document.querySelector('shotscape-player'); return { t: p.currentTime, paused: p.paused, frame: p.stats().frameTime, view: p.getView() }; });
  assert.ok(Math.abs(s.frame - 5.5) <= 1 / 24 + 1e-3, `frame at ${s.frame}`);
  assert.equal(s.paused, true);
  assert.deepEqual(s.view, { yaw: 10, pitch: -12, hfov: 90 });
  await page.close();
});

test('bad parameters are clamped or ignored with one console warning each; the player still opens', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await open(page, '?yaw=abc&hfov=9999&t=-5&hotspot=unknown&pitch=%zz&manifest=javascript:alert(1)&controls=maybe#&&=&');
  await page.waitForTimeout(500);
  const view = await page.evaluate(() => document.querySelector('shotscape-player').getView());
  assert.equal(view.hfov, 120, 'hfov clamped to 360 by the link, then to the scene\'s limit');
  const ours = log.warnings.filter((w) => w.startsWith('shotscape:'));
  const expect = [/^shotscape: manifest=javascript:alert\(1\): unsupported URL scheme/, /^shotscape: yaw=abc: not a number; ignored$/,
    /^shotscape: pitch=%zz: not a number; ignored$/, /^shotscape: hfov=9999: outside \[10, 360\]; clamped to 360$/,
    /^shotscape: t=-5: negative; ignored$/, /^shotscape: controls=maybe: expected 1 or 0; ignored$/,
    /^shotscape: no hotspot with id "unknown" in this scene$/];
  for (const re of expect) assert.equal(ours.filter((w) => re.test(w)).length, 1, `${re} in ${JSON.stringify(ours)}`);
  assert.equal(ours.length, expect.length, JSON.stringify(ours));
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('the address bar follows the moment without adding history entries, and reopens it', async () => {
  const page = await suite.browser.context.newPage();
  await page.goto(`${suite.server.url}favicon.svg`); // a page before, for Back
  await open(page, '#yaw=0&pitch=0&hfov=90');
  const entries = await page.evaluate(() => history.length);
  await page.evaluate(() => document.querySelector('shotscape-player').setView({ yaw: 42.1234, pitch: -7.5, hfov: 75 }));
  await page.evaluate(() => document.querySelector('shotscape-player').openHotspot('lamp'));
  await page.waitForFunction(() => /hotspot=lamp/.test(location.search), null, { timeout: 5000 });
  await page.waitForTimeout(2000); // the glide ends, the bar catches up
  const url = await page.evaluate(() => location.href);
  const view = await page.evaluate(() => document.querySelector('shotscape-player').getView());
  // In the query, as shared links are (the fragment it was opened with is gone: it would win).
  assert.match(url, /\/\?manifest=demo\/manifest\.json&yaw=[-0-9.]+&pitch=[-0-9.]+&hfov=75&hotspot=lamp$/);
  assert.equal(await page.evaluate(() => history.length), entries, 'no new history entries');
  // Reopening the address reproduces the view within 0.01° and the open hotspot.
  const again = await suite.browser.context.newPage();
  await recordEvents(again);
  await again.goto(url);
  await waitForEvent(again, 'ready');
  await again.waitForFunction(() => document.querySelector('shotscape-player').stats().hotspot === 'lamp');
  const reopened = await again.evaluate(() => document.querySelector('shotscape-player').getView());
  for (const k of ['yaw', 'pitch', 'hfov']) assert.ok(Math.abs(reopened[k] - view[k]) < 0.01, `${k}: ${reopened[k]} vs ${view[k]}`);
  // Back still leaves the page.
  await page.goBack();
  assert.match(page.url(), /favicon\.svg$/);
  await Promise.all([page.close(), again.close()]);
});

// A page at `url` with the clipboard allowed and the panorama sharp, ready for the share menu.
async function sharePage(url) {
  const context = suite.browser.context;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.server.url.replace(/\/$/, '') });
  const page = await context.newPage();
  await open(page, url);
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().fullResolutionMs > 0);
  return page;
}

test('Share: "Copy link" puts a link to this moment on the clipboard that reopens it; the embed code points at embed.html', async () => {
  const context = suite.browser.context;
  const page = await sharePage('#yaw=12&pitch=-4&hfov=85');
  // The share button is the first of those at the bottom right; the menu opens above them.
  await clickControl(page, 'share');
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(fixturesDir, 'share-menu.png') });
  await page.mouse.click(999, 560); // Copy link
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().shareStatus !== '');
  assert.equal(await page.evaluate(() => document.querySelector('shotscape-player').stats().shareStatus), 'Link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(link, `${suite.server.url}?manifest=demo/manifest.json&yaw=12&pitch=-4&hfov=85`);
  const again = await context.newPage();
  await open(again, link.slice(suite.server.url.length));
  assert.deepEqual(await again.evaluate(() => document.querySelector('shotscape-player').getView()), { yaw: 12, pitch: -4, hfov: 85 });
  await page.bringToFront(); // the clipboard is only written from the focused page
  await page.mouse.click(999, 596); // Copy embed code
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().shareStatus !== 'Link copied');
  assert.equal(await page.evaluate(() => document.querySelector('shotscape-player').stats().shareStatus), 'Embed code copied');
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(snippet, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html#manifest=http%3A%2F%2F127\.0\.0\.1%3A\d+%2Fdemo%2Fmanifest\.json&yaw=12&pitch=-4&hfov=85" width="640" height="360"/);
  // embed.html opens the same moment without the interface.
  const embed = await context.newPage();
  await open(embed, `embed.html#${snippet.match(/#([^"]+)"/)[1]}`);
  assert.deepEqual(await embed.evaluate(() => document.querySelector('shotscape-player').getView()), { yaw: 12, pitch: -4, hfov: 85 });
  assert.equal(await embed.evaluate(() => document.querySelector('shotscape-player').getAttribute('controls')), '0');
  await Promise.all([page.close(), again.close(), embed.close()]);
});

test('Share with a hotspot open: the link is its share page, whose card crawlers see, and which forwards to the moment', async () => {
  const context = suite.browser.context;
  const page = await sharePage('?yaw=-20&pitch=-4&hfov=85');
  await page.evaluate(() => document.querySelector('shotscape-player').openHotspot('window'));
  await page.waitForTimeout(1500); // the glide ends
  await clickControl(page, 'share');
  await page.waitForTimeout(500);
  // The menu opens left of the hotspot panel (x 864..1264), not over it: Copy link moves 408 px left.
  await page.screenshot({ path: path.join(fixturesDir, 'share-menu-beside-panel.png') });
  await page.mouse.click(999 - 408, 560);
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().shareStatus === 'Link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(link, `${suite.server.url}demo/share/window.html?manifest=demo/manifest.json&yaw=0&pitch=4&hfov=85&hotspot=window`);
  // What a chat app's crawler reads there: the window's card (no script runs for it).
  const html = await (await fetch(link)).text();
  assert.match(html, /<meta property="og:image" content="http:\/\/127\.0\.0\.1:8080\/demo\/share\/share-window\.jpg">/);
  assert.match(html, /<meta property="og:title" content="The window — Apartment 4B, 2:17 a\.m\.">/);
  // A visitor is forwarded to the player at the shared moment, query and all.
  const again = await context.newPage();
  await recordEvents(again);
  await again.goto(link);
  await again.waitForURL(/\/\?manifest=/);
  assert.equal(new URL(again.url()).search, '?manifest=demo/manifest.json&yaw=0&pitch=4&hfov=85&hotspot=window');
  await waitForEvent(again, 'ready');
  await again.waitForFunction(() => document.querySelector('shotscape-player').stats().hotspot === 'window');
  assert.deepEqual(await again.evaluate(() => document.querySelector('shotscape-player').getView()), { yaw: 0, pitch: 4, hfov: 85 });
  await Promise.all([page.close(), again.close()]);
});
