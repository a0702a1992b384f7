/** An article as the app receives it: its lines, gloss and the mentions the matcher found, and its summary. */
import type { IsoDate, LineMentions, MentionIndex, OrgId } from '../model/types.ts';
import { isIsoDate } from '../model/dates.ts';

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
  /** The moment it describes, as its metadata argues (`moment` in article.meta.json), when given. */
  moment?: { date: IsoDate; label: string };
}

/**
 * The date the map shows as an article's moment: its `moment`, else its day of publication when that is a full
 * date, else null (the atlas then keeps the data's own "article" snapshot).
 */
export function articleMomentDate(summary: ArticleSummary): IsoDate | null {
  if (summary.moment) return summary.moment.date;
  return isIsoDate(summary.published) ? summary.published : null;
}

/** One article with the mentions the matcher found in it. */
export interface ArticleContent {
  article: BundledArticle;
  mentions: MentionIndex;
  orgMentions: Record<OrgId, LineMentions[]>;
}
