// Captions where their authors placed them (issue 17, part 2): WebVTT cue settings — line numbers
// from the top and the bottom, a percentage line with its alignment, position, size and align —
// drawn in the scene's part of the canvas beside an open hotspot's panel, and cues that would
// overlap moved apart, as browsers lay out a <track>'s cues.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { browserSuite, fixturesDir, repoRoot, waitForFullResolution, watchPage } from './harness.mjs';

const suite = browserSuite();
const lookDir = path.join(repoRoot, 'build/look');
before(() => {
  fs.mkdirSync(lookDir, { recursive: true });
  fs.mkdirSync(fixturesDir, { recursive: true });
  fs.writeFileSync(path.join(fixturesDir, 'positioned.vtt'), [
    'WEBVTT', '',
    '00:00.000 --> 00:30.000', 'One at the bottom', '',
    '00:00.000 --> 00:30.000', 'Two, moved above it', '',
    '00:00.000 --> 00:30.000', 'Three, above both', '',
    '00:00.000 --> 00:30.000 line:0', 'At the top', '',
    '00:00.000 --> 00:30.000 line:50%,center position:5%,line-left size:30% align:left', 'On the left, halfway down, in a box 30 % wide', '',
  ].join('\n'));
  fs.writeFileSync(path.join(fixturesDir, 'positioned.json'), JSON.stringify({
    title: 'Positioned captions',
    scene: {
      type: 'equirect-image', src: '/fixtures/markers.jpg',
      hotspots: [{ id: 'cues', yaw: 0, pitch: 0, label: 'Cues',
        commentary: { audio: '/demo/commentary/lamp.m4a', captions: [{ lang: 'en', label: 'English', src: '/fixtures/positioned.vtt' }] } }],
    },
  }));
});

test('positioned cues: top and bottom lines, a percentage line, position and size; overlapping ones stacked', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await page.goto(`${suite.server.url}?manifest=/fixtures/positioned.json&hotspot=cues`);
  await waitForFullResolution(page);
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().captionBoxes.length === 5, null, { timeout: 20000 });
  await page.waitForTimeout(300);
  const s = await page.evaluate(() => document.querySelector('shotscape-player').stats());
  const [one, two, three, topCue, left] = s.captionBoxes;
  const shot = await page.screenshot();
  fs.writeFileSync(path.join(lookDir, 'captions-positioned.png'), shot);
  // The panel takes the right of the canvas: the captions keep to the scene's part.
  const sceneRight = 1280 - 16 - 400;
  for (const b of s.captionBoxes) assert.ok(b.x >= 0 && b.x + b.w <= sceneRight + 0.5, JSON.stringify(b));
  // Three cues at the default bottom place: the first lowest, each next one above without overlap.
  assert.ok(one.y > two.y && two.y > three.y, JSON.stringify(s.captionBoxes));
  assert.ok(two.y + two.h <= one.y + 0.5 && three.y + three.h <= two.y + 0.5, 'stacked without overlap');
  for (const b of [one, two, three]) assert.ok(Math.abs(b.x + b.w / 2 - sceneRight / 2) < 1, `centred: ${JSON.stringify(b)}`);
  // line:0 — the first line from the top of the area (16 px margin).
  assert.ok(Math.abs(topCue.y - 16) < 0.5, JSON.stringify(topCue));
  // line:50%,center position:5%,line-left size:30% align:left — its box's middle halfway down the
  // area, its left edge at 5 % of the scene's width, at most 30 % wide.
  assert.ok(Math.abs(left.x - 0.05 * sceneRight) < 1, JSON.stringify(left));
  assert.ok(left.w <= 0.3 * sceneRight + 0.5, JSON.stringify(left));
  const areaBottom = one.y + one.h;
  assert.ok(Math.abs(left.y + left.h / 2 - (16 + (areaBottom - 16) / 2)) < 2, `halfway down: ${JSON.stringify(left)} area bottom ${areaBottom}`);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('an influence clip with sound shows its own captions (influence.media.captions), at its own time', async () => {
  fs.writeFileSync(path.join(fixturesDir, 'clip.vtt'), 'WEBVTT\n\n00:00.000 --> 01:00.000\nThe clip speaks: every window a witness\n');
  fs.writeFileSync(path.join(fixturesDir, 'clip-fr.vtt'), 'WEBVTT\n\n00:00.000 --> 01:00.000\nLe film parle\n');
  fs.writeFileSync(path.join(fixturesDir, 'clip-captions.json'), JSON.stringify({
    title: 'Clip captions',
    scene: {
      type: 'equirect-image', src: '/fixtures/markers.jpg',
      hotspots: [{ id: 'clip', yaw: 0, pitch: 0, label: 'Clip',
        commentary: { audio: '/demo/commentary/lamp.m4a', captions: [{ lang: 'en', label: 'English', src: '/fixtures/positioned.vtt' }] },
        influence: { auteur: 'Anton Veil', film: 'Night Windows', year: 1954,
          media: { type: 'video', src: '/demo/influence/night-windows.mp4',
            captions: [{ lang: 'fr', label: 'Français', src: '/fixtures/clip-fr.vtt' }, { lang: 'en', label: 'English', src: '/fixtures/clip.vtt' }] } } }],
    },
  }));
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await page.goto(`${suite.server.url}?manifest=/fixtures/clip-captions.json&hotspot=clip`);
  await waitForFullResolution(page);
  const caption = () => page.evaluate(() => document.querySelector('shotscape-player').stats().caption);
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().captionBoxes.length === 5, null, { timeout: 20000 });
  assert.match(await caption(), /^One at the bottom/, 'the commentary\'s captions while the clip is silent');
  // M gives the clip its sound (pausing the commentary): the clip's English track — the commentary's
  // language, not the clip's first track (French).
  await page.focus('shotscape-player >> canvas');
  await page.keyboard.press('m');
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().caption === 'The clip speaks: every window a witness', null, { timeout: 20000 });
  assert.equal((await page.evaluate(() => document.querySelector('shotscape-player').stats())).captionBoxes.length, 1);
  assert.deepEqual(log.errors, []);
  await page.keyboard.press('m');
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().caption !== 'The clip speaks: every window a witness', null, { timeout: 20000 });
  await page.close();
});
