/**
 * The project's static server (tests, benchmark, `npm run preview`): a malformed request gets a 400 and the server
 * keeps serving; revalidated files answer 304 to a matching ETag or date; the shipped `_headers` apply by path.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atlasPolicy } from '../../src/pipeline/build/csp.ts';
import { netlifyHeaders } from '../../src/pipeline/build/hostConfigs.ts';
import { headerTable, IMMUTABLE } from '../../src/pipeline/build/hostHeaders.ts';
import {
  readHeaderRules,
  startStaticServer,
  type RunningServer,
} from '../../src/pipeline/serve/staticServer.ts';

let dir: string;
let server: RunningServer;
let under: RunningServer;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(
  base: string,
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<Answer> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

/** Sends bytes no HTTP client library would, and returns the status line. */
function raw(base: string, bytes: string): Promise<string> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname, () => socket.write(bytes));
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString('latin1')));
    socket.on('end', () => resolve(text.split('\r\n')[0] ?? ''));
    socket.on('error', reject);
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-static-server-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>' + ' '.repeat(2000));
  writeFileSync(join(dir, 'embed.js'), '/* host script */');
  writeFileSync(join(dir, 'assets', 'index-AbCd1234.js'), 'export {};');
  writeFileSync(join(dir, 'assets', 'font-AbCd1234.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  writeFileSync(
    join(dir, '_headers'),
    netlifyHeaders({
      table: headerTable(atlasPolicy()),
      basePath: '/',
      rootFiles: ['embed.js', 'index.html'],
    }),
  );
  server = await startStaticServer({ root: dir, headerRules: readHeaderRules(dir) });
  under = await startStaticServer({ root: dir, basePath: '/atlas/' });
});

afterAll(async () => {
  await server?.close();
  await under?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('malformed requests', () => {
  it('answers 400 to a path that does not decode, and keeps serving', async () => {
    for (const path of ['/%', '/%E0%A4%A', '/assets/%ZZ.js', '/%00', '/index.html%00.js']) {
      const answer = await get(server.url, path);
      expect(answer.status, path).toBe(400);
      expect(answer.body.toString()).toMatch(/malformed path/);
    }
    expect((await get(server.url, '/')).status).toBe(200);
  });

  it('answers 400 to a request line that is not HTTP, and keeps serving', async () => {
    expect(await raw(server.url, 'GET /% HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).toBe(
      'HTTP/1.1 400 Bad Request',
    );
    expect(await raw(server.url, 'NONSENSE\r\n\r\n')).toBe('HTTP/1.1 400 Bad Request');
    expect((await get(server.url, '/embed.js')).status).toBe(200);
  });

  it('never serves a file outside its root, and refuses other methods', async () => {
    for (const path of ['/..%2f..%2fetc/passwd', '/assets/..%2f..%2f..%2fetc%2fpasswd'])
      expect([403, 404], path).toContain((await get(server.url, path)).status);
    const post = await get(server.url, '/index.html', {}, 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });
});

describe('revalidation', () => {
  it('answers 304 to the ETag of index.html and embed.js, with the headers but no body', async () => {
    for (const path of ['/', '/index.html', '/embed.js']) {
      const first = await get(server.url, path);
      expect(first.status).toBe(200);
      expect(first.headers['cache-control']).toBe('no-cache');
      const etag = String(first.headers.etag);
      expect(etag).toMatch(/^W\/".+"$/);
      const again = await get(server.url, path, { 'If-None-Match': etag });
      expect(again.status, path).toBe(304);
      expect(again.body.length).toBe(0);
      expect(again.headers.etag).toBe(etag);
      expect(again.headers['content-security-policy']).toMatch(/script-src 'self'/);
      expect((await get(server.url, path, { 'If-None-Match': 'W/"other"' })).status).toBe(200);
    }
  });

  it('answers 304 to If-Modified-Since at or after the file date, 200 before it', async () => {
    const first = await get(server.url, '/embed.js');
    const modified = String(first.headers['last-modified']);
    expect(Date.parse(modified)).not.toBeNaN();
    expect((await get(server.url, '/embed.js', { 'If-Modified-Since': modified })).status).toBe(304);
    const earlier = new Date(Date.parse(modified) - 60_000).toUTCString();
    expect((await get(server.url, '/embed.js', { 'If-Modified-Since': earlier })).status).toBe(200);
  });

  it('gives a changed file a new ETag, and the compressed form an ETag of its own', async () => {
    const before = await get(server.url, '/embed.js');
    const gzip = await get(server.url, '/embed.js', { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe('/* host script */');
    expect(gzip.headers.etag).not.toBe(before.headers.etag);
    expect(
      (await get(server.url, '/embed.js', { 'If-None-Match': String(before.headers.etag) })).status,
    ).toBe(304);

    writeFileSync(join(dir, 'embed.js'), '/* host script, next release */');
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(dir, 'embed.js'), later, later);
    const after = await get(server.url, '/embed.js', { 'If-None-Match': String(before.headers.etag) });
    expect(after.status).toBe(200);
    expect(after.body.toString()).toBe('/* host script, next release */');
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });
});

describe('headers from _headers', () => {
  it('sends the policy everywhere, immutable caching and CORS for hashed assets, the right types', async () => {
    const asset = await get(server.url, '/assets/index-AbCd1234.js');
    expect(asset.headers['cache-control']).toBe(IMMUTABLE);
    expect(asset.headers['access-control-allow-origin']).toBe('*');
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(asset.headers['x-content-type-options']).toBe('nosniff');
    const font = await get(server.url, '/assets/font-AbCd1234.woff2', { 'Accept-Encoding': 'br, gzip' });
    expect(font.headers['content-type']).toBe('font/woff2');
    expect(font.headers['content-encoding']).toBeUndefined();
    const page = await get(server.url, '/');
    expect(page.headers['content-security-policy']).toMatch(/frame-ancestors \*$/);
    expect(page.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('a server given no rules sends no policy at all', async () => {
    const page = await get(under.url, '/atlas/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBeUndefined();
    expect(page.headers['cache-control']).toBeUndefined();
    expect((await get(under.url, '/index.html')).status).toBe(404);
  });
});
