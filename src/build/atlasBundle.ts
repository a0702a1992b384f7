/**
 * Builds the one JSON object the app loads: the validated data, the article with its editorial metadata and
 * English gloss, and the mention index computed by the same matcher the `mentions` command uses. Node only;
 * any data error is thrown with the file, record and field it concerns.
 */
import { loadArticle } from '../lib/article/loadArticle.ts';
import { compileGazetteer, findMentions, findOrgMentions } from '../lib/article/findMentions.ts';
import { gazetteerAliases } from '../lib/article/gazetteer.ts';
import { loadDataDir } from '../lib/data/loadDataDir.ts';
import type { AtlasBundle } from '../lib/model/bundle.ts';

export function buildAtlasBundle(dataDir: string): AtlasBundle {
  const data = loadDataDir(dataDir);
  const article = loadArticle(dataDir);
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
  };
}
