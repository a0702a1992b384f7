/**
 * One measured visit: a fresh browser (nothing cached, not even compiled shaders), the page loaded to the map's
 * first `idle` over the chosen connection (its limit lifted from then on), and for the atlas a click on Kazakhstan,
 * the JS heap and the two exports.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { pageDataBlocks } from '../src/pipeline/build/pageData.ts';
import { launchChromium } from '../tests/support/browser.ts';
import { settle } from '../tests/support/mapPage.ts';
import { clickToPaint, hoverToPaint, orgSwitchToPaint } from './interactions.ts';
import { descendantsCpuMs } from './cpuTime.ts';
import { throttle, type NetworkProfile } from './network.ts';
import { PROBE_SCRIPT } from './probe.ts';
import { recordScreencast } from './screencast.ts';
import type { ServedRequest, TransferMeter } from './transferMeter.ts';

export const VIEWPORT = { width: 1280, height: 800 };
const LOAD_TIMEOUT_MS = 120_000;
const EXPORT_TIMEOUT_MS = 180_000;
/** How long the page is watched for long tasks once the panel is up. */
const QUIET_WINDOW_MS = 500;
/** How long the screencast keeps recording after first idle, so that its last frame is the settled page. */
const SETTLE_AFTER_IDLE_MS = 1000;
/** How long to wait for the screencast's first frame from after first idle. */
const FRAME_AFTER_IDLE_WAIT_MS = 5000;

export interface LoadFigures {
  /** Navigation start → first `idle` of the map, from the page's own mark. */
  firstIdleMs: number;
  /** Bytes on the wire (compressed as served, headers included) for requests made before first idle. */
  transferBytes: number;
  requests: number;
  served: ServedRequest[];
  /** CPU time all browser processes spent from navigation to first idle (null where it cannot be read). */
  cpuMs: number | null;
  /**
   * Navigation start → the first presented frame from which on the map's box matches the settled page (screencast
   * frames compared pixel by pixel; see visualMatch.ts). Null when no frame was recorded.
   */
  mapVisibleMs: number | null;
}

export interface AppFigures extends LoadFigures {
  geometryBytes: number;
  /** Click event → the app's `atlas:panel-rendered` mark (the panel is in the DOM and shown). */
  clickToPanelMs: number;
  /** Click on Kazakhstan (25 passages) → the next frame presented (Event Timing; 16 ms means "at most 16"). */
  clickToPaintMs: number;
  /** The same for Germany: no role, no passage, the shortest panel. */
  clickToPaintEmptyMs: number;
  /** Pointer onto Mongolia from outside the map → the frame showing its tooltip. */
  hoverToPaintMs: number;
  /** Click on another organisation (every fill changes) → the next frame presented. */
  orgSwitchToPaintMs: number;
  heapBytes: number;
  svgExportMs: number | null;
  pngExportMs: number | null;
  /** The longest task between first idle and the panel having settled (the heap measurement excluded). */
  longestTaskAfterIdleMs: number;
}

interface Visit {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  load: LoadFigures;
  idleAt: number;
  problems: string[];
}

