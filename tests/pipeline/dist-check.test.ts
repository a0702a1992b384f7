/**
 * The build check fails on each thing it guards against, shown on a small build made by hand: an inline script, a
 * JSON block that is not a copy of the file it names, an evaluation, a URL outside the origin, a missing file, a file over its budget or without one, a page without
 * its meta policy, host headers that disagree with it, and an allow-list entry nothing needs any more.
 */
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atlasPolicy, policyMeta } from '../../src/pipeline/build/csp.ts';
import { policyTags } from '../../src/pipeline/build/deployProtections.ts';
import { checkDist, type DistRules } from '../../src/pipeline/build/distCheck.ts';
import { hostConfigs } from '../../src/pipeline/build/hostConfigs.ts';
import { blockText } from '../../src/pipeline/build/pageData.ts';
import { headerTable } from '../../src/pipeline/build/hostHeaders.ts';

let dist: string;

const RULES: DistRules = {
  inertUrls: [
    { files: /\.js$/, url: 'http://www.w3.org/2000/svg', why: 'a namespace' },
    { files: /^assets\/data-[\w-]{8}\.json$/, jsonPath: '.sources[].url', why: 'links' },
  ],
  inertEvaluations: [{ files: /^assets\/vendor-/, code: 'else globalThis.eval(n)', why: 'never called' }],
  budgets: [
    { files: /^assets\/.+\.js$/, maxBytes: 400, what: 'a chunk' },
    { files: /\.(html|css|json|woff2)$/, maxBytes: 2000, what: 'a file' },
    { files: /^(_headers|\.htaccess|host-config\/.+)$/, maxBytes: 8000, what: 'configuration' },
  ],
  metaPolicy: policyMeta(atlasPolicy()),
  required: ['index.html', '_headers'],
};

function write(file: string, text: string) {
  mkdirSync(dirname(join(dist, file)), { recursive: true });
  writeFileSync(join(dist, file), text);
}

function page(head = '', body = '') {
  return `<!doctype html><html><head><meta charset="utf-8" />
    ${policyTags(atlasPolicy())}
    <script type="module" crossorigin src="./assets/index-AbCd1234.js"></script>
    <link rel="stylesheet" href="./assets/style-AbCd1234.css">${head}
  </head><body>${body}</body></html>`;
}

beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'atlas-dist-check-'));
  write('index.html', page());
  write(
    'assets/index-AbCd1234.js',
    'const n=document.createElementNS(`http://www.w3.org/2000/svg`,`svg`);' +
      'const d=new URL(`data-AbCd1234.json`,import.meta.url);import(`./vendor-AbCd1234.js`);',
  );
  write('assets/vendor-AbCd1234.js', 'export async function f(n){if(0)1;else globalThis.eval(n)}');
  write('assets/style-AbCd1234.css', '@font-face{src:url(./font-AbCd1234.woff2)format("woff2")}');
  write('assets/font-AbCd1234.woff2', 'wOF2');
  write('assets/data-AbCd1234.json', JSON.stringify({ sources: [{ url: 'https://source.example/a' }] }));
  const configs = hostConfigs({
    table: headerTable(atlasPolicy()),
    basePath: '/',
    rootFiles: ['index.html'],
  });
  for (const [file, text] of Object.entries(configs)) write(file, text);
});

afterEach(() => rmSync(dist, { recursive: true, force: true }));

const problems = () => checkDist(dist, RULES).problems;

