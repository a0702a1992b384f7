/**
 * Builds the one JSON object the app loads: the validated data, the article with its editorial metadata and
 * English gloss, and the mention index computed by the same matcher the `mentions` command uses. Node only;
 * any data error is thrown with the file, record and field it concerns.
 */
import { join } from 'node:path';
import { GAZETTEER_FILE, loadArticle } from '../data/loadArticle.ts';
import { compileGazetteer, findMentions, findOrgMentions } from '../../core/article/findMentions.ts';
import { gazetteerAliases, type Gazetteer } from '../../core/article/gazetteer.ts';
import { DataError, type DataProblem } from '../../core/model/DataError.ts';
import type { AtlasData } from '../../core/model/types.ts';
import { loadDataDir } from '../data/loadDataDir.ts';
import type { AtlasBundle } from '../../core/bundle.ts';
import { displayName } from '../displayName.ts';
import { checkArticleMoment } from '../data/checkArticleMoment.ts';
import { loadCountryNameTable } from '../data/loadCountryNames.ts';

export function buildAtlasBundle(dataDir: string): AtlasBundle {
  const data = loadDataDir(dataDir);
  const article = loadArticle(dataDir);
  checkArabicNames(data, article.gazetteer, displayName(join(dataDir, GAZETTEER_FILE)));
  const momentProblems = checkArticleMoment(
    data.snapshots,
    article.meta,
    displayName(join(dataDir, 'snapshots.json')),
  );
  if (momentProblems.length > 0) throw new DataError(momentProblems);
  const excludedLines = article.meta.excludedLines.map((e) => e.line);
  const gazetteer = compileGazetteer(article.gazetteer);
  return {
    data,
    article: {
      lines: article.lines,
      titleLine: article.meta.titleLine,
      excludedLines: article.meta.excludedLines.map(({ line, reason }) => ({ line, reason })),
      gloss: article.gloss,
    },
    mentions: findMentions(article.lines, gazetteer, { excludedLines }),
    orgMentions: findOrgMentions(article.lines, gazetteer, { excludedLines }),
    aliases: gazetteerAliases(article.gazetteer),
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
