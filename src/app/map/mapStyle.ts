/**
 * The map's MapLibre style, built only from bundled assets: the committed geometry and a bundled Arabic + Latin
 * font declared in `font-faces`, so no glyph server is used. Shapes and label points share one GeoJSON source keyed
 * by ISO3 through `promoteId`, so a country's shape and point share one feature state and their tiles arrive
 * together. Roles (and the markers' hover and selection) are feature state, and outlines come from a small source
 * of their own: switching organisation or date, hovering or clicking never touches the style or the big source.
 */
import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  LineLayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Lang } from '../../core/i18n/strings.ts';
import { LEGEND_ORDER, type MapCategory } from '../../core/model/categories.ts';
import type { Iso3 } from '../../core/model/types.ts';
import {
  LABEL_COLOUR,
  LABEL_HALO,
  LABEL_MAX_WIDTH,
  LABEL_PADDING,
  LABEL_SIZE,
  otherLabelFilter,
  ROLE_LABEL_ANCHORS,
  ROLE_LABEL_COLOUR,
  ROLE_LABEL_LAYER,
  ROLE_LABEL_OFFSET,
  SMALL_LABELS_MIN_ZOOM,
  roleLabelFilter,
  roleLabelSortKey,
  VIEW_LABEL_LAYER,
  VIEW_LABEL_SOURCE_ID,
} from './labelLayers.ts';
import type { OutlineState } from './outlineFeatures.ts';
import { chairLayers } from './chairLayer.ts';
import { zoomCurve } from './zoomCurve.ts';
import {
  BORDER_WIDTH,
  DISPUTED_OUTLINE,
  MARKER_RADIUS_OTHER,
  MARKER_RADIUS_ROLE,
  MARKER_RING,
  MARKER_SELECTED_RING_WIDTH,
  SELECTED_OUTLINE_WIDTH,
} from './styleValues.ts';
import { SOURCE_MAX_ZOOM, SOURCE_TOLERANCE } from '../../core/geometry/tileSimplify.ts';
import { namedLayer, namedSource, NAMED_SOURCE_ID } from './namedLayer.ts';
import { eventHighlightCasing, HIGHLIGHT_COLOUR, HIGHLIGHT_WIDTH, isHighlighted } from './highlightLayers.ts';
import {
  BORDER_COLOUR,
  CATEGORY_COLOURS,
  DISPUTED_COLOUR,
  HOVER_OUTLINE,
  LAND_COLOUR,
  SEA_COLOUR,
  SELECTED_OUTLINE,
} from '../../core/palette.ts';

export const LABEL_FONT = 'Atlas Sans';

export interface FontFiles {
  arabic: string;
  latin: string;
}

export function categoryColour(fallback: string): ExpressionSpecification {
  const pairs = LEGEND_ORDER.flatMap((category) => [category, CATEGORY_COLOURS[category]]);
  return [
    'match',
    ['coalesce', ['feature-state', 'cat'], 'none'],
    ...pairs,
    fallback,
  ] as unknown as ExpressionSpecification;
}

export const SOURCE_ID = 'atlas';
/** The few shapes outlined as selected, highlighted or hovered (see `outlineFeatures`). */
export const OUTLINE_SOURCE_ID = 'outline';
const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
const isShape: ExpressionSpecification = ['!=', ['geometry-type'], 'Point'];

function flag(name: string): ExpressionSpecification {
  return ['boolean', ['feature-state', name], false];
}

export function labelField(lang: Lang): DataDrivenPropertyValueSpecification<string> {
  return ['coalesce', ['get', `name_${lang}`], ['get', 'name']];
}

function outlineLayer(
  id: string,
  state: OutlineState,
  colour: string,
  width: number,
): LineLayerSpecification {
  return {
    id,
    type: 'line',
    source: OUTLINE_SOURCE_ID,
    filter: ['==', ['get', 'state'], state],
    paint: { 'line-color': colour, 'line-width': width },
  };
}

/** The role and other radii share their stops' zooms: MapLibre takes a zoom curve only at the top. */
function markerRadius(): ExpressionSpecification {
  const hasRole: ExpressionSpecification = ['!=', ['feature-state', 'cat'], null];
  const [[z0, role0], [z1, role1]] = MARKER_RADIUS_ROLE;
  const [[, other0], [, other1]] = MARKER_RADIUS_OTHER;
  return [
    'interpolate',
    ['linear'],
    ['zoom'],
    z0,
    ['case', hasRole, role0, other0],
    z1,
    ['case', hasRole, role1, other1],
  ];
}

