// Text in any script (issue 17, part 3): titles, labels, descriptions and captions in Japanese,
// Arabic (right to left, joined), Hindi (Devanagari conjuncts) and emoji are shaped and rasterized
// by the browser (Canvas 2D text with the system's Noto fonts) and drawn in the canvas; Latin keeps
// the interface's Inter atlas. Each run is checked against the browser's own rendering of that text:
// the same width, and the same ink column by column (mirrored or unshaped text would not match).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { browserSuite, fixturesDir, repoRoot, screenshotPixels, waitForFullResolution, watchPage } from './harness.mjs';

const suite = browserSuite();
const lookDir = path.join(repoRoot, 'build/look');
export const CUES = {
  ja: 'この窓の光は、小津の「晩春」から借りたものです。',
  ar: 'هذا الضوء مستعار من فيلم أوزو',
  hi: 'यह रोशनी ओज़ू की फ़िल्म से ली गई है',
};
before(() => {
  fs.mkdirSync(lookDir, { recursive: true });
  fs.mkdirSync(fixturesDir, { recursive: true });
  fs.writeFileSync(path.join(fixturesDir, 'scripts.vtt'), [
    'WEBVTT', '',
    '00:00.000 --> 00:30.000', CUES.ja, '',
    '00:00.000 --> 00:30.000 line:50%,center', CUES.ar, '',
    '00:00.000 --> 00:30.000 line:0', CUES.hi, '',
    '00:00.000 --> 00:30.000 line:25%', '\uE000\uE001 \u{10FFFF}', '',
  ].join('\n'));
  fs.writeFileSync(path.join(fixturesDir, 'scripts.json'), JSON.stringify({
    title: '晩春の光 — Late Spring 🎬',
    director: 'Ёлкин Αλέξης',
    scene: {
      type: 'equirect-image', src: '/fixtures/markers.jpg',
      hotspots: [{ id: 'light', yaw: 0, pitch: 0, label: 'الضوء', description: 'खिड़की की रोशनी — the window\'s light',
        commentary: { audio: '/demo/commentary/lamp.m4a', captions: [
          { lang: 'ja', label: '日本語', src: '/fixtures/scripts.vtt' },
          { lang: 'ar', label: 'العربية', src: '/fixtures/scripts.vtt' }] } }],
    },
  }));
});

// Ink per column of a box of the screenshot: how many of its pixels are bright.
function columns(shot, box) {
  const out = [];
  for (let x = Math.round(box.x); x < Math.round(box.x + box.w); x++) {
    let n = 0;
    for (let y = Math.round(box.y); y < Math.round(box.y + box.h); y++) {
      const i = (y * shot.width + x) * 4;
      if (shot.data[i] + shot.data[i + 1] + shot.data[i + 2] > 3 * 170) n++;
    }
    out.push(n);
  }
  return out;
}

// The best correlation of two ink profiles over small shifts.
function match(a, b) {
  let best = -1;
  for (let shift = -6; shift <= 6; shift++) {
    const pairs = [];
    for (let i = 0; i < a.length; i++) if (i + shift >= 0 && i + shift < b.length) pairs.push([a[i], b[i + shift]]);
    const n = pairs.length, ma = pairs.reduce((s, p) => s + p[0], 0) / n, mb = pairs.reduce((s, p) => s + p[1], 0) / n;
    let sab = 0, saa = 0, sbb = 0;
    for (const [x, y] of pairs) { sab += (x - ma) * (y - mb); saa += (x - ma) ** 2; sbb += (y - mb) ** 2; }
    best = Math.max(best, sab / Math.sqrt(saa * sbb || 1));
  }
  return best;
}

test('captions, title and labels in Japanese, Arabic, Hindi and emoji: shaped by the browser, drawn in the canvas', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await page.goto(`${suite.server.url}?manifest=/fixtures/scripts.json&hotspot=light`);
  await waitForFullResolution(page);
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().captionBoxes.length === 4, null, { timeout: 20000 });
  await page.waitForTimeout(400);
  const s = await page.evaluate(() => document.querySelector('shotscape-player').stats());
  const shot = await screenshotPixels(page);
  fs.writeFileSync(path.join(lookDir, 'captions-scripts.png'), shot.png);
  assert.ok(s.textRuns >= 6, `runs: ${s.textRuns}`);
  assert.ok(s.textBytes > 0 && s.textBytes < 8 * 1024 * 1024, `bytes: ${s.textBytes}`);
  // The browser's own rendering of each cue, white on black, in the captions' font.
  const [ja, ar, hi, missing] = s.captionBoxes;
  const reference = await page.evaluate((cues) => {
    const out = {};
    for (const [lang, text] of Object.entries(cues)) {
      const c = document.createElement('canvas');
      const ctx = c.getContext('2d');
      // The captions' 19 px line of Inter is its em of 19 × 2816 / 3408 px (ui/Text.cpp).
      const font = `600 ${19 * 2816 / 3408}px "Shotscape Inter", "Noto Sans", system-ui, sans-serif, "Noto Color Emoji"`;
      ctx.font = font;
      ctx.direction = lang === 'ar' ? 'rtl' : 'ltr';
      const width = Math.ceil(ctx.measureText(text).width);
      c.width = width + 20; c.height = 40;
      ctx.font = font; ctx.direction = lang === 'ar' ? 'rtl' : 'ltr'; ctx.textAlign = 'left';
      ctx.fillStyle = '#000'; ctx.fillRect(0, 0, c.width, c.height);
      ctx.fillStyle = '#fff'; ctx.fillText(text, 10, 28);
      const d = ctx.getImageData(0, 0, c.width, c.height);
      out[lang] = { width, shot: { width: d.width, height: d.height, data: Array.from(d.data) } };
    }
    return out;
  }, CUES);
  for (const [lang, box] of [['ja', ja], ['ar', ar], ['hi', hi]]) {
    // The box holds the run and 14 px of padding on each side.
    assert.ok(Math.abs(box.w - 28 - reference[lang].width) <= 2, `${lang}: box ${JSON.stringify(box)} vs ${reference[lang].width} px of text`);
    const mine = columns(shot, { x: box.x + 4, y: box.y + 2, w: box.w - 8, h: box.h - 4 });
    const theirs = columns(reference[lang].shot, { x: 0, y: 0, w: reference[lang].shot.width, h: 40 });
    const r = match(mine, theirs);
    // Measured: r 0.86–0.89 (antialiasing differs at the edges); the run mirrored scores 0.14–0.46.
    assert.ok(r > 0.8, `${lang}: ink matches the browser's rendering (r = ${r.toFixed(3)})`);
    const mirrored = match([...mine].reverse(), theirs);
    assert.ok(mirrored < r - 0.25, `${lang}: not mirrored (${mirrored.toFixed(3)} vs ${r.toFixed(3)})`);
  }
  // Characters no font has (private use, a noncharacter): replacement glyphs, not blank space.
  const ink = columns(shot, { x: missing.x + 10, y: missing.y + 4, w: missing.w - 20, h: missing.h - 8 }).reduce((a, b) => a + b, 0);
  assert.ok(ink > 20, `replacement glyphs drawn (${ink} bright pixels)`);
  assert.deepEqual(log.errors, []);
  await page.close();
});
