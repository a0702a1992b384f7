/**
 * Every word an export prints — title, subtitle, legend rows with counts, chairs, source line — derived from the
 * model in the chosen language, the same way the app's legend and footer word them.
 */
import {
  categoriesOn,
  categoryCounts,
  LEGEND_ORDER,
  type MapCategory,
  type OrgView,
  type RoleLookup,
} from '../model/categories.ts';
import { formatDate } from '../model/dates.ts';
import { ORG_IDS, type Iso3, type IsoDate, type Organisation, type OrgId } from '../model/types.ts';
import { nameOf, type CountryNames } from '../i18n/countryNames.ts';
import { fill, type Lang } from '../i18n/strings.ts';
import { appStrings } from '../i18n/appStrings.ts';
import { exportStrings } from './strings.ts';

/** The slice of the model an export reads. */
export interface ExportModel {
  organisations: readonly Organisation[];
  index: RoleLookup & { chairOn(org: OrgId, date: IsoDate): { country: Iso3 } | null | undefined };
  names: CountryNames;
}

/** What the reader has set up: the export shows exactly this. */
export interface ExportScene {
  org: OrgView;
  date: IsoDate;
  selected: Iso3 | null;
  lang: Lang;
}

export interface LegendRow {
  category: MapCategory;
  label: string;
  count: number;
  countText: string;
}

export interface ExportText {
  title: string;
  subtitle: string;
  subtitleWithDate: string;
  legendTitle: string;
  rows: LegendRow[];
  noRole: string;
  disputed: string;
  /** The chair of each organisation in view, with its legend line. */
  chairs: { org: OrgId; country: Iso3; label: string }[];
  source: string;
  categories: Map<Iso3, MapCategory>;
}

export function formatExportDate(date: IsoDate, lang: Lang): string {
  return formatDate(date, 'day', lang === 'ar' ? 'ar' : 'en-GB');
}

export function exportText(model: ExportModel, scene: ExportScene): ExportText {
  // No key is in both tables, so one `t` reads them together.
  const t = { ...appStrings[scene.lang], ...exportStrings[scene.lang] };
  const org = (id: OrgId) => model.organisations.find((o) => o.id === id);
  const date = formatExportDate(scene.date, scene.lang);
  const categories = categoriesOn(model.index, scene.org, scene.date);
  const label = (category: MapCategory) =>
    category === 'both'
      ? t.bothLegend
      : category === 'sco_only'
        ? t.scoOnly
        : category === 'cica_only'
          ? t.cicaOnly
          : t.statusPlural[category];
  const rows = categoryCounts(categories, LEGEND_ORDER).map(({ category, count }) => ({
    category,
    label: label(category),
    count,
    countText: count.toLocaleString(scene.lang),
  }));
  const chairs = ORG_IDS.filter((id) => scene.org === 'both' || scene.org === id).flatMap((id) => {
    const chair = model.index.chairOn(id, scene.date);
    if (!chair) return [];
    const orgShort = org(id)?.short[scene.lang] ?? id;
    const country = nameOf(model.names, scene.lang, chair.country);
    return [{ org: id, country: chair.country, label: fill(t.chairLegend, { org: orgShort, country }) }];
  });
  const both = scene.org === 'both';
  return {
    title: both ? t.titleBoth : (org(scene.org as OrgId)?.name[scene.lang] ?? scene.org),
    subtitle: both ? t.subtitleBoth : t.subtitle,
    subtitleWithDate: fill(both ? t.subtitleBothDate : t.subtitleDate, { date }),
    legendTitle: t.legendTitle,
    rows,
    noRole: t.noRole,
    disputed: t.disputed,
    chairs,
    source: fill(t.sourceLine, { date }),
    categories,
  };
}
