/**
 * The atlas keeps nothing on the reader's device: no cookie, no local or session storage, no IndexedDB, no cache
 * entries, whatever the reader does. And where storage is refused — a browser that blocks it, or a sandboxed
 * iframe without `allow-same-origin` — it works the same, with no error.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, openWatchedPage } from '../support/browser.ts';
import { canvasBox, countryPoint, project, settle, type View } from '../support/mapPage.ts';
import { startStaticServer, type RunningServer } from '../support/staticServer.ts';
import { ATLAS_MESSAGE, HOST_SEND_SCRIPT, sendFromHost } from '../support/host.ts';

const appUrl = inject('appUrl');
const WORLD: View = { zoom: 2, lat: 30, lng: 60 };

let browser: Browser;
let context: BrowserContext | undefined;
let host: RunningServer;
let hostDir: string;

beforeAll(async () => {
  hostDir = mkdtempSync(join(tmpdir(), 'atlas-storage-host-'));
  writeFileSync(
    join(hostDir, 'index.html'),
    `<!doctype html><html><head><meta charset="utf-8"><title>Host</title></head><body style="margin:0">
<iframe id="atlas" sandbox="allow-scripts" src="${appUrl}" title="Atlas" style="width:1000px;height:700px;border:0"></iframe>
${HOST_SEND_SCRIPT}
</body></html>`,
  );
  host = await startStaticServer({ root: hostDir });
  browser = await launchChromium();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await host?.close();
  rmSync(hostDir, { recursive: true, force: true });
});

async function newContext() {
  await context?.close();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  context.setDefaultTimeout(90_000);
  return context;
}

/** Everything a reader does in one visit: pick a country, switch organisation, date and language, read. */
async function useTheAtlas(page: Page) {
  await page.evaluate((hash) => (location.hash = hash), `#${WORLD.zoom}/${WORLD.lat}/${WORLD.lng}`);
  await settle(page);
  const point = project(countryPoint('KAZ'), WORLD, await canvasBox(page));
  await page.mouse.click(point.x, point.y);
  await page.locator('.panel[data-country="KAZ"]').waitFor();
  await page.locator('[data-control="org"] label', { hasText: 'CICA' }).click();
  await page.locator('[data-control="snapshot"] label').nth(1).click();
  await page.getByRole('button', { name: 'Read the article' }).click();
  await page.locator('dialog[open] .reader').waitFor();
  await page.keyboard.press('Escape');
  await page.locator('[data-control="lang"] label', { hasText: 'العربية' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'ar');
}

async function stored(page: Page) {
  return page.evaluate(async () => ({
    cookie: document.cookie,
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).map((db) => db.name),
    caches: await caches.keys(),
  }));
}

describe('storage', { timeout: 240_000 }, () => {
  it('a whole visit writes no cookie and nothing to storage', async () => {
    const ctx = await newContext();
    const { page, problems } = await openWatchedPage(ctx, appUrl);
    // Counts attempts too, so a write that is later undone still shows.
    await page.addInitScript(() => {
      const writes: string[] = [];
      (window as unknown as { storageWrites: string[] }).storageWrites = writes;
      for (const method of ['setItem', 'removeItem', 'clear'] as const) {
        const original = Storage.prototype[method] as (...args: unknown[]) => unknown;
        Storage.prototype[method] = function (this: Storage, ...args: unknown[]) {
          writes.push(`${method} ${String(args[0])}`);
          return original.apply(this, args);
        } as never;
      }
      const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
      Object.defineProperty(Document.prototype, 'cookie', {
        configurable: true,
        get() {
          return cookie?.get?.call(this);
        },
        set(value: string) {
          writes.push(`cookie ${value}`);
          cookie?.set?.call(this, value);
        },
      });
      const open = IDBFactory.prototype.open;
      IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
        writes.push(`indexedDB ${args[0]}`);
        return open.apply(this, args);
      };
    });
    await page.goto(appUrl);
    await page.waitForFunction(() => document.body.dataset.mapIdle === 'true', undefined, {
      timeout: 90_000,
    });
    await useTheAtlas(page);

    expect(
      await page.evaluate(() => (window as unknown as { storageWrites: string[] }).storageWrites),
    ).toEqual([]);
    expect(await stored(page)).toEqual({
      cookie: '',
      localStorage: 0,
      sessionStorage: 0,
      indexedDB: [],
      caches: [],
    });
    expect(await ctx.cookies()).toEqual([]);
    expect((await ctx.storageState()).origins).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('works the same when the browser refuses all storage', async () => {
    const ctx = await newContext();
    const { page, problems } = await openWatchedPage(ctx, appUrl);
    // What a browser set to block site data does: every storage entry point throws a SecurityError.
    await page.addInitScript(() => {
      const refuse = () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      };
      for (const name of ['localStorage', 'sessionStorage', 'indexedDB', 'caches'])
        Object.defineProperty(window, name, { configurable: true, get: refuse });
      Object.defineProperty(Document.prototype, 'cookie', { configurable: true, get: refuse, set: refuse });
    });
    await page.goto(appUrl);
    await page.waitForFunction(() => document.body.dataset.mapIdle === 'true', undefined, {
      timeout: 90_000,
    });
    await expect(page.evaluate(() => localStorage.length)).rejects.toThrow(/SecurityError|denied/);
    await useTheAtlas(page);
    expect(problems).toEqual([]);
  });

  it('works in a sandboxed iframe, where the browser itself gives the atlas no storage', async () => {
    const ctx = await newContext();
    const { page, problems } = await openWatchedPage(ctx, host.url, { allowOrigins: [appUrl] });
    await page.goto(host.url);
    const frame = page.frame({ url: (url) => url.href.startsWith(appUrl) });
    if (!frame) throw new Error('the atlas iframe did not load');
    await frame.waitForFunction(() => document.body.dataset.mapIdle === 'true', undefined, {
      timeout: 90_000,
    });
    expect(
      await frame.evaluate(() => {
        try {
          return `storage available (${localStorage.length})`;
        } catch (error) {
          return (error as DOMException).name;
        }
      }),
    ).toBe('SecurityError');

    await sendFromHost(page, { ...ATLAS_MESSAGE, type: 'select', country: 'KAZ' });
    await frame.locator('.panel[data-country="KAZ"]').waitFor();
    await frame.locator('[data-control="org"] label', { hasText: 'CICA' }).click();
    await frame.locator('[data-control="org"] label.checked', { hasText: 'CICA' }).waitFor();
    expect(await ctx.cookies()).toEqual([]);
    expect(problems).toEqual([]);
  });
});
