// The whole interface by keyboard (issue 17, part 6): one Tab order through the markers and every
// control — the hotspot's panel (close, side by side, play, seek, captions, caption style,
// languages), the caption style's choices, the share menu, the button bar — with Shift+Tab back
// the same way; Tab from the page into the player lands on its first item, Shift+Tab back into it
// on its last, past either end the focus leaves; each control's name, role and state said in the
// live region; a ring drawn by the player around the focused control; Enter and Space press it; a
// focused seek bar moves with the arrows; ? shows the shortcuts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { browserSuite, fixturesDir, recordEvents, repoRoot, screenshotPixels, waitForEvent, waitForFullResolution, watchPage } from './harness.mjs';

const lookDir = path.join(repoRoot, 'build/look');
const suite = browserSuite({
  setup() {
    fs.mkdirSync(lookDir, { recursive: true });
    fs.writeFileSync(path.join(fixturesDir, 'keyboard.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
  <link rel="icon" href="/favicon.svg"><script src="/shotscape-player.js"></script></head><body>
  <button id="before">Before</button>
  <shotscape-player manifest="/demo/manifest.json" style="display:block;width:1200px;height:640px"></shotscape-player>
  <button id="after">After</button></body></html>`);
  },
});

const live = (page) => page.evaluate(() => document.querySelector('shotscape-player').shadowRoot.querySelector('[data-role=live]').textContent);
const active = (page) => page.evaluate(() => {
  const root = document.querySelector('shotscape-player').shadowRoot;
  return root.activeElement ? 'player' : document.activeElement.id || document.activeElement.localName;
});
async function press(page, key) {
  await page.keyboard.press(key);
  await page.waitForTimeout(150);
  return { where: await active(page), said: await live(page) };
}

test('Tab and Shift+Tab through markers and controls, in and out of the player both ways', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await page.goto(`${suite.server.url}fixtures/keyboard.html`);
  await waitForFullResolution(page);
  await page.focus('#before');
  const forward = [];
  for (let i = 0; i < 20; i++) {
    const step = await press(page, 'Tab');
    if (step.where !== 'player') { forward.push(step.where); break; }
    forward.push(step.said);
  }
  // The demo: 4 hotspots and 3 ways, then the tour's scene list button and the bar's four buttons.
  assert.equal(forward[0], 'The bookcase, hotspot 1 of 4. Press Enter to open.', 'Tab into the player: its first item');
  assert.deepEqual(forward.slice(7), ['Scenes of this shot, button', 'Share this moment, button', 'Reset view (0), button',
    'Projection: standard. Next: little planet (P), button', 'Fullscreen (F), button', 'after']);
  // Back in with Shift+Tab: the last control first, then back the same way.
  const back = [];
  for (let i = 0; i < 3; i++) back.push((await press(page, 'Shift+Tab')).said);
  assert.deepEqual(back, ['Fullscreen (F), button', 'Projection: standard. Next: little planet (P), button', 'Reset view (0), button']);
  let presses = 0;
  while ((await press(page, 'Shift+Tab')).where === 'player' && presses < 20) presses++;
  assert.equal(await active(page), 'before', 'Shift+Tab past the first item leaves the player');
  assert.equal(presses, 12 - 3, 'back through the other two controls of the bar, the list button and the seven markers');
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('Enter opens a hotspot; its panel, the caption style and the share menu by keyboard; the ring; ?', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await recordEvents(page);
  await page.goto(`${suite.server.url}fixtures/keyboard.html`);
  await waitForFullResolution(page);
  await page.focus('#before');
  await press(page, 'Tab');
  await press(page, 'Enter');
  assert.equal((await waitForEvent(page, 'hotspotopen')).by, 'keyboard');
  // Past the markers: the panel's controls, each named with its role.
  const said = [];
  for (let i = 0; i < 13; i++) said.push((await press(page, 'Tab')).said);
  const panel = said.slice(6);
  assert.equal(panel[0], 'Close (Esc), button');
  assert.ok(panel.includes('Side by side with the shot, button'), panel.join('\n'));
  assert.ok(panel.some((s) => /^Commentary position, slider, 0:0\d \/ 0:\d\d\./.test(s)), panel.join('\n'));
  assert.ok(panel.includes('English captions, button, selected'), panel.join('\n'));
  // Back to the commentary's play button: Space pauses it, and the new name is said.
  let step;
  for (let i = 0; i < 8 && !/commentary, button$/.test((step = await press(page, 'Shift+Tab')).said); i++);
  assert.equal(step.said, 'Pause the commentary, button');
  // The ring: amber around the focused button, drawn by the player.
  const rects = await page.evaluate(() => document.querySelector('shotscape-player').stats().controlRects);
  const shot = await screenshotPixels(page);
  fs.writeFileSync(path.join(lookDir, 'keyboard-focus.png'), shot.png);
  await press(page, ' ');
  assert.equal((await live(page)), 'Play the commentary, button', 'pressed: its new name is said');
  // The seek bar: the arrows move the commentary.
  const seek = await press(page, 'Tab');
  assert.match(seek.said, /^Commentary position, slider/);
  const before = await page.evaluate(() => document.querySelector('shotscape-player').shadowRoot.querySelector('[data-role=commentary]').currentTime);
  await press(page, 'ArrowRight');
  const after = await page.evaluate(() => document.querySelector('shotscape-player').shadowRoot.querySelector('[data-role=commentary]').currentTime);
  assert.ok(after - before > 3, `ArrowRight moved the commentary 5 s: ${before} → ${after}`);
  // The caption style panel, opened and used by keyboard.
  for (let i = 0; i < 3 && !/^Caption style/.test((step = await press(page, 'Tab')).said); i++);
  assert.equal(step.said, 'Caption style: size, colours, font, button');
  await press(page, 'Enter');
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().captionSettingsOpen);
  // Opened by a key, the panel takes the focus: its first choice, then the rest of its row.
  assert.equal(await live(page), 'Text size 50%, button');
  const style = [];
  for (let i = 0; i < 4; i++) style.push((await press(page, 'Tab')).said);
  assert.deepEqual(style, ['Text size 75%, button', 'Text size 100%, button, selected', 'Text size 125%, button', 'Text size 150%, button']);
  await press(page, 'Enter');
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().captionStyle.size === 150);
  assert.equal(await live(page), 'Text size 150%, button, selected');
  // The ring is around that button.
  // (Read once the panel has settled: a larger preview grows it, and it is anchored at its bottom.)
  const rect = () => page.evaluate(() => JSON.stringify(document.querySelector('shotscape-player').stats().controlRects['caption-size-150']));
  let settled = await rect();
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(150);
    const again = await rect();
    if (again === settled) break;
    settled = again;
  }
  const focused = JSON.parse(settled);
  const ringShot = await screenshotPixels(page);
  assert.equal(await rect(), settled, 'the panel did not move while the screenshot was taken');
  fs.writeFileSync(path.join(lookDir, 'keyboard-caption-style.png'), ringShot.png);
  const box = await page.locator('shotscape-player canvas').boundingBox();
  let amber = 0;
  for (let x = Math.round(focused.x - 4); x < focused.x + focused.w + 4; x++) {
    const y = Math.round(box.y + focused.y - 3);
    const i = (y * ringShot.width + Math.round(box.x + x)) * 4;
    if (ringShot.data[i] > 220 && ringShot.data[i + 1] > 160 && ringShot.data[i + 1] < 215 && ringShot.data[i + 2] < 130) amber++;
  }
  assert.ok(amber > focused.w * 0.6, `an amber ring along the focused button's top: ${amber} of ${focused.w} px`);
  // Escape closes the caption style, the focus back on the button that opened it; then the panel.
  await press(page, 'Escape');
  await page.waitForFunction(() => !document.querySelector('shotscape-player').stats().captionSettingsOpen);
  await page.waitForTimeout(200);
  assert.equal(await live(page), 'Caption style: size, colours, font, button');
  await press(page, 'Escape');
  await page.waitForFunction(() => !document.querySelector('shotscape-player').stats().hotspot);
  // ? shows the shortcuts; Escape hides them.
  await press(page, 'Shift+?');
  assert.match(await live(page), /^Keyboard shortcuts\./);
  fs.writeFileSync(path.join(lookDir, 'keyboard-help.png'), await page.screenshot());
  await press(page, 'Escape');
  assert.equal(await live(page), 'Keyboard shortcuts closed');
  // The share menu: its button by Tab, Enter, and its items follow in the order.
  for (let i = 0; i < 20 && !/^Share this moment/.test((step = await press(page, 'Tab')).said); i++);
  await press(page, 'Enter');
  await page.waitForTimeout(200);
  const share = [await live(page)];
  for (let i = 0; i < 2; i++) share.push((await press(page, 'Tab')).said);
  assert.deepEqual(share, ['Copy link, button', 'Copy embed code, button', 'Copy script tag, button']);
  await press(page, 'Escape');
  await page.waitForTimeout(200);
  assert.equal(await live(page), 'Share this moment, button', 'Escape: back on the menu\'s button');
  assert.deepEqual(log.errors, []);
  await page.close();
});
