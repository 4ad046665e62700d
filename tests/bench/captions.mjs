#!/usr/bin/env node
// `make bench`, captions (issue 17): what drawing captions costs and what their text keeps in GPU
// memory, and the WebVTT parser's speed. At 1280×720 with a hotspot open, the view turned 36°/s for
// 5 s through setView(): captions off (the same commentary without a track) against three
// overlapping positioned cues in Japanese, Arabic and English (their runs rasterized by the browser
// and cached as textures, ui/Text.h), in the same run; medians of RUNS fresh pages. The parser: a
// 2 MB caption file (tests/bench/CaptionParseBench.cpp) natively and as wasm under Node.
// Not a test: it prints figures for the README and the notes.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { launchBrowser, serveSite, repoRoot, ensureFixtures, fixturesDir } from '../browser/harness.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 3);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };

ensureFixtures();
fs.writeFileSync(path.join(fixturesDir, 'bench-cues.vtt'), [
  'WEBVTT', '',
  '00:00.000 --> 10:00.000 line:-2', 'この窓の光は、小津の「晩春」から借りたものです。', '',
  '00:00.000 --> 10:00.000 line:-2 position:40%', 'هذا الضوء مستعار من فيلم أوزو', '',
  '00:00.000 --> 10:00.000 line:-2 position:60% size:50%', 'The light comes from the left, as in Late Spring', '',
].join('\n'));
const manifest = (captions) => ({
  title: 'Caption bench',
  scene: { type: 'equirect-image', src: '/fixtures/markers.jpg', hotspots: [{ id: 'cues', yaw: 0, pitch: 0, label: 'Cues',
    commentary: { audio: '/demo/commentary/lamp.m4a', ...(captions ? { captions: [{ lang: 'ja', label: '日本語', src: '/fixtures/bench-cues.vtt' }] } : {}) } }] },
});
fs.writeFileSync(path.join(fixturesDir, 'bench-cues.json'), JSON.stringify(manifest(true)));
fs.writeFileSync(path.join(fixturesDir, 'bench-nocues.json'), JSON.stringify(manifest(false)));

const server = await serveSite();
const browser = await launchBrowser();
async function rotation(file) {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}?manifest=/fixtures/${file}&hotspot=cues`);
  const stats = () => page.evaluate(() => document.querySelector('shotscape-player').stats());
  await page.waitForFunction(() => { const s = document.querySelector('shotscape-player').stats(); return s && s.fullResolutionMs > 0 && s.commentaryStatus === ''; }, null, { timeout: 120000 });
  if (file === 'bench-cues.json') await page.waitForFunction(() => document.querySelector('shotscape-player').stats().captionBoxes.length === 3, null, { timeout: 60000 });
  await page.waitForTimeout(500);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const script = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration').value;
  const a = await stats(), s0 = await script();
  await page.evaluate(() => new Promise((resolve) => {
    const el = document.querySelector('shotscape-player'), start = performance.now();
    const turn = (now) => {
      el.setView({ yaw: ((now - start) / 1000) * 36 });
      if (now - start < 5000) requestAnimationFrame(turn); else resolve();
    };
    requestAnimationFrame(turn);
  }));
  const b = await stats(), s1 = await script();
  await page.close();
  const frames = b.framesDrawn - a.framesDrawn;
  return { frames, scriptMsPerFrame: ((s1 - s0) * 1000) / Math.max(1, frames), textBytes: b.textBytes, textRuns: b.textRuns,
    rasterized: b.textRunsRasterized - a.textRunsRasterized };
}

try {
  const off = [], on = [];
  for (let i = 0; i < RUNS; i++) { off.push(await rotation('bench-nocues.json')); on.push(await rotation('bench-cues.json')); }
  const pick = (xs, k) => median(xs.map((x) => x[k]));
  const parse = (cmd, args) => JSON.parse(execFileSync(cmd, args, { encoding: 'utf8' }).trim().split('\n').pop());
  const native = [], wasm = [];
  for (let i = 0; i < RUNS; i++) {
    native.push(parse(path.join(repoRoot, 'build/native/tests/caption_parse_bench'), []));
    wasm.push(parse('node', ['--no-experimental-fetch', path.join(repoRoot, 'build/wasm/tests/caption_parse_bench.js')]));
  }
  console.log(`Captions — median of ${RUNS} runs, headless Chromium (SwiftShader), 1280×720, a hotspot open, 5 s rotation`);
  console.log('| figure | three positioned cues (ja, ar, en) | no captions |');
  console.log('|---|---:|---:|');
  console.log(`| frames drawn | ${pick(on, 'frames')} | ${pick(off, 'frames')} |`);
  console.log(`| script ms per frame | ${pick(on, 'scriptMsPerFrame').toFixed(2)} | ${pick(off, 'scriptMsPerFrame').toFixed(2)} |`);
  console.log(`| text runs rasterized during the rotation (cache misses) | ${pick(on, 'rasterized')} | ${pick(off, 'rasterized')} |`);
  console.log(`| text runs cached / their texture memory | ${pick(on, 'textRuns')} / ${(pick(on, 'textBytes') / 1024).toFixed(0)} KiB | ${pick(off, 'textRuns')} / ${(pick(off, 'textBytes') / 1024).toFixed(0)} KiB |`);
  console.log('');
  console.log(`| WebVTT parser, ${(native[0].bytes / 1048576).toFixed(1)} MB file (${native[0].cues} cues) | ms per parse | MB/s |`);
  console.log('|---|---:|---:|');
  console.log(`| native | ${pick(native, 'msPerParse').toFixed(1)} | ${pick(native, 'mbPerSecond').toFixed(1)} |`);
  console.log(`| wasm under Node | ${pick(wasm, 'msPerParse').toFixed(1)} | ${pick(wasm, 'mbPerSecond').toFixed(1)} |`);
} finally {
  await browser.close();
  await server.close();
}
