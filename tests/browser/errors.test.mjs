// Bad input never leaves a blank canvas: each case fires `error` with a readable message, the
// canvas shows the error panel, nothing is thrown, and the player keeps responding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { browserSuite, launchBrowser, fixturesDir, recordEvents, waitForEvent, waitForFullResolution, watchPage, screenshotPixels } from './harness.mjs';

const suite = browserSuite({
  setup() {
    const dir = path.join(fixturesDir, 'bad');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'broken.json'), '{"title": "Broken", "scene": {');
    fs.writeFileSync(path.join(dir, 'invalid.json'), JSON.stringify({
      title: 'Invalid', scene: { type: 'equirect-image', src: '../markers.jpg', initialView: { hfov: 400 } },
    }));
    fs.writeFileSync(path.join(dir, 'missing-image.json'), JSON.stringify({
      title: 'Missing image', scene: { type: 'equirect-image', src: 'nowhere.jpg' },
    }));
    fs.writeFileSync(path.join(dir, 'not-an-image.jpg'), 'this is text, not a JPEG\n'.repeat(50));
    fs.writeFileSync(path.join(fixturesDir, 'host.html'), '<!doctype html><meta charset="utf-8"><link rel="icon" href="/favicon.svg">' +
      '<script src="/shotscape-player.js"></script><style>shotscape-player{width:640px;height:360px}</style><body></body>');
    fs.writeFileSync(path.join(dir, 'script-src.json'), JSON.stringify({
      title: 'Script', scene: { type: 'equirect-image', src: 'javascript:alert(1)' },
    }));
  },
});

