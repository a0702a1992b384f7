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
import { measureFlood, startFloodHost } from '../../bench/flood.ts';

const appUrl = inject('appUrl');
let host: RunningServer;
let browser: Browser;
let context: BrowserContext;

function hostPage(iframeAttributes: string, query: string, extra = '') {
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
${extra}
<script src="${appUrl}embed.js" async></script>
</body></html>`;
}

/** A third-party widget on the host page that pretends to be the atlas, to grow itself. */
const IMPOSTOR = `<!doctype html><html><body><script>
  for (const height of [9999, '650', [800], '0x300'])
    parent.postMessage({ source: 'sco-cica-atlas', version: 1, direction: 'atlas-to-host', type: 'height', height }, '*');
</script></body></html>`;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-host-'));
  writeFileSync(join(dir, 'index.html'), hostPage('', '?v=1&org=cica'));
  writeFileSync(join(dir, 'sandboxed.html'), hostPage('sandbox="allow-scripts"', ''));
  writeFileSync(join(dir, 'impostor.html'), IMPOSTOR);
  host = await startStaticServer({ root: dir });
  const hostOrigin = new URL(host.url).origin;
  const port = new URL(host.url).port;
  writeFileSync(
    join(dir, 'third-party.html'),
    hostPage(
      '',
      '?v=1',
      `<iframe id="widget" src="${host.url}impostor.html" style="display:block;width:300px;height:150px;border:0"></iframe>`,
    ),
  );
  for (const [name, origins] of [
    ['no-scheme', `127.0.0.1:${port}`],
    ['bare-host', 'trusted.example'],
    ['null', 'null'],
    ['any', '*'],
    ['other', 'https://trusted.example'],
    ['pinned', hostOrigin],
  ])
    writeFileSync(
      join(dir, `origins-${name}.html`),
      hostPage('', `?v=1&origins=${encodeURIComponent(origins!)}&childId=story-map`),
    );
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

const sendSelect = (page: Page, country: string) =>
  page.evaluate(
    (code) =>
      (window as unknown as { send: (m: unknown) => void }).send({
        source: 'sco-cica-atlas',
        version: 1,
        type: 'select',
        country: code,
      }),
    country,
  );
const allAtlasMessages = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { received: Message[] }).received.filter(
        (m) =>
          m?.source === 'sco-cica-atlas' || typeof m === 'string' || (m as { sentinel?: string })?.sentinel,
      ).length,
  );

/**
 * Waits for the new document, not the old one: `location.reload()` returns before the navigation starts, so a
 * plain wait for `mapIdle` could be answered by the page that is about to go away, and a command sent then is lost.
 */
async function reloadAndSettle(frame: Frame) {
  const reloaded = frame.waitForNavigation({ waitUntil: 'load', timeout: 45_000 });
  await frame.evaluate(() => location.reload());
  await reloaded;
  await frame.waitForFunction(() => document.body?.dataset.mapIdle === 'true', undefined, {
    timeout: 45_000,
  });
}

describe('the origin allow-list fails closed, from a host on another origin', () => {
  for (const name of ['no-scheme', 'bare-host', 'null']) {
    it(`origins with no valid entry (${name}): the host is not heard, nothing is posted, a notice says why`, async () => {
      const { page, frame, problems } = await openHost(`origins-${name}.html`);
      await sendSelect(page, 'IRN');
      await frame.locator('.notice').first().waitFor();
      expect(await frame.locator('.notice span').first().textContent()).toMatch(
        /^The link allows no valid host origin \(.+\): the atlas neither hears nor writes to this page\.$/,
      );
      await page.waitForTimeout(1_500);
      expect(await frame.locator('.panel').count()).toBe(0);
      expect(await allAtlasMessages(page)).toBe(0);
      expect(problems).toEqual([]);
    });
  }

  it('origins=* is the written-out "any origin": the host is heard', async () => {
    const { page, frame, problems } = await openHost('origins-any.html');
    await sendSelect(page, 'IRN');
    await frame.locator('.panel[data-country="IRN"]').waitFor();
    expect(await frame.locator('.notice').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('the allow-list and pym.js parameters survive the atlas rewriting its URL and a reload', async () => {
    const { page, frame, problems } = await openHost('origins-other.html');
    await frame.locator('.controls input[name="org"][value="CICA"]').check({ force: true });
    await frame.waitForFunction(() => new URLSearchParams(location.search).get('org') === 'cica');
    const params = await frame.evaluate(() => Object.fromEntries(new URLSearchParams(location.search)));
    expect(params).toMatchObject({ origins: 'https://trusted.example', childId: 'story-map', org: 'cica' });

    await reloadAndSettle(frame);
    await sendSelect(page, 'IRN');
    await page.waitForTimeout(1_500);
    expect(await frame.locator('.panel').count()).toBe(0);
    expect(await allAtlasMessages(page)).toBe(0);
    expect(problems).toEqual([]);
  });

  it('with the host pinned, its commands are heard and answered, also after a reload', async () => {
    const { page, frame, problems } = await openHost('origins-pinned.html');
    await reloadAndSettle(frame);
    await sendSelect(page, 'KAZ');
    await frame.locator('.panel[data-country="KAZ"]').waitFor();
    await page.waitForFunction(() =>
      (window as unknown as { received: unknown[] }).received.some(
        (m) => typeof m === 'string' && m.startsWith('pymxPYMxstory-mapxPYMxheightxPYMx'),
      ),
    );
    expect(problems).toEqual([]);
  });
});

describe('embed.js', () => {
  it('does not resize a third-party iframe that posts atlas-shaped height messages', async () => {
    const { page, problems } = await openHost('third-party.html');
    await page.waitForFunction(() => document.getElementById('atlas')!.style.height.endsWith('px'));
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => document.getElementById('widget')!.getBoundingClientRect().height)).toBe(
      150,
    );
    expect(problems).toEqual([]);
  });

  it('takes only whole-number heights within 100–10000 from the atlas iframe itself', async () => {
    const { page, frame } = await openHost('index.html');
    await lastHeight(page);
    await page.waitForFunction(() => document.getElementById('atlas')!.style.height.endsWith('px'));
    const applied = () => page.evaluate(() => document.getElementById('atlas')!.style.height);
    const before = await applied();
    await frame.evaluate(() => {
      for (const height of ['650', [800], '0x300', 99, 10_001, 700.5, Number.NaN, null])
        parent.postMessage({ source: 'sco-cica-atlas', version: 1, type: 'height', height }, '*');
    });
    await page.waitForTimeout(500);
    expect(await applied()).toBe(before);
    await frame.evaluate(() =>
      parent.postMessage({ source: 'sco-cica-atlas', version: 1, type: 'height', height: 777 }, '*'),
    );
    await page.waitForFunction(() => document.getElementById('atlas')!.style.height === '777px');
  });
});

describe('a flood of host commands', () => {
  it(
    '10,000 selects and 10,000 date changes are drained with a handful of replies',
    { timeout: 180_000 },
    async () => {
      const floodHost = await startFloodHost(appUrl);
      try {
        const figures = await measureFlood(browser, floodHost.url, 10_000);
        // Without coalescing every select was applied and answered: 10,000 replies.
        expect(figures.selectReplies).toBeLessThan(100);
        expect(figures.setDateReplies).toBe(0);
      } finally {
        await floodHost.close();
      }
    },
  );
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

  it('garbage values give the default view and one notice naming them; tracking parameters go unmentioned', async () => {
    await open(
      '?v=7&org=nato&date=2024-02-30&country=%3Cscript%3E&lang=klingon&embed=perhaps&utm_source=x#9/x/y',
    );
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
    const notices = await page.locator('.notice span').allTextContents();
    expect(notices).toEqual([
      'Ignored unknown or invalid link settings: v, org, date, country, lang, embed, #zoom/lat/lng',
    ]);
    expect(problems).toEqual([]);
  });

  it('on a 375 × 667 phone, a shared link with tracking parameters leaves the map its full height', async () => {
    const mapHeight = async (query: string) => {
      await context?.close();
      context = await browser.newContext({
        viewport: { width: 375, height: 667 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        locale: 'en-GB',
      });
      ({ page, problems } = await openWatchedPage(context, appUrl));
      await page.goto(`${appUrl}${query}`);
      await page.waitForFunction(() => document.body.dataset.mapIdle === 'true', undefined, {
        timeout: 45_000,
      });
      return page.evaluate(() => document.querySelector('.map-figure')!.getBoundingClientRect().height);
    };
    const plain = await mapHeight('?v=1');
    expect(plain).toBeGreaterThan(200);
    expect(
      await mapHeight(
        '?v=1&utm_source=news&utm_medium=social&utm_campaign=sco&fbclid=abc&gclid=def&mc_cid=1&ref=x',
      ),
    ).toBe(plain);
    expect(await page.locator('.notice').count()).toBe(0);

    expect(await mapHeight('?v=1&zoom=3&colour=red&share=1#not/a/view')).toBe(plain);
    expect(await page.locator('.notice span').allTextContents()).toEqual([
      'Ignored unknown or invalid link settings: zoom, colour, share, #zoom/lat/lng',
    ]);
    await page.locator('.notice button').click();
    expect(await page.locator('.notice').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
