/** Names for role-holders whose label point is out of view: placed on the largest part of them in view. */
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { readFileSync } from 'node:fs';
import { shapesById } from '../../src/app/map/outlineFeatures.ts';
import { labelFeaturesById, viewLabelPoints, type Box } from '../../src/app/map/viewLabelPoints.ts';
import { OPENING_BOUNDS } from '../../src/app/map/openingView.ts';
import { decodeCountries } from '../../src/core/model/countryShapes.ts';

const topology = JSON.parse(readFileSync('geo/countries.topo.json', 'utf8')) as Topology;
const { countries, points } = decodeCountries(topology);
const shapes = shapesById(countries);
const labelFeatures = labelFeaturesById(points);
const [[west, south], [east, north]] = OPENING_BOUNDS;
const OPENING: Box = [west, south, east, north];

const inShapes = (code: string, position: number[]) =>
  (shapes.get(code) ?? []).some((shape) =>
    booleanPointInPolygon(position, shape as Feature<Polygon | MultiPolygon>),
  );

describe('names for countries whose label point is out of view', () => {
  it('names Russia inside its part of the opening view, and no one whose point is in view', () => {
    expect(labelFeatures.get('RUS')?.geometry.coordinates[1]).toBeGreaterThan(north);
    const { features } = viewLabelPoints({
      shapes,
      labelFeatures,
      holders: ['RUS', 'KAZ', 'CHN'],
      view: OPENING,
    });
    expect(features.map((f) => f.properties?.['id'])).toEqual(['RUS']);
    const [lng = 0, lat = 0] = features[0]?.geometry.coordinates ?? [];
    expect(lat).toBeLessThan(north);
    expect(lng).toBeGreaterThan(west);
    expect(lng).toBeLessThan(east);
    expect(inShapes('RUS', [lng, lat])).toBe(true);
    // The same properties as its label point: the label layer names it the same way, in either language.
    expect(features[0]?.properties).toBe(labelFeatures.get('RUS')?.properties);
  });

  it('leaves out countries not in view at all, and those without a role', () => {
    const far: Box = [-100, 20, -80, 40];
    expect(viewLabelPoints({ shapes, labelFeatures, holders: ['RUS', 'KAZ'], view: far }).features).toEqual(
      [],
    );
    expect(viewLabelPoints({ shapes, labelFeatures, holders: [], view: OPENING }).features).toEqual([]);
  });

  it('skips a sliver along the edge of the view, and names a wider band', () => {
    // Only Kazakhstan's southern edge lies in these views (its label point is near 48° N): about 30,000 km² of it
    // in the first, about 100,000 km² in the second.
    const names = (north: number) =>
      viewLabelPoints({ shapes, labelFeatures, holders: ['KAZ'], view: [50, 30, 90, north] }).features.length;
    expect(names(43)).toBe(0);
    expect(names(44)).toBe(1);
  });
});
