/** Reads and validates the data files of one directory (Node only). */
import { join } from 'node:path';
import { DataError, type DataProblem } from '../../core/model/DataError.ts';
import type { AtlasData } from '../../core/model/types.ts';
import { displayName } from '../displayName.ts';
import { DATA_FILES, DATA_KEYS, type DataKey } from './schema.ts';
import { recordName, validateAtlasData } from './validate.ts';
import { checkFolder, InputError, MAX_DATA_BYTES, readTextFile } from '../readInput.ts';

/** Reads the six data files of `dir` and validates them; throws a DataError naming every bad file and record. */
export function loadDataDir(dir: string): AtlasData {
  checkFolder(dir);
  const files: Record<string, unknown> = {};
  const problems: DataProblem[] = [];
  for (const key of DATA_KEYS) {
    const path = join(dir, DATA_FILES[key].file);
    const name = displayName(path);
    let text: string;
    try {
      text = readTextFile(path, { maxBytes: MAX_DATA_BYTES });
    } catch (error) {
      problems.push({ file: name, record: '', field: '', message: dataFileProblem(error) });
      continue;
    }
    try {
      files[name] = JSON.parse(text);
    } catch (error) {
      problems.push({ file: name, ...syntaxProblem(key, text, error as SyntaxError) });
    }
  }
  // Cross-file checks over a half-read data set would only add noise, so unreadable files stop here.
  if (problems.length > 0) throw new DataError(problems);
  return validateAtlasData(files);
}

/** Why a data file could not be read, as a problem message. */
export function dataFileProblem(error: unknown): string {
  if (!(error instanceof InputError)) return String(error);
  return error.problem === 'no such file or directory' ? 'file is missing' : error.problem;
}

/** Where the parser stopped: line and column, and — best effort — the record and field just before it. */
function syntaxProblem(key: DataKey, text: string, error: SyntaxError): Omit<DataProblem, 'file'> {
  const position = /position (\d+)/.exec(error.message);
  const detail = error.message.replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
  if (!position) return { record: '', field: '', message: `JSON syntax error: ${detail}` };
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  const source = (text.split('\n')[line - 1] ?? '').trim();
  const lastValue = (field: string) =>
    [...before.matchAll(new RegExp(`"${field}"\\s*:\\s*"([^"]*)"`, 'g'))].at(-1)?.[1];
  const near = Object.fromEntries(['id', 'org', 'country', 'from', 'date'].map((f) => [f, lastValue(f)]));
  const record = recordName(key, near, -1);
  return {
    record: record.endsWith('[-1]') ? '' : record,
    field: [...before.matchAll(/"([^"]+)"\s*:/g)].at(-1)?.[1] ?? '',
    message: `JSON syntax error at line ${line}, column ${column}: ${detail} (in: ${source})`,
  };
}
