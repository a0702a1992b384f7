/**
 * Builds the one JSON object the app loads: the validated data, every article with its editorial metadata and
 * English gloss, and their mention indexes computed by the same matcher the `mentions` command uses. Node only;
 * any data error is thrown with the file, record and field it concerns.
 */
import { join } from 'node:path';
import { GAZETTEER_FILE, loadArticles, type LoadedArticle } from '../data/loadArticle.ts';
import {
  compileGazetteer,
  findAllMentions,
  type CompiledGazetteer,
} from '../../core/article/findMentions.ts';
import { gazetteerAliases, type Gazetteer } from '../../core/article/gazetteer.ts';
import { DataError, type DataProblem } from '../../core/model/DataError.ts';
import type { AtlasData } from '../../core/model/types.ts';
import { loadDataDir } from '../data/loadDataDir.ts';
import type { ArticleContent, ArticleSummary } from '../../core/article/articleContent.ts';
import type { AtlasBundle } from '../../core/bundle.ts';
import { displayName } from '../displayName.ts';
import { checkArticleMoment } from '../data/checkArticleMoment.ts';
import { loadCountryNameTable } from '../data/loadCountryNames.ts';

export function articleContent(article: LoadedArticle, gazetteer: CompiledGazetteer): ArticleContent {
  const excludedLines = article.meta.excludedLines.map((e) => e.line);
  return {
    article: {
      lines: article.lines,
      titleLine: article.meta.titleLine,
      excludedLines: article.meta.excludedLines.map(({ line, reason }) => ({ line, reason })),
      gloss: article.gloss,
    },
    ...findAllMentions(article.lines, gazetteer, { excludedLines }),
  };
}

export function articleSummary(article: LoadedArticle): ArticleSummary {
  const { published, describes, source, titleLine, moment } = article.meta;
  return {
    id: article.id,
    title: article.lines[titleLine - 1]?.trim() ?? '',
    published,
    ...(describes ? { describes } : {}),
    ...(source ? { source } : {}),
    ...(moment ? { moment: { date: moment.date, label: moment.label } } : {}),
  };
}

export function buildAtlasBundle(dataDir: string): AtlasBundle {
  const data = loadDataDir(dataDir);
  const [first, ...others] = loadArticles(dataDir) as [LoadedArticle, ...LoadedArticle[]];
  checkArabicNames(data, first.gazetteer, displayName(join(dataDir, GAZETTEER_FILE)));
  const momentProblems = checkArticleMoment(
    data.snapshots,
    first.meta,
    displayName(join(dataDir, 'snapshots.json')),
  );
  if (momentProblems.length > 0) throw new DataError(momentProblems);
  const gazetteer = compileGazetteer(first.gazetteer);
  return {
    data,
    ...articleContent(first, gazetteer),
    articles: [first, ...others].map(articleSummary),
    otherArticles: Object.fromEntries(others.map((other) => [other.id, articleContent(other, gazetteer)])),
    aliases: gazetteerAliases(first.gazetteer),
    countryNames: loadCountryNameTable(dataDir),
  };
}

/**
 * Every country with a role needs its Arabic names in the gazetteer: without them its passages are never found
 * and Arabic search cannot reach it.
 */
export function checkArabicNames(data: AtlasData, gazetteer: Gazetteer, file: string): void {
  const problems: DataProblem[] = [];
  const reported = new Set<string>();
  for (const { org, country } of data.memberships) {
    if (Object.hasOwn(gazetteer.countries, country) || reported.has(country)) continue;
    reported.add(country);
    problems.push({
      file,
      record: `countries/${country}`,
      field: 'names',
      message: `missing: ${country} has a role in the ${org} (memberships.json) but no Arabic name`,
    });
  }
  if (problems.length > 0) throw new DataError(problems);
}
