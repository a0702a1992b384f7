/**
 * The early map: while MapLibre is still downloading, the first view is already drawn from the data and geometry,
 * in the link's own state, at the camera MapLibre then opens on; MapLibre's map replaces it once it has drawn.
 * Where MapLibre cannot be downloaded at all, the SVG map takes over, as without WebGL.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openWatchedPage } from '../support/browser.ts';
import { colourAt, colourDistance, countryPoint, hexToRgb, project } from '../support/mapPage.ts';
import { CATEGORY_COLOURS } from '../../src/core/palette.ts';
import { openingCamera } from '../../src/app/map/openingView.ts';

const appUrl = inject('appUrl');
const SLOW = 180_000;
/** MapLibre's own module (not the small one that only names its worker's URL). */
const MAPLIBRE_MODULE = /\/assets\/maplibre-[\w-]{8}\.js$/;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * A point of a country's fill on a map showing `camera` in the box of `selector`: just below its label point, so
 * that the name written there is not what is read.
 */
async function pointOn(page: Page, selector: string, code: string, camera = openingCameraOf) {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on the page`);
  const at = project(countryPoint(code), await camera(box), box);
  return { x: at.x, y: at.y + 16 };
}
const openingCameraOf = async (box: { width: number; height: number }) =>
  openingCamera(box.width, box.height);

describe('the early map', () => {
  it(
    'shows the link’s organisation before MapLibre has arrived, and hands over to MapLibre at the same view',
    async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
      const { page, problems } = await openWatchedPage(context, appUrl);
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(MAPLIBRE_MODULE, async (route) => {
        await held;
        await route.fallback();
      });
      // With the CICA chosen, Mongolia is a member (an SCO observer otherwise).
      await page.goto(`${appUrl}?lang=en&org=cica`, { waitUntil: 'commit' });
      const early = page.locator('.early-map canvas');
      await early.waitFor({ timeout: 60_000 });
      expect(await page.locator('.maplibregl-canvas').count()).toBe(0);
      expect(await page.evaluate(() => document.body.dataset.mapIdle)).toBeUndefined();

      const mongolia = await pointOn(page, '.early-map', 'MNG');
      const member = hexToRgb(CATEGORY_COLOURS.member);
      const observer = hexToRgb(CATEGORY_COLOURS.observer);
      expect(colourDistance(await colourAt(page, mongolia.x, mongolia.y), member)).toBeLessThan(20);
      const kazakhstan = await pointOn(page, '.early-map', 'KAZ');
      expect(colourDistance(await colourAt(page, kazakhstan.x, kazakhstan.y), member)).toBeLessThan(20);

      // Switching organisation before MapLibre is there redraws the early map.
      await page.locator('[data-control="org"] label', { hasText: 'SCO' }).click();
      await expect
        .poll(async () => colourDistance(await colourAt(page, mongolia.x, mongolia.y), observer))
        .toBeLessThan(20);

      release();
      await page.waitForFunction(() => document.body.dataset.mapIdle === 'true', undefined, {
        timeout: 90_000,
      });
      await early.waitFor({ state: 'detached' });
      expect(await page.locator('.maplibregl-canvas').evaluate((c) => getComputedStyle(c).visibility)).toBe(
        'visible',
      );
      // MapLibre opened on the camera the early map drew (its hash keeps two decimals of zoom).
      const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
      const expected = openingCamera(box.width, box.height);
      const [zoom, lat, lng] = (await page.evaluate(() => location.hash)).slice(1).split('/').map(Number);
      expect(Math.abs(zoom! - expected.zoom)).toBeLessThan(0.01);
      expect(Math.abs(lat! - expected.lat)).toBeLessThan(0.05);
      expect(Math.abs(lng! - expected.lng)).toBeLessThan(0.05);
      expect(colourDistance(await colourAt(page, mongolia.x, mongolia.y), observer)).toBeLessThan(20);
      expect(problems).toEqual([]);
      await context.close();
    },
    SLOW,
  );

  it(
    'draws a link’s own view (#zoom/lat/lng) as MapLibre will',
    async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
      const { page, problems } = await openWatchedPage(context, appUrl);
      await page.route(MAPLIBRE_MODULE, () => {
        // Held until the page closes: only the early map is looked at.
      });
      const view = { zoom: 4, lat: 45, lng: 80 };
      await page.goto(`${appUrl}?lang=en#${view.zoom}/${view.lat}/${view.lng}`, { waitUntil: 'commit' });
      await page.locator('.early-map canvas').waitFor({ timeout: 60_000 });
      // Kazakhstan fills the middle of this view; at the opening view this point would be elsewhere.
      const kazakhstan = await pointOn(page, '.early-map', 'KAZ', async () => view);
      const colour = await colourAt(page, kazakhstan.x, kazakhstan.y);
      expect(colourDistance(colour, hexToRgb(CATEGORY_COLOURS.member))).toBeLessThan(20);
      expect(problems).toEqual([]);
      await context.close();
    },
    SLOW,
  );

  it(
    'gives way to the SVG map when MapLibre cannot be downloaded',
    async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
      const { page, problems } = await openWatchedPage(context, appUrl);
      await page.route(MAPLIBRE_MODULE, (route) => route.abort('failed'));
      await page.goto(`${appUrl}?lang=en`, { waitUntil: 'commit' });
      await page.waitForFunction(() => document.body.dataset.mapIdle === 'true', undefined, {
        timeout: 90_000,
      });
      await page.locator('.fallback-map path[data-code="KAZ"]').waitFor();
      expect(await page.locator('.early-map').count()).toBe(0);
      // The failed download is the only complaint.
      expect(problems.filter((p) => !/maplibre|Failed to (load|fetch)/i.test(p))).toEqual([]);
      await context.close();
    },
    SLOW,
  );
});
