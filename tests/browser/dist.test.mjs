// `make dist` as nginx serves it with the shipped configuration (deploy/nginx/): every file of the
// dist with its MIME type, cache policy and CORS header; each text file from its .br or .gz twin
// (which must exist) with exactly the bytes of the file itself; byte ranges for media; a missing
// file, a range beyond the end and unknown encodings answered cleanly. And make-dist itself: after a
// change in build/web it writes the new hashed name, points the element at it and drops the old.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { repoRoot } from './harness.mjs';
import { startNginx } from './nginx.mjs';

const distDir = process.env.SHOTSCAPE_DIST_DIR || path.join(repoRoot, 'build/dist');
const TEXT = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.vtt', '.m3u8', '.wasm', '.otf', '.txt', '.xml']);
const TYPES = {
  '.html': /^text\/html; charset=utf-8$/, '.js': /^application\/javascript; charset=utf-8$/, '.css': /^text\/css; charset=utf-8$/,
  '.json': /^application\/json; charset=utf-8$/, '.svg': /^image\/svg\+xml; charset=utf-8$/, '.wasm': /^application\/wasm$/,
  '.vtt': /^text\/vtt; charset=utf-8$/, '.m3u8': /^application\/vnd\.apple\.mpegurl$/, '.ts': /^video\/mp2t$/,
  '.mp4': /^video\/mp4$/, '.webm': /^video\/webm$/, '.m4a': /^audio\/(mp4|x-m4a)$/, '.otf': /^font\/otf$/,
  '.jpg': /^image\/jpeg$/, '.png': /^image\/png$/,
};
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, max-age=60, must-revalidate';

let server;
before(async () => { server = await startNginx({ root: distDir }); });
after(async () => { await server?.close(); });

