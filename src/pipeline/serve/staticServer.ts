/**
 * A small static file server for the production build, the way a real host serves it: compressed (brotli or gzip,
 * as the request accepts), with validators (ETag, Last-Modified) so revalidated files can answer 304, and — when
 * given the build's `_headers` — exactly the headers the shipped host configurations send.
 * Used by `npm run preview`, the end-to-end tests (also as a second origin, and as a plain host with no headers)
 * and the benchmark. A malformed request gets a 4xx answer; nothing a client sends can stop the server.
 */
import { createReadStream, existsSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { headersFromRules, parseHeadersFile, type HeaderRule } from '../build/hostConfigs.ts';
import { COMPRESSIBLE, CONTENT_TYPES } from '../build/hostHeaders.ts';

export interface StaticServerOptions {
  root: string;
  port?: number;
  /** The URL path the root is served under (`/` or `/atlas/`); anything outside it is 404. */
  basePath?: string;
  /** Headers by URL path, as read from a `_headers` file (see `readHeaderRules`). */
  headerRules?: readonly HeaderRule[];
  /** Extra headers for every response. */
  headers?: Record<string, string>;
  /** Lets a test intercept a request before the file system answers it. */
  intercept?: (req: IncomingMessage, res: ServerResponse) => boolean;
}

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** The header rules a build ships for Netlify and Cloudflare Pages, which the project's server applies too. */
export function readHeaderRules(distDir: string): HeaderRule[] {
  const file = join(distDir, '_headers');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  return parseHeadersFile(readFileSync(file, 'utf8'), file);
}

const compressedCache = new Map<string, Buffer>();

function compressed(path: string, stats: Stats, encoding: 'br' | 'gzip'): Buffer {
  const key = `${encoding}:${path}:${stats.mtimeMs}:${stats.size}`;
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
      for (const encoding of ['br', 'gzip'] as const) compressed(path, statSync(path), encoding);
  }
}

/** A weak validator per file version and encoding: the same bytes compressed differently are another entity. */
function entityTag(stats: Stats, encoding: string | undefined) {
  const version = `${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}`;
  return `W/"${version}${encoding ? `-${encoding}` : ''}"`;
}

/** RFC 9110 §13.1: If-None-Match wins over If-Modified-Since; tags compare weakly. */
function notModified(req: IncomingMessage, etag: string, stats: Stats): boolean {
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
    return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
  }
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  return Number.isFinite(since) && Math.floor(stats.mtimeMs / 1000) * 1000 <= since;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** The file a request path names under `root`, or an HttpError: malformed (400), outside the root (403/404). */
function resolveRequest(rawUrl: string | undefined, root: string, basePath: string) {
  let pathname: string;
  let decoded: string;
  try {
    pathname = new URL(rawUrl ?? '/', 'http://localhost').pathname;
    decoded = decodeURIComponent(pathname);
  } catch {
    throw new HttpError(400, 'Bad request: malformed path');
  }
  if (decoded.includes('\0')) throw new HttpError(400, 'Bad request: malformed path');
  if (!decoded.startsWith(basePath)) throw new HttpError(404, 'Not found');
  const path = normalize(join(root, decoded.slice(basePath.length)));
  if (path !== root && !path.startsWith(root + sep)) throw new HttpError(403, 'Forbidden');
  return { pathname, path };
}

export function startStaticServer(options: StaticServerOptions): Promise<RunningServer> {
  const root = resolve(options.root);
  const basePath = options.basePath ?? '/';
  precompress(root);

  const serve = (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      throw new HttpError(405, 'Method not allowed', { Allow: 'GET, HEAD' });
    const { pathname, path: requested } = resolveRequest(req.url, root, basePath);
    let path = requested;
    let stats = statSync(path, { throwIfNoEntry: false });
    if (stats?.isDirectory()) {
      path = join(path, 'index.html');
      stats = statSync(path, { throwIfNoEntry: false });
    }
    if (!stats?.isFile()) throw new HttpError(404, 'Not found');

    const ext = extname(path);
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding = !COMPRESSIBLE.has(ext)
      ? undefined
      : /\bbr\b/.test(accepts)
        ? 'br'
        : /\bgzip\b/.test(accepts)
          ? 'gzip'
          : undefined;
    const etag = entityTag(stats, encoding);
    const headers: Record<string, string | number> = {
      'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
      ...headersFromRules(options.headerRules ?? [], pathname),
      ...options.headers,
      ETag: etag,
      'Last-Modified': new Date(stats.mtimeMs).toUTCString(),
      ...(COMPRESSIBLE.has(ext) ? { Vary: 'Accept-Encoding' } : {}),
    };
    if (notModified(req, etag, stats)) {
      const { 'Content-Type': _type, ...validators } = headers;
      res.writeHead(304, validators).end();
      return;
    }
    if (encoding) {
      const body = compressed(path, stats, encoding);
      res.writeHead(200, { ...headers, 'Content-Encoding': encoding, 'Content-Length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Length': stats.size });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(path)
      .on('error', () => res.destroy())
      .pipe(res);
  };

  const server = createServer((req, res) => {
    try {
      if (options.intercept?.(req, res)) return;
      serve(req, res);
    } catch (error) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const known = error instanceof HttpError ? error : new HttpError(500, 'Internal server error');
      res
        .writeHead(known.status, { 'Content-Type': 'text/plain; charset=utf-8', ...known.headers })
        .end(known.message);
    }
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolvePromise({
        url: `http://127.0.0.1:${port}${basePath}`,
        server,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
