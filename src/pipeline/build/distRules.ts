/**
 * What the build check (`npm run check:dist`, `distCheck.ts`) accepts in `dist/`: the literals in shipped code that
 * look like a request outside the origin or an evaluation but never are one, each with the reason, and a size
 * budget for every file. Anything not listed here fails the check; an entry that matches nothing fails it too, so
 * the list stays true when a library changes. README, "Deploy", says how to add an entry.
 */

export interface InertUrl {
  /** Files (path relative to dist/) the literal may appear in. */
  files: RegExp;
  /** The URL exactly, or every URL starting with `prefix`. */
  url?: string;
  prefix?: string;
  /** For JSON: every URL at this path (`.data.sources[].url`) — values the app shows as links, never loads. */
  jsonPath?: string;
  why: string;
}

export interface InertEvaluation {
  files: RegExp;
  /** The exact code around the call, so a new call elsewhere in the same file is still caught. */
  code: string;
  why: string;
}

export interface SizeBudget {
  files: RegExp;
  maxBytes: number;
  what: string;
}

const SVELTE_RUNTIME = /^assets\/[\w-]+\.js$/;
const MAPLIBRE = /^assets\/maplibre-[\w-]{8}\.js$/;
const MAPLIBRE_WORKER = /^assets\/maplibre-gl-worker-[\w-]{8}\.mjs$/;
const ANY_TEXT = /\.(js|mjs|css|html|svg)$/;

export const INERT_URLS: readonly InertUrl[] = [
  {
    files: ANY_TEXT,
    prefix: 'http://www.w3.org/',
    why: 'XML namespace names (SVG, XHTML, XLink) in createElementNS calls and inline SVG: identifiers, never fetched',
  },
  {
    files: SVELTE_RUNTIME,
    prefix: 'https://svelte.dev/e/',
    why: "Svelte's runtime error messages name the page that explains them; text, never fetched",
  },
  {
    files: MAPLIBRE,
    url: 'https://maplibre.org/',
    why: "MapLibre's logo and attribution link (a navigation the reader chooses, not a load)",
  },
  {
    files: MAPLIBRE,
    url: 'https://maplibre.invalid/',
    why: 'base URL MapLibre parses attribute values against to read their protocol; .invalid never resolves',
  },
  {
    files: /^assets\/maplibre-(gl-worker-)?[\w-]{8}\.m?js$/,
    url: 'https://github.com/mapbox/mapbox-gl-js/issues/2907',
    why: 'named in the text of a MapLibre error message',
  },
  {
    files: MAPLIBRE,
    url: 'https://wiki.openstreetmap.org/wiki/This_map_requires_WebGL',
    why: 'named in the text of the "WebGL unavailable" error MapLibre throws',
  },
  {
    files: /^assets\/maplibre-(gl-worker-)?[\w-]{8}\.m?js$/,
    url: 'file://',
    why: "compared with a message's origin when MapLibre's main thread and worker talk; never requested",
  },
  {
    files: /^assets\/maplibre-(gl-worker-)?[\w-]{8}\.m?js$/,
    url: 'resource://android',
    why: "compared with a message's origin when MapLibre's main thread and worker talk; never requested",
  },
  {
    files: MAPLIBRE_WORKER,
    prefix: 'https://github.com/maplibre/maplibre-gl-js/blob/',
    why: "the licence comment at the top of MapLibre's worker",
  },
  {
    files: /^embed\.js$/,
    url: 'https://YOUR-HOST/PATH/embed.js',
    why: 'the placeholder in the comment that shows how to include embed.js',
  },
  {
    files: /^embed\.js$/,
    url: 'https://YOUR-HOST',
    why: 'the placeholder in the comment that shows how to pin the atlas origin (data-atlas-origin)',
  },
  {
    files: /^assets\/atlas-data-[\w-]{8}\.json$/,
    jsonPath: '.data.sources[].url',
    why: 'the sources of the membership facts, shown as links in the country panel; opened only when clicked',
  },
];

export const INERT_EVALUATIONS: readonly InertEvaluation[] = [
  {
    files: MAPLIBRE_WORKER,
    code: 'else globalThis.eval(n)',
    why:
      "MapLibre's importScriptInWorkers() fallback for classic scripts (the RTL text plugin). The atlas never calls " +
      "it, and script-src 'self' without 'unsafe-eval' would block it.",
  },
];

const kB = 1000;

/** The first budget whose pattern matches a file applies to it; a file no budget matches fails the check. */
export const SIZE_BUDGETS: readonly SizeBudget[] = [
  {
    files: /^index\.html$/,
    maxBytes: 300 * kB,
    what: "the page, with the data and the first view's geometry it carries",
  },
  { files: /^embed\.js$/, maxBytes: 4 * kB, what: "the host page's resize script" },
  { files: /^favicon\.svg$/, maxBytes: 2 * kB, what: 'the icon' },
  {
    files: /^(_headers|\.htaccess|host-config\/(nginx\.conf|Caddyfile))$/,
    maxBytes: 8 * kB,
    what: 'host configuration',
  },
  {
    files: /^assets\/index-[\w-]{8}\.js$/,
    maxBytes: 6 * kB,
    what: 'the entry script (starts every download, makes the date formats)',
  },
  { files: MAPLIBRE, maxBytes: 1100 * kB, what: 'MapLibre' },
  { files: MAPLIBRE_WORKER, maxBytes: 560 * kB, what: "MapLibre's worker" },
  { files: /^assets\/maplibre-[\w-]{8}\.css$/, maxBytes: 80 * kB, what: "MapLibre's styles" },
  { files: /^assets\/ExportDialog-[\w-]{8}\.js$/, maxBytes: 40 * kB, what: 'the export dialog (lazy)' },
  { files: /^assets\/app-[\w-]{8}\.js$/, maxBytes: 220 * kB, what: "the app's first view (one chunk)" },
  { files: /^assets\/[\w.-]+-[\w-]{8}\.js$/, maxBytes: 120 * kB, what: 'an app chunk' },
  { files: /^assets\/[\w.-]+-[\w-]{8}\.css$/, maxBytes: 40 * kB, what: 'app styles' },
  {
    files: /^assets\/atlas-data-[\w-]{8}\.json$/,
    maxBytes: 150 * kB,
    what: 'the data, the articles and the country names',
  },
  { files: /^assets\/countries\.topo-[\w-]{8}\.json$/, maxBytes: 300 * kB, what: 'the geometry' },
  {
    files: /^assets\/countries\.sketch-[\w-]{8}\.json$/,
    maxBytes: 150 * kB,
    what: "the first view's sketch of the geometry",
  },
  { files: /^assets\/[\w.-]+-[\w-]{8}\.woff2$/, maxBytes: 60 * kB, what: 'a font subset' },
  { files: /^assets\/[\w.-]+-[\w-]{8}\.woff$/, maxBytes: 90 * kB, what: 'a font subset (WOFF fallback)' },
];
