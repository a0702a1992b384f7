/**
 * What the map colours a country by: its status in one organisation, or — in the "both" view — whether it holds
 * any role in both organisations or in only one. The map, legend, country list and exports all read this.
 */
import type { IsoDate, Iso3, OrgId, Status } from './types.ts';

export type OrgView = OrgId | 'both';
export const ORG_VIEWS: readonly OrgView[] = ['SCO', 'CICA', 'both'];

export type OverlapCategory = 'both' | 'sco_only' | 'cica_only';
export type MapCategory = Status | OverlapCategory;
export const OVERLAP_CATEGORIES: readonly OverlapCategory[] = ['both', 'sco_only', 'cica_only'];

/** The slice of the role index that categories need. */
export interface RoleLookup {
  rolesByOrg(date: IsoDate): Record<OrgId, Partial<Record<Status, Iso3[]>>>;
}

export function categoriesOn(index: RoleLookup, view: OrgView, date: IsoDate): Map<Iso3, MapCategory> {
  const byOrg = index.rolesByOrg(date);
  const statusIn = (org: OrgId) => {
    const result = new Map<Iso3, Status>();
    for (const [status, countries] of Object.entries(byOrg[org] ?? {}) as [Status, Iso3[]][]) {
      for (const country of countries) result.set(country, status);
    }
    return result;
  };
  if (view !== 'both') return statusIn(view);
  const sco = statusIn('SCO');
  const cica = statusIn('CICA');
  const result = new Map<Iso3, MapCategory>();
  for (const country of new Set([...sco.keys(), ...cica.keys()])) {
    result.set(
      country,
      sco.has(country) && cica.has(country) ? 'both' : sco.has(country) ? 'sco_only' : 'cica_only',
    );
  }
  return result;
}

/** Categories in legend order with their counts; categories with no country are left out. */
export function categoryCounts(categories: Map<Iso3, MapCategory>, order: readonly MapCategory[]) {
  const counts = new Map<MapCategory, number>();
  for (const category of categories.values()) counts.set(category, (counts.get(category) ?? 0) + 1);
  return order
    .filter((c) => counts.has(c))
    .map((category) => ({ category, count: counts.get(category) ?? 0 }));
}

export const LEGEND_ORDER: readonly MapCategory[] = [
  'member',
  'observer',
  'dialogue_partner',
  'partner',
  'both',
  'sco_only',
  'cica_only',
];
