/**
 * How long the browser takes to match a reader's own article of 200 KB, and what the matcher and full gazetteer
 * add when they are loaded (`npm run bench:own-article -- [--dist DIR]`, default `dist`, built beforehand). Runs
 * the production chunk in headless Chromium under the app's CSP: the first run includes compiling the gazetteer,
 * the next five reuse it. Target: ≤ 150 ms.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../tests/support/browser.ts';
import { readHeaderRules, startStaticServer } from '../tests/support/staticServer.ts';
import { splitLines } from '../src/core/article/splitLines.ts';
import { MAX_OWN_TEXT_BYTES } from '../src/core/article/ownText.ts';

const TARGET_MS = 150;
const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const dist = resolve(values.dist);
const chunk = readdirSync(join(dist, 'assets')).find((name) => /^matchOwnArticle-.*\.js$/.test(name));
if (!chunk) throw new Error(`no matchOwnArticle chunk in ${dist}/assets: build the app first`);

// The shipped article repeated to 200 KB: real news prose, dense in names.
const article = splitLines(readFileSync('data/articles/kazakhstan-2024/article.ar.txt', 'utf8'));
const paragraphs: string[] = [];
let bytes = 0;
for (let i = 0; ; i++) {
  const line = article[i % article.length] ?? '';
  const size = Buffer.byteLength(line, 'utf8') + 1;
  if (bytes + size > MAX_OWN_TEXT_BYTES) break;
  paragraphs.push(line);
  bytes += size;
}

const server = await startStaticServer({ root: dist, headerRules: readHeaderRules(dist) });
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  // A page of the app's origin that draws nothing: the map's software rendering would share the one main thread.
  await page.goto(new URL('robots.txt', server.url).href);
  const times = await page.evaluate(
    async ({ url, paragraphs }) => {
      const { matchOwnArticle } = (await import(url)) as {
        matchOwnArticle(p: string[]): { mentions: Record<string, unknown> };
      };
      let started = performance.now();
      matchOwnArticle([]);
      const compile = performance.now() - started;
      const runs: number[] = [];
      let countries = 0;
      for (let i = 0; i < 6; i++) {
        started = performance.now();
        countries = Object.keys(matchOwnArticle(paragraphs).mentions).length;
        runs.push(performance.now() - started);
      }
      return { compile, runs, countries };
    },
    { url: new URL(`assets/${chunk}`, server.url).href, paragraphs },
  );
  const [cold = 0, ...warm] = times.runs;
  const median = [...warm].sort((a, b) => a - b)[Math.floor(warm.length / 2)] ?? 0;
  const raw = readFileSync(join(dist, 'assets', chunk));
  const report = [
    `own article: ${paragraphs.length} paragraphs, ${(bytes / 1024).toFixed(0)} KB, ${times.countries} countries named`,
    `  compiling the gazetteer (once, on the first use): ${times.compile.toFixed(0)} ms`,
    `  first match: ${cold.toFixed(0)} ms`,
    `  next matches: median ${median.toFixed(0)} ms (${Math.min(...warm).toFixed(0)}–${Math.max(...warm).toFixed(0)})`,
    `  target ≤ ${TARGET_MS} ms for the first match: ${cold <= TARGET_MS ? 'met' : 'missed'}`,
    `  matcher + gazetteer chunk, loaded on demand: ${(raw.length / 1024).toFixed(1)} kB, ${(gzipSync(raw).length / 1024).toFixed(1)} kB gzip; first view: 0 kB`,
  ];
  process.stdout.write(report.join('\n') + '\n');
  process.exitCode = cold <= TARGET_MS ? 0 : 1;
} finally {
  await browser.close();
  await server.close();
}
