/**
 * A reader's own article in real Chromium, under the app's CSP: pasted or chosen as a file, matched in the browser,
 * shown in the reader and the panel with a "Your article" label; bad and hostile input changes nothing, is shown as
 * text only, and no request carries the text anywhere.
 */
import { beforeEach, describe, expect, inject, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { watchedPagePerTest } from '../support/session.ts';
import { readerLines as readLines } from '../support/reader.ts';
import { openAtlas } from '../support/mapPage.ts';
import { INVISIBLE, SCRIPT_PAYLOADS } from '../support/hostileInput.ts';

const appUrl = inject('appUrl');
const SLOW = 180_000;

const session = watchedPagePerTest(appUrl);
let page: Page;
let problems: string[];
let requests: Request[];
beforeEach(() => {
  ({ page, problems } = session);
  requests = [];
  page.on('request', (request) => requests.push(request));
});

const OWN_TEXT = [
  'قمة في فيينا',
  '',
  'استقبل الرئيس النمساوي نظيره الكيني في فيينا، وبحثا الوضع في جنوب السودان.',
].join('\n');

async function openForm() {
  await openAtlas(page, appUrl, { query: '?lang=en' });
  await page.getByRole('button', { name: 'Read the article' }).click();
  await page.getByRole('button', { name: 'Use your own article' }).click();
  await page.getByLabel('Article text').waitFor();
}

async function show(text: string) {
  // As a paste: typing 200 KB key by key would take minutes on a software-rendered page.
  await page.getByLabel('Article text').evaluate((box: HTMLTextAreaElement, value) => {
    box.value = value;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  await page.getByRole('button', { name: 'Show on the map' }).click();
}

const readerLines = () => readLines(page);
const firstReaderLine = async () => (await readerLines())[0];

describe('your own article', () => {
  it(
    'paste a text, see its paragraphs with their mentions, and open a country it names',
    async () => {
      await openForm();
      const shippedFirstLine = await firstReaderLine();
      await show(OWN_TEXT);
      await expect
        .poll(() => page.locator('.your-article').textContent())
        .toMatch(/Your article.*paragraphs: 2, countries named: 3/);
      expect(await page.locator('dialog[open] .reader .line').count()).toBe(2);
      expect(await firstReaderLine()).toBe('قمة في فيينا');

      await page.locator('dialog[open] .reader button.mention', { hasText: 'النمساوي' }).click();
      const panel = page.locator('.panel[data-country="AUT"]');
      await panel.waitFor();
      await expect(panel.locator('.passages h3').textContent()).resolves.toMatch(/Your article/);
      await expect(panel.locator('.passage').count()).resolves.toBe(2);

      // Nothing left the page: no request carried the text, none went to another origin.
      const sent = requests.filter((request) => request.method() !== 'GET' || request.postData());
      expect(sent.map((request) => request.url())).toEqual([]);
      expect(requests.some((request) => decodeURIComponent(request.url()).includes('فيينا'))).toBe(false);

      // Back to the atlas's article.
      await page.getByRole('button', { name: 'Read the article' }).click();
      await page.getByRole('button', { name: 'Back to the atlas’s article' }).click();
      expect(await firstReaderLine()).toBe(shippedFirstLine);
      expect(problems).toEqual([]);
    },
    SLOW,
  );

  it(
    'refuses an empty, a too long and a binary text with a clear message, and changes nothing',
    async () => {
      await openForm();
      const shippedFirstLine = await firstReaderLine();
      const message = page.locator('dialog[open] .message');

      await show('   \n\n  ');
      await expect.poll(() => message.textContent()).toMatch(/The text is empty/);

      await show('قطر '.repeat(60_000));
      await expect.poll(() => message.textContent()).toMatch(/longer than 200 KB/);

      await page.getByLabel('Article text').fill('');
      await page.getByLabel('Or choose a .txt file').setInputFiles({
        name: 'image.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00, 0x00, 0xc3, 0x28]),
      });
      await expect.poll(() => message.textContent()).toMatch(/not a text file/);
      expect(await page.getByLabel('Article text').inputValue()).toBe('');

      expect(await firstReaderLine()).toBe(shippedFirstLine);
      await expect(page.locator('.your-article').count()).resolves.toBe(0);
      expect(problems).toEqual([]);
    },
    SLOW,
  );

  it(
    'reads a chosen .txt file into the box',
    async () => {
      await openForm();
      await page.getByLabel('Or choose a .txt file').setInputFiles({
        name: 'story.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(OWN_TEXT, 'utf8'),
      });
      await expect.poll(() => page.getByLabel('Article text').inputValue()).toBe(OWN_TEXT);
      await page.getByRole('button', { name: 'Show on the map' }).click();
      await page.locator('.your-article').waitFor();
      expect(problems).toEqual([]);
    },
    SLOW,
  );

  it(
    'shows markup, script and bidi overrides as text only, and makes no request',
    async () => {
      await openForm();
      await show('قطر');
      await expect.poll(() => page.locator('.your-article').textContent()).toMatch(/paragraphs: 1,/);
      await page.getByRole('button', { name: 'Use your own article' }).click();
      const hostile = [
        ...SCRIPT_PAYLOADS.map((payload) => `زار الوفد قطر ${payload}`),
        `${INVISIBLE.rtlOverride}الصين${INVISIBLE.popDirectional} <b id="pwned">bold</b>`,
        `${INVISIBLE.zeroWidthSpace}<style>body{display:none}</style> روسيا`,
      ].join('\n');
      requests = [];
      await show(hostile);
      await expect
        .poll(() => page.locator('.your-article').textContent())
        .toMatch(new RegExp(`paragraphs: ${SCRIPT_PAYLOADS.length + 2},`));
      expect(requests.map((request) => request.url())).toEqual([]);
      expect(await page.locator('#pwned').count()).toBe(0);
      expect(await page.locator('dialog[open] .reader script, dialog[open] .reader style').count()).toBe(0);
      const shown = await readerLines();
      expect(shown[0]).toBe(`زار الوفد قطر ${SCRIPT_PAYLOADS[0]}`);
      expect(shown.at(-2)).toContain('<b id="pwned">bold</b>');
      expect(await page.evaluate(() => getComputedStyle(document.body).display)).not.toBe('none');
      expect(problems).toEqual([]);
    },
    SLOW,
  );
});
