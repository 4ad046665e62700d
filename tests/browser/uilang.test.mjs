// A translated interface (issue 17, part 5): the uilang link parameter and attribute, else the
// browser's languages; every control's name, the announcements and the shortcuts from the
// language's table (en, fr, ja, ar); Arabic mirrors the layout — the title at the top right, the
// hotspot's panel on the left, the buttons at the bottom left — with its text set right to left.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { browserSuite, launchBrowser, repoRoot, serveSite, waitForFullResolution, watchPage } from './harness.mjs';

const suite = browserSuite();
const lookDir = path.join(repoRoot, 'build/look');
fs.mkdirSync(lookDir, { recursive: true });

const live = (page) => page.evaluate(() => document.querySelector('shotscape-player').shadowRoot.querySelector('[data-role=live]').textContent);
const stats = (page) => page.evaluate(() => document.querySelector('shotscape-player').stats());

async function tabNames(page, n) {
  const out = [];
  await page.focus('shotscape-player >> canvas');
  for (let i = 0; i < n; i++) {
    await page.keyboard.press('Tab');
    await page.waitForTimeout(120);
    out.push(await live(page));
  }
  return out;
}

test('uilang=fr and uilang=ja: controls and announcements from their tables', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await page.goto(`${suite.server.url}?manifest=demo/manifest.json&uilang=fr`);
  await waitForFullResolution(page);
  const fr = await tabNames(page, 12);
  assert.equal(fr[0], 'The bookcase, point d\'intérêt 1 sur 4. Appuyez sur Entrée pour l\'ouvrir.');
  assert.ok(fr.includes('Partager ce moment, bouton'), fr.join('\n'));
  assert.ok(fr.includes('Plein écran (F), bouton'), fr.join('\n'));
  assert.equal((await stats(page)).uiLanguage, 'fr');
  await page.goto(`${suite.server.url}?manifest=demo/manifest.json&uilang=ja`);
  await waitForFullResolution(page);
  const ja = await tabNames(page, 12);
  assert.ok(ja.includes('この瞬間を共有、ボタン'), ja.join('\n'));
  await page.keyboard.press('Shift+?');
  await page.waitForTimeout(300);
  fs.writeFileSync(path.join(lookDir, 'uilang-ja-help.png'), await page.screenshot());
  assert.match(await live(page), /^キーボードショートカット/);
  // An unknown language: a warning, English.
  await page.goto(`${suite.server.url}?manifest=demo/manifest.json&uilang=xx`);
  await waitForFullResolution(page);
  assert.equal((await stats(page)).uiLanguage, 'en');
  assert.ok(log.warnings.some((w) => w.includes('uilang=xx')), log.warnings.join('\n'));
  await page.close();
});

test('the browser\'s languages choose when uilang is not given', async () => {
  const server = await serveSite();
  const browser = await launchBrowser({ extraArgs: ['--lang=ja', '--accept-lang=de,ja,en'] });
  try {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}?manifest=demo/manifest.json`);
    await waitForFullResolution(page);
    const langs = await page.evaluate(() => navigator.languages.join(','));
    assert.equal((await stats(page)).uiLanguage, 'ja', `navigator.languages: ${langs}`);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('uilang=ar: the layout mirrors — title right, panel left, buttons bottom left', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await page.goto(`${suite.server.url}?manifest=demo/manifest.json&uilang=ar&hotspot=window`);
  await waitForFullResolution(page);
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().hotspot === 'window');
  await page.waitForTimeout(600);
  const s = await stats(page);
  fs.writeFileSync(path.join(lookDir, 'uilang-ar.png'), await page.screenshot());
  assert.equal(s.uiLanguage, 'ar');
  // The button bar at the bottom left.
  const share = s.controlRects.share;
  assert.ok(share.x < 640, `share button on the left: ${JSON.stringify(share)}`);
  // The panel on the left: its close button near the left edge; the captions right of it.
  assert.ok(s.controlRects['caption-style'].x < 640, JSON.stringify(s.controlRects['caption-style']));
  for (const b of s.captionBoxes) assert.ok(b.x > 400, `captions in the scene's part, right of the panel: ${JSON.stringify(b)}`);
  await page.focus('shotscape-player >> canvas');
  await page.keyboard.press('Shift+Tab');
  await page.waitForTimeout(150);
  assert.equal(await live(page), 'ملء الشاشة (F)، زر');
  assert.deepEqual(log.errors, []);
  await page.close();
});
