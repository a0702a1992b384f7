/**
 * Reads and checks the articles, their metadata, their English glosses and the gazetteer from the data folder. Node
 * only. Each article lives in `data/articles/<id>/`: its text, its metadata and, optionally, an English gloss;
 * `data/articles/index.json` names the article the app opens first.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { parseArticleMeta, parseGloss, type ArticleMeta } from '../../core/article/articleMeta.ts';
import type { Gazetteer } from '../../core/article/gazetteer.ts';
import { parseGazetteer } from '../../core/article/parseGazetteer.ts';
import { DataError, ProblemList } from '../../core/model/DataError.ts';
import { displayName } from '../displayName.ts';
import { splitLines } from '../../core/article/splitLines.ts';

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

export function readJson(path: string): unknown {
  const text = readFileSync(path, 'utf8');
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

export function readLines(path: string): string[] {
  return splitLines(readFileSync(path, 'utf8'));
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
  const lines = readLines(join(dir, metaFileName(metaJson)));
  const meta = parseArticleMeta(metaJson, lines, displayName(metaPath));
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
