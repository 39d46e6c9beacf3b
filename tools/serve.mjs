// A small static server for the demo and the browser tests.
//
// Why not a dev server such as `trunk serve`: it injects an inline auto-reload script (blocked by a strict
// CSP) and answers missing files with index.html and status 200, which hides exactly
// the failures the tests need to see (a missing .wasm, a catalogue 404).
//
// Usage: node tools/serve.mjs [--port 8080] [--host 127.0.0.1] [--root dist]
//                             [--mount /prefix=dir ...] [--no-csp] [--header 'Name: value' ...]
// As a module: const server = await startServer({ roots, port: 0 }); server.url; await server.close();

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { pathToFileURL } from 'node:url';

/** The policy of DESIGN.md's embedding contract: what a strict host page sends. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.txt']);

/**
 * @param {object} options
 * @param {Array<{prefix: string, dir: string}>} options.roots  URL prefix → directory; longest prefix wins.
 * @param {number} [options.port]  0 picks a free port.
 * @param {string} [options.host]
 * @param {string|null} [options.csp]  null sends no policy.
 * @param {Record<string,string>} [options.headers]  extra headers on every answer.
 * @param {(pathname: string) => Record<string,string>} [options.headersFor]  extra headers
 *   per request path, applied last (so they may replace Content-Type): for the tests'
 *   CORS and MIME-type cases.
 */
export function startServer({
  roots, port = 8080, host = '127.0.0.1', csp = STRICT_CSP, headers = {}, headersFor = () => ({}),
}) {
  const mounts = roots
    .map(({ prefix, dir }) => ({ prefix: prefix.endsWith('/') ? prefix : `${prefix}/`, dir: resolve(dir) }))
    .sort((a, b) => b.prefix.length - a.prefix.length);

  const server = createServer(async (request, response) => {
    const send = (status, body, extra = {}) => {
      response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...common, ...extra });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    const common = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache', ...headers };
    if (csp) common['Content-Security-Policy'] = csp;
    const extra = headersFor(new URL(request.url, 'http://x').pathname);
    Object.assign(common, extra);

    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return send(405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    } catch {
      return send(400, 'Bad request\n');
    }
    if (pathname.includes('\0')) return send(400, 'Bad request\n');
    const mount = mounts.find((m) => `${pathname}/`.startsWith(m.prefix) || pathname.startsWith(m.prefix));
    if (!mount) return send(404, 'Not found\n');
    const relative = normalize(pathname.slice(Math.min(pathname.length, mount.prefix.length)));
    let file = join(mount.dir, relative);
    if (file !== mount.dir && !file.startsWith(mount.dir + sep)) return send(404, 'Not found\n');
    const acceptsGzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    // A precompressed copy beside the path (nginx's gzip_static): sent as it is, its
    // Content-Length the compressed size. The size-limit tests serve such files.
    const gz = acceptsGzip && !pathname.endsWith('/') ? await stat(`${file}.gz`).catch(() => null) : null;
    if (gz?.isFile()) {
      response.writeHead(200, {
        ...common,
        'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
        ...extra,
        'Content-Encoding': 'gzip',
        'Content-Length': gz.size,
        Vary: 'Accept-Encoding',
      });
      if (request.method === 'HEAD') return response.end();
      return createReadStream(`${file}.gz`).on('error', () => response.destroy()).pipe(response);
    }
    let info;
    try {
      info = await stat(file);
      if (info.isDirectory()) {
        if (!pathname.endsWith('/')) return send(301, '', { Location: `${pathname}/` });
        file = join(file, 'index.html');
        info = await stat(file);
      }
    } catch {
      return send(404, `Not found: ${pathname}\n`);
    }
    if (!info.isFile()) return send(404, `Not found: ${pathname}\n`);

    const extension = extname(file).toLowerCase();
    const head = { ...common, 'Content-Type': MIME[extension] ?? 'application/octet-stream', ...extra };
    const gzip = COMPRESSIBLE.has(extension) && acceptsGzip;
    if (gzip) {
      head['Content-Encoding'] = 'gzip';
      head['Vary'] = 'Accept-Encoding';
    } else {
      head['Content-Length'] = info.size;
    }
    response.writeHead(200, head);
    if (request.method === 'HEAD') return response.end();
    const stream = createReadStream(file);
    stream.on('error', () => response.destroy());
    (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({
        url: `http://${host}:${address.port}`,
        close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
      });
    });
  });
}

function parseArgs(argv) {
  const options = { roots: [], port: 8080, host: '127.0.0.1', csp: STRICT_CSP, headers: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--port') options.port = Number(value());
    else if (arg === '--host') options.host = value();
    else if (arg === '--root') options.roots.push({ prefix: '/', dir: value() });
    else if (arg === '--mount') {
      const [prefix, dir] = value().split('=');
      options.roots.push({ prefix, dir });
    } else if (arg === '--no-csp') options.csp = null;
    else if (arg === '--header') {
      const [name, ...rest] = value().split(':');
      options.headers[name.trim()] = rest.join(':').trim();
    } else throw new Error(`unknown option ${arg}`);
  }
  if (options.roots.length === 0) options.roots.push({ prefix: '/', dir: 'dist' });
  return options;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`serve: ${error.message}`);
    process.exit(2);
  }
  const server = await startServer(options);
  console.log(`Serving ${options.roots.map((r) => `${r.prefix} → ${r.dir}`).join(', ')} on ${server.url}/`);
  if (options.csp) console.log(`Content-Security-Policy: ${options.csp}`);
}
