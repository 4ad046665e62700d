#!/usr/bin/env node
// `make dist`: the deployable build for any static host or CDN, made from the static site in
// build/web (which `make web` keeps up to date).
//
//   node tools/make-dist.mjs [--site build/web] [--out build/dist] [--require-public-url]
//
// --require-public-url (what `make dist` passes unless PUBLIC_URL or LOOPBACK=1 is given): refuse
// a site whose share cards point at a loopback address (http://127.0.0.1:8080/, localhost, [::1]).
//
// - The player's assets get a content hash in their names (shotscape.js → shotscape.1a2b3c4d5e.js):
//   they can be cached for a year as immutable. The entry points keep their names (index.html,
//   embed.html, shotscape-player.js, shotscape-frame.js) and point at the hashed names: the element
//   script carries the map of plain → hashed names; every page's src/href attributes are rewritten.
// - Content (demo shots: manifests, images, media, captions, share cards) keeps its names: manifests
//   and moment links name those files, so they are served with a short cache and revalidation.
// - Every text asset gets a .gz (zlib, level 9) and a .br (Debian's brotli, quality 11) twin beside
//   it, for nginx's gzip_static / brotli_static or an object store's Content-Encoding.
// - Files unchanged since the last run are not compressed again; files no longer produced go.
// The cache policy itself (which names are immutable) is in deploy/nginx/shotscape-site.conf and
// the README; `dist-files.json` in the output lists every file with its role for other uploaders.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';

const args = process.argv.slice(2);
const option = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
const site = path.resolve(option('--site', 'build/web'));
const out = path.resolve(option('--out', 'build/dist'));

const ENTRY_POINTS = ['index.html', 'embed.html', 'shotscape-player.js', 'shotscape-frame.js'];
// The player's own files, named by content in the dist.
const HASHED = ['shotscape.js', 'shotscape.wasm', 'shotscape-player.css', 'shotscape-decoder.js',
  'shotscape-inter-regular.otf', 'shotscape-inter-semibold.otf', 'hls.light.min.js', 'index.js', 'index.css',
  'embed.js'];
// (favicon.svg keeps its name: pages elsewhere link it by that name.)
// Text formats that get .gz and .br twins (media and images are compressed already).
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.vtt', '.m3u8', '.wasm', '.otf', '.txt', '.xml']);
// What a hashed name looks like (also the nginx configuration's pattern for immutable files).
const HASHED_NAME = /\.[0-9a-f]{10}\.[a-z0-9]+$/;

function fail(message) {
  console.error(`make-dist: ${message}`);
  process.exit(1);
}

if (args.includes('--require-public-url')) {
  const html = fs.readFileSync(path.join(site, 'index.html'), 'utf8');
  const url = (html.match(/<meta property="og:url" content="([^"]*)"/) || [])[1];
  if (!url) fail(`${site}/index.html has no share cards (og:url): run make web first`);
  const host = new URL(url.replace(/&amp;/g, '&')).hostname;
  if (/^(127\.|localhost$|\[::1\]$|0\.0\.0\.0$)/.test(host)) {
    fail(`the share cards point at ${url}, this machine: a deployed site would show broken cards.\n` +
      '  Build for the host that will serve it:  make dist PUBLIC_URL=https://your.host/path/\n' +
      '  or, for a local build on purpose:       make dist LOOPBACK=1');
  }
}

function walk(dir, base = dir, list = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, base, list);
    else if (entry.isFile()) list.push(path.relative(base, full).split(path.sep).join('/'));
  }
  return list;
}

if (!fs.existsSync(path.join(site, 'shotscape-player.js'))) fail(`${site} has no shotscape-player.js: run \`make web\` first`);
for (const name of [...ENTRY_POINTS, ...HASHED]) {
  if (!fs.existsSync(path.join(site, name))) fail(`${site}/${name} is missing`);
}

const hashOf = (data) => crypto.createHash('sha256').update(data).digest('hex').slice(0, 10);
const names = {}; // plain name → hashed name
for (const name of HASHED) {
  const ext = path.extname(name);
  names[name] = `${name.slice(0, -ext.length)}.${hashOf(fs.readFileSync(path.join(site, name)))}${ext}`;
}