async function visit(
  url: string,
  mapSelector: string,
  meter: TransferMeter,
  network: NetworkProfile,
): Promise<Visit> {
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB', acceptDownloads: true });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.addInitScript({ content: PROBE_SCRIPT });
  const connection = await throttle(context, page, network);
  const screencast = await recordScreencast(context, page);
  meter.reset();
  const cpuBefore = descendantsCpuMs();
  await page.goto(url);
  try {
    // An uncaught error ends the wait at once rather than at the timeout.
    const crashed = new Promise<never>((_, reject) =>
      page.once('pageerror', (error) => reject(new Error(`uncaught: ${error.message}`))),
    );
    crashed.catch(() => {});
    await Promise.race([
      page.waitForFunction(() => document.body.dataset.mapIdle === 'true', undefined, {
        timeout: LOAD_TIMEOUT_MS,
      }),
      crashed,
    ]);
  } catch (error) {
    await browser.close();
    throw new Error(
      `${url}: the map never became idle${problems.length ? ` (${problems.join('; ')})` : ''}`,
      {
        cause: error,
      },
    );
  }
  const cpuAfter = descendantsCpuMs();
  await connection.lift();
  const { idleAt, timeOrigin } = await page.evaluate(() => ({
    idleAt: performance.getEntriesByName('atlas:first-idle')[0]?.startTime ?? NaN,
    timeOrigin: performance.timeOrigin,
  }));
  if (!Number.isFinite(idleAt)) throw new Error(`${url}: no 'atlas:first-idle' performance mark`);
  // The settled page is a frame from after first idle. Without a GPU the map's first frame can reach the
  // screencast a second late; taken too early, the last frame recorded would still be the early map, and every
  // frame before it would "match". (A page that draws nothing after its idle sends none: the wait then ends.)
  await screencast.frameAfter(timeOrigin + idleAt, FRAME_AFTER_IDLE_WAIT_MS);
  await page.waitForTimeout(SETTLE_AFTER_IDLE_MS);
  await screencast.stop();
  const mapBox = await page.locator(mapSelector).boundingBox();
  if (!mapBox) throw new Error(`${url}: no map box (${mapSelector}) to compare frames in`);
  const served = (await meter.servedBefore(timeOrigin + idleAt)).filter((r) => r.status < 400);
  return {
    browser,
    context,
    page,
    idleAt,
    problems,
    load: {
      firstIdleMs: idleAt,
      transferBytes: served.reduce((sum, r) => sum + r.bytes, 0),
      requests: served.length,
      served,
      cpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore,
      mapVisibleMs: screencast.visibleAt(mapBox, timeOrigin),
    },
  };
}

export async function measureBaseline(
  url: string,
  meter: TransferMeter,
  network: NetworkProfile,
): Promise<LoadFigures> {
  const { browser, load } = await visit(url, '#map', meter, network);
  await browser.close();
  return load;
}

const pageNow = (page: Page) => page.evaluate(() => performance.now());

/** Click on Kazakhstan → the app's panel mark, and → the next frame presented (Event Timing). */
async function clickKazakhstan(page: Page): Promise<{ toPanel: number; toPaint: number }> {
  const marksBefore = await page.evaluate(() => performance.getEntriesByName('atlas:panel-rendered').length);
  const toPaint = await clickToPaint(page, 'KAZ', 'some');
  const { clickedAt, renderedAt } = await page.evaluate(
    (before) => ({
      clickedAt: window.__bench.clicks.at(-1) ?? NaN,
      renderedAt: performance.getEntriesByName('atlas:panel-rendered')[before]?.startTime ?? NaN,
    }),
    marksBefore,
  );
  if (!Number.isFinite(clickedAt) || !Number.isFinite(renderedAt))
    throw new Error("the click or the 'atlas:panel-rendered' mark was not recorded");
  return { toPanel: renderedAt - clickedAt, toPaint };
}

/** Closes the panel and waits for the map to stop moving, so the next interaction starts from a still page. */
async function closePanel(page: Page) {
  await page.keyboard.press('Escape');
  await page.locator('.panel').waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.querySelector('.map[data-moving="true"]') === null);
  await settle(page);
}

