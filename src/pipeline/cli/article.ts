/**
 * Adds an article to data/articles: `npm run article -- add FILE [--id ID]`. Copies the text byte for byte, writes a
 * metadata skeleton for an editor to complete, and prints the mentions the matcher finds, so they can be checked
 * before the next build. The build refuses the skeleton until its publication date is filled in.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compileGazetteer } from '../../core/article/findMentions.ts';
import { splitLines } from '../../core/article/splitLines.ts';
import { ARTICLE_FILE, ARTICLE_ID, ARTICLES_DIR, loadGazetteer, META_FILE } from '../data/loadArticle.ts';
import { displayName } from '../displayName.ts';
import { reportFailure, UsageError } from './failure.ts';
import { mentionReport } from './mentionReport.ts';

const USAGE = 'usage: npm run article -- add FILE [--id ID]';
const DEFAULT_DATA_DIR = resolve(import.meta.dirname, '../../../data');
/** The same limit as the app's own-article box: a long news article is well under it. */
export const MAX_ARTICLE_BYTES = 200 * 1024;

/** "Kazakhstan 2024.txt" → "kazakhstan-2024"; empty when nothing usable is left. */
export function idFromFileName(file: string): string {
  return basename(file, extname(file))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function metaSkeleton(lineCount: number, sha256: string): Record<string, unknown> {
  return {
    file: ARTICLE_FILE,
    sha256,
    language: 'ar',
    published: 'YYYY-MM-DD',
    titleLine: Math.min(1, lineCount),
    excludedLines: [],
    notes: [],
  };
}

function readArticleText(file: string): string {
  if (!existsSync(file) || !statSync(file).isFile()) throw new Error(`no such file: ${file}`);
  const bytes = readFileSync(file);
  if (bytes.length === 0) throw new Error(`${file} is empty`);
  if (bytes.length > MAX_ARTICLE_BYTES)
    throw new Error(`${file} is ${bytes.length} bytes; an article may have up to ${MAX_ARTICLE_BYTES}`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${file} is not UTF-8 text`);
  }
  if (text.includes('\0')) throw new Error(`${file} is not text: it contains NUL bytes`);
  if (!/\p{Script=Arabic}/u.test(text)) throw new Error(`${file} contains no Arabic text`);
  return text;
}

function add(file: string, id: string, dataDir: string): string {
  if (!ARTICLE_ID.test(id))
    throw new UsageError(
      `"${id}" cannot be an article id: use lower-case letters, digits and hyphens (--id ID)`,
    );
  const text = readArticleText(file);
  const dir = join(dataDir, ARTICLES_DIR, id);
  if (existsSync(dir)) throw new Error(`${displayName(dir)} exists already: choose another --id`);
  const lines = splitLines(text);
  mkdirSync(dir, { recursive: true });
  const bytes = readFileSync(file);
  writeFileSync(join(dir, ARTICLE_FILE), bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  writeFileSync(join(dir, META_FILE), JSON.stringify(metaSkeleton(lines.length, sha256), null, 2) + '\n');
  const report = mentionReport(
    relative(process.cwd(), join(dir, ARTICLE_FILE)),
    lines,
    compileGazetteer(loadGazetteer(dataDir)),
  );
  return [
    `added ${displayName(dir)}: ${ARTICLE_FILE} (a copy of ${file}) and ${META_FILE}`,
    '',
    report,
    '',
    `Before the next build, complete ${displayName(join(dir, META_FILE))}: "published" (YYYY, YYYY-MM or`,
    'YYYY-MM-DD), "titleLine", the lines that are not part of the article in "excludedLines" with the reason, and',
    '"source" (its URL) and "describes" ({"from", "until"}) where known. Check the mentions above against the text;',
    `an English gloss may go in ${join(ARTICLES_DIR, id, 'article.en.json')}.`,
  ].join('\n');
}

function main(args: string[]): void {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { id: { type: 'string' }, data: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message} (${USAGE})`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return;
  }
  const [command, file, ...rest] = positionals;
  if (command !== 'add' || file === undefined || rest.length > 0) throw new UsageError(USAGE);
  const base = process.env.INIT_CWD ?? process.cwd();
  const path = resolve(base, file);
  const id = values.id ?? idFromFileName(path);
  process.stdout.write(add(path, id, resolve(base, values.data ?? DEFAULT_DATA_DIR)) + '\n');
}

try {
  main(process.argv.slice(2));
} catch (error) {
  process.exitCode = reportFailure('article', error);
}
