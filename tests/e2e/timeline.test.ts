/**
 * Membership over time in real Chromium against the production build: playing the years changes the fills and
 * counts and stops at the end; the slider works from the keyboard and lives in the URL; choosing a change moves
 * the map there and marks the chair; the bloc figures match turf on the same geometry.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { area } from '@turf/turf';
import type { Feature } from 'geojson';
import type { Page } from 'playwright-core';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { data } from '../support/realData.ts';
import { CATEGORY_COLOURS } from '../../src/core/palette.ts';
import { CHAIR_COLOUR, chairOffset } from '../../src/app/map/chairLayer.ts';
import { HIGHLIGHT_COLOUR } from '../../src/app/map/highlightLayers.ts';
import { watchedPagePerTest } from '../support/session.ts';
import {
  borderColourDistance,
  canvasBox,
  colourAt,
  colourDistance,
  countryPoint,
  hexToRgb,
  openAtlas,
  project,
  settle,
  type View,
} from '../support/mapPage.ts';

const appUrl = inject('appUrl');
const WORLD: View = { zoom: 2, lat: 30, lng: 60 };
const root = resolve(import.meta.dirname, '../..');
const articleDate = data.snapshots.find((s) => s.id === 'article')!.date;
const topology = JSON.parse(readFileSync(resolve(root, 'geo/countries.topo.json'), 'utf8')) as Topology;
const shapes = feature(topology, topology.objects.countries as GeometryCollection).features as Feature[];

const session = watchedPagePerTest(appUrl);
let page: Page;
let problems: string[];
beforeEach(() => {
  ({ page, problems } = session);
});

function legendCounts() {
  return page.$$eval('.legend li[data-category]', (items) =>
    Object.fromEntries(
      items.map((li) => [li.getAttribute('data-category'), Number(li.querySelector('.count')?.textContent)]),
    ),
  );
}

async function colourOf(code: string) {
  await settle(page);
  const point = project(countryPoint(code), WORLD, await canvasBox(page));
  return colourAt(page, point.x, point.y + 16);
}

/** The colour at the centre of an organisation's chair mark for a country (just above its label point). */
async function chairSpotOf(code: string, org: 'SCO' | 'CICA' = 'SCO') {
  await settle(page);
  const point = project(countryPoint(code), WORLD, await canvasBox(page));
  const [dx, dy] = chairOffset(org);
  return colourAt(page, point.x + dx, point.y + dy);
}

const dateParam = () => new URL(page.url()).searchParams.get('date');
const near = async (code: string, hex: string) => colourDistance(await colourOf(code), hexToRgb(hex)) < 12;