describe('the build check', () => {
  it('passes a build that keeps every rule', () => {
    expect(problems()).toEqual([]);
    expect(checkDist(dist, RULES).files).toBe(10);
  });

  it('fails on an inline script, an inline handler and a javascript: URL', () => {
    write(
      'index.html',
      page('<script>alert(1)</script>', '<img src="x.png" onerror="alert(1)"><a href="javascript:x">'),
    );
    const found = problems();
    expect(found).toContainEqual(expect.stringMatching(/^index\.html:\d+: inline script$/));
    expect(found).toContainEqual(expect.stringMatching(/^index\.html:\d+: inline event handler$/));
    expect(found).toContainEqual(expect.stringMatching(/^index\.html:\d+: javascript: URL$/));
  });

  it('accepts a JSON block in the page only as a copy of the file it names', () => {
    const data = JSON.stringify({
      sources: [{ url: 'https://source.example/a', note: '</script><script>x()' }],
    });
    write('assets/data-AbCd1234.json', data);
    const block = (src: string, text: string) =>
      `<script type="application/json" data-src="${src}">${blockText(text)}</script>`;
    // The file's links are the data's, allowed by its own rule; its text cannot end the block.
    write('index.html', page('', block('./assets/data-AbCd1234.json', data)));
    expect(problems()).toEqual([]);

    write('index.html', page('', block('./assets/data-AbCd1234.json', data.replace('/a', '/b'))));
    expect(problems()).toEqual([
      expect.stringMatching(/^index\.html:\d+: the JSON block differs from \.\/assets\/data-AbCd1234\.json/),
    ]);

    write('index.html', page('', block('./assets/gone-AbCd1234.json', data)));
    expect(problems()).toContainEqual(
      expect.stringMatching(/^index\.html:\d+ \(JSON block\): refers to \.\/assets\/gone-AbCd1234\.json/),
    );
  });

  it('fails on eval and new Function anywhere but the documented call', () => {
    write('assets/index-AbCd1234.js', 'eval("1");new Function("return 1");setTimeout("x()",1);');
    const found = problems().filter((problem) => problem.includes('evaluates a string'));
    expect(found).toHaveLength(3);
    expect(problems()).not.toContainEqual(expect.stringMatching(/vendor-AbCd1234\.js.*evaluates/));
  });

  it('fails on a URL outside the origin in code, styles, the page or data, unless documented', () => {
    write('assets/vendor-AbCd1234.js', 'fetch(`https://tracker.example/p`);if(0)1;else globalThis.eval(n)');
    write('assets/style-AbCd1234.css', '@import url(//fonts.example/css);');
    write('index.html', page('<link rel="preconnect" href="https://cdn.example">'));
    write(
      'assets/data-AbCd1234.json',
      JSON.stringify({
        sources: [{ url: 'https://source.example/a' }],
        tiles: 'https://tiles.example/0/0/0.pbf',
      }),
    );
    const found = problems();
    expect(found).toContainEqual(
      expect.stringContaining('URL outside the origin: https://tracker.example/p'),
    );
    expect(found).toContainEqual(expect.stringContaining('URL outside the origin: //fonts.example/css'));
    expect(found).toContainEqual(expect.stringContaining('URL outside the origin: https://cdn.example'));
    expect(found).toContainEqual(
      'assets/data-AbCd1234.json at .tiles: URL outside the origin: https://tiles.example/0/0/0.pbf (not a documented inert literal, see distRules.ts)',
    );
    expect(found.join('\n')).not.toContain('source.example');
  });

  it('reads a URL right after an escape in a string as the URL itself', () => {
    write(
      'assets/index-AbCd1234.js',
      'console.warn(`failed\\nhttps://errors.example/e/1`);' +
        'new URL(`data-AbCd1234.json`,import.meta.url);import(`./vendor-AbCd1234.js`);document.createElementNS(`http://www.w3.org/2000/svg`,`g`)',
    );
    expect(problems()).toEqual([
      'assets/index-AbCd1234.js:1: URL outside the origin: https://errors.example/e/1 (not a documented inert literal, see distRules.ts)',
    ]);
  });

  it('fails when a file the page, a style or a script refers to is missing', () => {
    unlinkSync(join(dist, 'assets/font-AbCd1234.woff2'));
    unlinkSync(join(dist, 'assets/data-AbCd1234.json'));
    const found = problems();
    expect(found).toContainEqual(
      expect.stringMatching(/style-AbCd1234\.css:1: refers to \.\/font-AbCd1234\.woff2/),
    );
    expect(found).toContainEqual(
      expect.stringMatching(/index-AbCd1234\.js:1: refers to data-AbCd1234\.json/),
    );
  });

  it('fails on a file over its budget and on a file no budget covers', () => {
    write('assets/index-AbCd1234.js', `export const big = "${'x'.repeat(500)}";`);
    write('assets/extra-AbCd1234.png', 'png');
    const found = problems();
    expect(found).toContainEqual(
      expect.stringMatching(/index-AbCd1234\.js: \d+ bytes, over the 400-byte budget/),
    );
    expect(found).toContainEqual(
      'assets/extra-AbCd1234.png: no size budget covers this file (add one to distRules.ts)',
    );
  });

  it('fails when the page lacks the meta policy, carries another one, or puts it after a script', () => {
    write('index.html', page().replace(/<meta http-equiv[^>]*>/, ''));
    expect(problems()).toContain('index.html: no <meta http-equiv="Content-Security-Policy">');
    write('index.html', page().replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"));
    expect(problems()).toContainEqual(expect.stringMatching(/^index\.html: the meta policy is/));
    const moved = page().replace(/(<meta http-equiv[^>]*>)([\s\S]*?<\/script>)/, '$2$1');
    write('index.html', moved);
    expect(problems()).toContainEqual(expect.stringMatching(/comes after content it should govern/));
  });

  it('fails when the host headers are missing or disagree with the page', () => {
    write(
      '_headers',
      '/*\n  Content-Security-Policy: default-src *\n/index.html\n  Cache-Control: no-cache\n',
    );
    const found = problems();
    expect(found).toContainEqual(
      expect.stringMatching(/^_headers: its policy "default-src \*" does not agree/),
    );
    expect(found).toContain('_headers: the policy has no frame-ancestors');
    unlinkSync(join(dist, '_headers'));
    expect(problems()).toContain('_headers: missing (the build must ship it)');
  });

  it('fails when an allow-list entry matches nothing, so the list stays true', () => {
    write('assets/vendor-AbCd1234.js', 'export {};');
    expect(problems()).toContain(
      'distRules.ts: the inert evaluation "else globalThis.eval(n)" matched nothing: remove it',
    );
    write(
      'assets/index-AbCd1234.js',
      'import(`./vendor-AbCd1234.js`);new URL(`data-AbCd1234.json`,import.meta.url)',
    );
    expect(problems()).toContain(
      'distRules.ts: the inert URL http://www.w3.org/2000/svg matched nothing: remove it',
    );
  });

  it('says so when there is no build', () => {
    expect(checkDist(join(dist, 'nothing'), RULES).problems).toEqual([
      `${join(dist, 'nothing')}: no build here (run \`npm run build\`)`,
    ]);
  });
});
