/**
 * Lists the countries a text names, paragraph by paragraph: `npm run --silent mentions -- [FILE] [--json]`.
 * FILE defaults to the shipped article; only for that file are the lines its metadata excludes marked `excluded`.
 * FILE must be a regular UTF-8 text file of at most 4 MB (see `readInput.ts`).
 */
import { realpathSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { compileGazetteer, findMentions, findOrgMentions } from '../../core/article/findMentions.ts';
import { ARTICLE_FILE, loadArticle, loadGazetteer, readLines } from '../data/loadArticle.ts';
import { loadCountryNameTable } from '../data/loadCountryNames.ts';
import type { LineMentions, MentionIndex } from '../../core/model/types.ts';
import { reportFailure, UsageError } from './failure.ts';

const DATA_DIR = resolve(import.meta.dirname, '../../../data');
const USAGE = 'usage: npm run --silent mentions -- [FILE] [--json]';

interface Options {
  file: string;
  json: boolean;
  help?: true;
}

function parseArgs(args: readonly string[]): Options {
  let file: string | undefined;
  let json = false;
  for (const arg of args) {
    if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') return { file: '', json, help: true };
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg} (${USAGE})`);
    else if (file !== undefined) throw new UsageError(`one FILE only, got ${file} and ${arg}`);
    else file = arg;
  }
  // npm runs scripts from the package folder; INIT_CWD is where the user typed the command.
  const base = process.env.INIT_CWD ?? process.cwd();
  return { file: file === undefined ? resolve(DATA_DIR, ARTICLE_FILE) : resolve(base, file), json };
}

/** "2–9, 11–27" */
function lineRanges(lines: readonly number[]): string {
  const ranges: string[] = [];
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === (lines[j] as number) + 1) j++;
    ranges.push(i === j ? `${lines[i]}` : `${lines[i]}–${lines[j]}`);
    i = j + 1;
  }
  return ranges.join(', ');
}

function describe(label: string, entries: readonly LineMentions[]): string {
  const inText = entries.filter((entry) => !entry.excluded).map((entry) => entry.line);
  const outside = entries.filter((entry) => entry.excluded).map((entry) => entry.line);
  const count = `${inText.length} ${inText.length === 1 ? 'paragraph' : 'paragraphs'}`;
  const where = inText.length > 0 ? `  ${inText.length === 1 ? 'line' : 'lines'} ${lineRanges(inText)}` : '';
  const excluded =
    outside.length > 0
      ? `  (${outside.length === 1 ? 'line' : 'lines'} ${lineRanges(outside)}: not part of the article)`
      : '';
  return `  ${label}  ${count}${where}${excluded}`;
}

/** The English name the app shows too (the one country-name table). */
let englishNames: Record<string, string> | undefined;
function englishName(code: string): string {
  englishNames ??= loadCountryNameTable(DATA_DIR).en;
  return englishNames[code] ?? code;
}

function summary(file: string, lineCount: number, mentions: MentionIndex, orgLines: string[]): string {
  const codes = Object.keys(mentions);
  const names = new Map(codes.map((code) => [code, englishName(code)]));
  const width = Math.max(0, ...[...names.values()].map((name) => name.length));
  const rows = codes.map((code) =>
    describe(`${code}  ${(names.get(code) ?? code).padEnd(width)}`, mentions[code] ?? []),
  );
  return [
    `${file}: ${lineCount} lines, ${codes.length} ${codes.length === 1 ? 'country' : 'countries'} named`,
    ...rows,
    'Organisations:',
    ...orgLines,
  ].join('\n');
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(USAGE + '\n');
    return;
  }
  // Checked first, so a directory, a device or a huge or binary file is named as such.
  const fileLines = readLines(options.file);
  const isArticle = realpathSync(options.file) === realpathSync(resolve(DATA_DIR, ARTICLE_FILE));
  const article = isArticle ? loadArticle(DATA_DIR) : undefined;
  const gazetteer = article?.gazetteer ?? loadGazetteer(DATA_DIR);
  const lines = article?.lines ?? fileLines;
  const excludedLines = article?.meta.excludedLines.map((entry) => entry.line) ?? [];
  const matcher = compileGazetteer(gazetteer);
  const mentions = findMentions(lines, matcher, { excludedLines });
  if (options.json) {
    process.stdout.write(JSON.stringify(mentions, null, 2) + '\n');
    return;
  }
  const orgs = findOrgMentions(lines, matcher, { excludedLines });
  const orgLines = Object.entries(orgs).map(([org, entries]) => describe(org.padEnd(4), entries));
  const rel = relative(process.env.INIT_CWD ?? process.cwd(), options.file);
  const shown = rel && !rel.startsWith('..') ? rel : options.file;
  process.stdout.write(summary(shown, lines.length, mentions, orgLines) + '\n');
}

try {
  main();
} catch (error) {
  process.exitCode = reportFailure('mentions', error);
}
