/**
 * Lists the countries a text names, paragraph by paragraph: `npm run --silent mentions -- [FILE] [--json]`.
 * FILE defaults to the article the app opens first; for an article in data/articles the lines its metadata excludes
 * are marked `excluded`, for any other file none is. FILE must be a regular UTF-8 text file of at most 4 MB (see
 * `readInput.ts`).
 */
import { realpathSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { compileGazetteer, findMentions } from '../../core/article/findMentions.ts';
import {
  ARTICLES_DIR,
  loadArticle,
  loadGazetteer,
  readLines,
  type LoadedArticle,
} from '../data/loadArticle.ts';
import { reportFailure, UsageError } from './failure.ts';
import { mentionReport } from './mentionReport.ts';

const DATA_DIR = resolve(import.meta.dirname, '../../../data');
const USAGE = 'usage: npm run --silent mentions -- [FILE] [--json]';

interface Options {
  /** Absent: the article the app opens first. */
  file?: string;
  json: boolean;
  help?: true;
}

function parseArgs(args: readonly string[]): Options {
  let file: string | undefined;
  let json = false;
  for (const arg of args) {
    if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') return { json, help: true };
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg} (${USAGE})`);
    else if (file !== undefined) throw new UsageError(`one FILE only, got ${file} and ${arg}`);
    else file = arg;
  }
  // npm runs scripts from the package folder; INIT_CWD is where the user typed the command.
  const base = process.env.INIT_CWD ?? process.cwd();
  return file === undefined ? { json } : { file: resolve(base, file), json };
}

const articleText = (article: LoadedArticle) => resolve(article.dir, article.meta.file);

/** The article in data/articles whose text `file` is, if any: only its metadata can say which lines to exclude. */
function shippedArticle(file: string): LoadedArticle | undefined {
  const real = realpathSync(file);
  const fromArticles = relative(realpathSync(join(DATA_DIR, ARTICLES_DIR)), real).split(sep);
  if (fromArticles.length !== 2 || fromArticles[0] === '..') return undefined;
  const article = loadArticle(DATA_DIR, fromArticles[0]);
  return realpathSync(articleText(article)) === real ? article : undefined;
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(USAGE + '\n');
    return;
  }
  const file = options.file ?? articleText(loadArticle(DATA_DIR));
  // Checked first, so a directory, a device or a huge or binary file is named as such.
  const fileLines = readLines(file);
  const article = shippedArticle(file);
  const gazetteer = article?.gazetteer ?? loadGazetteer(DATA_DIR);
  const lines = article?.lines ?? fileLines;
  const excludedLines = article?.meta.excludedLines.map((entry) => entry.line) ?? [];
  const matcher = compileGazetteer(gazetteer);
  const mentions = findMentions(lines, matcher, { excludedLines });
  if (options.json) {
    process.stdout.write(JSON.stringify(mentions, null, 2) + '\n');
    return;
  }
  const rel = relative(process.env.INIT_CWD ?? process.cwd(), file);
  const shown = rel && !rel.startsWith('..') ? rel : file;
  process.stdout.write(mentionReport(shown, lines, matcher, { excludedLines }) + '\n');
}

try {
  main();
} catch (error) {
  process.exitCode = reportFailure('mentions', error);
}
