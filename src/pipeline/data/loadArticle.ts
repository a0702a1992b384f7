/**
 * Reads and checks the article, its metadata, its English gloss and the gazetteer from the data folder. Node only.
 * The article must be byte for byte the text its metadata's `sha256` names: the passages, line numbers and notes
 * were checked against that text, so any edit to it has to be deliberate.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { parseArticleMeta, parseGloss, type ArticleMeta } from '../../core/article/articleMeta.ts';
import type { Gazetteer } from '../../core/article/gazetteer.ts';
import { parseGazetteer } from '../../core/article/parseGazetteer.ts';
import { DataError } from '../../core/model/DataError.ts';
import { displayName } from '../displayName.ts';
import { splitLines } from '../../core/article/splitLines.ts';
import { InputError, MAX_DATA_BYTES, MAX_TEXT_BYTES, readTextFile } from '../readInput.ts';

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

/** A file the data folder needs, as a data problem naming it when it cannot be read. */
function readDataText(path: string, maxBytes: number): string {
  try {
    return readTextFile(path, { maxBytes });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new DataError([{ file: displayName(path), record: '', field: '', message: error.problem }]);
  }
}

function readJson(path: string): unknown {
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
  const articlePath = join(dataDir, file);
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
  const glossPath = join(dataDir, GLOSS_FILE);
  const gloss = parseGloss(readJson(glossPath), meta, lines.length, displayName(glossPath));
  return { lines, meta, gloss, gazetteer: loadGazetteer(dataDir) };
}
