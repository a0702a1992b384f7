/**
 * Hostile input in real Chromium, under the app's CSP: script payloads, oversized values, Unicode tricks and unknown
 * codes in every URL parameter, in the hash and in every field of a host page's messages. No dialog opens, no
 * script runs, no markup appears, nothing is logged as an error — and the map still works afterwards.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { launchChromium, openWatchedPage } from '../support/browser.ts';
import { canvasBox, countryPoint, project, settle, type View } from '../support/mapPage.ts';
import { startStaticServer, type RunningServer } from '../support/staticServer.ts';
import { INVISIBLE, SCRIPT_PAYLOADS, UNICODE_TRICKS, UNKNOWN_CODES } from '../support/hostileInput.ts';
import { ATLAS_MESSAGE, HOST_SEND_SCRIPT, sendFromHost } from '../support/host.ts';

const appUrl = inject('appUrl');
const WORLD: View = { zoom: 2, lat: 30, lng: 60 };
const PARAMS = [
  'v',
  'org',
  'date',
  'country',
  'lang',
  'embed',
  'title',
  'legend',
  'controls',
  'origins',
  'childId',
];
/** What the article-time SCO map shows when no setting took effect. */
const DEFAULT_LEGEND = { member: 9, observer: 3, dialogue_partner: 14 };
// A real server refuses request lines over a few kilobytes, so a query can be long but not huge; the hash is
// never sent and can be as long as the browser allows.
const LONG = 'K'.repeat(1_000);
const HUGE = '9'.repeat(200_000);

/** Each class of hostile input: a value for parameter i, and a hash to open with. */
const CLASSES: { name: string; value: (i: number) => string; hash: string }[] = [
  {
    name: 'script payloads',
    value: (i) => SCRIPT_PAYLOADS[i % SCRIPT_PAYLOADS.length]!,
    hash: '"><img src=x id=pwned onerror=alert(1)>',
  },
  { name: 'oversized values', value: () => LONG, hash: HUGE },
  {
    name: 'unicode tricks',
    value: (i) => UNICODE_TRICKS[i % UNICODE_TRICKS.length]!,
    hash: `2${INVISIBLE.rtlOverride}/30${INVISIBLE.zeroWidthSpace}/٦٠`,
  },
  { name: 'unknown codes', value: (i) => UNKNOWN_CODES[i % UNKNOWN_CODES.length]!, hash: '99/99/999' },
];

const HOSTILE_HASHES = [
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  'NaN/NaN/NaN',
  '1e308/1e308/1e308',
  '2/91/181',
  '2/30/60/720/999',
  '-5/0/0',
  '2/30/60/0/0/extra/<svg onload=alert(1)>',
  '%00%E2%80%AE/%ZZ/%',
  `${INVISIBLE.rtlOverride}2/30/60`,
  HUGE,
  '1/'.repeat(20_000),
];

let browser: Browser;
let context: BrowserContext | undefined;
let host: RunningServer;
let hostDir: string;

beforeAll(async () => {
  hostDir = mkdtempSync(join(tmpdir(), 'atlas-hostile-host-'));
  host = await startStaticServer({ root: hostDir });
  const src = new URL(appUrl);
  src.search = new URLSearchParams({
    childId: '"><script>alert(1)</script>',
    // Hostile entries are dropped (with a notice); the host's own origin, listed too, is still heard.
    origins: `javascript:alert(1),data:text/html,<b>x</b>,${new URL(host.url).origin}`,
  }).toString();
  writeFileSync(
    join(hostDir, 'index.html'),
    `<!doctype html><html><head><meta charset="utf-8"><title>Host</title></head><body style="margin:0">
<iframe id="atlas" src="${src.href.replace(/"/g, '&quot;')}" title="Atlas" style="width:1000px;height:700px;border:0"></iframe>
${HOST_SEND_SCRIPT}
</body></html>`,
  );
  browser = await launchChromium();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await host?.close();
  rmSync(hostDir, { recursive: true, force: true });
});

async function watched(origin: string, allowOrigins: string[] = []) {
  await context?.close();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  context.setDefaultTimeout(90_000);
  const watch = await openWatchedPage(context, origin, { allowOrigins });
  const dialogs: string[] = [];
  watch.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { ...watch, dialogs };
}

