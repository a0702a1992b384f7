/**
 * How long the browser takes to match a reader's own article of 200 KB, in headless Chromium under the app's CSP,
 * running the production chunk the app loads on demand. Two fresh pages: one as the app does it (the chunk loaded
 * and the matcher prepared on the atlas's article while the reader pastes, then the 200 KB text matched: what
 * the reader waits for after "Show on the map"), one with nothing prepared (compiling the gazetteer and a first,
 * unoptimised run of the matcher). Used by `npm run bench:own-article` and `npm run bench`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { splitLines } from '../src/core/article/splitLines.ts';
import { MAX_OWN_TEXT_BYTES } from '../src/core/article/ownText.ts';

export { OWN_ARTICLE_TARGET_MS } from './budgets.ts';

export interface OwnArticleFigures {
  paragraphs: number;
  bytes: number;
  countries: number;
  /** Loading nothing beforehand: compiling the gazetteer, then the first match. */
  coldCompileMs: number;
  coldFirstMatchMs: number;
  /** The app's way: preparing the matcher while the form is open (all its steps), then the first match. */
  prepareMs: number;
  firstMatchMs: number;
  /** Later matches of the same text. */
  repeatMatchMs: number[];
  chunkBytes: number;
  chunkGzipBytes: number;
}

const SHIPPED_ARTICLE = 'data/articles/kazakhstan-2024/article.ar.txt';

/** The shipped article repeated to 200 KB: real news prose, dense in names. */
function ownText(article: readonly string[]): { paragraphs: string[]; bytes: number } {
  const paragraphs: string[] = [];
  let bytes = 0;
  for (let i = 0; ; i++) {
    const line = article[i % article.length] ?? '';
    const size = Buffer.byteLength(line, 'utf8') + 1;
    if (bytes + size > MAX_OWN_TEXT_BYTES) return { paragraphs, bytes };
    paragraphs.push(line);
    bytes += size;
  }
}

export function ownArticleChunk(dist: string): string {
  const chunk = readdirSync(join(dist, 'assets')).find((name) => /^matchOwnArticle-.*\.js$/.test(name));
  if (!chunk) throw new Error(`no matchOwnArticle chunk in ${dist}/assets: build the app first`);
  return chunk;
}

interface Matcher {
  matchOwnArticle(p: readonly string[]): { mentions: Record<string, unknown> };
  prepareMatcher(sample: readonly string[]): void;
  PREPARE_STEPS: number;
}

/** Measures in `browser` against the app served at `appUrl` from `dist`. */
export async function measureOwnArticle(
  browser: Browser,
  appUrl: string,
  dist: string,
): Promise<OwnArticleFigures> {
  const chunk = ownArticleChunk(dist);
  const url = new URL(`assets/${chunk}`, appUrl).href;
  const article = splitLines(readFileSync(SHIPPED_ARTICLE, 'utf8'));
  const { paragraphs, bytes } = ownText(article);

  // A page of the app's origin that draws nothing: the map's software rendering would share the main thread.
  const freshPage = async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL('robots.txt', appUrl).href);
    return { page, close: () => context.close() };
  };

  const coldPage = await freshPage();
  const cold = await coldPage.page
    .evaluate(
      async ({ url, paragraphs }) => {
        const { matchOwnArticle } = (await import(url)) as Matcher;
        let started = performance.now();
        matchOwnArticle([]);
        const compile = performance.now() - started;
        started = performance.now();
        matchOwnArticle(paragraphs);
        return { compile, first: performance.now() - started };
      },
      { url, paragraphs },
    )
    .finally(coldPage.close);
  const preparedPage = await freshPage();
  const prepared = await preparedPage.page
    .evaluate(
      async ({ url, paragraphs, sample }) => {
        const { matchOwnArticle, prepareMatcher, PREPARE_STEPS } = (await import(url)) as Matcher;
        let started = performance.now();
        for (let i = 0; i < PREPARE_STEPS; i++) prepareMatcher(sample);
        const prepare = performance.now() - started;
        const runs: number[] = [];
        let countries = 0;
        for (let i = 0; i < 6; i++) {
          started = performance.now();
          countries = Object.keys(matchOwnArticle(paragraphs).mentions).length;
          runs.push(performance.now() - started);
        }
        return { prepare, runs, countries };
      },
      { url, paragraphs, sample: article },
    )
    .finally(preparedPage.close);
  const raw = readFileSync(join(dist, 'assets', chunk));
  const [first = 0, ...repeats] = prepared.runs;
  return {
    paragraphs: paragraphs.length,
    bytes,
    countries: prepared.countries,
    coldCompileMs: cold.compile,
    coldFirstMatchMs: cold.first,
    prepareMs: prepared.prepare,
    firstMatchMs: first,
    repeatMatchMs: repeats,
    chunkBytes: raw.length,
    chunkGzipBytes: gzipSync(raw).length,
  };
}
