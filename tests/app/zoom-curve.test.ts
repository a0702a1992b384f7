/**
 * The zoom curves the MapLibre style and the early map share: MapLibre's own expression engine, given the style's
 * layers, gives the sizes the early map computes at every zoom, so the two draw the same.
 */
import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { createMapStyle } from '../../src/app/map/mapStyle.ts';
import { atZoom, type ZoomStops } from '../../src/app/map/zoomCurve.ts';
import { LABEL_SIZE, ROLE_LABEL_LAYER } from '../../src/app/map/labelLayers.ts';
import { NAMED_LAYER_ID, NAMED_RADIUS } from '../../src/app/map/namedLayer.ts';
import { BORDER_WIDTH, MARKER_RADIUS_OTHER, MARKER_RADIUS_ROLE } from '../../src/app/map/styleValues.ts';

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
const style = createMapStyle(empty, empty, { arabic: 'a.woff2', latin: 'l.woff2' }, 'en');
const ZOOMS = [0.5, 1, 2.37, 4, 5.5, 6, 7];

function layerValue(layer: string, part: 'layout' | 'paint', property: string) {
  const found = style.layers.find((l) => l.id === layer) as unknown as Record<
    string,
    Record<string, unknown>
  >;
  const value = found?.[part]?.[property];
  if (value === undefined) throw new Error(`${layer} has no ${property}`);
  return value;
}

function evaluate(value: unknown, zoom: number, state: Record<string, unknown> = {}): number {
  const compiled = createExpression(value, { type: 'number' } as never);
  if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
  const feature = { type: 1, id: 'X', properties: {}, geometry: [] };
  return compiled.value.evaluate({ zoom }, feature as never, state as never) as number;
}

const curves: [string, 'layout' | 'paint', string, ZoomStops, Record<string, unknown>?][] = [
  [ROLE_LABEL_LAYER, 'layout', 'text-size', LABEL_SIZE],
  ['labels-large', 'layout', 'text-size', LABEL_SIZE],
  ['country-border', 'paint', 'line-width', BORDER_WIDTH],
  [NAMED_LAYER_ID, 'paint', 'circle-radius', NAMED_RADIUS],
  ['markers', 'paint', 'circle-radius', MARKER_RADIUS_ROLE, { cat: 'member' }],
  ['markers', 'paint', 'circle-radius', MARKER_RADIUS_OTHER],
];

describe('shared zoom curves', () => {
  it.each(curves)(
    '%s %s: MapLibre evaluates %s as the early map does',
    (layer, part, property, stops, state) => {
      const value = layerValue(layer, part, property);
      for (const zoom of ZOOMS)
        expect(evaluate(value, zoom, state), `zoom ${zoom}`).toBeCloseTo(atZoom(zoom, stops), 9);
    },
  );
});
