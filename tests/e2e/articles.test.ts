/**
 * The article picker in the production build, under the app's CSP. An atlas built from a copy of the data with a
 * second article offers the picker: choosing that article puts `article=<id>` in the link, shows its paragraphs and
 * passages and moves the map to its moment; the link opens it again. The shipped atlas, with one article, has none.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openWatchedPage } from '../support/browser.ts';
import { DESKTOP } from '../support/session.ts';
import { readerLines as readLines } from '../support/reader.ts';
import { openAtlas } from '../support/mapPage.ts';
import { readHeaderRules, startStaticServer } from '../support/staticServer.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SLOW = 240_000;
const SECOND_TEXT = 'زيارة إلى فيينا\nوصل الوفد النمساوي إلى كينيا ثم إلى جنوب السودان\n';

/** A copy of data/ with a second article, about other countries and another moment. */
function dataWithSecondArticle(dir: string): string {
  const data = join(dir, 'data');
  cpSync(join(ROOT, 'data'), data, { recursive: true });
  const folder = join(data, 'articles/vienna-2025');
  mkdirSync(folder);
  writeFileSync(join(folder, 'article.ar.txt'), SECOND_TEXT);
  writeFileSync(
    join(folder, 'article.meta.json'),
    JSON.stringify({
      file: 'article.ar.txt',
      sha256: createHash('sha256').update(SECOND_TEXT).digest('hex'),
      language: 'ar',
      published: '2025-05',
      titleLine: 1,
      excludedLines: [],
      notes: [],
      moment: {
        date: '2025-05-04',
        label: 'early May 2025',
        evidence: [{ lines: [2], says: 'The delegation is travelling.' }],
        reasoning: 'A test article.',
      },
    }),
  );
  return data;
}

let scratch: string;
let server: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;
let problems: string[];

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'atlas-articles-'));
  const outDir = join(scratch, 'dist');
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--logLevel',
      'warn',
      '--outDir',
      outDir,
      '--emptyOutDir',
    ],
    {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production', ATLAS_DATA_DIR: dataWithSecondArticle(scratch) },
    },
  );
  server = await startStaticServer({ root: outDir, headerRules: readHeaderRules(outDir) });
  browser = await launchChromium();
}, SLOW);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

async function openPage(url: string) {
  const context = await browser.newContext(DESKTOP);
  ({ page, problems } = await openWatchedPage(context, url));
  return context;
}

const picker = () => page.getByRole('combobox', { name: /^Article/ });
const readerLines = () => readLines(page);
const shownDate = () => page.locator('.time-control .date').textContent();

describe('the article picker', () => {
  it(
    'chooses the article the reader and the panel show, with its moment, and keeps it in the link',
    async () => {
      const context = await openPage(server.url);
      try {
        await openAtlas(page, server.url, { query: '?lang=en' });
        expect(await shownDate()).toBe('1 February 2024');
        await page.getByRole('button', { name: 'Read the article' }).click();
        expect(await picker().locator('option').count()).toBe(2);
        expect(await picker().inputValue()).toBe('kazakhstan-2024');

        await picker().selectOption('vienna-2025');
        await expect.poll(() => new URL(page.url()).searchParams.get('article')).toBe('vienna-2025');
        await expect.poll(readerLines).toEqual(SECOND_TEXT.trim().split('\n'));
        // The map moves to the article's moment; the time control's moment is that article's.
        expect(await shownDate()).toBe('4 May 2025');
        expect(await page.locator('.article-jump').getAttribute('aria-pressed')).toBe('true');

        await page.locator('dialog[open] .reader button.mention', { hasText: 'النمساوي' }).click();
        const panel = page.locator('.panel[data-country="AUT"]');
        await panel.waitFor();
        // Its two paragraphs: the title names Vienna, the next names Austria's delegation.
        expect(await panel.locator('.passage').allTextContents()).toEqual([
          expect.stringContaining('فيينا'),
          expect.stringContaining('النمساوي'),
        ]);

        // The link opens the same article at its moment.
        const link = page.url();
        await openAtlas(page, link.split('#')[0] ?? link);
        await page.getByRole('button', { name: 'Read the article' }).click();
        expect(await picker().inputValue()).toBe('vienna-2025');
        expect(await readerLines()).toEqual(SECOND_TEXT.trim().split('\n'));
        expect(await shownDate()).toBe('4 May 2025');

        // And back to the first article.
        await picker().selectOption('kazakhstan-2024');
        await expect.poll(() => new URL(page.url()).searchParams.get('article')).toBeNull();
        expect(await shownDate()).toBe('1 February 2024');
        await expect.poll(() => page.locator('dialog[open] .reader .line').count()).toBe(27);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
    SLOW,
  );

  it('is not offered when the atlas ships one article', async () => {
    const appUrl = inject('appUrl');
    const context = await openPage(appUrl);
    try {
      await openAtlas(page, appUrl, { query: '?lang=en' });
      await page.getByRole('button', { name: 'Read the article' }).click();
      await page.getByRole('button', { name: 'Use your own article' }).waitFor();
      expect(await page.getByRole('combobox', { name: /^Article/ }).count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