// Every page's src/href that names one of the hashed files (relative to the page, or from the
// site's root) names the hashed file instead.
function rewriteHtml(file, text) {
  const dir = path.posix.dirname(file);
  return text.replace(/\b(src|href)="([^"#?]+)([^"]*)"/g, (all, attr, value, rest) => {
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(value)) return all; // another origin or scheme
    const target = value.startsWith('/') ? value.slice(1) : path.posix.normalize(path.posix.join(dir, value));
    if (!names[target]) return all;
    const hashed = value.startsWith('/') ? `/${names[target]}` : path.posix.relative(dir, names[target]);
    return `${attr}="${hashed}${rest}"`;
  });
}

// The element's map of asset names: JSON.parse('{"shotscape-assets":0}') in the source (any quotes
// the minifier chose); replaced by the map, so the element asks for the hashed names.
function rewritePlayer(text) {
  const marker = /JSON\.parse\((['"`])\{\\?"shotscape-assets\\?":0\}\1\)/;
  if (!marker.test(text)) fail('shotscape-player.js has no asset map marker (JSON.parse(\'{"shotscape-assets":0}\'))');
  return text.replace(marker, () => `JSON.parse(${JSON.stringify(JSON.stringify(names))})`);
}

const produced = new Map(); // dist path → Buffer
for (const file of walk(site)) {
  if (file.endsWith('.gz') || file.endsWith('.br')) continue;
  const data = fs.readFileSync(path.join(site, file));
  if (file === 'shotscape-player.js') produced.set(file, Buffer.from(rewritePlayer(data.toString('utf8'))));
  else if (file.endsWith('.html')) produced.set(file, Buffer.from(rewriteHtml(file, data.toString('utf8'))));
  else if (names[file]) produced.set(names[file], data);
  else produced.set(file, data);
}
// Every hashed name an entry point should now use is there.
const player = produced.get('shotscape-player.js').toString('utf8');
for (const hashed of Object.values(names)) {
  if (!produced.has(hashed)) fail(`${hashed} was not written`);
}
if (!player.includes(names['shotscape.wasm'])) fail('shotscape-player.js does not name the hashed wasm');

// The listing for other uploaders (an object store's sync script): every file with its role, which
// decides its Cache-Control (README, "Deploying").
const hashedNames = new Set(Object.values(names));
const roleOf = (file) => (ENTRY_POINTS.includes(file) ? 'entry' : hashedNames.has(file) ? 'hashed' : 'content');
const listing = [...produced.keys(), 'dist-files.json'].sort().map((file) => ({ file, role: roleOf(file) }));
produced.set('dist-files.json', Buffer.from(JSON.stringify({ assets: names, files: listing }, null, 1) + '\n'));

fs.mkdirSync(out, { recursive: true });
const wanted = new Set();
let compressed = 0, reused = 0;
for (const [file, data] of produced) {
  const target = path.join(out, file);
  wanted.add(file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const same = fs.existsSync(target) && fs.readFileSync(target).equals(data);
  if (COMPRESSED.has(path.extname(file).toLowerCase())) {
    wanted.add(`${file}.gz`).add(`${file}.br`);
    if (same && fs.existsSync(`${target}.gz`) && fs.existsSync(`${target}.br`)) {
      reused++;
    } else {
      // The twins first, the file last: an interrupted run leaves a file that differs, redone next time.
      fs.writeFileSync(`${target}.gz`, zlib.gzipSync(data, { level: 9 }));
      fs.writeFileSync(`${target}.br`, execFileSync('brotli', ['--stdout', '--quality=11'], { input: data, maxBuffer: 1 << 30 }));
      compressed++;
    }
  }
  if (!same) fs.writeFileSync(target, data);
}
// What an earlier run wrote and this one did not (an old hash, a removed file) goes.
let removed = 0;
for (const file of walk(out)) {
  if (!wanted.has(file)) { fs.rmSync(path.join(out, file)); removed++; }
}
console.log(`make-dist: ${produced.size} files in ${path.relative(process.cwd(), out) || out} ` +
  `(${Object.keys(names).length} hashed; compressed ${compressed}, unchanged ${reused}, removed ${removed})`);
