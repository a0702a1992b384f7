/**
 * The map's country names. Every country with a role in the view is named, in one layer placed before the others:
 * MapLibre drops a name only where it would collide with one placed earlier, and `symbol-sort-key` places members
 * before observers and partners, and within a role the larger country first. Other countries keep the quieter
 * layers (large ones from the start, small ones once zoomed in) and give way to the role-holders.
 * Layouts cannot read feature state, so the roles enter as filters and sort keys, set again when the view changes.
 */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import { LEGEND_ORDER, type MapCategory } from '../../core/model/categories.ts';
import type { Iso3 } from '../../core/model/types.ts';
import type { ZoomStops } from './zoomCurve.ts';

export const ROLE_LABEL_LAYER = 'labels-roles';
/** Role-holders whose label point is out of view, named on the part that is in it (see `viewLabelPoints`). */
export const VIEW_LABEL_LAYER = 'labels-roles-in-view';
export const VIEW_LABEL_SOURCE_ID = 'labels-in-view';
export const OTHER_LABEL_LAYERS = ['labels-large', 'labels-small'] as const;
export const LABEL_LAYERS = [...OTHER_LABEL_LAYERS, VIEW_LABEL_LAYER, ROLE_LABEL_LAYER] as const;
/** Countries at least this large are named at every zoom even without a role. */
export const LARGE_KM2 = 900_000;
/** Smaller countries without a role are named from this zoom on. */
export const SMALL_LABELS_MIN_ZOOM = 3;

/** The names' look, shared by the MapLibre layers and the early map drawn before them. */
export const LABEL_SIZE: ZoomStops = [
  [1, 10],
  [5, 14],
];
/** Ems: a longer name is broken into balanced lines. */
export const LABEL_MAX_WIDTH = 7;
/** Pixels kept free around each name when names are placed. */
export const LABEL_PADDING = 2;
export const LABEL_COLOUR = '#2b2b28';
export const ROLE_LABEL_COLOUR = '#1d1d1b';
export const LABEL_HALO = { colour: 'rgba(255,255,255,0.85)', width: 1.2 } as const;
/** Where a role-holder's name may stand, tried in order: on its point, else just beside it. */
export const ROLE_LABEL_ANCHORS = ['center', 'left', 'right', 'top', 'bottom'] as const;
export type LabelAnchor = (typeof ROLE_LABEL_ANCHORS)[number];
/** Ems between the point and a name standing beside it. */
export const ROLE_LABEL_OFFSET = 0.5;

const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
const id: ExpressionSpecification = ['get', 'id'];

/** Members first, then each role in legend order (the same role ranks bigger countries first). */
export const labelRank = (category: MapCategory) =>
  category === 'both' ? 0 : LEGEND_ORDER.indexOf(category);

function holders(categories: ReadonlyMap<Iso3, MapCategory>): Iso3[] {
  return [...categories.keys()].sort();
}

export function roleLabelFilter(categories: ReadonlyMap<Iso3, MapCategory>): FilterSpecification {
  return ['all', isPoint, ['in', id, ['literal', holders(categories)]]];
}

export function otherLabelFilter(
  categories: ReadonlyMap<Iso3, MapCategory>,
  size: 'large' | 'small',
): FilterSpecification {
  const area: ExpressionSpecification =
    size === 'large' ? ['>=', ['get', 'areaKm2'], LARGE_KM2] : ['<', ['get', 'areaKm2'], LARGE_KM2];
  return [
    'all',
    isPoint,
    ['==', ['get', 'label'], true],
    area,
    ['!', ['in', id, ['literal', holders(categories)]]],
  ];
}

/** Lower keys are placed first: role rank in steps larger than any country's area, then the larger first. */
export function roleLabelSortKey(categories: ReadonlyMap<Iso3, MapCategory>): ExpressionSpecification {
  const byRank = new Map<number, Iso3[]>();
  for (const [code, category] of categories)
    byRank.set(labelRank(category), [...(byRank.get(labelRank(category)) ?? []), code]);
  const largerFirst: ExpressionSpecification = ['-', 0, ['coalesce', ['get', 'areaKm2'], 0]];
  if (byRank.size === 0) return largerFirst;
  const pairs = [...byRank].sort(([a], [b]) => a - b).flatMap(([r, codes]) => [codes.sort(), r]);
  const rankOf = ['match', id, ...pairs, LEGEND_ORDER.length] as unknown as ExpressionSpecification;
  return ['+', ['*', rankOf, 1e8], largerFirst];
}
