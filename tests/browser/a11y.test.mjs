// An accessibility audit (issue 17, part 7): axe-core (npm, dev dependency) over the demo page, the
// demo with a hotspot open, with the share menu open, embed.html, and the example host page with
// the player embedded — every WCAG 2.x A/AA rule and best practice axe has, shadow roots and
// frames included: zero violations, and zero "needs review" items.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { browserSuite, clickControl, repoRoot, waitForFullResolution, watchPage } from './harness.mjs';

const suite = browserSuite();
const AXE = path.join(repoRoot, 'node_modules/axe-core/axe.min.js');

// axe's findings on the page (and its frames), as lines naming the rule, the node and why.
async function audit(page) {
  for (const frame of page.frames()) await frame.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    resultTypes: ['violations', 'incomplete'],
  }));
  const lines = (kind, items) => items.flatMap((r) => r.nodes.map((n) => `${kind} ${r.id}: ${n.target.join(' ')} — ${n.failureSummary || r.help}`));
  return { violations: lines('violation', result.violations), incomplete: lines('needs review', result.incomplete) };
}

async function check(page, what) {
  const { violations, incomplete } = await audit(page);
  assert.deepEqual(violations, [], `${what}: violations`);
  assert.deepEqual(incomplete, [], `${what}: needs review`);
}

test('axe: the demo page, a hotspot open, the share menu open', async () => {
  const page = await suite.browser.context.newPage();
  const log = watchPage(page);
  await page.goto(suite.server.url);
  await waitForFullResolution(page);
  await check(page, 'demo page');
  await page.evaluate(() => document.querySelector('shotscape-player').openHotspot('window'));
  await page.waitForFunction(() => document.querySelector('shotscape-player').stats().hotspot === 'window');
  await page.waitForTimeout(500);
  await check(page, 'hotspot open');
  await clickControl(page, 'share');
  await page.waitForTimeout(300);
  await check(page, 'share menu open');
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('axe: embed.html and the example host page with the player in it', async () => {
  const page = await suite.browser.context.newPage();
  await page.goto(`${suite.server.url}embed.html?manifest=demo/manifest.json`);
  await waitForFullResolution(page);
  await check(page, 'embed.html');
  await page.goto(`${suite.server.url}embed-example.html?embed=${encodeURIComponent('manifest=demo/manifest.json')}`);
  await page.waitForFunction(() => window.frame);
  await page.evaluate(() => window.frame.ready);
  await check(page, 'example host page');
  await page.close();
});