const CASES = [
  { name: 'a manifest URL that 404s', query: 'manifest=/fixtures/bad/absent.json', message: /The manifest could not be loaded \(HTTP 404 Not Found\): http:\/\/127\.0\.0\.1:\d+\/fixtures\/bad\/absent\.json/ },
  { name: 'invalid JSON', query: 'manifest=/fixtures/bad/broken.json', message: /^invalid JSON at line 1, column 31: syntax error while parsing object key - unexpected end of input; expected string literal$/ },
  { name: 'a manifest that fails validation', query: 'manifest=/fixtures/bad/invalid.json', message: /^\/scene\/initialView\/hfov: expected a number in \[10, 150\]$/, path: '/scene/initialView/hfov' },
  { name: 'an unsafe image URL in a manifest', query: 'manifest=/fixtures/bad/script-src.json', message: /^\/scene\/src: unsupported URL scheme "javascript:"/, path: '/scene/src' },
  { name: 'an image that fails to download', query: 'manifest=/fixtures/bad/missing-image.json', message: /The panorama could not be loaded \(HTTP 404 Not Found\): .*\/fixtures\/bad\/nowhere\.jpg/ },
  { name: 'an image that fails to decode', query: 'panorama=/fixtures/bad/not-an-image.jpg', message: /The panorama could not be loaded \(the image could not be decoded/ },
];

for (const c of CASES) {
  test(`error path: ${c.name}`, async () => {
    const page = await suite.browser.context.newPage();
    const log = watchPage(page);
    await recordEvents(page);
    await page.goto(`${suite.server.url}?${c.query}`);
    const detail = await waitForEvent(page, 'error');
    assert.match(detail.message, c.message);
    if (c.path) assert.equal(detail.path, c.path);
    // The panel is drawn in the canvas: its dark red fill covers the centre.
    await page.waitForTimeout(300);
    const shot = await screenshotPixels(page);
    let r = 0, g = 0, b = 0, n = 0, lit = 0;
    for (let y = shot.height / 2 - 30; y < shot.height / 2 + 30; y++) {
      for (let x = shot.width / 2 - 180; x < shot.width / 2 + 180; x++) {
        const k = (y * shot.width + x) * 4;
        r += shot.data[k]; g += shot.data[k + 1]; b += shot.data[k + 2]; n++;
        if (shot.data[k] + shot.data[k + 1] + shot.data[k + 2] > 450) lit++;
      }
    }
    assert.ok(r / n > g / n + 3 && r / n > b / n, `the error panel's red-tinted fill covers the centre: ${r / n},${g / n},${b / n}`);
    assert.ok(lit > 100, `the panel has text (${lit} bright pixels)`);
    // Still running: the API answers and a new view is accepted.
    const v = await page.evaluate(() => {
      const el = document.querySelector('shotscape-player');
      el.setView({ yaw: 33 });
      return el.getView();
    });
    assert.equal(v.yaw, 33);
    assert.deepEqual(log.errors.filter((e) => !/Failed to load resource/.test(e)), []);
    await page.close();
  });
}

test('after an error, loading a good panorama recovers', async () => {
  const page = await suite.browser.context.newPage();
  await recordEvents(page);
  await page.goto(`${suite.server.url}?panorama=/fixtures/bad/absent.jpg`);
  await waitForEvent(page, 'error');
  await page.evaluate(() => document.querySelector('shotscape-player').setAttribute('panorama', '/fixtures/markers.jpg'));
  await waitForEvent(page, 'ready');
  await waitForFullResolution(page);
  const s = await page.evaluate(() => document.querySelector('shotscape-player').stats());
  assert.equal(s.status, 'ready');
  assert.ok(s.firstFrameMs > 0 && s.fullResolutionMs >= s.firstFrameMs, JSON.stringify(s));
  await page.close();
});

test('without WebGL 2 the element says so in the page and fires error', async () => {
  const noGl = await launchBrowser({ extraArgs: ['--disable-3d-apis'] });
  const page = await noGl.context.newPage();
  const log = watchPage(page);
  await recordEvents(page);
  await page.goto(`${suite.server.url}?panorama=/fixtures/markers.jpg`);
  const detail = await waitForEvent(page, 'error');
  assert.equal(detail.message, 'WebGL 2 is not available in this browser, so the 360° view cannot be drawn.');
  const shown = await page.evaluate(() => {
    const fallback = document.querySelector('shotscape-player').shadowRoot.querySelector('.fallback');
    return { hidden: fallback.hidden, text: fallback.textContent, height: fallback.getBoundingClientRect().height };
  });
  assert.equal(shown.hidden, false);
  assert.equal(shown.text, detail.message);
  assert.ok(shown.height > 0);
  assert.deepEqual(log.errors, []);
  await noGl.close();
});

test('a panorama wider than the GPU allows is downscaled to MAX_TEXTURE_SIZE with a warning, and shown', async () => {
  const wide = path.join(fixturesDir, 'bad', 'too-wide.jpg');
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await recordEvents(page);
  await page.goto(`${suite.server.url}?controls=0`);
  const max = await page.evaluate(() => document.createElement('canvas').getContext('webgl2').getParameter(0x0D33)); // MAX_TEXTURE_SIZE
  if (!fs.existsSync(wide)) {
    // Twice the limit wide, short enough to decode quickly.
    const { execFileSync } = await import('node:child_process');
    execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-f', 'lavfi', '-i', `testsrc2=s=${max * 2}x256`, '-frames:v', '1', wide]);
  }
  await page.goto(`${suite.server.url}?panorama=/fixtures/bad/too-wide.jpg&controls=0`);
  await waitForEvent(page, 'ready');
  await waitForFullResolution(page);
  const stats = await page.evaluate(() => document.querySelector('shotscape-player').stats());
  assert.equal(stats.textureWidth, max);
  assert.equal(stats.textureHeight, 128);
  assert.ok(log.warnings.some((w) => w.includes(`it was downscaled to ${max}×128`)), log.warnings.join('\n'));
  assert.deepEqual(log.errors, []);
  await page.close();
});

// (The demo page drops a javascript: URL from its own URL with a warning: see moment.test.mjs.)
test('error path: a panorama attribute with a javascript: URL', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await page.goto(`${suite.server.url}fixtures/host.html`);
  const detail = await page.evaluate(() => new Promise((resolve) => {
    const el = document.createElement('shotscape-player');
    el.addEventListener('error', (e) => resolve(e.detail));
    el.setAttribute('panorama', 'javascript:alert(1)');
    document.body.append(el);
  }));
  assert.match(detail.message, /The panorama URL was refused: unsupported URL scheme "javascript:"/);
  assert.equal(detail.url, 'javascript:alert(1)');
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('missing interface fonts: one weight serves for both; none → the shot without its interface, an error event, a warning naming the file', async () => {
  for (const missing of [/shotscape-inter-semibold[.a-f0-9]*\.otf$/, /shotscape-inter-[a-z]+[.a-f0-9]*\.otf$/]) {
    const page = await suite.browser.context.newPage();
    const log = watchPage(page);
    await page.route(missing, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await recordEvents(page);
    await page.goto(`${suite.server.url}?manifest=demo/manifest.json`);
    await waitForEvent(page, 'ready');
    await waitForFullResolution(page);
    await page.waitForTimeout(300);
    const s = await page.evaluate(() => document.querySelector('shotscape-player').stats());
    const errors = (await page.evaluate(() => window.__shotscapeEvents.filter((e) => e.type === 'error'))).map((e) => e.detail.message);
    assert.ok(log.warnings.some((w) => /^shotscape: could not load the interface font http:\/\/127\.0\.0\.1:\d+\/shotscape-inter-semibold[.a-f0-9]*\.otf \(HTTP 404\)$/.test(w)),
      JSON.stringify(log.warnings));
    if (String(missing).includes('semibold')) {
      assert.ok(s.overlayDrawCalls > 0, 'the interface draws with the regular weight');
      assert.deepEqual(errors, []);
    } else {
      assert.equal(s.status, 'ready', 'the shot is shown');
      assert.equal(s.overlayDrawCalls, 0, 'without an interface');
      assert.deepEqual(errors, ["The player's interface font could not be loaded, so the shot is shown without its controls."]);
      // The canvas can draw no text: the element says it, along its bottom.
      assert.equal(await page.evaluate(() => {
        const f = document.querySelector('shotscape-player').shadowRoot.querySelector('.fallback');
        return f.hidden ? null : `${f.className}: ${f.textContent}`;
      }), "fallback banner: The player's interface font could not be loaded, so the shot is shown without its controls.");
    }
    assert.ok(!log.errors.some((e) => !/Failed to load resource/.test(e)), JSON.stringify(log.errors));
    await page.close();
  }
});
