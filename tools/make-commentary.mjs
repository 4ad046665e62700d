#!/usr/bin/env node
// node tools/make-commentary.mjs SCRIPT.txt OUT_DIR NAME
//
// Turns a written commentary script into the director's spoken commentary and its captions:
// OUT_DIR/NAME.m4a (espeak-ng speech, AAC mono via ffmpeg) and OUT_DIR/NAME.en.vtt whose cues match
// the speech exactly, because each line is spoken separately, measured, and the cue placed at the
// running total. Script format: one caption per line, "Speaker: text"; blank lines and lines
// starting with # are ignored. A line may carry translations after "||", each "lang: text"
// (e.g. "Lena Marsh: The window. || fr: La fenêtre."): they become OUT_DIR/NAME.LANG.vtt with the
// same timings. Deterministic for the same script and tool versions.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const GAP_SECONDS = 0.35; // silence between lines
const [scriptPath, outDir, name] = process.argv.slice(2);
if (!scriptPath || !outDir || !name) {
  console.error('usage: node tools/make-commentary.mjs SCRIPT.txt OUT_DIR NAME');
  process.exit(2);
}

const lines = fs.readFileSync(scriptPath, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
if (!lines.length) {
  console.error(`${scriptPath}: error: no lines to speak`);
  process.exit(1);
}
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'shotscape-commentary-'));
const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
const duration = (file) => Number(run('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'default=nw=1:nk=1', file]));
const stamp = (t) => {
  const ms = Math.round(t * 1000);
  const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, s = Math.floor(ms / 1000) % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(ms % 1000).padStart(3, '0')}`;
};

try {
  const silence = path.join(work, 'gap.wav');
  run('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', `anullsrc=r=22050:cl=mono`, '-t', String(GAP_SECONDS), '-c:a', 'pcm_s16le', silence]);
  const parts = [];
  const cues = [];
  let t = 0;
  const translations = new Map(); // lang → texts, one per line
  lines.forEach((full, i) => {
    const [line, ...others] = full.split('||').map((p) => p.trim());
    for (const other of others) {
      const sep = other.indexOf(':');
      if (sep <= 0) throw new Error(`${scriptPath}: line "${full}": a translation must read "lang: text"`);
      const lang = other.slice(0, sep).trim();
      if (!translations.has(lang)) translations.set(lang, []);
      translations.get(lang)[i] = other.slice(sep + 1).trim();
    }
    const colon = line.indexOf(':');
    const speaker = colon > 0 ? line.slice(0, colon).trim() : '';
    const text = colon > 0 ? line.slice(colon + 1).trim() : line;
    const wav = path.join(work, `line${i}.wav`);
    run('espeak-ng', ['-v', 'en-us', '-s', '150', '-w', wav, text]);
    // Resample so every part shares one format for the concatenation.
    const part = path.join(work, `part${i}.wav`);
    run('ffmpeg', ['-v', 'error', '-y', '-i', wav, '-ar', '22050', '-ac', '1', '-c:a', 'pcm_s16le', part]);
    const length = duration(part);
    cues.push({ start: t, end: t + length, speaker, text });
    parts.push(part, silence);
    t += length + GAP_SECONDS;
  });
  const list = path.join(work, 'list.txt');
  fs.writeFileSync(list, parts.map((p) => `file '${p}'`).join('\n'));
  fs.mkdirSync(outDir, { recursive: true });
  const audio = path.join(outDir, `${name}.m4a`);
  run('ffmpeg', ['-v', 'error', '-y', '-f', 'concat', '-safe', '0', '-i', list, '-c:a', 'aac', '-b:a', '32k', '-ac', '1', '-movflags', '+faststart', audio]);
  const writeVtt = (lang, texts) => {
    const vtt = ['WEBVTT', ''];
    cues.forEach((c, i) => {
      const text = texts[i] ?? c.text;
      vtt.push(`${name}-${i + 1}`, `${stamp(c.start)} --> ${stamp(c.end)}`, c.speaker ? `<v ${c.speaker}>${text}` : text, '');
    });
    const file = path.join(outDir, `${name}.${lang}.vtt`);
    fs.writeFileSync(file, vtt.join('\n'));
    return file;
  };
  const captions = writeVtt('en', cues.map((c) => c.text));
  const extra = [...translations].map(([lang, texts]) => writeVtt(lang, texts));
  console.log(`wrote ${audio} (${t.toFixed(2)} s) and ${captions} (${cues.length} cues)${extra.map((f) => `, ${f}`).join('')}`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
