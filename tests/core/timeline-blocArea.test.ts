/**
 * The land an organisation's members cover, checked against turf run here on the same geometry, with the member
 * list read straight from the data files (not through the role index), and against real-world magnitudes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { area } from '@turf/turf';
import type { Feature } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { data } from '../support/realData.ts';
import { decodeCountries } from '../../src/core/model/countryShapes.ts';
import type { IsoDate, OrgId } from '../../src/core/model/types.ts';
import { blocFigures, landAreas } from '../../src/core/timeline/blocArea.ts';

const root = resolve(import.meta.dirname, '../..');
const topology = JSON.parse(readFileSync(resolve(root, 'geo/countries.topo.json'), 'utf8')) as Topology;
const { countries, points } = decodeCountries(topology);
const shapes = feature(topology, topology.objects.countries as GeometryCollection).features as Feature[];

const km2 = (f: Feature) => area(f) / 1e6;
const shapeOf = (code: string) => shapes.find((f) => f.id === code);
const membersOn = (org: OrgId, date: IsoDate) =>
  data.memberships
    .filter((m) => m.org === org)
    .filter((m) =>
      m.history.some((p) => p.status === 'member' && p.from <= date && (!p.until || date < p.until)),
    )
    .map((m) => m.country);
const turfArea = (codes: string[]) => codes.reduce((sum, code) => sum + km2(shapeOf(code)!), 0);
const worldLand = shapes.filter((f) => f.id !== 'ATA').reduce((sum, f) => sum + km2(f), 0);
const areas = landAreas(countries);

describe('bloc figures', () => {
  it.each([
    ['SCO', '2024-07-05'],
    ['SCO', '2001-06-15'],
    ['SCO', '2025-12-31'],
    ['CICA', '2024-07-05'],
    ['CICA', '2002-06-04'],
  ] as const)('%s members on %s: area and share match turf on the same shapes', (org, date) => {
    const members = membersOn(org, date);
    const figures = blocFigures(areas, members);
    expect(figures.missing).toEqual([]);
    expect(figures.countries).toBe(members.length);
    expect(figures.areaKm2).toBeCloseTo(turfArea(members), 3);
    expect(figures.share).toBeCloseTo(turfArea(members) / worldLand, 9);
  });

  it("the world's land is every shape except Antarctica, disputed areas included", () => {
    expect(areas.world).toBeCloseTo(worldLand, 3);
    expect(areas.byCountry.has('ATA')).toBe(true);
    expect(areas.byCountry.get('X-CRI')).toBeGreaterThan(0);
    // Natural Earth's land outside Antarctica is about 134 million km² (the world's land is about 149 with it).
    expect(areas.world / 1e6).toBeGreaterThan(128);
    expect(areas.world / 1e6).toBeLessThan(140);
  });

  it('each country agrees with the area the geometry build recorded on its point', () => {
    for (const point of points.features) {
      expect(
        Math.abs((areas.byCountry.get(point.properties.id) ?? 0) - point.properties.areaKm2),
      ).toBeLessThan(1);
    }
  });

  it('Belarus joining the SCO on 4 July 2024 adds exactly its own area', () => {
    const before = blocFigures(areas, membersOn('SCO', '2024-07-03')).areaKm2;
    const after = blocFigures(areas, membersOn('SCO', '2024-07-04')).areaKm2;
    expect(after - before).toBeCloseTo(km2(shapeOf('BLR')!), 3);
  });

  it('the SCO of mid-2024 covers about a quarter of the land: Russia, China, India, Kazakhstan and Iran lead it', () => {
    const figures = blocFigures(areas, membersOn('SCO', '2024-07-05'));
    // Official areas: Russia 17.1, China 9.6, India 3.3, Kazakhstan 2.7, Iran 1.6 … million km², about 36 in all.
    expect(figures.areaKm2 / 1e6).toBeGreaterThan(34);
    expect(figures.areaKm2 / 1e6).toBeLessThan(38);
    expect(figures.share).toBeGreaterThan(0.25);
    expect(figures.share).toBeLessThan(0.29);
  });

  it('a country without a shape is named as missing, not counted; duplicates count once', () => {
    const figures = blocFigures(areas, ['KAZ', 'KAZ', 'XXA']);
    expect(figures.missing).toEqual(['XXA']);
    expect(figures.countries).toBe(1);
    expect(figures.areaKm2).toBeCloseTo(km2(shapeOf('KAZ')!), 3);
  });

  it('the areas are computed once per geometry', () => {
    expect(landAreas(countries)).toBe(areas);
  });
});
