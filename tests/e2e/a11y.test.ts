/**
 * The atlas for everyone, in real Chromium: axe-core finds no serious or critical problem in English or Arabic,
 * with the country panel closed or open; the page's language, direction and layout follow the interface
 * language; a screen reader gets the map as a captioned figure with a text summary and hears what was selected.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openWatchedPage } from '../support/browser.ts';
import { openAtlas } from '../support/mapPage.ts';

const appUrl = inject('appUrl');
// Page loads, keyboard walks and axe runs on SwiftShader: a busy two-core machine needs more than a minute.
const SLOW = 180_000;
const root = resolve(import.meta.dirname, '../..');
const AXE_SOURCE = readFileSync(resolve(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** axe-core's serious and critical findings on the page as it is now, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  // The app's CSP (script-src 'self') refuses an inline <script>; code evaluated through the DevTools protocol
  // is not subject to it, so axe runs against the page exactly as readers get it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: unknown[] }> } })
      .axe;
    return (await axe.run(document)).violations as AxeViolation[];
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

function documentLanguage(page: Page) {
  return page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
}

/** Horizontal centre of an element as a share of the viewport's width (0 = left edge, 1 = right edge). */
async function centreX(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on the page`);
  return (box.x + box.width / 2) / (page.viewportSize()?.width ?? 1);
}

describe('accessibility in both languages', () => {
  it(
    'axe finds nothing serious in English and Arabic, panel closed and open; the layout mirrors in Arabic',
    async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
      const { page, problems } = await openWatchedPage(context, appUrl);
      await openAtlas(page, appUrl, { query: '?lang=en' });

      expect(await documentLanguage(page)).toEqual({ lang: 'en', dir: 'ltr' });
      expect(await seriousViolations(page)).toEqual([]);
      const caption = await page.locator('figure figcaption').textContent();
      // The article's moment (early 2024): Kazakhstan chairs the SCO, Belarus is still an observer.
      expect(caption).toContain('Map of SCO roles on 1 February 2024.');
      expect(caption).toContain('Members: 9, Observers: 3 and Dialogue partners: 14.');
      expect(caption).toContain('Chair of the SCO: Kazakhstan.');
      await expect(page.locator('.maplibregl-canvas').getAttribute('aria-label')).resolves.toBe(
        'Map of SCO roles on 1 February 2024',
      );
      // The legend is a strip below the map: its title starts on the reading side.
      expect(await centreX(page, '#legend-title')).toBeLessThan(0.5);
      expect(await centreX(page, '.maplibregl-ctrl-zoom-in')).toBeGreaterThan(0.5);

      await page.locator('#country-search').fill('Kazakhstan');
      await page.keyboard.press('Enter');
      const panel = page.locator('.panel[data-country="KAZ"]');
      await panel.waitFor();
      await expect(page.locator('[data-announcer]').textContent()).resolves.toMatch(
        /Kazakhstan selected\. SCO: Member\. CICA: Member\./,
      );
      expect(await panel.locator('.passage .gloss[lang="en"]').count()).toBeGreaterThan(0);
      expect(await centreX(page, '.panel')).toBeGreaterThan(0.5);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: resolve(root, '.cache/a11y-en-panel.png') });

      await page.locator('[data-control="lang"] label', { hasText: 'العربية' }).click();
      await page.waitForFunction(() => document.documentElement.dir === 'rtl');
      expect(await documentLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });
      expect(new URL(page.url()).searchParams.get('lang')).toBe('ar');
      const intl = await page.evaluate(() => ({
        joined: new Intl.DateTimeFormat('ar', {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        }).format(Date.UTC(2001, 5, 15)),
      }));
      // The name comes from the atlas's own table (i18n-iso-countries), not the browser's ICU.
      await expect(panel.locator('h2').textContent()).resolves.toBe('كازاخستان');
      await expect(panel.locator('.org[data-org="SCO"] .status').textContent()).resolves.toContain(
        intl.joined,
      );
      expect(await panel.locator('.passage .gloss').count()).toBe(0);
      expect(await centreX(page, '.panel')).toBeLessThan(0.5);
      expect(await centreX(page, '#legend-title')).toBeGreaterThan(0.5);
      expect(await centreX(page, '.maplibregl-ctrl-zoom-in')).toBeLessThan(0.5);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: resolve(root, '.cache/a11y-ar-panel.png') });

      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'detached' });
      expect(await page.locator('figure figcaption').textContent()).toMatch(/الأعضاء: .*المراقبون: /);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: resolve(root, '.cache/a11y-ar.png') });
      expect(problems).toEqual([]);
      await context.close();
    },
    SLOW,
  );

  it(
    'the article reader and the country list: nothing serious either',
    async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
      const { page, problems } = await openWatchedPage(context, appUrl);
      await openAtlas(page, appUrl, { query: '?lang=en' });
      await page.getByRole('button', { name: 'Read the article' }).click();
      await page.locator('dialog[open] .reader').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await page.locator('dialog[open]').waitFor({ state: 'detached' });
      await page.getByRole('button', { name: 'Country list' }).click();
      await page.locator('dialog[open] .list').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    },
    SLOW,
  );

  it(
    'a browser that prefers Arabic opens in Arabic; choosing English puts the language in the link',
    async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ar-EG' });
      const { page, problems } = await openWatchedPage(context, appUrl);
      await openAtlas(page, appUrl);
      expect(await documentLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });
      await expect(page.title()).resolves.toBe('أطلس شنغهاي – سيكا');
      expect(new URL(page.url()).searchParams.has('lang')).toBe(false);

      await page.locator('[data-control="lang"] label', { hasText: 'English' }).click();
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      expect(await documentLanguage(page)).toEqual({ lang: 'en', dir: 'ltr' });
      expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
      await expect(page.locator('h1').textContent()).resolves.toBe('SCO–CICA Atlas');
      expect(problems).toEqual([]);
      await context.close();
    },
    SLOW,
  );
});
