/**
 * Print and export in real Chromium: the command line's PNG and PDF as a reader opens them, and the app's export
 * dialog giving the very file the command line gives for the same state.
 */
import { execFileSync } from 'node:child_process';
import { inflateSync } from 'node:zlib';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openWatchedPage } from '../support/browser.ts';
import { colourDistance, countryPoint, hexToRgb, openAtlas } from '../support/mapPage.ts';
import { CATEGORY_COLOURS } from '../../src/core/palette.ts';
import { exportDisplayList } from '../../src/core/export/exportMap.ts';
import { createProjection } from '../../src/core/export/projection.ts';
import { request } from '../fixtures/export/atlas.ts';
import { main } from '../../src/pipeline/cli/export.ts';

const appUrl = inject('appUrl');
const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'atlas-export-e2e-'));

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Runs `npm run export` the way a user does, in its own process. */
function runExport(args: string[]) {
  execFileSync(
    process.execPath,
    [resolve(root, 'node_modules/tsx/dist/cli.mjs'), 'src/pipeline/cli/export.ts', ...args],
    {
      cwd: root,
      stdio: 'pipe',
    },
  );
}

/** Runs the export command's `main` in this process: the same code without a second TypeScript start-up. */
async function runExportHere(args: string[]) {
  const log = console.log;
  console.log = () => undefined;
  try {
    expect(await main(args)).toBe(0);
  } finally {
    console.log = log;
  }
}

/** Where two texts first differ, with a little context, or null when they are the same. */
function firstDifference(a: string, b: string) {
  if (a === b) return null;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return { at: i, lengths: [a.length, b.length], app: a.slice(i - 40, i + 40), cli: b.slice(i - 40, i + 40) };
}

/** Pages, page sizes and raster images in a PDF (enough to tell one clean page from many, and vector from raster). */
function describePdf(bytes: Buffer) {
  const text = bytes.toString('latin1');
  const images = [...text.matchAll(/<<([^>]*?\/Subtype \/Image[^>]*?)>>\s*stream\r?\n/g)].map((match) => {
    const head = match[1] ?? '';
    const length = Number(/\/Length (\d+)/.exec(head)?.[1]);
    const filter = /\/Filter \/(\w+)/.exec(head)?.[1];
    const start = (match.index ?? 0) + match[0].length;
    let distinctColours: number | null = null;
    if (filter === 'FlateDecode' && /\/BitsPerComponent 8/.test(head)) {
      const pixels = inflateSync(bytes.subarray(start, start + length));
      const colours = new Set<number>();
      for (let i = 0; i + 2 < pixels.length; i += 3 * 37)
        colours.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
      distinctColours = colours.size;
    }
    return { filter, distinctColours };
  });
  return {
    pages: [...text.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map(([, w, h]) => [
      Number(w),
      Number(h),
    ]),
    images,
  };
}

const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

/**
 * Decodes a PNG in the page and reports how many colours it has on a grid of every fifth pixel, and the colour
 * at some points. Both are read through small canvases, so a 3508 × 2480 image is never copied out whole.
 */
async function inspectPng(page: Page, bytes: Buffer, points: [number, number][] = []) {
  return page.evaluate(
    async ({ base64, points }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const read = (width: number, height: number, draw: (context: CanvasRenderingContext2D) => void) => {
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        const context = canvas.getContext('2d', { willReadFrequently: true });
        if (!context) throw new Error('no 2D canvas');
        context.imageSmoothingEnabled = false;
        draw(context);
        return context.getImageData(0, 0, width, height).data;
      };
      const [width, height] = [Math.ceil(image.naturalWidth / 5), Math.ceil(image.naturalHeight / 5)];
      const grid = read(width, height, (context) => context.drawImage(image, 0, 0, width, height));
      const colours = new Set<number>();
      for (let i = 0; i < grid.length; i += 4) {
        colours.add(((grid[i] ?? 0) << 16) | ((grid[i + 1] ?? 0) << 8) | (grid[i + 2] ?? 0));
      }
      const at = points.map(([x, y]) => {
        const pixel = read(1, 1, (context) =>
          context.drawImage(image, Math.round(x), Math.round(y), 1, 1, 0, 0, 1, 1),
        );
        return [pixel[0] ?? 0, pixel[1] ?? 0, pixel[2] ?? 0];
      });
      return { distinctColours: colours.size, at };
    },
    { base64: bytes.toString('base64'), points },
  );
}

describe('the export command', () => {
  it('PNG: A4 landscape at 300 dpi is 3508 × 2480 px, drawn, with Kazakhstan in the member colour', async () => {
    const out = join(dir, 'sco.png');
    await runExportHere([
      '--org',
      'sco',
      '--as-of',
      'article',
      '--format',
      'png',
      '--size',
      'a4-landscape',
      '--lang',
      'en',
      '--out',
      out,
    ]);
    const bytes = readFileSync(out);
    expect(pngSize(bytes)).toEqual({ width: 3508, height: 2480 });

    // Where Kazakhstan is: its label point under the export's own projection, a little below the name drawn there.
    const list = exportDisplayList(request());
    const [x, y] = createProjection('world', 'mercator', list.mapRect)(countryPoint('KAZ')) ?? [NaN, NaN];
    const page = await browser.newPage();
    const { distinctColours, at } = await inspectPng(page, bytes, [[x, y + 60]]);
    await page.close();
    expect(distinctColours).toBeGreaterThan(20);
    expect(colourDistance(at[0] ?? [], hexToRgb(CATEGORY_COLOURS.member))).toBeLessThan(12);
  }, 120_000);

  it('PDF: one A4 portrait page of 595.28 × 841.89 pt, all vector', async () => {
    const out = join(dir, 'cica.pdf');
    await runExportHere([
      '--org',
      'cica',
      '--as-of',
      'latest',
      '--format',
      'pdf',
      '--size',
      'a4-portrait',
      '--lang',
      'ar',
      '--out',
      out,
    ]);
    const bytes = readFileSync(out);
    expect(bytes.toString('latin1', 0, 5)).toBe('%PDF-');
    const { pages, images } = describePdf(bytes);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.[0]).toBeCloseTo(595.28, 2);
    expect(pages[0]?.[1]).toBeCloseTo(841.89, 2);
    // The patterns are strokes, not pictures.
    expect(images).toEqual([]);
  }, 120_000);
});

