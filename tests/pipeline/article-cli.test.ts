/** `npm run article -- add FILE`, as an editor runs it, on a copy of the data folder. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAtlasBundle } from '../../src/pipeline/build/atlasBundle.ts';
import { loadArticle } from '../../src/pipeline/data/loadArticle.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'src/pipeline/cli/article.ts');
const TSX = import.meta.resolve('tsx');

let dir: string;
let data: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'article-cli-'));
  data = join(dir, 'data');
  cpSync(join(ROOT, 'data'), data, { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]) {
  const env = { ...process.env };
  delete env.INIT_CWD;
  const result = spawnSync(process.execPath, ['--import', TSX, CLI, ...args, '--data', data], {
    cwd: dir,
    env,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('article add', () => {
  it('copies the text byte for byte, writes a metadata skeleton and prints the mentions found', () => {
    const text = 'قمة في فيينا\r\nاستقبل الرئيس النمساوي نظيره الكيني، وبحثا الوضع في جنوب السودان.\r\n';
    writeFileSync(join(dir, 'Vienna Summit.txt'), text);
    const { status, stdout } = run(['add', 'Vienna Summit.txt']);
    expect(status).toBe(0);
    const folder = join(data, 'articles/vienna-summit');
    expect(readFileSync(join(folder, 'article.ar.txt'), 'utf8')).toBe(text);
    expect(JSON.parse(readFileSync(join(folder, 'article.meta.json'), 'utf8'))).toMatchObject({
      file: 'article.ar.txt',
      published: 'YYYY-MM-DD',
      titleLine: 1,
    });
    expect(stdout).toMatch(/2 lines, 3 countries named/);
    expect(stdout).toMatch(/AUT {2}Austria +2 paragraphs {2}lines 1–2/);
    expect(stdout).toMatch(/SSD {2}South Sudan +1 paragraph {2}line 2/);
    expect(stdout).toMatch(/complete .*article\.meta\.json: "published"/);
  });

  it('leaves a skeleton the build refuses until the publication date is filled in', () => {
    expect(() => loadArticle(data, 'vienna-summit')).toThrow(/field published: is not YYYY/);
    const metaFile = join(data, 'articles/vienna-summit/article.meta.json');
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as Record<string, unknown>;
    writeFileSync(metaFile, JSON.stringify({ ...meta, published: '2025-05-04' }));
    const bundle = buildAtlasBundle(data);
    expect(bundle.articles.map((article) => article.id)).toEqual(['kazakhstan-2024', 'vienna-summit']);
    expect(Object.keys(bundle.otherArticles['vienna-summit']?.mentions ?? {})).toEqual(['AUT', 'KEN', 'SSD']);
  });

  it.each([
    ['an id that is taken', 'taken.txt', 'قطر', ['--id', 'kazakhstan-2024'], /exists already/],
    ['an empty file', 'empty.txt', '', [], /is empty/],
    ['a binary file', 'binary.txt', Buffer.from([0xff, 0xfe, 0x00, 0x41]), [], /not UTF-8 text/],
    ['a text with NUL bytes', 'nul.txt', 'قطر\0', [], /contains NUL bytes/],
    ['a file over 200 KB', 'long.txt', 'قطر '.repeat(60_000), [], /up to 204800/],
    ['a text without Arabic', 'latin.txt', 'Qatar', [], /no Arabic text/],
  ])('refuses %s and writes nothing', (_what, name, content, extra, message) => {
    writeFileSync(join(dir, name), content);
    const { status, stderr } = run(['add', name, ...extra]);
    expect(status).toBe(1);
    expect(stderr).toMatch(message);
    if (extra.length === 0) expect(existsSync(join(data, 'articles', name.replace('.txt', '')))).toBe(false);
  });

  it('refuses a command it does not know, with the usage', () => {
    const { status, stderr } = run(['remove', 'x.txt']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/usage: npm run article -- add FILE/);
  });
});
