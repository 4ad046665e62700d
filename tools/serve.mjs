#!/usr/bin/env node
// A small static file server for the demo, the browser tests and the benchmark: 127.0.0.1 only,
// correct MIME types (application/wasm), byte ranges (media seeking), optional extra headers.
//
//   node tools/serve.mjs --root build/web [--mount /fixtures=build/fixtures] [--port 8080]
//                        [--header "Content-Security-Policy: ..."]
// As a module: startServer({root, mounts, port, headers}) → Promise<{server, port, url, close}>.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp', '.svg': 'image/svg+xml',
  '.mp4': 'video/mp4', '.webm': 'video/webm', '.m4a': 'audio/mp4', '.vtt': 'text/vtt; charset=utf-8',
  '.m3u8': 'application/vnd.apple.mpegurl', '.ts': 'video/mp2t', '.m4s': 'video/iso.segment', '.txt': 'text/plain; charset=utf-8',
  '.otf': 'font/otf', '.ico': 'image/x-icon',
};

export function startServer({ root, mounts = {}, port = 0, headers = {}, log = false }) {
  const roots = [['/', path.resolve(root)], ...Object.entries(mounts).map(([p, d]) => [p.replace(/\/?$/, '/'), path.resolve(d)])]
    .sort((a, b) => b[0].length - a[0].length);
  const server = http.createServer((req, res) => {
    let pathname;
    try { pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname); } catch { res.writeHead(400).end(); return; }
    const [prefix, dir] = roots.find(([p]) => pathname.startsWith(p));
    let file = path.join(dir, pathname.slice(prefix.length));
    if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
    fs.stat(file, (err, stat) => {
      if (!err && stat.isDirectory()) { file = path.join(file, 'index.html'); stat = fs.existsSync(file) ? fs.statSync(file) : null; }
      if (err || !stat) {
        if (log) console.log(`404 ${pathname}`);
        res.writeHead(404, { 'Content-Type': 'text/plain', ...headers }).end('not found');
        return;
      }
      const type = TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
      const common = { 'Content-Type': type, 'Accept-Ranges': 'bytes', 'Cache-Control': 'no-cache', ...headers };
      const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range || '');
      if (range && stat.size > 0) {
        const start = range[1] ? Number(range[1]) : Math.max(0, stat.size - Number(range[2]));
        const end = range[1] && range[2] ? Math.min(Number(range[2]), stat.size - 1) : stat.size - 1;
        if (start > end || start >= stat.size) { res.writeHead(416, { 'Content-Range': `bytes */${stat.size}` }).end(); return; }
        res.writeHead(206, { ...common, 'Content-Range': `bytes ${start}-${end}/${stat.size}`, 'Content-Length': end - start + 1 });
        if (req.method === 'HEAD') { res.end(); return; }
        fs.createReadStream(file, { start, end }).pipe(res);
        return;
      }
      res.writeHead(200, { ...common, 'Content-Length': stat.size });
      if (req.method === 'HEAD') { res.end(); return; }
      fs.createReadStream(file).pipe(res);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const actual = server.address().port;
      resolve({ server, port: actual, url: `http://127.0.0.1:${actual}/`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const options = { root: '.', mounts: {}, port: 8080, headers: {}, log: true };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--root') options.root = args[++i];
    else if (a === '--port') options.port = Number(args[++i]);
    else if (a === '--mount') { const [p, d] = args[++i].split('='); options.mounts[p] = d; }
    else if (a === '--header') { const h = args[++i]; const c = h.indexOf(':'); options.headers[h.slice(0, c).trim()] = h.slice(c + 1).trim(); }
    else { console.error(`unknown argument ${a}`); process.exit(2); }
  }
  const { url } = await startServer(options);
  console.log(`Shotscape demo: ${url}  (Ctrl+C to stop)`);
}