function get(file, headers = {}, method = 'GET') {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, path: `/${file}`, method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const listing = () => JSON.parse(fs.readFileSync(path.join(distDir, 'dist-files.json'), 'utf8'));

test('every file: MIME type, cache policy, CORS; text from its .br/.gz twin with the same bytes', async () => {
  const { files, assets } = listing();
  assert.ok(files.length > 40, `${files.length} files listed`);
  assert.deepEqual(files.filter((f) => f.role === 'entry').map((f) => f.file).sort(),
    ['embed.html', 'index.html', 'shotscape-frame.js', 'shotscape-player.js']);
  for (const hashed of Object.values(assets)) assert.match(hashed, /\.[0-9a-f]{10}\.[a-z0-9]+$/);
  const checked = { br: 0, gzip: 0, identity: 0 };
  for (const { file, role } of files) {
    const ext = path.extname(file);
    const identity = fs.readFileSync(path.join(distDir, file));
    const plain = await get(file);
    assert.equal(plain.status, 200, file);
    assert.ok(plain.body.equals(identity), `${file}: identity bytes`);
    if (TYPES[ext]) assert.match(plain.headers['content-type'], TYPES[ext], `${file}: Content-Type`);
    assert.equal(plain.headers['cache-control'], role === 'hashed' ? IMMUTABLE : REVALIDATE, `${file}: Cache-Control`);
    assert.equal(plain.headers['access-control-allow-origin'], '*', `${file}: CORS`);
    assert.equal(plain.headers['x-content-type-options'], 'nosniff', file);
    if (!TEXT.has(ext)) {
      assert.equal(plain.headers['content-encoding'], undefined, `${file}: media is sent as it is`);
      continue;
    }
    for (const twin of ['br', 'gz']) assert.ok(fs.existsSync(path.join(distDir, `${file}.${twin}`)), `${file}.${twin} is missing`);
    const br = await get(file, { 'Accept-Encoding': 'gzip, deflate, br' });
    assert.equal(br.headers['content-encoding'], 'br', `${file}: served from its .br twin`);
    assert.ok(zlib.brotliDecompressSync(br.body).equals(identity), `${file}: .br decodes to the file`);
    assert.match(br.headers.vary || '', /Accept-Encoding/, `${file}: Vary`);
    assert.equal(br.headers['cache-control'], plain.headers['cache-control']);
    const gz = await get(file, { 'Accept-Encoding': 'gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip', `${file}: served from its .gz twin`);
    assert.ok(zlib.gunzipSync(gz.body).equals(identity), `${file}: .gz decodes to the file`);
    // An encoding nobody knows, and br refused with q=0: the file itself.
    for (const accept of ['x-unknown', 'br;q=0, identity']) {
      const other = await get(file, { 'Accept-Encoding': accept });
      assert.equal(other.headers['content-encoding'], undefined, `${file} with Accept-Encoding: ${accept}`);
      assert.ok(other.body.equals(identity), `${file} with Accept-Encoding: ${accept}`);
    }
    checked.br++; checked.gzip++; checked.identity++;
  }
  assert.ok(checked.br >= 20, `${checked.br} text files checked`);
  const csp = await get('index.html');
  assert.equal(csp.headers['content-security-policy'], undefined, 'no CSP unless configured');
});

test('byte ranges for media, a range beyond the end, a missing file, revalidation', async () => {
  const video = 'demo/video/apartment.mp4';
  const bytes = fs.readFileSync(path.join(distDir, video));
  const part = await get(video, { Range: 'bytes=1000-1999', 'Accept-Encoding': 'gzip, br' });
  assert.equal(part.status, 206);
  assert.equal(part.headers['content-range'], `bytes 1000-1999/${bytes.length}`);
  assert.ok(part.body.equals(bytes.subarray(1000, 2000)));
  const tail = await get(video, { Range: `bytes=${bytes.length - 10}-` });
  assert.ok(tail.body.equals(bytes.subarray(bytes.length - 10)));
  const beyond = await get(video, { Range: `bytes=${bytes.length + 5}-` });
  assert.equal(beyond.status, 416);
  assert.equal(beyond.headers['content-range'], `bytes */${bytes.length}`);
  // A range on a precompressed text file: whatever comes is consistent bytes of what it says it is.
  const js = fs.readFileSync(path.join(distDir, 'shotscape-player.js'));
  const ranged = await get('shotscape-player.js', { Range: 'bytes=0-99', 'Accept-Encoding': 'br' });
  if (ranged.status === 206 && !ranged.headers['content-encoding']) assert.ok(ranged.body.equals(js.subarray(0, 100)));
  else if (ranged.status === 200) assert.ok(zlib.brotliDecompressSync(ranged.body).equals(js));
  else assert.equal(ranged.status, 206);
  const missing = await get('demo/nope.jpg');
  assert.equal(missing.status, 404);
  assert.equal(missing.headers['access-control-allow-origin'], '*', 'a 404 is readable from other origins (the player reports it)');
  const first = await get('index.html');
  const again = await get('index.html', { 'If-None-Match': first.headers.etag });
  assert.equal(again.status, 304, 'entry points revalidate');
});

test('make-dist after a change in the site: a new hashed name, the element points at it, the old one goes', () => {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'shotscape-site-'));
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'shotscape-dist-'));
  try {
    const webDir = process.env.SHOTSCAPE_WEB_DIR || path.join(repoRoot, 'build/web');
    fs.cpSync(webDir, site, { recursive: true });
    const run = () => execFileSync('node', [path.join(repoRoot, 'tools/make-dist.mjs'), '--site', site, '--out', out], { encoding: 'utf8' });
    assert.match(run(), /compressed \d+, unchanged 0, removed 0/);
    const before = JSON.parse(fs.readFileSync(path.join(out, 'dist-files.json'), 'utf8')).assets;
    assert.match(run(), /compressed 0, unchanged \d+, removed 0/, 'nothing changed, nothing redone');
    fs.appendFileSync(path.join(site, 'shotscape-decoder.js'), '\n// changed\n');
    assert.match(run(), /compressed [1-9]\d*, unchanged \d+, removed 3\)/, 'the old decoder and its twins went');
    const now = JSON.parse(fs.readFileSync(path.join(out, 'dist-files.json'), 'utf8')).assets;
    assert.notEqual(now['shotscape-decoder.js'], before['shotscape-decoder.js']);
    assert.equal(now['shotscape.wasm'], before['shotscape.wasm']);
    assert.ok(!fs.existsSync(path.join(out, before['shotscape-decoder.js'])));
    const player = fs.readFileSync(path.join(out, 'shotscape-player.js'), 'utf8');
    assert.ok(player.includes(now['shotscape-decoder.js']) && !player.includes(before['shotscape-decoder.js']));
    assert.ok(zlib.brotliDecompressSync(fs.readFileSync(path.join(out, 'shotscape-player.js.br'))).toString() === player, 'twins follow');
    // A site without the element script is refused with a reason.
    fs.rmSync(path.join(site, 'shotscape-player.js'));
    assert.throws(() => execFileSync('node', [path.join(repoRoot, 'tools/make-dist.mjs'), '--site', site, '--out', out], { stdio: 'pipe' }),
      (e) => /has no shotscape-player\.js: run `make web` first/.test(e.stderr.toString()));
  } finally {
    fs.rmSync(site, { recursive: true, force: true });
    fs.rmSync(out, { recursive: true, force: true });
  }
});
