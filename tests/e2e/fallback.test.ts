/**
 * The atlas in a Chromium without WebGL: instead of a blank page, an SVG map drawn from the same geometry, with
 * the same colours, legend, list and click → panel, and no error.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { geoMercator } from 'd3-geo';
import { launchChromium, openWatchedPage } from '../support/browser.ts';
import { CATEGORY_COLOURS } from '../../src/core/palette.ts';

const appUrl = inject('appUrl');
// Page loads, keyboard walks and axe runs on SwiftShader: a busy two-core machine needs more than a minute.
const SLOW = 180_000;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium(['--disable-webgl', '--disable-3d-apis']);
});
afterAll(async () => {
  await browser?.close();
});

/** Page coordinates of a place on the fallback map, which opens on the same box as the MapLibre map. */
async function placeOnMap(page: Page, lngLat: [number, number]) {
  const box = await page.locator('.fallback-map svg').boundingBox();
  if (!box) throw new Error('the fallback map is not on the page');
  const projection = geoMercator().fitSize([box.width, box.height], {
    type: 'MultiPoint',
    coordinates: [
      [-12, -8],
      [148, 62],
    ],
  });
  const [x, y] = projection(lngLat) ?? [NaN, NaN];
  return { x: box.x + x, y: box.y + y };
}

function legendCounts(page: Page) {
  return page.$$eval('.legend li[data-category]', (items) =>
    Object.fromEntries(
      items.map((li) => [li.getAttribute('data-category'), Number(li.querySelector('.count')?.textContent)]),
    ),
  );
}

describe('without WebGL', () => {
  it(
    'shows the SVG map with legend and list; clicking Kazakhstan opens its panel; the sea closes it',
    async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
      const { page, problems } = await openWatchedPage(context, appUrl);
      await page.goto(`${appUrl}?lang=en`);
      const kazakhstan = page.locator('.fallback-map path[data-code="KAZ"]');
      await kazakhstan.waitFor({ timeout: 45_000 });

      // The browser really has no WebGL, and no half-made MapLibre map is left in the page.
      expect(
        await page.evaluate(() => {
          const canvas = document.createElement('canvas');
          return canvas.getContext('webgl2') === null && canvas.getContext('webgl') === null;
        }),
      ).toBe(true);
      expect(await page.locator('.maplibregl-map, .maplibregl-canvas').count()).toBe(0);

      await expect(page.locator('.fallback-map svg').getAttribute('aria-label')).resolves.toBe(
        'Map of SCO roles on 1 February 2024',
      );
      await expect(page.locator('figure figcaption').textContent()).resolves.toContain(
        'Members: 9, Observers: 3 and Dialogue partners: 14.',
      );
      expect(await legendCounts(page)).toEqual({ member: 9, observer: 3, dialogue_partner: 14 });
      await expect(kazakhstan.getAttribute('fill')).resolves.toBe(CATEGORY_COLOURS.member);
      await expect(page.locator('.fallback-map path[data-code="SAU"]').getAttribute('fill')).resolves.toBe(
        CATEGORY_COLOURS.dialogue_partner,
      );
      // The article names Kazakhstan, not Mongolia: only the first gets the "named in the article" mark.
      expect(await page.locator('.fallback-map .named circle[data-named="KAZ"]').count()).toBe(1);
      expect(await page.locator('.fallback-map .named circle[data-named="MNG"]').count()).toBe(0);
      expect(await page.locator('.legend .named').textContent()).toBe('Named in the article');

      const astana = await placeOnMap(page, [71.4, 51.2]);
      await page.mouse.click(astana.x, astana.y);
      const panel = page.locator('.panel[data-country="KAZ"]');
      await panel.waitFor();
      await expect(panel.locator('h2').textContent()).resolves.toBe('Kazakhstan');
      await expect(panel.locator('.passage').count()).resolves.toBe(25);
      expect(new URL(page.url()).searchParams.get('country')).toBe('KAZ');

      // The Maldives are too small to click as a shape: their marker stands in for them.
      await page.locator('.fallback-map circle[data-code="MDV"]').click();
      await page.locator('.panel[data-country="MDV"]').waitFor();

      const indianOcean = await placeOnMap(page, [80, -4]);
      await page.mouse.click(indianOcean.x, indianOcean.y);
      await page.locator('.panel').waitFor({ state: 'detached' });

      await page.getByRole('button', { name: 'Country list' }).click();
      await page.locator('dialog[open] .list button', { hasText: 'Mongolia' }).click();
      await page.locator('.panel[data-country="MNG"]').waitFor();

      await page.locator('[data-control="org"] label', { hasText: 'CICA' }).click();
      expect(await legendCounts(page)).toEqual({ member: 28, observer: 10 });
      await expect(page.locator('.fallback-map path[data-code="SAU"]').getAttribute('fill')).resolves.toBe(
        CATEGORY_COLOURS.observer,
      );
      expect(problems).toEqual([]);
      await context.close();
    },
    SLOW,
  );
});
