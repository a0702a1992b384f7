/** The one JSON object the build emits for the app: validated data, the article and its mention index. */
import type { AtlasData, Iso3, LineMentions, MentionIndex, OrgId } from './types.ts';

export interface BundledArticle {
  lines: string[];
  /** 1-based line number of the article's own title. */
  titleLine: number;
  /** Lines that are not part of the article, with the editors' reason. */
  excludedLines: { line: number; reason: string }[];
  /** English gloss, one entry per line (same numbering). */
  gloss: string[];
}

/** What the app's article picker shows of each article. */
export interface ArticleSummary {
  /** The article's folder in data/articles, and `article=<id>` in the app's address. */
  id: string;
  /** The text of the article's title line. */
  title: string;
  /** When it appeared: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  published: string;
  /** The period it describes, when that is not when it appeared. */
  describes?: { from: string; until: string };
  source?: string;
}

/** One article with the mentions the matcher found in it. */
export interface ArticleContent {
  article: BundledArticle;
  mentions: MentionIndex;
  orgMentions: Record<OrgId, LineMentions[]>;
}

export interface AtlasBundle extends ArticleContent {
  data: AtlasData;
  /** Every article in data/articles; the first is the one in `article`, `mentions` and `orgMentions`. */
  articles: ArticleSummary[];
  /** The other articles, by id. */
  otherArticles: Record<string, ArticleContent>;
  /** Arabic names and spelling variants per country, for search. */
  aliases: Record<Iso3, string[]>;
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
    typeof bundle.orgMentions === 'object'
  );
}
