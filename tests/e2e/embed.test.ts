/**
 * The atlas embedded in a host page served from a second origin, the way a newsroom embeds it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { launchChromium, openWatchedPage } from '../support/browser.ts';
import { startStaticServer, type RunningServer } from '../support/staticServer.ts';
import { ATLAS_MESSAGE, HOST_SEND_SCRIPT, sendFromHost } from '../support/host.ts';
import { data, index } from '../support/realData.ts';

const appUrl = inject('appUrl');
let host: RunningServer;
let browser: Browser;
let context: BrowserContext;

function hostPage(iframeAttributes: string, query: string) {
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>Host</title></head>
<body style="margin:0;font-family:sans-serif">
<p style="height:300px">A newsroom story.</p>
<iframe id="atlas" src="${appUrl}${query}" title="SCO–CICA Atlas" ${iframeAttributes}
  style="display:block;width:820px;height:500px;border:0"></iframe>
<p style="height:2000px">More of the story.</p>
<script>
  window.received = [];
  addEventListener('message', (event) => window.received.push(event.data));
</script>
${HOST_SEND_SCRIPT}
<script src="${appUrl}embed.js" async></script>
</body></html>`;
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-host-'));
  writeFileSync(join(dir, 'index.html'), hostPage('', '?v=1&org=cica'));
  writeFileSync(join(dir, 'sandboxed.html'), hostPage('sandbox="allow-scripts"', ''));
  host = await startStaticServer({ root: dir });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
});

async function openHost(path: string): Promise<{ page: Page; frame: Frame; problems: string[] }> {
  await context?.close();
  context = await browser.newContext({ viewport: { width: 1000, height: 800 }, locale: 'en-GB' });
  const { page, problems } = await openWatchedPage(context, host.url, { allowOrigins: [appUrl] });
  await page.goto(`${host.url}${path}`);
  const frame = page.frame({ url: (url) => url.href.startsWith(appUrl) });
  if (!frame) throw new Error('the atlas iframe did not load');
  await frame.waitForFunction(() => document.body.dataset.mapIdle === 'true', undefined, { timeout: 45_000 });
  return { page, frame, problems };
}

type Message = { source?: string; type?: string; height?: number; country?: string | null; zoom?: number };
const atlasMessages = (page: Page, type: string) =>
  page.evaluate(
    (type) =>
      (window as unknown as { received: Message[] }).received.filter(
        (m) => m?.source === 'sco-cica-atlas' && m.type === type,
      ),
    type,
  );

async function lastHeight(page: Page) {
  await page.waitForFunction(() =>
    (window as unknown as { received: Message[] }).received.some((m) => m?.type === 'height'),
  );
  return (await atlasMessages(page, 'height')).at(-1)?.height;
}

const renderedHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.querySelector('.atlas')!.getBoundingClientRect().height));

describe('embedding', () => {
  it('turns embed mode on inside an iframe, reports ready and its height, and the host script applies it', async () => {
    const { page, frame, problems } = await openHost('index.html');
    expect(await atlasMessages(page, 'ready')).toHaveLength(1);
    expect(await frame.locator('.atlas.embed').count()).toBe(1);
    const height = await lastHeight(page);
    expect(height).toBe(await renderedHeight(frame));
    await page.waitForFunction((h) => document.getElementById('atlas')!.style.height === `${h}px`, height);
    expect(problems).toEqual([]);
  });

  it('the host selects Iran: the panel opens, a "country selected" event returns and the height still matches', async () => {
    const { page, frame, problems } = await openHost('index.html');
    await sendFromHost(page, { ...ATLAS_MESSAGE, type: 'select', country: 'IRN' });
    await frame.locator('.panel[data-country="IRN"]').waitFor();
    await page.waitForFunction(() =>
      (window as unknown as { received: Message[] }).received.some(
        (m) => m?.type === 'countrySelected' && m.country === 'IRN',
      ),
    );
    await page.waitForTimeout(300);
    expect(await lastHeight(page)).toBe(await renderedHeight(frame));
    expect(problems).toEqual([]);
  });

  it('ignores malformed, oversized and unknown messages, and keeps working', async () => {
    const { page, frame, problems } = await openHost('index.html');
    await sendFromHost(
      page,
      'select KAZ',
      null,
      42,
      [],
      { type: 'select', country: 'KAZ' },
      { source: 'sco-cica-atlas', version: 2, type: 'select', country: 'KAZ' },
      { ...ATLAS_MESSAGE, type: 'select', country: 'ATLANTIS' },
      { ...ATLAS_MESSAGE, type: 'select', country: '<img src=x onerror=alert(1)>' },
      { ...ATLAS_MESSAGE, type: 'eval', code: 'alert(1)' },
      { ...ATLAS_MESSAGE, type: 'setOrg', org: 'NATO' },
      {
        source: 'sco-cica-atlas',
        version: 1,
        type: 'select',
        country: 'KAZ',
        padding: 'x'.repeat(100_000),
      },
    );
    await frame.locator('.notice').first().waitFor();
    expect(await frame.locator('.panel').count()).toBe(0);
    await sendFromHost(page, { ...ATLAS_MESSAGE, type: 'select', country: 'kaz' });
    await frame.locator('.panel[data-country="KAZ"]').waitFor();
    expect(problems).toEqual([]);
  });

  it('works in <iframe sandbox="allow-scripts"> without same-origin rights', async () => {
    const { page, frame, problems } = await openHost('sandboxed.html');
    expect(await frame.evaluate(() => window.origin)).toBe('null');
    await sendFromHost(page, { ...ATLAS_MESSAGE, type: 'select', country: 'IRN' });
    await frame.locator('.panel[data-country="IRN"]').waitFor();
    expect(await lastHeight(page)).toBe(await renderedHeight(frame));
    expect(problems).toEqual([]);
  });

  it('a plain wheel scrolls the host page; Ctrl + wheel zooms the map and the host is told the new view', async () => {
    const { page, frame } = await openHost('index.html');
    const zoom = () => frame.evaluate(() => Number(location.hash.slice(1).split('/')[0]));
    const box = (await page.locator('#atlas').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const zoomBefore = await zoom();
    await page.mouse.wheel(0, 300);
    await page.waitForFunction(() => window.scrollY > 0);
    expect(await zoom()).toBe(zoomBefore);

    await page.evaluate(() => window.scrollTo(0, 0));
    const inside = (await page.locator('#atlas').boundingBox())!;
    await page.mouse.move(inside.x + inside.width / 2, inside.y + inside.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -400);
    await page.keyboard.up('Control');
    await frame.waitForFunction(
      (before) => Number(location.hash.slice(1).split('/')[0]) > before,
      zoomBefore,
    );
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.waitForFunction(
      (before) =>
        (window as unknown as { received: Message[] }).received.some(
          (m) => m?.type === 'viewChanged' && (m.zoom ?? 0) > before,
        ),
      zoomBefore,
    );
  });
});

describe('URL state', () => {
  let page: Page;
  let problems: string[];

  async function open(query: string) {
    await context?.close();
    context = await browser.newContext({ viewport: { width: 1100, height: 760 }, locale: 'en-GB' });
    ({ page, problems } = await openWatchedPage(context, appUrl));
    await page.goto(`${appUrl}${query}`);
    await page.waitForFunction(() => document.body.dataset.mapIdle === 'true', undefined, {
      timeout: 45_000,
    });
  }

  it('a URL with every parameter set restores the same view', async () => {
    await open(
      '?v=1&org=cica&date=2017-06-10&country=IRN&lang=ar&embed=1&title=0&legend=0&controls=0#3.5/35/60',
    );
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'ar',
      'rtl',
    ]);
    await page.locator('.panel[data-country="IRN"]').waitFor();
    expect(await page.locator('.panel h2').textContent()).toBe('إيران');
    expect(await page.locator('.masthead, .controls, .legend-card').count()).toBe(0);
    expect(await page.locator('.atlas.embed').count()).toBe(1);
    expect(await page.locator('.org[data-org="CICA"]').getAttribute('data-status')).toBe('member');
    expect(await page.locator('.org[data-org="SCO"]').getAttribute('data-status')).toBe('observer');
    const [zoom, lat, lng] = new URL(page.url()).hash.slice(1).split('/').map(Number);
    expect([zoom, lat, lng]).toEqual([3.5, 35, 60]);
    expect(await page.locator('.notice').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('garbage values give the default view and a notice', async () => {
    await open('?v=7&org=nato&date=2024-02-30&country=%3Cscript%3E&lang=klingon&embed=perhaps&utm_source=x');
    const legend = await page.$$eval('.legend li[data-category]', (items) =>
      items.map((li) => [li.getAttribute('data-category'), li.querySelector('.count')?.textContent]),
    );
    const articleDate = data.snapshots.find((s) => s.id === 'article')!.date;
    const sco = index.rolesByOrg(articleDate).SCO;
    expect(legend).toEqual(
      (['member', 'observer', 'dialogue_partner'] as const).map((status) => [
        status,
        String(sco[status]?.length ?? 0),
      ]),
    );
    expect(await page.locator('.panel').count()).toBe(0);
    const notices = await page.locator('.notice').allTextContents();
    for (const name of ['v', 'org', 'date', 'country', 'lang', 'embed', 'utm_source']) {
      expect(notices.some((n) => n.includes(`: ${name}`))).toBe(true);
    }
    expect(problems).toEqual([]);
  });
});
