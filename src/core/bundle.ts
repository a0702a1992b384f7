/** The one JSON object the build emits for the app: validated data, the article and its mention index. */
import type { CountryNameTable } from './i18n/countryNameTable.ts';
import type { ArticleContent, ArticleSummary } from './article/articleContent.ts';
import type { AtlasData, Iso3 } from './model/types.ts';

export interface AtlasBundle extends ArticleContent {
  data: AtlasData;
  /** Every article in data/articles; the first is the one in `article`, `mentions` and `orgMentions`. */
  articles: ArticleSummary[];
  /** The other articles, by id. */
  otherArticles: Record<string, ArticleContent>;
  /** Arabic names and spelling variants per country, for search. */
  aliases: Record<Iso3, string[]>;
  /** Country names in English and Arabic, the same the command line and the exports use. */
  countryNames: CountryNameTable;
}

/** A cheap structural check for a fetched bundle: enough to tell a corrupt or wrong file from the real one. */
export function isAtlasBundle(value: unknown): value is AtlasBundle {
  if (typeof value !== 'object' || value === null) return false;
  const bundle = value as Partial<AtlasBundle>;
  return (
    typeof bundle.data === 'object' &&
    Array.isArray(bundle.data?.memberships) &&
    Array.isArray(bundle.data?.organisations) &&
    Array.isArray(bundle.article?.lines) &&
    Array.isArray(bundle.articles) &&
    typeof bundle.mentions === 'object' &&
    typeof bundle.orgMentions === 'object' &&
    typeof bundle.countryNames?.en === 'object' &&
    typeof bundle.countryNames?.ar === 'object'
  );
}
