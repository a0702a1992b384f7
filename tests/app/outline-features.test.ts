/** The map's outline source: which shapes it holds, with which state, in which drawing order. */
import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { outlineFeatures, shapesById } from '../../src/app/map/outlineFeatures.ts';

const square = (x: number): Feature['geometry'] => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, 0],
      [x + 1, 0],
      [x + 1, 1],
      [x, 0],
    ],
  ],
});
const countries: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', geometry: square(0), properties: { id: 'KAZ' } },
    { type: 'Feature', geometry: square(2), properties: { id: 'CHN' } },
    // Two shapes for one country, as where a territory shares its code.
    { type: 'Feature', geometry: square(4), properties: { id: 'AUS' } },
    { type: 'Feature', geometry: square(6), properties: { id: 'AUS' } },
  ],
};
const shapes = shapesById(countries);
const states = (collection: FeatureCollection) =>
  collection.features.map((f) => `${f.properties?.id}:${f.properties?.state}`);

describe('outlineFeatures', () => {
  it('is empty when nothing is selected, highlighted or hovered', () => {
    expect(outlineFeatures(shapes, { selected: null, highlighted: [], hovered: null }).features).toEqual([]);
  });

  it('gives each country its strongest state once, the strongest drawn last', () => {
    const outlined = outlineFeatures(shapes, {
      selected: 'KAZ',
      highlighted: ['KAZ', 'CHN'],
      hovered: 'CHN',
    });
    expect(states(outlined)).toEqual(['CHN:highlight', 'KAZ:selected']);
    expect(outlined.features[1]?.geometry).toBe(countries.features[0]?.geometry);
  });

  it('outlines every shape of a country, and skips codes without a shape', () => {
    const outlined = outlineFeatures(shapes, {
      selected: null,
      highlighted: ['AUS', 'ATLANTIS'],
      hovered: null,
    });
    expect(states(outlined)).toEqual(['AUS:highlight', 'AUS:highlight']);
  });
});
