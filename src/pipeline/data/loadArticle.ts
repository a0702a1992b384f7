/** Reads and checks the article, its metadata, its English gloss and the gazetteer from the data folder. Node only. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticleMeta, parseGloss, type ArticleMeta } from '../../core/article/articleMeta.ts';
import type { Gazetteer } from '../../core/article/gazetteer.ts';
import { parseGazetteer } from '../../core/article/parseGazetteer.ts';
import { DataError } from '../../core/model/DataError.ts';
import { displayName } from '../displayName.ts';
import { splitLines } from '../../core/article/splitLines.ts';

export const ARTICLE_FILE = 'article.ar.txt';
export const META_FILE = 'article.meta.json';
export const GLOSS_FILE = 'article.en.json';
export const GAZETTEER_FILE = 'gazetteer.json';

export interface LoadedArticle {
  lines: string[];
  meta: ArticleMeta;
  /** English text of each line, `gloss[0]` for line 1. */
  gloss: string[];
  gazetteer: Gazetteer;
}

function readJson(path: string): unknown {
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

export function loadArticle(dataDir: string): LoadedArticle {
  const metaPath = join(dataDir, META_FILE);
  const metaJson = readJson(metaPath);
  const file =
    typeof metaJson === 'object' &&
    metaJson !== null &&
    'file' in metaJson &&
    typeof metaJson.file === 'string'
      ? metaJson.file
      : ARTICLE_FILE;
  const lines = readLines(join(dataDir, file));
  const meta = parseArticleMeta(metaJson, lines, displayName(metaPath));
  const glossPath = join(dataDir, GLOSS_FILE);
  const gloss = parseGloss(readJson(glossPath), meta, lines.length, displayName(glossPath));
  return { lines, meta, gloss, gazetteer: loadGazetteer(dataDir) };
}
