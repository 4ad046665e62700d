// Caption style (issue 17, part 4): the settings panel opened from a hotspot's caption row — text
// size, colour, background and its opacity, edge, font, Reset — applied live to the captions shown,
// remembered for the site (localStorage) across a reload; Escape closes it and leaves the hotspot
// open; the element's caption-style attribute (the page's default), setCaptionStyle() and
// resetCaptionStyle(), captionstylechange; prefers-contrast: more gives an opaque box.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { browserSuite, clickControl, fixturesDir, recordEvents, repoRoot, screenshotPixels, waitForFullResolution, watchPage } from './harness.mjs';

const lookDir = path.join(repoRoot, 'build/look');
const suite = browserSuite({
  setup() {
    fs.mkdirSync(lookDir, { recursive: true });
    fs.writeFileSync(path.join(fixturesDir, 'style.vtt'), 'WEBVTT\n\n00:00.000 --> 00:30.000\nThe light comes from the left\n');
    fs.writeFileSync(path.join(fixturesDir, 'style.json'), JSON.stringify({
      title: 'Caption style',
      scene: {
        type: 'equirect-image', src: '/fixtures/markers.jpg',
        hotspots: [{ id: 'light', yaw: 0, pitch: 0, label: 'Light',
          commentary: { audio: '/demo/commentary/lamp.m4a', captions: [{ lang: 'en', label: 'English', src: '/fixtures/style.vtt' }] } }],
      },
    }));
    fs.writeFileSync(path.join(fixturesDir, 'style-attribute.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
  <link rel="icon" href="/favicon.svg"><script src="/shotscape-player.js"></script></head><body>
  <shotscape-player manifest="/fixtures/style.json" hotspot="light" caption-style="size:150; color:cyan; font:monospace"
    style="width:960px;height:600px"></shotscape-player></body></html>`);
  },
});

const stats = (page) => page.evaluate(() => document.querySelector('shotscape-player').stats());
async function caption(page) {
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().captionBoxes.length === 1, null, { timeout: 20000 });
  await page.waitForTimeout(300);
  return (await stats(page)).captionBoxes[0];
}
// The box's pixels: how many look like `test`.
function count(shot, box, test) {
  let n = 0;
  for (let y = Math.round(box.y) + 2; y < box.y + box.h - 2; y++)
    for (let x = Math.round(box.x) + 2; x < box.x + box.w - 2; x++) {
      const i = (y * shot.width + x) * 4;
      if (test(shot.data[i], shot.data[i + 1], shot.data[i + 2])) n++;
    }
  return n;
}

test('the caption style panel: size, colour, opacity, font applied live, remembered across a reload, reset', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await recordEvents(page);
  await page.goto(`${suite.server.url}?manifest=/fixtures/style.json&hotspot=light`);
  await waitForFullResolution(page);
  const before = await caption(page);
  await clickControl(page, 'caption-style');
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().captionSettingsOpen);
  await clickControl(page, 'caption-size-200');
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().captionStyle.size === 200);
  const big = await caption(page);
  assert.ok(big.h / before.h > 1.8 && big.h / before.h < 2.2, `twice as tall: ${before.h} → ${big.h}`);
  assert.ok(big.w / before.w > 1.8, `and wide: ${before.w} → ${big.w}`);
  const events = await page.evaluate(() => window.__shotscapeEvents.filter((e) => e.type === 'captionstylechange').map((e) => e.detail));
  assert.deepEqual(events[0], { size: 200, color: 'white', background: 'black', opacity: 75, edge: 'none', font: 'proportional', by: 'viewer' });
  await clickControl(page, 'caption-color-yellow');
  await clickControl(page, 'caption-opacity-100');
  await clickControl(page, 'caption-edge-outline');
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().captionStyle.edge === 'outline');
  await page.waitForTimeout(300);
  fs.writeFileSync(path.join(lookDir, 'caption-style-panel.png'), await page.screenshot());
  // Done: the panel goes (it may cover part of the captions), the style stays.
  await clickControl(page, 'caption-done');
  await page.waitForFunction(() => !document.querySelector('shotscape-player').stats().captionSettingsOpen);
  const box = await caption(page);
  const shot = await screenshotPixels(page);
  fs.writeFileSync(path.join(lookDir, 'caption-style-applied.png'), shot.png);
  const yellow = count(shot, box, (r, g, b) => r > 200 && g > 200 && b < 90);
  const white = count(shot, box, (r, g, b) => r > 200 && g > 200 && b > 200);
  assert.ok(yellow > 400 && white < yellow / 20, `yellow text: ${yellow} yellow, ${white} white pixels`);
  // An opaque black box: nothing of the scene's grey shows between the letters.
  const grey = count(shot, box, (r, g, b) => Math.abs(r - g) < 12 && Math.abs(g - b) < 12 && r > 30 && r < 120);
  assert.ok(grey < 0.03 * box.w * box.h, `opaque: ${grey} grey pixels`);
  await clickControl(page, 'caption-style');
  await clickControl(page, 'caption-font-monospace');
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().captionStyle.font === 'monospace');
  const mono = await caption(page);
  assert.ok(Math.abs(mono.w - box.w) > 10, `another font, another width: ${box.w} → ${mono.w}`);
  const remembered = await page.evaluate(() => localStorage.getItem('shotscape-caption-style'));
  assert.equal(remembered, 'size:200; color:yellow; background:black; opacity:100; edge:outline; font:monospace');
  // Escape closes the panel first; the hotspot stays open.
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('shotscape-player').stats().captionSettingsOpen);
  assert.equal((await stats(page)).hotspot, 'light');
  // Remembered for the site: a reload shows the captions as the viewer left them.
  await page.reload();
  await waitForFullResolution(page);
  const again = await caption(page);
  assert.equal((await stats(page)).captionStyle.font, 'monospace');
  assert.ok(Math.abs(again.w - mono.w) < 1 && Math.abs(again.h - mono.h) < 1, `${JSON.stringify(again)} vs ${JSON.stringify(mono)}`);
  await clickControl(page, 'caption-style');
  await clickControl(page, 'caption-reset');
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().captionStyle.size === 100);
  assert.equal(await page.evaluate(() => localStorage.getItem('shotscape-caption-style')), null);
  const reset = await caption(page);
  assert.ok(Math.abs(reset.h - before.h) < 1, `back to the standard size: ${reset.h} vs ${before.h}`);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('caption-style attribute, setCaptionStyle(), resetCaptionStyle(); prefers-contrast: more', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await recordEvents(page);
  await page.goto(`${suite.server.url}fixtures/style-attribute.html`);
  await page.evaluate(() => localStorage.clear()); // the viewer's remembered choice would win over the page's
  await page.reload();
  await waitForFullResolution(page);
  await caption(page);
  assert.deepEqual((await stats(page)).captionStyle,
    { size: 150, color: 'cyan', background: 'black', opacity: 75, edge: 'none', font: 'monospace' });
  const set = await page.evaluate(() => document.querySelector('shotscape-player').setCaptionStyle({ edge: 'shadow', size: 400, color: 'puce' }));
  assert.equal(set.edge, 'shadow');
  assert.equal(set.size, 200, 'clamped');
  assert.equal(set.color, 'cyan', 'a bad colour is ignored');
  assert.ok(log.warnings.some((w) => w.includes('"color:puce"')), log.warnings.join('\n'));
  assert.ok(log.warnings.some((w) => w.includes('[50, 200]')), log.warnings.join('\n'));
  const byApi = await page.evaluate(() => window.__shotscapeEvents.filter((e) => e.type === 'captionstylechange').pop().detail);
  assert.equal(byApi.by, 'api');
  // The API's style is not remembered; reset returns to the page's default.
  assert.equal(await page.evaluate(() => localStorage.getItem('shotscape-caption-style')), null);
  const reset = await page.evaluate(() => document.querySelector('shotscape-player').resetCaptionStyle());
  assert.equal(reset.size, 150);
  assert.equal(reset.edge, 'none');
  await page.evaluate(() => document.querySelector('shotscape-player').setAttribute('caption-style', 'size:75'));
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().captionStyle.size === 75);
  await page.close();

  // More contrast asked of the system: an opaque box by default.
  const contrast = await suite.browser.context.newPage();
  await contrast.emulateMedia({ contrast: 'more' });
  await contrast.goto(`${suite.server.url}?manifest=/fixtures/style.json&hotspot=light`);
  await waitForFullResolution(contrast);
  await caption(contrast);
  assert.equal((await stats(contrast)).captionStyle.opacity, 100);
  await contrast.close();
});
