/**
 * The shipped article against a golden file written by hand from reading it
 * (fixtures/article/expected-article-mentions.json): which lines name which country and organisation.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  compileGazetteer,
  findMentions,
  findOrgMentions,
  type CompiledGazetteer,
} from '../../src/core/article/findMentions.ts';
import { loadArticle, type LoadedArticle } from '../../src/pipeline/data/loadArticle.ts';
import type { MentionIndex } from '../../src/core/model/types.ts';
import expected from '../fixtures/article/expected-article-mentions.json' with { type: 'json' };

const DATA_DIR = resolve(import.meta.dirname, '../../data');

let article: LoadedArticle;
let matcher: CompiledGazetteer;
let mentions: MentionIndex;

beforeAll(() => {
  article = loadArticle(DATA_DIR);
  matcher = compileGazetteer(article.gazetteer);
  mentions = findMentions(article.lines, matcher, {
    excludedLines: article.meta.excludedLines.map((entry) => entry.line),
  });
});

const linesOf = (code: string) => (mentions[code] ?? []).map((entry) => entry.line);

describe('countries named in the 2024 article', () => {
  it('names Kazakhstan in exactly 25 paragraphs: every line from 2 to 27 except line 10', () => {
    const inArticle = (mentions.KAZ ?? []).filter((entry) => !entry.excluded);
    expect(inArticle).toHaveLength(25);
    expect(inArticle.map((entry) => entry.line)).toEqual(expected.countries.KAZ);
    expect(linesOf('KAZ')).not.toContain(10);
  });

  it('names exactly the countries a reader finds in it, on the lines a reader finds them', () => {
    const found = Object.fromEntries(Object.keys(mentions).map((code) => [code, linesOf(code)]));
    expect(found).toEqual(expected.countries);
  });

  it('names the UAE only in the unrelated headline on line 1, which is marked excluded', () => {
    expect(mentions.ARE).toEqual([
      { line: 1, matches: [expect.objectContaining({ text: 'الإمارات' })], excluded: true },
    ]);
    for (const [code, entries] of Object.entries(mentions)) {
      for (const entry of entries)
        expect(entry.excluded === true, `${code} line ${entry.line}`).toBe(entry.line === 1);
    }
  });

  it('reports the words as written in the paragraphs that list members and partners', () => {
    for (const [line, byCountry] of Object.entries(expected.matches)) {
      for (const [code, texts] of Object.entries(byCountry)) {
        const entry = mentions[code]?.find((candidate) => candidate.line === Number(line));
        expect(
          entry?.matches.map((match) => match.text),
          `${code} on line ${line}`,
        ).toEqual(texts);
      }
    }
  });

  it('gives offsets that cut each match out of its line', () => {
    for (const entries of Object.values(mentions)) {
      for (const { line, matches } of entries) {
        for (const { text, start, end } of matches)
          expect(article.lines[line - 1]?.slice(start, end)).toBe(text);
      }
    }
  });

  it('does not read مهندسًا (engineer, line 4) or كمهندس (line 21) as India', () => {
    expect(article.lines[3]).toContain('مهندسًا');
    expect(article.lines[20]).toContain('كمهندس');
    expect(linesOf('IND')).toEqual([9]);
  });

  it('does not read the SCO’s name as China, nor Nursultan Nazarbayev as the city', () => {
    expect(linesOf('CHN')).toEqual([9]);
    const line16 = mentions.KAZ?.find((entry) => entry.line === 16);
    expect(line16?.matches.map((match) => match.text)).not.toContain('نور سلطان');
  });
});

describe('organisations named in the article', () => {
  it('names the SCO and the CICA on the lines a reader finds them', () => {
    const orgs = findOrgMentions(article.lines, matcher);
    expect(orgs.SCO.map((entry) => entry.line)).toEqual(expected.organisations.SCO);
    expect(orgs.CICA.map((entry) => entry.line)).toEqual(expected.organisations.CICA);
  });
});
