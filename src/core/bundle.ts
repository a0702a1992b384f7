/** The one JSON object the build emits for the app: validated data, the article and its mention index. */
import type { CountryNameTable } from './i18n/countryNameTable.ts';
import type { AtlasData, Iso3, LineMentions, MentionIndex, OrgId } from './model/types.ts';

export interface BundledArticle {
  lines: string[];
  /** 1-based line number of the article's own title. */
  titleLine: number;
  /** Lines that are not part of the article, with the editors' reason. */
  excludedLines: { line: number; reason: string }[];
  /** English gloss, one entry per line (same numbering). */
  gloss: string[];
}

export interface AtlasBundle {
  data: AtlasData;
  article: BundledArticle;
  mentions: MentionIndex;
  orgMentions: Record<OrgId, LineMentions[]>;
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
    typeof bundle.mentions === 'object' &&
    typeof bundle.orgMentions === 'object' &&
    typeof bundle.countryNames?.en === 'object' &&
    typeof bundle.countryNames?.ar === 'object'
  );
}
