/**
 * Headless Chromium for the command line's PNG and PDF exports: finds a local Chromium ($CHROMIUM_PATH, then the
 * usual install paths; nothing is downloaded) and renders an export's SVG in a blank page with the bundled
 * Noto Sans Arabic inlined, so Arabic is shaped the same on every machine.
 */
import { accessSync, constants, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const INSTALL_HINT =
  'No Chromium found: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to its executable.';

/** Flags that keep a headless Chromium quiet on a closed network. */
export const QUIET_ARGS = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // Chromium preloads its omnibox popup as a hidden web page, which costs seconds of CPU at every launch.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
];

/** Flags that let WebGL (MapLibre) run without a GPU, through SwiftShader. */
export const WEBGL_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];

/** For driving the app itself, which needs WebGL. */
export const CHROMIUM_ARGS = [...QUIET_ARGS, ...WEBGL_ARGS];

/**
 * For exports, which draw SVG only: plain CPU rasterisation is several times faster than emulating a GPU in
 * SwiftShader for a 3508 × 2480 px screenshot.
 */
export const EXPORT_ARGS = [...QUIET_ARGS, '--disable-gpu'];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** $CHROMIUM_PATH when it is set (and executable), else the first installed candidate. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : undefined;
  return CHROMIUM_CANDIDATES.find(isExecutable);
}

export async function launchChromium(args: readonly string[] = EXPORT_ARGS): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  return chromium.launch({ executablePath, args: [...args], headless: true });
}

const FONT_PACKAGE = resolve(import.meta.dirname, '../../../node_modules/@fontsource/noto-sans-arabic');

/** The font's @font-face rules (all subsets, the weights exports use) with each woff2 inlined as data. */
export function inlineFontFaces(weights: readonly number[] = [400, 600, 700]): string {
  return weights
    .map((weight) =>
      readFileSync(resolve(FONT_PACKAGE, `${weight}.css`), 'utf8').replace(
        /src: url\(\.\/files\/([\w-]+\.woff2)\) format\('woff2'\)[^;]*;/g,
        (_whole, file: string) =>
          `src: url(data:font/woff2;base64,${readFileSync(resolve(FONT_PACKAGE, 'files', file)).toString('base64')}) format('woff2');`,
      ),
    )
    .join('\n');
}

function pageHtml(svg: string, pageRule = ''): string {
  const inline = svg.replace(/^<\?xml[^>]*>\s*/, '');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
${inlineFontFaces()}
${pageRule}
html, body { margin: 0; padding: 0; background: #fff; }
svg { display: block; }
</style></head><body>${inline}</body></html>`;
}

/** The page's own document, for code that runs in the page; Node code has no DOM types. */
declare const document: {
  fonts: { load(font: string, text: string): Promise<unknown>; ready: Promise<unknown> };
};

/** Waits until every face the page's text uses has loaded: a screenshot taken earlier would use a fallback font. */
async function fontsLoaded(page: import('playwright-core').Page) {
  await page.evaluate(async () => {
    const samples = ['عربي', 'Latin 0123 ★'];
    await Promise.all(
      [400, 600, 700].flatMap((weight) =>
        samples.map((sample) => document.fonts.load(`${weight} 16px "Noto Sans Arabic"`, sample)),
      ),
    );
    await document.fonts.ready;
  });
}

export interface RenderTarget {
  width: number;
  height: number;
}

/** A PNG of the SVG at exactly its pixel size. */
export async function svgToPng(browser: Browser, svg: string, size: RenderTarget): Promise<Uint8Array> {
  const page = await browser.newPage({
    viewport: { width: size.width, height: size.height },
    deviceScaleFactor: 1,
  });
  try {
    await page.setContent(pageHtml(svg));
    await fontsLoaded(page);
    return await page.screenshot({
      type: 'png',
      clip: { x: 0, y: 0, width: size.width, height: size.height },
    });
  } finally {
    await page.close();
  }
}

/** A one-page PDF of the SVG scaled to the page (`width`/`height` as CSS lengths, e.g. `297mm`). */
export async function svgToPdf(
  browser: Browser,
  svg: string,
  page: { width: string; height: string },
): Promise<Uint8Array> {
  const tab = await browser.newPage();
  try {
    // A fixed-position SVG fills the page box exactly and adds nothing to the flow, so no second page can appear.
    await tab.setContent(
      pageHtml(
        svg,
        `@page { size: ${page.width} ${page.height}; margin: 0; }
svg { position: fixed; inset: 0; width: 100%; height: 100%; }`,
      ),
    );
    await fontsLoaded(tab);
    return await tab.pdf({ width: page.width, height: page.height, printBackground: true, margin: {} });
  } finally {
    await tab.close();
  }
}
