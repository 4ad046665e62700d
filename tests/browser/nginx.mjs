// Runs Debian's nginx for the tests, unprivileged, on a loopback port, with the repository's own
// configuration (deploy/nginx/): what ships is what is tested. Each server gets a fresh prefix in
// the temporary folder (its nginx.conf, logs, temp paths) and is stopped by close().
//
//   startNginx({root, mounts: {'/fixtures': dir}, csp: 'default-src …'}) → Promise<{port, url, prefix, close}>
import fs from 'node:fs';
import os from 'node:os';
import net from 'node:net';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const deployDir = path.join(repoRoot, 'deploy/nginx');
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

// A port the kernel had free a moment ago (nginx is then asked to take it; a lost race is retried).
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => { const { port } = probe.address(); probe.close(() => resolve(port)); });
  });
}

// nginx's string syntax: double quotes, with backslash escapes (a $ would start a variable).
const quote = (value) => {
  if (/\$/.test(value)) throw new Error(`startNginx: no $ in header values: ${value}`);
  return `"${String(value).replace(/["\\]/g, (c) => `\\${c}`)}"`;
};

function config({ prefix, port, root, mounts, csp }) {
  const aliases = Object.entries(mounts).map(([at, dir]) => `
    location ${at.replace(/\/?$/, '/')} {
      alias ${path.resolve(dir)}/;
      include shotscape/shotscape-headers.conf;
      add_header Cache-Control "no-cache" always;
    }`).join('');
  return `# Written by tests/browser/nginx.mjs for one test server.
load_module ${BROTLI_MODULE};
daemon off;
master_process off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 512; }
http {
  access_log ${prefix}/access.log;
  client_body_temp_path ${prefix}/tmp/body;
  proxy_temp_path ${prefix}/tmp/proxy;
  fastcgi_temp_path ${prefix}/tmp/fastcgi;
  uwsgi_temp_path ${prefix}/tmp/uwsgi;
  scgi_temp_path ${prefix}/tmp/scgi;
  sendfile on;
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${path.resolve(root)};
    set $shotscape_csp ${quote(csp || '')};
    include shotscape/shotscape-site.conf;${aliases}
  }
}
`;
}

export async function startNginx({ root, mounts = {}, csp = '' }) {
  let lastError = '';
  for (let attempt = 0; attempt < 5; attempt++) {
    const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'shotscape-nginx-'));
    fs.mkdirSync(path.join(prefix, 'tmp'));
    fs.mkdirSync(path.join(prefix, 'shotscape'));
    for (const f of fs.readdirSync(deployDir)) fs.copyFileSync(path.join(deployDir, f), path.join(prefix, 'shotscape', f));
    const port = await freePort();
    fs.writeFileSync(path.join(prefix, 'nginx.conf'), config({ prefix, port, root, mounts, csp }));
    const child = spawn('nginx', ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-e', path.join(prefix, 'error.log')],
      { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    const up = await Promise.race([waitForPort(port, 10000), exited.then(() => false)]);
    if (up) {
      return {
        port, prefix, process: child, url: `http://127.0.0.1:${port}/`,
        log: () => fs.readFileSync(path.join(prefix, 'access.log'), 'utf8'),
        close: async () => {
          child.kill('SIGTERM');
          await exited;
          fs.rmSync(prefix, { recursive: true, force: true });
        },
      };
    }
    child.kill('SIGKILL');
    await exited;
    lastError = `${stderr}${fs.existsSync(path.join(prefix, 'error.log')) ? fs.readFileSync(path.join(prefix, 'error.log'), 'utf8') : ''}`;
    fs.rmSync(prefix, { recursive: true, force: true });
    if (!/Address already in use/.test(lastError)) break; // only a lost port race is worth another try
  }
  throw new Error(`nginx did not start: ${lastError.trim()}`);
}

function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve) => {
    const attempt = () => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => { socket.destroy(); resolve(true); });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) resolve(false);
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}