/** Markup or script that hostile input would have left behind. */
function injected(target: Page | Frame) {
  return target.evaluate(() => ({
    pwned: document.querySelectorAll('#pwned').length,
    inlineScripts: document.querySelectorAll('script:not([src])').length,
    frames: document.querySelectorAll('iframe, object, embed').length,
    handlerAttributes: [...document.querySelectorAll('*')].filter((el) =>
      [...el.attributes].some((a) => a.name.startsWith('on')),
    ).length,
    flag: (window as { __pwned?: unknown }).__pwned ?? null,
  }));
}
const CLEAN = { pwned: 0, inlineScripts: 0, frames: 0, handlerAttributes: 0, flag: null };

function legendCounts(target: Page | Frame) {
  return target.$$eval('.legend li[data-category]', (items) =>
    Object.fromEntries(
      items.map((li) => [li.getAttribute('data-category'), Number(li.querySelector('.count')?.textContent)]),
    ),
  );
}

/** The reader can still move the map to a view, click Kazakhstan and switch organisation. */
async function expectUsable(page: Page) {
  await page.evaluate((hash) => (location.hash = hash), `#${WORLD.zoom}/${WORLD.lat}/${WORLD.lng}`);
  await settle(page);
  const [lng, lat] = countryPoint('KAZ');
  const point = project([lng, lat], WORLD, await canvasBox(page));
  await page.mouse.click(point.x, point.y);
  await page.locator('.panel[data-country="KAZ"]').waitFor();
  await switchToCica(page);
}

/** CICA has members and observers only, and more members than the SCO. */
async function switchToCica(target: Page | Frame) {
  await target.locator('[data-control="org"] label', { hasText: 'CICA' }).click();
  await target.locator('[data-control="org"] label.checked', { hasText: 'CICA' }).waitFor();
  const counts = await legendCounts(target);
  expect(Object.keys(counts)).not.toContain('dialogue_partner');
  expect(counts.member).toBeGreaterThan(DEFAULT_LEGEND.member);
}

