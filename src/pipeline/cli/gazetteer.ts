/**
 * Writes data/gazetteer.json from data/gazetteer.reviewed.json and CLDR: `npm run gazetteer`. With `--check` it
 * writes nothing and fails when the committed file is not what the sources make.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { displayName } from '../displayName.ts';
import { generateGazetteer, gazetteerJson } from '../gazetteer/generateGazetteer.ts';
import { parseReviewedGazetteer } from '../gazetteer/reviewedGazetteer.ts';
import { reportFailure, UsageError } from './failure.ts';

const DATA_DIR = resolve(import.meta.dirname, '../../../data');
export const REVIEWED_FILE = resolve(DATA_DIR, 'gazetteer.reviewed.json');
export const GAZETTEER_OUT = resolve(DATA_DIR, 'gazetteer.json');

function main(args: readonly string[]): void {
  const unknown = args.filter((arg) => arg !== '--check');
  if (unknown.length > 0)
    throw new UsageError(`unknown argument ${unknown[0]} (usage: npm run gazetteer -- [--check])`);
  const reviewed = parseReviewedGazetteer(
    JSON.parse(readFileSync(REVIEWED_FILE, 'utf8')),
    displayName(REVIEWED_FILE),
  );
  const text = gazetteerJson(generateGazetteer(reviewed, displayName(REVIEWED_FILE)));
  const count = Object.keys(reviewed.countries).length;
  if (args.includes('--check')) {
    if (readFileSync(GAZETTEER_OUT, 'utf8') !== text)
      throw new Error(`${displayName(GAZETTEER_OUT)} is out of date: run npm run gazetteer`);
    process.stdout.write(`${displayName(GAZETTEER_OUT)} is up to date (${count} countries)\n`);
    return;
  }
  writeFileSync(GAZETTEER_OUT, text);
  process.stdout.write(`wrote ${displayName(GAZETTEER_OUT)}: ${count} countries\n`);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  process.exitCode = reportFailure('gazetteer', error);
}
