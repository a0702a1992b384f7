import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { decodeCountries } from '../../src/core/model/countryShapes.ts';
import { createCountryPicker, MARKER_TOLERANCE_PX, type Projection } from '../../src/app/map/pickCountry.ts';

const topology = JSON.parse(
  readFileSync(new URL('../../geo/countries.topo.json', import.meta.url), 'utf8'),
) as Topology;
const { countries, points } = decodeCountries(topology);

/** A plain equirectangular view, `scale` pixels a degree, with 0° 0° at the pixel (0, 0). */
function flatView(scale: number): Projection {
  return {
    project: ([lng, lat]) => ({ x: lng * scale, y: -lat * scale }),
    unproject: ([x, y]) => ({ lng: x / scale, lat: -y / scale }),
  };
}

const at = (view: Projection, lng: number, lat: number) => view.project([lng, lat]);

function square(id: string, west: number, south: number, size: number): Feature {
  const ring = [
    [west, south],
    [west + size, south],
    [west + size, south + size],
    [west, south + size],
    [west, south],
  ];
  return { type: 'Feature', properties: { id }, geometry: { type: 'Polygon', coordinates: [ring] } };
}

const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

describe('createCountryPicker', () => {
  const pick = createCountryPicker(countries, points);
  const view = flatView(4);

  it('finds the country under a point from its shape', () => {
    expect(pick(view, at(view, 67, 48))).toBe('KAZ'); // central Kazakhstan
    expect(pick(view, at(view, 2.35, 46.5))).toBe('FRA');
    expect(pick(view, at(view, 104, 35))).toBe('CHN');
  });

  it('finds nothing over the sea', () => {
    expect(pick(view, at(view, -30, 30))).toBeNull(); // mid-Atlantic
    expect(pick(view, at(view, 80, -20))).toBeNull(); // Indian Ocean
  });

  it("prefers a small state's marker within the tolerance", () => {
    const bahrain = points.features.find((p) => p.id === 'BHR')!;
    const [lng, lat] = bahrain.geometry.coordinates as [number, number];
    const close = flatView(40);
    const centre = at(close, lng, lat);
    expect(bahrain.properties.marker).toBe(true);
    expect(pick(close, centre)).toBe('BHR');
    expect(pick(close, { x: centre.x, y: centre.y + MARKER_TOLERANCE_PX - 1 })).toBe('BHR');
  });

  it('takes the nearest of several markers in reach', () => {
    const bahrain = at(
      view,
      ...(points.features.find((p) => p.id === 'BHR')!.geometry.coordinates as [number, number]),
    );
    const qatar = at(
      view,
      ...(points.features.find((p) => p.id === 'QAT')!.geometry.coordinates as [number, number]),
    );
    expect(Math.hypot(bahrain.x - qatar.x, bahrain.y - qatar.y)).toBeLessThan(2 * MARKER_TOLERANCE_PX);
    const towards = (from: { x: number; y: number }, to: { x: number; y: number }) => ({
      x: from.x + (to.x - from.x) * 0.3,
      y: from.y + (to.y - from.y) * 0.3,
    });
    expect(pick(view, towards(bahrain, qatar))).toBe('BHR');
    expect(pick(view, towards(qatar, bahrain))).toBe('QAT');
  });

  it('ignores a marker beyond the tolerance and falls back to the shape underneath', () => {
    const markers = collection([
      {
        type: 'Feature',
        properties: { id: 'SML', marker: true },
        geometry: { type: 'Point', coordinates: [5, 5] },
      },
      {
        type: 'Feature',
        properties: { id: 'LBL', label: true },
        geometry: { type: 'Point', coordinates: [15, 15] },
      },
    ]);
    const local = createCountryPicker(collection([square('BIG', 0, 0, 20)]), markers);
    const view1 = flatView(1);
    expect(local(view1, at(view1, 5, 5))).toBe('SML');
    expect(local(view1, { x: 5 + MARKER_TOLERANCE_PX + 1, y: -5 })).toBe('BIG');
    // A point that is only a label is not a marker: the shape is picked.
    expect(local(view1, at(view1, 15, 15))).toBe('BIG');
  });

  it('picks the shape drawn on top where two overlap, as the map shows it', () => {
    const local = createCountryPicker(
      collection([square('LOW', 0, 0, 10), square('TOP', 4, 4, 2)]),
      collection([]),
    );
    const view1 = flatView(1);
    expect(local(view1, at(view1, 5, 5))).toBe('TOP');
    expect(local(view1, at(view1, 2, 2))).toBe('LOW');
  });

  it('respects holes', () => {
    const outer = square('RING', 0, 0, 10);
    const polygon = outer.geometry as { coordinates: number[][][] };
    polygon.coordinates.push([
      [4, 4],
      [4, 6],
      [6, 6],
      [6, 4],
      [4, 4],
    ]);
    const local = createCountryPicker(collection([outer]), collection([]));
    const view1 = flatView(1);
    expect(local(view1, at(view1, 5, 5))).toBeNull();
    expect(local(view1, at(view1, 1, 1))).toBe('RING');
  });
});