describe('hostile links', { timeout: 240_000 }, () => {
  for (const hostile of CLASSES) {
    it(`${hostile.name} in every parameter and in the hash change nothing and break nothing`, async () => {
      const { page, problems, dialogs } = await watched(appUrl);
      const params = new URLSearchParams(PARAMS.map((name, i) => [name, hostile.value(i)]));
      params.append(hostile.value(3), 'cica');
      await page.goto(`${appUrl}?${params}#${encodeURIComponent(hostile.hash)}`);
      await page.waitForFunction(() => document.body.dataset.mapIdle === 'true', undefined, {
        timeout: 90_000,
      });

      expect(await legendCounts(page)).toEqual(DEFAULT_LEGEND);
      expect(await page.locator('.panel').count()).toBe(0);
      expect(await page.locator('.atlas.embed').count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      const notices = await page.locator('.notice span').allTextContents();
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatch(/^Ignored unknown or invalid link settings: /);
      expect(await injected(page)).toEqual(CLEAN);

      await expectUsable(page);
      expect(dialogs).toEqual([]);
      expect(problems).toEqual([]);
    });
  }

  it('a script payload as a parameter name is shown as the text it is', async () => {
    const { page, problems, dialogs } = await watched(appUrl);
    const name = '<img src=x id=pwned onerror=alert(1)>';
    await page.goto(`${appUrl}?${new URLSearchParams([[name, '1']])}`);
    await page.waitForFunction(() => document.body.dataset.mapIdle === 'true', undefined, {
      timeout: 90_000,
    });
    await expect(page.locator('.notice span').first().textContent()).resolves.toBe(
      `Ignored unknown or invalid link settings: ${name}`,
    );
    expect(await injected(page)).toEqual(CLEAN);

    for (const hash of HOSTILE_HASHES) {
      await page.evaluate((h) => (location.hash = h), hash);
      await settle(page);
    }
    expect(await injected(page)).toEqual(CLEAN);
    await expectUsable(page);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
  });
});

/** Messages carrying `value` in each field of the protocol, starting from valid ones. */
function messagesWith(value: unknown): unknown[] {
  const valid = [
    { type: 'select', country: 'IRN' },
    { type: 'setOrg', org: 'cica' },
    { type: 'setDate', date: 'latest' },
    { type: 'setLang', lang: 'en' },
  ];
  const envelope = { source: 'sco-cica-atlas', version: 1 };
  const fields = ['source', 'version', 'type', 'direction'];
  return [
    value,
    [value],
    ...valid.map(({ type }) => {
      const field = type === 'select' ? 'country' : type.slice(3).toLowerCase();
      return { ...envelope, type, [field]: value };
    }),
    ...fields.map((field) => ({ ...envelope, type: 'select', country: 'IRN', [field]: value })),
    { ...envelope, type: 'select', country: 'IRN', [String(value).slice(0, 200)]: value },
  ];
}

const REASONS =
  /^Ignored a message from the host page: (message too large|unsupported version|unknown country|unknown organisation|invalid date|unknown language|unknown message type)$/;

describe('hostile messages from a host page on another origin', { timeout: 240_000 }, () => {
  it('script payloads, oversized values, unicode tricks, unknown codes and odd objects in every field', async () => {
    const { page, problems, dialogs } = await watched(host.url, [appUrl]);
    await page.goto(host.url);
    const frame = page.frame({ url: (url) => url.href.startsWith(appUrl) });
    if (!frame) throw new Error('the atlas iframe did not load');
    await frame.waitForFunction(() => document.body.dataset.mapIdle === 'true', undefined, {
      timeout: 90_000,
    });
    expect(await frame.locator('.atlas.embed').count()).toBe(1);

    const send = (messages: unknown[]) => sendFromHost(page, ...messages);
    const checks = ['KAZ', 'IND', 'CHN', 'PAK', 'MNG'];
    const batches: [string, unknown[]][] = [
      ['script payloads', SCRIPT_PAYLOADS.flatMap(messagesWith)],
      ['oversized values', messagesWith('K'.repeat(300_000))],
      ['unicode tricks', UNICODE_TRICKS.flatMap(messagesWith)],
      ['unknown codes', [...UNKNOWN_CODES, null, 0, -1, 2, true, [], {}].flatMap(messagesWith)],
    ];
    for (const [index, [name, messages]] of batches.entries()) {
      await send(messages);
      // Messages arrive in order, so once a valid one after them is applied, every hostile one has been read.
      await send([{ ...ATLAS_MESSAGE, type: 'select', country: checks[index] }]);
      await frame.locator(`.panel[data-country="${checks[index]}"]`).waitFor();
      expect(await injected(frame), name).toEqual(CLEAN);
    }

    // Values only a page can build: cycles, deep nesting, binary data, class instances, a null prototype.
    await page.evaluate(() => {
      const send = (window as unknown as { send: (m: unknown) => void }).send;
      const cyclic: Record<string, unknown> = {
        source: 'sco-cica-atlas',
        version: 1,
        type: 'select',
        country: 'IRN',
      };
      cyclic.self = cyclic;
      let deep: Record<string, unknown> = {
        source: 'sco-cica-atlas',
        version: 1,
        type: 'select',
        country: 'IRN',
      };
      for (let i = 0; i < 5_000; i++)
        deep = { source: 'sco-cica-atlas', version: 1, type: 'select', next: deep };
      const bare = Object.assign(Object.create(null), {
        source: 'sco-cica-atlas',
        version: 1,
        type: 'resetView',
      });
      for (const message of [
        cyclic,
        deep,
        bare,
        new Blob(['<script>alert(1)</script>'], { type: 'text/html' }),
        new ArrayBuffer(1_000_000),
        new Map([['source', 'sco-cica-atlas']]),
        new Date(Number.NaN),
        /<script>/g,
        new Error('<img src=x onerror=alert(1)>'),
        10n ** 400n,
        { source: 'sco-cica-atlas', version: 1, type: 'setDate', date: new Date() },
        { source: 'sco-cica-atlas', version: 1n, type: 'select', country: 'IRN' },
        { source: 'sco-cica-atlas', version: 1, type: 'select', country: new String('IRN') },
      ]) {
        try {
          send(message);
        } catch {
          // Some values cannot be cloned at all; the host's own postMessage refuses them.
        }
      }
      send({ source: 'sco-cica-atlas', version: 1, type: 'select', country: 'QAT' });
    });
    await frame.locator('.panel[data-country="QAT"]').waitFor();

    const [originsNotice, ...notices] = await frame.locator('.notice span').allTextContents();
    expect(originsNotice).toMatch(
      /^Ignored unknown or invalid link settings: origins \(javascript:alert\(1\), data:text\/html, <b>x<\/b>\)$/,
    );
    expect(notices.length).toBeGreaterThan(0);
    for (const notice of notices) expect(notice).toMatch(REASONS);
    expect(await injected(frame)).toEqual(CLEAN);

    await switchToCica(frame);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
  });
});
