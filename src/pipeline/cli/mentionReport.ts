/** The text report of the countries and organisations a text names, paragraph by paragraph. */
import { resolve } from 'node:path';
import {
  findAllMentions,
  type CompiledGazetteer,
  type MentionOptions,
} from '../../core/article/findMentions.ts';
import type { LineMentions, MentionIndex } from '../../core/model/types.ts';
import { loadCountryNameTable } from '../data/loadCountryNames.ts';

const DATA_DIR = resolve(import.meta.dirname, '../../../data');

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

export function mentionReport(
  file: string,
  lines: readonly string[],
  matcher: CompiledGazetteer,
  options: MentionOptions = {},
): string {
  const { mentions, orgMentions: orgs } = findAllMentions(lines, matcher, options);
  const orgLines = Object.entries(orgs).map(([org, entries]) => describe(org.padEnd(4), entries));
  return summary(file, lines.length, mentions, orgLines);
}
