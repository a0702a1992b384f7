/**
 * Reading the atlas as a new reader would: Back walks back through the countries chosen, search finds a country
 * by a typed alias and brings it into view, the hover card goes away on a click, the article opens at its title
 * with the scraped headline folded away, and each highlight says whose mention it is.
 */
import { beforeEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { watchedPagePerTest } from '../support/session.ts';
import { canvasBox, countryPoint, openAtlas, project, settle, type View } from '../support/mapPage.ts';

const appUrl = inject('appUrl');
const WORLD: View = { zoom: 2, lat: 30, lng: 60 };
const session = watchedPagePerTest(appUrl);
let page: Page;
let problems: string[];
beforeEach(() => {
  ({ page, problems } = session);
});

const selected = () =>
  page
    .locator('.panel')
    .getAttribute('data-country', { timeout: 2_000 })
    .catch(() => null);

async function search(query: string) {
  await page.locator('#country-search').fill(query);
  await page.locator('#country-search').press('Enter');
}

describe('reading the atlas', () => {
  it('Back returns to the previous country, then to none; search takes aliases and brings the country into view', async () => {
    await openAtlas(page, appUrl, { view: WORLD });
    await search('kazakstan');
    await page.locator('.panel[data-country="KAZ"]').waitFor();
    await search('uae');
    await page.locator('.panel[data-country="ARE"]').waitFor();
    expect(new URL(page.url()).searchParams.get('country')).toBe('ARE');

    await page.goBack();
    await page.locator('.panel[data-country="KAZ"]').waitFor();
    await page.goBack();
    await page.locator('.panel').waitFor({ state: 'detached' });
    expect(await selected()).toBeNull();
    expect(new URL(page.url()).searchParams.get('country')).toBeNull();

    // Brazil is off the opening view: choosing it moves the map until its point is in view.
    await search('brasil');
    await page.locator('.panel[data-country="BRA"]').waitFor();
    await page.waitForFunction(
      ([lng, lat]) => {
        const map = (
          document.querySelector('.map') as HTMLElement & {
            maplibreMap: { getBounds(): { contains(p: [number, number]): boolean }; isMoving(): boolean };
          }
        ).maplibreMap;
        return !map.isMoving() && map.getBounds().contains([lng ?? 0, lat ?? 0]);
      },
      countryPoint('BRA'),
      { timeout: 15_000 },
    );
    expect(problems).toEqual([]);
  }, 120_000);

  it('the legend’s chair line brings an off-screen chair into view (Russia, 2002)', async () => {
    await openAtlas(page, appUrl, { query: '?date=2002-08-01' });
    const chair = page.locator('.legend .chair[data-org="SCO"]');
    expect(await chair.getAttribute('data-country')).toBe('RUS');
    const inView = () =>
      page.evaluate((point) => {
        const map = (
          document.querySelector('.map') as HTMLElement & {
            maplibreMap: { getBounds(): { contains(p: [number, number]): boolean }; isMoving(): boolean };
          }
        ).maplibreMap;
        return !map.isMoving() && map.getBounds().contains(point);
      }, countryPoint('RUS'));
    expect(await inView()).toBe(false);
    await chair.locator('button').click();
    await page.waitForFunction(
      (point) => {
        const map = (
          document.querySelector('.map') as HTMLElement & {
            maplibreMap: { getBounds(): { contains(p: [number, number]): boolean }; isMoving(): boolean };
          }
        ).maplibreMap;
        return !map.isMoving() && map.getBounds().contains(point);
      },
      countryPoint('RUS'),
      { timeout: 15_000 },
    );
    expect(problems).toEqual([]);
  }, 120_000);

  it('hides the hover card on a click', async () => {
    await openAtlas(page, appUrl, { view: WORLD });
    const point = project(countryPoint('KAZ'), WORLD, await canvasBox(page));
    await page.mouse.move(point.x, point.y + 20);
    await page.locator('.tooltip').waitFor();
    await page.mouse.down();
    await page.mouse.up();
    await settle(page);
    expect(await page.locator('.tooltip').count()).toBe(0);
    expect(problems).toEqual([]);
  }, 120_000);

  it('opens the article at its title with line 1 folded away, and marks whose each highlight is', async () => {
    await openAtlas(page, appUrl, { query: '?country=KAZ', view: WORLD });
    // In the panel, each mention carries the country's code.
    const owners = await page.locator('.panel .passage mark .owner').allTextContents();
    expect(owners.length).toBeGreaterThan(0);
    expect(new Set(owners)).toEqual(new Set(['KAZ']));
    // The English gloss names the country too.
    expect(await page.locator('.panel .passage .gloss mark').first().textContent()).toBe('Kazakhstan');

    await page.locator('button', { hasText: 'Read the article' }).click();
    const reader = page.locator('dialog[open] .reader');
    await reader.waitFor();
    const fold = reader.locator('details[data-line-fold="1"]');
    expect(await fold.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await fold.locator('summary').textContent()).toBe('Not part of the article');
    expect(await reader.locator('[data-line="1"]').isVisible()).toBe(false);
    // The first paragraph a reader sees is the title.
    const firstVisible = await reader
      .locator('.line')
      .evaluateAll((lines) => lines.find((l) => l.checkVisibility())?.getAttribute('data-line'));
    expect(firstVisible).toBe('2');
    const mention = reader.locator('.mention').first();
    expect(await mention.locator('.owner').textContent()).toMatch(/^[A-Z]{3}$/);
    expect(problems).toEqual([]);
  }, 120_000);
});