async function heapAfterGc(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** Milliseconds between the last `atlas:export-<kind>-start` and `-end` marks, once the end mark appears. */
async function exportDuration(page: Page, kind: 'svg' | 'png', run: () => Promise<void>): Promise<number> {
  const endMark = `atlas:export-${kind}-end`;
  const before = await page.evaluate((name) => performance.getEntriesByName(name).length, endMark);
  await run();
  await page.waitForFunction(
    ({ name, before }) => performance.getEntriesByName(name).length > before,
    { name: endMark, before },
    { timeout: EXPORT_TIMEOUT_MS },
  );
  return page.evaluate((kind) => {
    const start = performance.getEntriesByName(`atlas:export-${kind}-start`).at(-1);
    const end = performance.getEntriesByName(`atlas:export-${kind}-end`).at(-1);
    return start && end ? end.startTime - start.startTime : NaN;
  }, kind);
}

/** SVG then A4-landscape PNG through the export dialog, or nulls when the atlas has no export button. */
async function measureExports(page: Page): Promise<{ svg: number | null; png: number | null }> {
  const button = page.getByRole('button', { name: 'Export', exact: true });
  if ((await button.count()) === 0) return { svg: null, png: null };
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Export the map' });
  await dialog.waitFor();
  const runAs = (format: 'SVG' | 'PNG') => async () => {
    await dialog.locator('[data-control="export-format"] label', { hasText: format }).click();
    await dialog.locator('#export-size').selectOption('a4-landscape');
    await dialog.locator('.export-run').click();
  };
  const svg = await exportDuration(page, 'svg', runAs('SVG'));
  const png = await exportDuration(page, 'png', runAs('PNG'));
  return { svg, png };
}

/**
 * What the geometry the built page carries (the first view's sketch; see `src/pipeline/build/pageData.ts`) adds to
 * its transfer: the block compressed as the server compresses the page. Zero when the page carries none.
 */
export function pageGeometryBytes(distDir: string): number {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const block = pageDataBlocks(html).find(({ src }) => /countries[.\w]*-[\w-]+\.json$/.test(src));
  return block
    ? brotliCompressSync(block.text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length
    : 0;
}

export async function measureApp(
  url: string,
  meter: TransferMeter,
  network: NetworkProfile,
  { exports = true, geometryInPage = 0 }: { exports?: boolean; geometryInPage?: number } = {},
): Promise<AppFigures> {
  const { browser, context, page, load, idleAt, problems } = await visit(url, '.map-figure', meter, network);
  try {
    const fetched = load.served.filter((r) => /\/countries[^/]*\.json$/.test(r.path));
    if (fetched.length === 0 && geometryInPage === 0)
      throw new Error('the country geometry was neither in the page nor fetched before first idle');
    // The page's sketch and the geometry fetched after it: both are geometry the reader downloads.
    const geometryBytes = fetched.reduce((sum, r) => sum + r.bytes, 0) + geometryInPage;

    const heapFrom = await pageNow(page);
    const heapBytes = await heapAfterGc(context, page);
    const heapTo = await pageNow(page);

    const click = await clickKazakhstan(page);
    await page.evaluate(
      (ms) =>
        new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, ms)))),
      QUIET_WINDOW_MS,
    );
    const longTasks = await page.evaluate(() => {
      window.__bench.flush();
      return window.__bench.longTasks;
    });
    const afterIdle = longTasks.filter(
      (task) => task.start >= idleAt && !(task.start < heapTo && task.start + task.duration > heapFrom),
    );

    await closePanel(page);
    const hover = await hoverToPaint(page, 'MNG');
    const clickEmpty = await clickToPaint(page, 'DEU', 'none');
    await closePanel(page);
    const orgSwitch = await orgSwitchToPaint(page, 'CICA');

    const exported = exports ? await measureExports(page) : { svg: null, png: null };
    if (problems.length > 0) throw new Error(`the atlas reported errors: ${problems.join('; ')}`);
    return {
      ...load,
      geometryBytes,
      clickToPanelMs: click.toPanel,
      clickToPaintMs: click.toPaint,
      clickToPaintEmptyMs: clickEmpty,
      hoverToPaintMs: hover,
      orgSwitchToPaintMs: orgSwitch,
      heapBytes,
      svgExportMs: exported.svg,
      pngExportMs: exported.png,
      longestTaskAfterIdleMs: Math.max(0, ...afterIdle.map((task) => task.duration)),
    };
  } finally {
    await browser.close();
  }
}
