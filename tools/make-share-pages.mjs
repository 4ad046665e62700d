#!/usr/bin/env node
// Writes what a shared link shows before anyone opens it, into the assembled site (`make web`):
// the Open Graph / Twitter card tags of the demo page (in place of <!-- share-meta --> in
// index.html), an oEmbed document (oembed.json) and, for each hotspot, a share page
// (demo/share/<id>.html) with that hotspot's card that forwards to the player with it open, and for
// each scene of a tour but the first, one (demo/share/scene-<id>.html) that opens that scene.
// Cards need absolute URLs: --public-url is where the site is served (make web PUBLIC_URL=…).
//
//   node tools/make-share-pages.mjs --site build/web --public-url https://shots.example/
// Reads demo/manifest.json and demo/share/index.json (from shotscape-share-preview) in the site.
import fs from 'node:fs';
import path from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
if (!args.site || !args['public-url']) {
  console.error('usage: make-share-pages.mjs --site DIR --public-url URL');
  process.exit(2);
}
const site = args.site;
if (process.argv.includes('--loopback-default')) {
  // Loud, on stderr: a site built this way and deployed shows cards pointing at the viewer's own machine.
  console.error([
    '',
    '*** WARNING: no PUBLIC_URL given: the share cards (og:image, og:url, twitter:image, oEmbed) point at',
    `***          ${args['public-url']} — fine on this machine, broken on any real host.`,
    '***          Build for a host with:  make web PUBLIC_URL=https://your.host/path/',
    '',
  ].join('\n'));
}
const base = new URL(args['public-url']).href.replace(/\/?$/, '/');
const manifest = JSON.parse(fs.readFileSync(path.join(site, 'demo/manifest.json'), 'utf8'));
const cards = JSON.parse(fs.readFileSync(path.join(site, 'demo/share/index.json'), 'utf8'));
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const film = [manifest.film, manifest.year && `(${manifest.year})`].filter(Boolean).join(' ');
const byline = manifest.director ? `${manifest.director}'s shot${film ? ` from ${film}` : ''}` : 'A shot';
const scenes = manifest.scenes || [manifest.scene];
const startScene = manifest.start || scenes[0].id || 'main';
const hotspots = scenes.flatMap((s) => s.hotspots || []);
const pageDescription = `${byline}, rebuilt in 360°: look around the set and hear the director on ${hotspots.length} details.`;

function tags({ title, description, url, image, alt }) {
  return [
    `<meta name="description" content="${esc(description)}">`,
    `<link rel="canonical" href="${esc(url)}">`,
    '<meta property="og:type" content="website">',
    '<meta property="og:site_name" content="Shotscape">',
    `<meta property="og:title" content="${esc(title)}">`,
    `<meta property="og:description" content="${esc(description)}">`,
    `<meta property="og:url" content="${esc(url)}">`,
    `<meta property="og:image" content="${esc(image.url)}">`,
    `<meta property="og:image:width" content="${image.width}">`,
    `<meta property="og:image:height" content="${image.height}">`,
    `<meta property="og:image:alt" content="${esc(alt)}">`,
    '<meta name="twitter:card" content="summary_large_image">',
    `<meta name="twitter:title" content="${esc(title)}">`,
    `<meta name="twitter:description" content="${esc(description)}">`,
    `<meta name="twitter:image" content="${esc(image.url)}">`,
    `<meta name="twitter:image:alt" content="${esc(alt)}">`,
    `<link rel="alternate" type="application/json+oembed" href="${esc(base)}oembed.json" title="${esc(manifest.title)}">`,
  ].join('\n');
}

const main = cards.find((c) => !c.hotspot);
const image = (card) => ({ url: `${base}demo/share/${card.file}`, width: card.width, height: card.height });
const title = `${manifest.title} — ${byline}`;
const indexPath = path.join(site, 'index.html');
const index = fs.readFileSync(indexPath, 'utf8');
if (!index.includes('<!-- share-meta -->')) throw new Error(`${indexPath}: no <!-- share-meta --> placeholder`);
fs.writeFileSync(indexPath, index.replace('<!-- share-meta -->', tags({
  title, description: pageDescription, url: base, image: image(main), alt: `The set of ${manifest.title}, seen in 360°`,
})));

// oEmbed (https://oembed.com): a "rich" type whose html is the iframe snippet.
const width = 640, height = 360;
fs.writeFileSync(path.join(site, 'oembed.json'), JSON.stringify({
  version: '1.0', type: 'rich', provider_name: 'Shotscape', provider_url: base, title, author_name: manifest.director || undefined,
  width, height,
  html: `<iframe src="${esc(base)}embed.html?manifest=demo%2Fmanifest.json" width="${width}" height="${height}" style="border:0" ` +
    `allow="autoplay; fullscreen; xr-spatial-tracking; accelerometer; gyroscope" allowfullscreen title="${esc(manifest.title)} (360°)"></iframe>`,
  thumbnail_url: image(main).url, thumbnail_width: main.width, thumbnail_height: main.height,
}, null, 2) + '\n');

// A page per hotspot (<id>.html) and per scene but the start (scene-<id>.html).
for (const card of cards.filter((c) => c.hotspot || (c.scene && c.scene !== startScene))) {
  // The player opens where the card looks, in the card's scene, with the hotspot open.
  const r = (v) => Math.round(v * 10) / 10;
  const scene = card.scene && card.scene !== startScene ? `scene=${encodeURIComponent(card.scene)}&` : '';
  const target = `../../#${scene}yaw=${r(card.yaw)}&pitch=${r(card.pitch)}&hfov=${r(card.hfov)}` +
    (card.hotspot ? `&hotspot=${encodeURIComponent(card.hotspot)}` : '');
  const page = card.hotspot ? card.hotspot : `scene-${card.scene}`;
  const url = `${base}demo/share/${encodeURIComponent(page)}.html`;
  fs.writeFileSync(path.join(site, 'demo/share', `${page}.html`), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(card.title)}</title>
${tags({ title: card.title, description: card.description || pageDescription, url, image: image(card), alt: card.title })}
<script src="forward.js"></script>
<meta http-equiv="refresh" content="0; url=${esc(target)}">
<link rel="icon" href="../../favicon.svg" type="image/svg+xml">
</head><body><p><a href="${esc(target)}">Open ${esc(card.title)}</a></p></body></html>
`);
}
// A shared link's moment rides in the share page's query (the player's Copy link and Share…);
// the page forwards with it. Without one, the refresh above opens the card's own view.
fs.writeFileSync(path.join(site, 'demo/share/forward.js'),
  "// Share pages forward to the player, keeping the moment a shared link carries in its query.\n" +
  "if (location.search.length > 1) location.replace('../../' + location.search);\n");
console.log(`share cards: index.html, oembed.json and ${cards.length - 1} hotspot and scene pages for ${base}`);
