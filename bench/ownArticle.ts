/**
 * `npm run bench:own-article -- [--dist DIR] [--runs N]` (default `dist`, built beforehand; 3 runs): how long the
 * browser takes to match a reader's own article of 200 KB, and what the matcher and full gazetteer add when they
 * are loaded (see ownArticleMeasure.ts). Medians of N fresh pages, (min–max). Target: the first match after
 * "Show on the map" ≤ 150 ms.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tests/support/browser.ts';
import { readHeaderRules, startStaticServer } from '../tests/support/staticServer.ts';
import { measureOwnArticle, OWN_ARTICLE_TARGET_MS, type OwnArticleFigures } from './ownArticleMeasure.ts';
import { summarise, type Summary } from './stats.ts';

const { values } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, runs: { type: 'string', default: '3' } },
});
const dist = resolve(values.dist);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a whole number ≥ 1, not "${values.runs}"`);

const server = await startStaticServer({ root: dist, headerRules: readHeaderRules(dist) });
const browser = await launchChromium();
try {
  const results: OwnArticleFigures[] = [];
  for (let run = 0; run < runs; run++) results.push(await measureOwnArticle(browser, server.url, dist));
  const of = (pick: (f: OwnArticleFigures) => number[]) => summarise(results.flatMap(pick)) as Summary;
  const ms = (s: Summary) =>
    `${s.median.toFixed(0)} ms` + (s.runs > 1 ? ` (${s.min.toFixed(0)}–${s.max.toFixed(0)})` : '');
  const first = of((f) => [f.firstMatchMs]);
  const f = results[0] as OwnArticleFigures;
  const met = first.median <= OWN_ARTICLE_TARGET_MS;
  const report = [
    `own article: ${f.paragraphs} paragraphs, ${(f.bytes / 1024).toFixed(0)} KB, ${f.countries} countries named; medians of ${runs} fresh page(s)`,
    `  preparing the matcher while the form is open (in idle steps): ${ms(of((r) => [r.prepareMs]))}`,
    `  first match, after "Show on the map": ${ms(first)}`,
    `  next matches: ${ms(of((r) => r.repeatMatchMs))}`,
    `  unprepared, for comparison: compiling the gazetteer ${ms(of((r) => [r.coldCompileMs]))}, then a first match ${ms(of((r) => [r.coldFirstMatchMs]))}`,
    `  target ≤ ${OWN_ARTICLE_TARGET_MS} ms for the first match: ${met ? 'met' : 'missed'}`,
    `  matcher + gazetteer chunk, loaded when the form opens: ${(f.chunkBytes / 1024).toFixed(1)} kB, ${(f.chunkGzipBytes / 1024).toFixed(1)} kB gzip; first view: 0 kB`,
  ];
  process.stdout.write(report.join('\n') + '\n');
  process.exitCode = met ? 0 : 1;
} finally {
  await browser.close();
  await server.close();
}
