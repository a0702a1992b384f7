/**
 * A small static file server for the production build, the way a real host serves it: compressed (brotli or gzip,
 * as the request accepts), long-cached hashed assets, and the app's Content-Security-Policy.
 * Used by the end-to-end tests, the embed tests (as a second origin) and the benchmark.
 */
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt']);
const CROSS_ORIGIN_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Cross-Origin-Resource-Policy': 'cross-origin',
};

export interface StaticServerOptions {
  root: string;
  port?: number;
  /** Extra headers for every response (e.g. a Content-Security-Policy). */
  headers?: Record<string, string>;
  /** Lets a test intercept a request before the file system answers it. */
  intercept?: (req: IncomingMessage, res: ServerResponse) => boolean;
}

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

const compressedCache = new Map<string, Buffer>();

function compressed(path: string, encoding: 'br' | 'gzip'): Buffer {
  const key = `${encoding}:${path}:${statSync(path).mtimeMs}`;
  let body = compressedCache.get(key);
  if (!body) {
    const raw = readFileSync(path);
    body =
      encoding === 'br'
        ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(raw, { level: 9 });
    compressedCache.set(key, body);
  }
  return body;
}

/** Compresses every compressible file up front, as a host's build step would, so no request waits for it. */
function precompress(dir: string) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) precompress(path);
    else if (COMPRESSIBLE.has(extname(path)))
      for (const encoding of ['br', 'gzip'] as const) compressed(path, encoding);
  }
}

export function startStaticServer(options: StaticServerOptions): Promise<RunningServer> {
  const root = resolve(options.root);
  precompress(root);
  const server = createServer((req, res) => {
    if (options.intercept?.(req, res)) return;
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (path !== root && !path.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const ext = extname(path);
    const headers: Record<string, string> = {
      'Content-Type': MIME[ext] ?? 'application/octet-stream',
      'Cache-Control': url.pathname.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      // Static assets may be fetched from an embed's opaque origin (a sandboxed iframe), as a CDN allows.
      ...CROSS_ORIGIN_HEADERS,
      ...options.headers,
    };
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding = !COMPRESSIBLE.has(ext)
      ? undefined
      : /\bbr\b/.test(accepts)
        ? 'br'
        : /gzip/.test(accepts)
          ? 'gzip'
          : undefined;
    if (encoding) {
      const body = compressed(path, encoding);
      res.writeHead(200, {
        ...headers,
        'Content-Encoding': encoding,
        'Content-Length': body.length,
        Vary: 'Accept-Encoding',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Length': statSync(path).size });
    if (req.method === 'HEAD') res.end();
    else createReadStream(path).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolvePromise({
        url: `http://127.0.0.1:${port}/`,
        server,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