describe('the export dialog', () => {
  it('downloads the same SVG as the command line for the same state, and a PNG of the chosen size', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'en-GB',
      acceptDownloads: true,
    });
    const { page, problems } = await openWatchedPage(context, appUrl);
    await openAtlas(page, appUrl);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export the map' });
    await dialog.waitFor();
    await dialog.locator('[data-control="export-area"] label', { hasText: 'Whole world' }).click();
    await expect(dialog.locator('#export-size').inputValue()).resolves.toBe('a4-landscape');

    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      dialog.locator('.export-run').click(),
    ]);
    expect(svgDownload.suggestedFilename()).toBe('sco-2024-02-01-en-3508x2480.svg');
    const appSvg = readFileSync(await svgDownload.path(), 'utf8');
    const cliOut = join(dir, 'cli.svg');
    runExport([
      '--org',
      'sco',
      '--as-of',
      'article',
      '--format',
      'svg',
      '--size',
      'a4-landscape',
      '--lang',
      'en',
      '--view',
      'world',
      '--out',
      cliOut,
    ]);
    expect(firstDifference(appSvg, readFileSync(cliOut, 'utf8'))).toBeNull();
    const parseError = await page.evaluate(
      (svg) =>
        new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('parsererror')?.textContent ??
        null,
      appSvg,
    );
    expect(parseError).toBeNull();

    await dialog.locator('[data-control="export-format"] label', { hasText: 'PNG' }).click();
    await dialog.locator('#export-size').selectOption('custom');
    await dialog.locator('input[name="export-width"]').fill('1000');
    await dialog.locator('input[name="export-height"]').fill('640');
    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      dialog.locator('.export-run').click(),
    ]);
    const png = readFileSync(await pngDownload.path());
    expect(pngSize(png)).toEqual({ width: 1000, height: 640 });
    expect((await inspectPng(page, png)).distinctColours).toBeGreaterThan(20);

    const timings = await page.evaluate(() =>
      ['svg', 'png'].map((format) => {
        const [start] = performance.getEntriesByName(`atlas:export-${format}-start`);
        const [end] = performance.getEntriesByName(`atlas:export-${format}-end`);
        return start && end ? Math.round(end.startTime - start.startTime) : null;
      }),
    );
    expect(timings.every((ms) => ms !== null)).toBe(true);

    // PDF goes through the browser's print dialog; here the dialog is skipped and the page printed as it stands.
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await dialog.locator('[data-control="export-format"] label', { hasText: 'PDF' }).click();
    await dialog.locator('#export-size').selectOption('a4-landscape');
    await dialog.locator('.export-run').click();
    await dialog.waitFor({ state: 'hidden' });
    const printed = describePdf(
      Buffer.from(await page.pdf({ preferCSSPageSize: true, printBackground: true })),
    );
    expect(printed.pages).toHaveLength(1);
    expect(printed.pages[0]?.[0]).toBeCloseTo(841.89, -1);
    expect(printed.pages[0]?.[1]).toBeCloseTo(595.28, -1);
    expect(printed.images).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);
});

describe('printing the page', () => {
  it('gives an A4 page with the title, the map, its legend, the selected country and the source, without controls', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    const { page, problems } = await openWatchedPage(context, appUrl);
    await openAtlas(page, appUrl, { query: '?country=KAZ' });
    await page.emulateMedia({ media: 'print' });
    const visible = await page.evaluate(() =>
      Object.fromEntries(
        [
          '.masthead',
          '.map-figure',
          '.legend-card',
          '.panel-wrap',
          '.source',
          '.controls',
          '.maplibregl-control-container',
        ].map((selector) => {
          const element = document.querySelector(selector);
          const shown =
            !!element &&
            getComputedStyle(element).display !== 'none' &&
            element.getBoundingClientRect().height > 0;
          return [selector, shown];
        }),
      ),
    );
    expect(visible).toEqual({
      '.masthead': true,
      '.map-figure': true,
      '.legend-card': true,
      '.panel-wrap': true,
      '.source': true,
      '.controls': false,
      '.maplibregl-control-container': false,
    });
    const printed = describePdf(
      Buffer.from(await page.pdf({ preferCSSPageSize: true, printBackground: true })),
    );
    // Kazakhstan's roles and first passages run on to a second page; never further.
    expect(printed.pages.length).toBeGreaterThanOrEqual(1);
    expect(printed.pages.length).toBeLessThanOrEqual(2);
    // The map is on the page, not a blank canvas.
    expect(Math.max(...printed.images.map((image) => image.distinctColours ?? 0))).toBeGreaterThan(20);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);
});
