/**
 * The "named in the article" mark: a small white dot ringed in dark ink just below the label point of each country
 * the shown article names (the shipped article, another one the reader picked, or the reader's own). White and
 * near-black stay apart from every role fill, dark or light, and the dot sits below the name where the chair mark
 * sits above it. The marked points live in a small source of their own, so the layer draws only them, and
 * switching article replaces a few hundred bytes instead of touching the countries' source.
 */
import type { CircleLayerSpecification, GeoJSONSourceSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Iso3 } from '../../core/model/types.ts';
import { zoomCurve, type ZoomStops } from './zoomCurve.ts';

export const NAMED_SOURCE_ID = 'named';
export const NAMED_LAYER_ID = 'named-mark';
export const NAMED_FILL = '#ffffff';
export const NAMED_RING = '#1d1d1b';
/**
 * Pixels below the label point: under the country's name, clear of it and of the strip just beneath it, where the
 * country's own fill shows (the end-to-end tests read a country's fill there).
 */
export const NAMED_OFFSET_Y = 24;
export const NAMED_RADIUS: ZoomStops = [
  [1, 2.5],
  [6, 4],
];
/** Drawn outside the radius, as MapLibre draws a circle's stroke. */
export const NAMED_RING_WIDTH = 1.5;

export function namedSource(): GeoJSONSourceSpecification {
  return { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, maxzoom: 7 };
}

export function namedLayer(): CircleLayerSpecification {
  return {
    id: NAMED_LAYER_ID,
    type: 'circle',
    source: NAMED_SOURCE_ID,
    paint: {
      'circle-color': NAMED_FILL,
      'circle-radius': zoomCurve(NAMED_RADIUS),
      'circle-stroke-color': NAMED_RING,
      'circle-stroke-width': NAMED_RING_WIDTH,
      'circle-translate': [0, NAMED_OFFSET_Y],
    },
  };
}

/** One point per named country, at its label point; countries the map does not draw get none. */
export function namedFeatures(
  labelPoints: ReadonlyMap<Iso3, [number, number]>,
  named: Iterable<Iso3>,
): FeatureCollection {
  const features = [...named].flatMap((id) => {
    const point = labelPoints.get(id);
    return point
      ? [
          {
            type: 'Feature' as const,
            id,
            geometry: { type: 'Point' as const, coordinates: point },
            properties: { id },
          },
        ]
      : [];
  });
  return { type: 'FeatureCollection', features };
}
