/**
 * What a screen reader is told in place of the map: the map's caption with the count of every role and the chair,
 * and a short announcement when a country is selected. Plain functions of the atlas's state, in either language.
 */
import { fill, formatNumber, type Lang } from './strings.ts';
import type { AppStrings } from './appStrings.ts';
import type { MapCategory, OrgView } from '../model/categories.ts';
import type { RoleIndex } from '../model/roles.ts';
import { ORG_IDS, type IsoDate, type Iso3, type OrgId } from '../model/types.ts';

/** The slice of the atlas's state the summaries read (AtlasState provides it). */
export interface SummarySource {
  lang: Lang;
  t: AppStrings;
  org: OrgView;
  date: IsoDate;
  index: Pick<RoleIndex, 'roleOf' | 'chairOn'>;
  /** Categories on the map in legend order, with how many countries each has. */
  legend: readonly { category: MapCategory; count: number }[];
  categoryLabel(category: MapCategory): string;
  orgShort(org: OrgId): string;
  name(code: Iso3): string;
}

const LOCALES: Record<Lang, string> = { en: 'en-GB', ar: 'ar' };

function listOf(items: string[], lang: Lang): string {
  return new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' }).format(items);
}

/** The organisations the map shows. */
export function orgsInView(view: OrgView): OrgId[] {
  return ORG_IDS.filter((org) => view === 'both' || view === org);
}

/** The chair of each organisation in view on the date. */
export function chairsInView(source: Pick<SummarySource, 'org' | 'date' | 'index'>) {
  return orgsInView(source.org).flatMap((org) => {
    const chair = source.index.chairOn(org, source.date);
    return chair ? [{ org, country: chair.country }] : [];
  });
}

/** The map's text summary as sentences: how many countries hold each role, then who chairs. */
export function mapSummary(source: SummarySource): string[] {
  const { t, lang } = source;
  const counts = source.legend.map(({ category, count }) =>
    fill(t.summaryCount, { label: source.categoryLabel(category), n: formatNumber(count, lang) }),
  );
  const chairs = chairsInView(source).map(({ org, country }) =>
    fill(t.chairLegend, { org: source.orgShort(org), country: source.name(country) }),
  );
  return [counts.length > 0 ? `${listOf(counts, lang)}.` : t.summaryNone, ...chairs.map((c) => `${c}.`)];
}

/** What is announced when a country is selected: its name and its role in each organisation on the date. */
export function selectionAnnouncement(source: SummarySource, code: Iso3): string {
  const { t } = source;
  const roles = ORG_IDS.map((org) => {
    const role = source.index.roleOf(code, org, source.date);
    return role
      ? fill(t.announceRole, { org: source.orgShort(org), status: t.status[role.status] })
      : fill(t.announceNoRole, { org: source.orgShort(org) });
  });
  return [fill(t.announceSelected, { country: source.name(code) }), ...roles].join(' ');
}
