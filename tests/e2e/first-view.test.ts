/**
 * What the first view needs comes with the page, not a round trip later: the page itself carries the data and the
 * first view's sketch of the geometry, and preloads the app's chunk and styles and the regular Latin font (all the
 * early map needs). MapLibre, its styles and its worker script come after them, requested by the entry script when
 * it runs (neither it nor the app may import MapLibre), and the whole geometry when the app starts, so that they
 * share the connection as little as possible with the early map's files.
 * Each file is downloaded once: a preload the page does not use (a wrong `crossorigin`, say) would show as a second
 * request. Over HTTP/1.1 a browser opens six connections to a host: the page's first requests fit in them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { pageDataBlocks } from '../../src/pipeline/build/pageData.ts';
import { readHeaderRules, startStaticServer, type RunningServer } from '../support/staticServer.ts';

const distDir = inject('distDir');
/** A round trip long enough that anything requested only once the entry script has run starts visibly later. */
const LATENCY_MS = 400;
/** The app's first view is one chunk (see src/pipeline/build/firstViewChunk.ts). */
const APP_CHUNK = /^app-[\w-]{8}\.js$/;
const FIRST_VIEW = [APP_CHUNK, /^app-.+\.css$/, /^noto-sans-arabic-latin-400-normal-.+\.woff2$/];

/** Carried by the page: never requested. */
const IN_PAGE = [/^atlas-data-.+\.json$/, /^countries\.sketch-.+\.json$/];

/** The whole geometry, which the map needs and the early map does not. */
const GEOMETRY = /^countries\.topo-.+\.json$/;

/** MapLibre's module and styles. */
const MAP_LIBRARY = [/^maplibre-[\w-]{8}\.js$/, /^maplibre-[\w-]{8}\.css$/];

let browser: Browser;
let server: RunningServer;
const served: string[] = [];

beforeAll(async () => {
  server = await startStaticServer({
    root: distDir,
    headerRules: readHeaderRules(distDir),
    intercept: (req) => {
      served.push(new URL(req.url ?? '/', 'http://localhost').pathname.replace(/^.*\//, ''));
      return false;
    },
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the first view', () => {
  it('is requested with the page, each file once', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    // Not the watched page of the other tests: routing its requests would turn off the HTTP cache.
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: LATENCY_MS,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await page.goto(server.url);
    await page.waitForFunction(() => document.body.dataset.mapIdle === 'true', undefined, {
      timeout: 90_000,
    });
    const timings = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => ({
        file: new URL(entry.name).pathname.replace(/^.*\//, ''),
        startTime: entry.startTime,
        responseEnd: entry.responseEnd,
      })),
    );
    const firstIdle = await page.evaluate(
      () => performance.getEntriesByName('atlas:first-idle')[0]?.startTime ?? NaN,
    );
    await context.close();
    expect(problems).toEqual([]);

    const entry = timings.find((t) => /^index-.+\.js$/.test(t.file));
    expect(entry, 'the entry script').toBeDefined();
    // Everything the early map needs is asked for at once, with nothing else: no request waits for a connection.
    const early = timings.filter((t) => t.startTime < entry!.responseEnd);
    expect(early.map((t) => t.file)).toHaveLength(FIRST_VIEW.length + 1);
    const html = readFileSync(join(distDir, 'index.html'), 'utf8');
    for (const pattern of IN_PAGE) {
      const blocks = pageDataBlocks(html).filter(({ src }) => pattern.test(src.replace(/^\.\/assets\//, '')));
      expect(blocks, `${pattern} in the page`).toHaveLength(1);
      expect(
        served.filter((file) => pattern.test(file)),
        `${pattern} not requested`,
      ).toEqual([]);
    }
    for (const pattern of FIRST_VIEW) {
      // The map's label font is fetched again by MapLibre, from the browser's cache: the server sees it once.
      const first = timings.find((t) => pattern.test(t.file));
      expect(first, `${pattern} requested`).toBeDefined();
      expect(first!.startTime, `${pattern} requested before the entry script arrived`).toBeLessThan(
        entry!.responseEnd,
      );
      expect(served.filter((file) => pattern.test(file)).length, `${pattern} served once`).toBe(1);
    }

    const geometry = timings.find((t) => GEOMETRY.test(t.file));
    expect(geometry, 'the geometry requested').toBeDefined();
    expect(
      geometry!.startTime,
      'the geometry requested after the entry script arrived',
    ).toBeGreaterThanOrEqual(entry!.responseEnd);
    expect(served.filter((file) => GEOMETRY.test(file)).length, 'the geometry served once').toBe(1);

    for (const pattern of MAP_LIBRARY) {
      const first = timings.find((t) => pattern.test(t.file));
      expect(first, `${pattern} requested`).toBeDefined();
      expect(first!.startTime, `${pattern} requested after the entry script arrived`).toBeGreaterThanOrEqual(
        entry!.responseEnd,
      );
      expect(first!.startTime, `${pattern} requested as soon as the entry script ran`).toBeLessThan(
        entry!.responseEnd + LATENCY_MS,
      );
      expect(served.filter((file) => pattern.test(file)).length, `${pattern} served once`).toBe(1);
    }

    // The English page's only Arabic text, the language switch's "العربية", waits for the map: the Arabic font is
    // not among the files the map shares the connection with.
    expect(firstIdle).toBeGreaterThan(0);
    for (const font of timings.filter((t) => /^noto-sans-arabic-arabic-/.test(t.file)))
      expect(font.startTime, `${font.file} requested after first idle`).toBeGreaterThanOrEqual(firstIdle);

    // Fetched by the entry script, then taken from the HTTP cache by MapLibre's worker.
    expect(
      served.filter((file) => /^maplibre-gl-worker-.+\.mjs$/.test(file)).length,
      'worker served once',
    ).toBe(1);
  });

  it("keeps MapLibre out of the entry script, the app's chunk and what they import", () => {
    const assets = join(distDir, 'assets');
    const files = readdirSync(assets);
    const entry = files.find((file) => /^index-.+\.js$/.test(file));
    const app = files.find((file) => APP_CHUNK.test(file));
    expect(entry).toBeDefined();
    expect(app).toBeDefined();
    const closure = new Map<string, string>();
    const visit = (file: string) => {
      if (closure.has(file)) return;
      const source = readFileSync(join(assets, file), 'utf8');
      closure.set(file, source);
      // Static imports only: `import … from "./x.js"` or `import "./x.js"`, not `import("./x.js")`.
      for (const [, imported] of source.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([\w.-]+\.js)["']/g))
        visit(imported!);
    };
    visit(entry!);
    visit(app!);
    expect([...closure.keys()].filter((file) => MAP_LIBRARY[0]!.test(file))).toEqual([]);
    expect([...closure.values()].some((source) => source.includes('GPUInitializationError'))).toBe(false);
    // The entry script names the worker's URL, to fetch it while MapLibre's own module downloads.
    expect([...closure.values()].some((source) => /maplibre-gl-worker-[\w-]+\.mjs/.test(source))).toBe(true);
    // The first view is one chunk: the entry script imports only small helpers besides it.
    const others = [...closure.keys()].filter((file) => file !== entry && file !== app);
    for (const file of others) expect(closure.get(file)!.length, file).toBeLessThan(4000);
  });
});
