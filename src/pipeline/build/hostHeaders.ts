/**
 * The response headers the built app is served with, as one table: the project's static server (tests, benchmark,
 * `npm run preview`) applies it, and every host configuration shipped in `dist/` is written from it.
 *
 * Files under `assets/` carry a content hash in their name, so they never change: cached for a year, immutable.
 * Everything else (index.html, embed.js, the favicon) keeps its name across releases and is revalidated on every
 * use. A sandboxed embed (`sandbox="allow-scripts"`, an opaque origin) fetches the app's modules, styles, data and
 * fonts in CORS mode, so those — and embed.js, which host pages load — may be read from any origin.
 */
import { policyHeader, type Policy } from './csp.ts';

export type Headers = Readonly<Record<string, string>>;

export interface HeaderTable {
  /** Sent with every file. */
  readonly everyFile: Headers;
  /** Sent with files under `assets/` (hashed names). */
  readonly hashed: Headers;
  /** Sent with every other file (stable names). */
  readonly revalidated: Headers;
  /** Files outside `assets/` (relative to the app's root) that other origins may also read. */
  readonly crossOriginFiles: readonly string[];
  readonly crossOrigin: Headers;
}

export const HASHED_DIR = 'assets/';
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

export function headerTable(policy: Policy): HeaderTable {
  const crossOrigin = { 'Access-Control-Allow-Origin': '*' };
  return {
    everyFile: {
      'Content-Security-Policy': policyHeader(policy),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'same-origin',
      // The atlas is made to be embedded: a host page isolated with COEP may still load it and embed.js.
      'Cross-Origin-Resource-Policy': 'cross-origin',
    },
    hashed: { 'Cache-Control': IMMUTABLE, ...crossOrigin },
    revalidated: { 'Cache-Control': REVALIDATE },
    crossOriginFiles: ['embed.js'],
    crossOrigin,
  };
}

/** The headers for one file, named by its path relative to the app's root (`index.html`, `assets/x-123.js`). */
export function headersFor(table: HeaderTable, file: string): Record<string, string> {
  const hashed = file.startsWith(HASHED_DIR);
  return {
    ...table.everyFile,
    ...(hashed ? table.hashed : table.revalidated),
    ...(!hashed && table.crossOriginFiles.includes(file) ? table.crossOrigin : {}),
  };
}

/** Content types by extension, for the servers and configurations that must name them. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
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

/** Extensions worth compressing (fonts and images are compressed already). */
export const COMPRESSIBLE: ReadonlySet<string> = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.svg',
  '.txt',
]);

/** The media type without parameters (`text/javascript`), as nginx and Apache name it. */
export const mediaType = (contentType: string) => contentType.split(';')[0]!.trim();
