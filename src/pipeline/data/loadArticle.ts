/**
 * Reads and checks the articles, their metadata, their English glosses and the gazetteer from the data folder. Node
 * only. Each article lives in `data/articles/<id>/`: its text, its metadata and, optionally, an English gloss;
 * `data/articles/index.json` names the article the app opens first. An article must be byte for byte the text its
 * metadata's `sha256` names: the passages, line numbers and notes were checked against that text, so any edit to it
 * has to be deliberate.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { parseArticleMeta, parseGloss, type ArticleMeta } from '../../core/article/articleMeta.ts';
import type { Gazetteer } from '../../core/article/gazetteer.ts';
import { parseGazetteer } from '../../core/article/parseGazetteer.ts';
import { DataError, ProblemList } from '../../core/model/DataError.ts';
import { displayName } from '../displayName.ts';
import { splitLines } from '../../core/article/splitLines.ts';
import { InputError, MAX_DATA_BYTES, MAX_TEXT_BYTES, readTextFile } from '../readInput.ts';

export const ARTICLES_DIR = 'articles';
export const ARTICLES_INDEX = 'index.json';
export const ARTICLE_FILE = 'article.ar.txt';
export const META_FILE = 'article.meta.json';
export const GLOSS_FILE = 'article.en.json';
export const GAZETTEER_FILE = 'gazetteer.json';
/** What an article's folder may be called: it becomes `article=<id>` in the app's address. */
export const ARTICLE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface LoadedArticle {
  id: string;
  /** The article's folder. */
  dir: string;
  lines: string[];
  meta: ArticleMeta;
  /** English text of each line, `gloss[0]` for line 1; empty when the article has no gloss. */
  gloss: string[];
  gazetteer: Gazetteer;
}

/** A file the data folder needs, as a data problem naming it when it cannot be read. */
function readDataText(path: string, maxBytes: number): string {
  try {
    return readTextFile(path, { maxBytes });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new DataError([{ file: displayName(path), record: '', field: '', message: error.problem }]);
  }
}

export function readJson(path: string): unknown {
  const text = readDataText(path, MAX_DATA_BYTES);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DataError([
      {
        file: displayName(path),
        record: '',
        field: '',
        message: `not valid JSON: ${(error as Error).message}`,
      },
    ]);
  }
}

/** The lines of a text file (at most `MAX_TEXT_BYTES`, UTF-8); throws an `InputError` naming the file. */
export function readLines(path: string): string[] {
  return splitLines(readTextFile(path, { maxBytes: MAX_TEXT_BYTES }));
}

export function loadGazetteer(dataDir: string): Gazetteer {
  const path = join(dataDir, GAZETTEER_FILE);
  return parseGazetteer(readJson(path), displayName(path));
}

/** The id of every article folder, sorted. */
export function articleIds(dataDir: string): string[] {
  const root = join(dataDir, ARTICLES_DIR);
  return readdirSync(root)
    .filter((name) => statSync(join(root, name)).isDirectory())
    .sort();
}

/** The article the app opens first, as `data/articles/index.json` names it. */
export function defaultArticleId(dataDir: string): string {
  const path = join(dataDir, ARTICLES_DIR, ARTICLES_INDEX);
  const problems = new ProblemList(displayName(path));
  const result = v.safeParse(v.strictObject({ default: v.string() }), readJson(path));
  if (!result.success) {
    problems.add('index', 'default', 'must name the article the app opens first: { "default": "<id>" }');
    problems.throwIfAny();
  }
  const id = (result.output as { default: string }).default;
  if (!articleIds(dataDir).includes(id))
    problems.add('index', 'default', `"${id}" is not a folder in ${ARTICLES_DIR}/`);
  problems.throwIfAny();
  return id;
}

function metaFileName(json: unknown): string {
  return typeof json === 'object' && json !== null && 'file' in json && typeof json.file === 'string'
    ? json.file
    : ARTICLE_FILE;
}

export function loadArticle(
  dataDir: string,
  id = defaultArticleId(dataDir),
  gazetteer: Gazetteer = loadGazetteer(dataDir),
): LoadedArticle {
  const dir = join(dataDir, ARTICLES_DIR, id);
  if (!ARTICLE_ID.test(id)) {
    throw new DataError([
      {
        file: displayName(dir),
        record: '',
        field: '',
        message: 'an article folder is named with lower-case letters, digits and hyphens',
      },
    ]);
  }
  const metaPath = join(dir, META_FILE);
  const metaJson = readJson(metaPath);
  const articlePath = join(dir, metaFileName(metaJson));
  const text = readDataText(articlePath, MAX_TEXT_BYTES);
  const lines = splitLines(text);
  const meta = parseArticleMeta(metaJson, lines, displayName(metaPath));
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  if (sha256 !== meta.sha256)
    throw new DataError([
      {
        file: displayName(articlePath),
        record: '',
        field: '',
        message:
          `its SHA-256 is ${sha256}, not the ${meta.sha256} that ${displayName(metaPath)} records: ` +
          'the text has changed since its metadata was checked against it',
      },
    ]);
  const glossPath = join(dir, GLOSS_FILE);
  const gloss = existsSync(glossPath)
    ? parseGloss(readJson(glossPath), meta, lines.length, displayName(glossPath))
    : [];
  return { id, dir, lines, meta, gloss, gazetteer };
}

/** Every article, the one the app opens first at the head of the list. */
export function loadArticles(dataDir: string): LoadedArticle[] {
  const first = defaultArticleId(dataDir);
  const ids = [first, ...articleIds(dataDir).filter((id) => id !== first)];
  const gazetteer = loadGazetteer(dataDir);
  return ids.map((id) => loadArticle(dataDir, id, gazetteer));
}
