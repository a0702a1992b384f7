/**
 * Which article paragraphs the country panel shows: the ones that name the country, or — when the article never
 * does — the ones about the organisations it belongs to, preferring paragraphs that list several countries
 * (such as the paragraph listing the SCO's members). Lines that are not part of the article never appear.
 */
import type { Iso3, LineMentions, MentionIndex, OrgId } from '../model/types.ts';

/** What of the atlas bundle the choice reads: the article's mention index and its title line. */
interface IndexedArticle {
  mentions: MentionIndex;
  orgMentions: Record<OrgId, LineMentions[]>;
  article: { titleLine: number };
}

export function passagesNaming(bundle: IndexedArticle, country: Iso3): LineMentions[] {
  return (bundle.mentions[country] ?? []).filter((line) => !line.excluded);
}

export function countriesPerLine(bundle: IndexedArticle): Map<number, number> {
  const counts = new Map<number, number>();
  for (const lines of Object.values(bundle.mentions)) {
    for (const { line, excluded } of lines) if (!excluded) counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return counts;
}

export function passagesAboutOrg(bundle: IndexedArticle, org: OrgId, limit = 3): LineMentions[] {
  const perLine = countriesPerLine(bundle);
  return (bundle.orgMentions[org] ?? [])
    .filter((line) => !line.excluded && line.line !== bundle.article.titleLine)
    .map((line, order) => ({ line, order, countries: perLine.get(line.line) ?? 0 }))
    .sort((a, b) => b.countries - a.countries || a.order - b.order)
    .slice(0, limit)
    .sort((a, b) => a.line.line - b.line.line)
    .map(({ line }) => line);
}

/** The countries the article names in its own lines (a headline scraped along with it does not count). */
export function countriesNamed(bundle: IndexedArticle): Iso3[] {
  return Object.keys(bundle.mentions).filter((country) => passagesNaming(bundle, country).length > 0);
}