export function createMapStyle(
  countries: FeatureCollection,
  points: FeatureCollection,
  fonts: FontFiles,
  lang: Lang,
  categories: ReadonlyMap<Iso3, MapCategory> = new Map(),
): StyleSpecification {
  const labelLayout = {
    'text-field': labelField(lang),
    'text-font': [LABEL_FONT],
    'text-size': zoomCurve(LABEL_SIZE),
    'text-max-width': LABEL_MAX_WIDTH,
    'text-padding': LABEL_PADDING,
    'symbol-sort-key': ['-', 0, ['get', 'areaKm2']],
  } as const;
  const labelPaint = {
    'text-color': LABEL_COLOUR,
    'text-halo-color': LABEL_HALO.colour,
    'text-halo-width': LABEL_HALO.width,
  };
  const roleLabelLayout = {
    ...labelLayout,
    // A name that does not fit on its point may sit just beside it.
    'text-variable-anchor': [...ROLE_LABEL_ANCHORS],
    'text-radial-offset': ROLE_LABEL_OFFSET,
    'text-justify': 'auto',
  } as const;
  const roleLabelPaint = { ...labelPaint, 'text-color': ROLE_LABEL_COLOUR };
  return {
    version: 8,
    'font-faces': {
      [LABEL_FONT]: [
        {
          url: fonts.arabic,
          'unicode-range': ['U+0600-06FF', 'U+0750-077F', 'U+0870-08FF', 'U+FB50-FDFF', 'U+FE70-FEFF'],
        },
        {
          url: fonts.latin,
          'unicode-range': ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+2000-206F'],
        },
      ],
    },
    sources: {
      [SOURCE_ID]: {
        type: 'geojson',
        data: { type: 'FeatureCollection', features: [...countries.features, ...points.features] },
        promoteId: 'id',
        // Without a GPU, 150 ms of GPU-process CPU a frame instead of 200 at MapLibre's default.
        tolerance: SOURCE_TOLERANCE,
        // Nothing is drawn beyond the map's own maximum zoom.
        maxzoom: SOURCE_MAX_ZOOM,
      },
      [OUTLINE_SOURCE_ID]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, maxzoom: 7 },
      [VIEW_LABEL_SOURCE_ID]: {
        type: 'geojson',
        data: { type: 'FeatureCollection', features: [] },
        maxzoom: 7,
      },
      [NAMED_SOURCE_ID]: namedSource(),
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': SEA_COLOUR } },
      {
        id: 'country-fill',
        type: 'fill',
        source: SOURCE_ID,
        filter: isShape,
        paint: {
          // The white borders drawn on top already smooth the edges; without antialiasing the fill needs one
          // shader fewer.
          'fill-antialias': false,
          'fill-color': [
            'case',
            ['==', ['get', 'disputed'], true],
            DISPUTED_COLOUR,
            categoryColour(LAND_COLOUR),
          ],
        },
      },
      {
        id: 'country-border',
        type: 'line',
        source: SOURCE_ID,
        filter: isShape,
        paint: {
          'line-color': BORDER_COLOUR,
          'line-width': zoomCurve(BORDER_WIDTH),
        },
      },
      {
        id: 'disputed-outline',
        type: 'line',
        source: SOURCE_ID,
        filter: ['all', isShape, ['==', ['get', 'disputed'], true]],
        paint: {
          'line-color': DISPUTED_OUTLINE.colour,
          'line-width': DISPUTED_OUTLINE.width,
          'line-dasharray': [...DISPUTED_OUTLINE.dash],
        },
      },
      // One layer per state, each a constant colour and width: they share the compiled shader of the borders, so the
      // first hover or click does not wait for a new one.
      outlineLayer('hover-outline', 'hover', HOVER_OUTLINE, 1.4),
      eventHighlightCasing(OUTLINE_SOURCE_ID),
      outlineLayer('highlight-outline', 'highlight', HIGHLIGHT_COLOUR, HIGHLIGHT_WIDTH),
      outlineLayer('selected-outline', 'selected', SELECTED_OUTLINE, SELECTED_OUTLINE_WIDTH),
      {
        id: 'markers',
        type: 'circle',
        source: SOURCE_ID,
        filter: ['all', isPoint, ['==', ['get', 'marker'], true]],
        paint: {
          'circle-color': categoryColour(LAND_COLOUR),
          'circle-radius': markerRadius(),
          'circle-stroke-color': [
            'case',
            flag('selected'),
            SELECTED_OUTLINE,
            isHighlighted,
            HIGHLIGHT_COLOUR,
            flag('hover'),
            HOVER_OUTLINE,
            MARKER_RING.colour,
          ],
          'circle-stroke-width': [
            'case',
            flag('selected'),
            MARKER_SELECTED_RING_WIDTH,
            isHighlighted,
            HIGHLIGHT_WIDTH,
            flag('hover'),
            2,
            MARKER_RING.width,
          ],
        },
      },
      namedLayer(),
      {
        id: 'labels-large',
        type: 'symbol',
        source: SOURCE_ID,
        filter: otherLabelFilter(categories, 'large'),
        layout: labelLayout,
        paint: labelPaint,
      },
      {
        id: 'labels-small',
        type: 'symbol',
        source: SOURCE_ID,
        minzoom: SMALL_LABELS_MIN_ZOOM,
        filter: otherLabelFilter(categories, 'small'),
        layout: labelLayout,
        paint: labelPaint,
      },
      // Last, so placed first: the role-holders' names win any collision with the others'.
      {
        id: VIEW_LABEL_LAYER,
        type: 'symbol',
        source: VIEW_LABEL_SOURCE_ID,
        layout: { ...roleLabelLayout, 'symbol-sort-key': roleLabelSortKey(categories) },
        paint: roleLabelPaint,
      },
      {
        id: ROLE_LABEL_LAYER,
        type: 'symbol',
        source: SOURCE_ID,
        filter: roleLabelFilter(categories),
        layout: { ...roleLabelLayout, 'symbol-sort-key': roleLabelSortKey(categories) },
        paint: roleLabelPaint,
      },
      ...chairLayers(SOURCE_ID),
    ],
  } as StyleSpecification;
}