describe('membership over time', () => {
  it('playing from 2023 turns Iran into a member and the SCO into 10 members and 17 partners, then stops', async () => {
    await openAtlas(page, appUrl, { query: '?date=2023-01-01', view: WORLD });
    const control = page.locator('.time-control');
    expect(await control.locator('output.date').textContent()).toBe('1 January 2023');
    expect(await legendCounts()).toEqual({ member: 8, observer: 4, dialogue_partner: 9 });
    expect(await near('IRN', CATEGORY_COLOURS.observer)).toBe(true);

    // Every member count the legend shows while playing, however fast the steps go.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seenMemberCounts: string[] }).seenMemberCounts = seen;
      const heights = new Set<number>();
      (window as unknown as { legendHeights: Set<number> }).legendHeights = heights;
      const legend = document.querySelector('.legend');
      if (!legend) throw new Error('no legend');
      heights.add(legend.getBoundingClientRect().height);
      new MutationObserver(() => {
        const count = legend.querySelector('li[data-category="member"] .count')?.textContent ?? '';
        if (seen.at(-1) !== count) seen.push(count);
        heights.add(legend.getBoundingClientRect().height);
      }).observe(legend, { subtree: true, childList: true, characterData: true });
    });
    await control.locator('button.play').click();
    expect(await control.getAttribute('data-playing')).toBe('true');
    await page.locator('.time-control[data-playing="false"]').waitFor({ timeout: 120_000 });
    // On the way: 9 members once Iran has joined (4 July 2023), before Belarus makes 10 (4 July 2024).
    const seen = await page.evaluate(
      () => (window as unknown as { seenMemberCounts: string[] }).seenMemberCounts,
    );
    expect(seen).toContain('9');
    expect(seen.at(-1)).toBe('10');
    // The legend keeps its height while categories come and go (observers and dialogue partners become partners).
    const heights = await page.evaluate(() => [
      ...(window as unknown as { legendHeights: Set<number> }).legendHeights,
    ]);
    expect(heights).toHaveLength(1);

    expect(await control.locator('output.date').textContent()).toBe('31 December 2025');
    expect(await legendCounts()).toEqual({ member: 10, partner: 17 });
    expect(await near('IRN', CATEGORY_COLOURS.member)).toBe(true);
    expect(await near('SAU', CATEGORY_COLOURS.partner)).toBe(true);
    await expect.poll(dateParam).toBe('latest');
    expect(problems).toEqual([]);
  }, 180_000);

  it('the slider moves by keyboard, its date is in the URL and a link to 1996 reopens there', async () => {
    await openAtlas(page, appUrl, { view: WORLD });
    const slider = page.locator('#timeline-date');
    expect(await slider.getAttribute('aria-valuetext')).toBe('1 February 2024');
    await slider.focus();
    await page.keyboard.press('PageDown');
    expect(await slider.getAttribute('aria-valuetext')).toBe('1 February 2023');
    await expect.poll(dateParam).toBe('2023-02-01');
    expect((await legendCounts()).member).toBe(8);

    await page.keyboard.press('Home');
    await expect.poll(dateParam).toBe('1996-01-01');
    expect(await legendCounts()).toEqual({});

    await openAtlas(page, appUrl, { query: '?date=1996-01-01', view: WORLD });
    expect(await page.locator('#timeline-date').getAttribute('aria-valuetext')).toBe('1 January 1996');
    // The land the members cover is shown with the country list.
    await page.getByRole('button', { name: 'Country list' }).click();
    expect(await page.locator('dialog[open] .bloc-figures [data-org="SCO"]').textContent()).toMatch(
      /not founded yet/,
    );
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });

    await page.locator('.time-control .article-jump').click();
    await expect.poll(dateParam).toBeNull();
    expect(await legendCounts()).toEqual({ member: 9, observer: 3, dialogue_partner: 14 });
    expect(problems).toEqual([]);
  }, 120_000);

  it('choosing a change moves the map there, names it, outlines it and marks the chair on the map', async () => {
    await openAtlas(page, appUrl, { view: WORLD });
    expect(await borderColourDistance(page, 'CHN', WORLD, HIGHLIGHT_COLOUR)).toBeGreaterThan(60);
    // The article's moment (early 2024): Kazakhstan chairs the SCO until the Astana summit of 4 July 2024.
    expect(colourDistance(await chairSpotOf('KAZ'), hexToRgb(CHAIR_COLOUR))).toBeLessThan(12);
    expect(colourDistance(await chairSpotOf('CHN'), hexToRgb(CHAIR_COLOUR))).toBeGreaterThan(40);

    // The Astana summit the article looks forward to is one click away: China takes the chair there.
    await page.locator('.time-control button.events').click();
    const item = page.locator(
      'dialog[open] .event-list li[data-date="2024-07-04"][data-kind="chair_handover"]',
    );
    expect(await item.locator('.who').textContent()).toBe('Kazakhstan → China');
    await item.locator('button.choose').click();
    await page.locator('dialog[open]').waitFor({ state: 'detached' });

    await expect.poll(dateParam).toBe('2024-07-04');
    expect(await page.locator('.time-control .chosen').getAttribute('data-countries')).toBe('CHN');
    expect(await borderColourDistance(page, 'CHN', WORLD, HIGHLIGHT_COLOUR)).toBeLessThan(40);
    expect(await page.locator('.legend .chair').textContent()).toMatch(/China/);
    expect(colourDistance(await chairSpotOf('CHN'), hexToRgb(CHAIR_COLOUR))).toBeLessThan(12);
    expect(colourDistance(await chairSpotOf('KAZ'), hexToRgb(CHAIR_COLOUR))).toBeGreaterThan(40);

    // With both organisations in view at the article's moment, Kazakhstan chairs both: a star and a diamond.
    await page.locator('.time-control .article-jump').click();
    await page.locator('[data-control="org"] label', { hasText: 'Both' }).click();
    expect(colourDistance(await chairSpotOf('KAZ'), hexToRgb(CHAIR_COLOUR))).toBeLessThan(12);
    expect(colourDistance(await chairSpotOf('KAZ', 'CICA'), hexToRgb(CHAIR_COLOUR))).toBeLessThan(12);
    expect(
      await page.locator('.legend .chair .chair-mark').evaluateAll((m) => m.map((e) => e.dataset['org'])),
    ).toEqual(['SCO', 'CICA']);
    expect(problems).toEqual([]);
  }, 120_000);

  it('bloc figures equal turf areas of the members’ shapes; the panel shows Belarus’s SCO history as a bar', async () => {
    await openAtlas(page, appUrl, { query: '?country=BLR', view: WORLD });
    const members = data.memberships
      .filter((m) => m.org === 'SCO')
      .filter((m) =>
        m.history.some(
          (p) => p.status === 'member' && p.from <= articleDate && (!p.until || articleDate < p.until),
        ),
      )
      .map((m) => m.country);
    const expected = shapes
      .filter((f) => members.includes(String(f.id)))
      .reduce((sum, f) => sum + area(f) / 1e6, 0);
    const world = shapes.filter((f) => f.id !== 'ATA').reduce((sum, f) => sum + area(f) / 1e6, 0);
    await page.getByRole('button', { name: 'Country list' }).click();
    const row = page.locator('dialog[open] .bloc-figures [data-org="SCO"]');
    expect(Number(await row.getAttribute('data-km2'))).toBe(Math.round(expected));
    expect(Number(await row.getAttribute('data-share'))).toBeCloseTo(expected / world, 5);
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });

    const bar = page.locator('.panel .status-timeline[data-org="SCO"]');
    expect(
      await bar.locator('.segment').evaluateAll((s) => s.map((e) => e.getAttribute('data-status'))),
    ).toEqual(['dialogue_partner', 'observer', 'member']);
    expect(problems).toEqual([]);
  }, 120_000);
});
