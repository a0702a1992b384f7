import { area, booleanPointInPolygon } from '@turf/turf';
import type { Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { splitAtAntimeridian } from '../../geo/antimeridian.ts';
import { poleOfInaccessibility } from '../../src/core/geometry/poleOfInaccessibility.ts';
import { signedArea } from '../../geo/rings.ts';
import { splitRingAlongLine } from '../../geo/splitRing.ts';
import { decodeCountries } from '../../src/core/model/countryShapes.ts';

const polygons = (g: ReturnType<typeof splitAtAntimeridian>): Position[][][] =>
  g.type === 'Polygon' ? [g.coordinates] : g.coordinates;

describe('splitAtAntimeridian', () => {
  it('cuts an island stitched across 180° into a western and an eastern half', () => {
    // Clockwise, as Natural Earth's TopoJSON winds it, with the jump from 179° to −179° stitched in.
    const island: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [178, -10],
          [178, -8],
          [-178, -8],
          [-178, -10],
          [178, -10],
        ],
      ],
    };
    const parts = polygons(splitAtAntimeridian(island));
    const lons = parts.map((p) => p[0]!.map(([x = 0]) => x));
    expect(lons.map((l) => [Math.min(...l), Math.max(...l)]).sort()).toEqual([
      [-180, -178],
      [178, 180],
    ]);
    for (const part of parts) expect(signedArea(part[0]!)).toBeLessThan(0);
    expect(area(splitAtAntimeridian(island))).toBeCloseTo(
      area({
        ...island,
        coordinates: [
          [
            [178, -10],
            [178, -8],
            [182, -8],
            [182, -10],
            [178, -10],
          ],
        ],
      }),
      -3,
    );
  });

  it('closes a ring that circles the South Pole along the pole, in steps of at most 180°', () => {
    const coast: Position[] = [-180, -120, -60, 0, 60, 120, 179].map((lon) => [lon, -70]);
    const antarctica: Polygon = { type: 'Polygon', coordinates: [[...coast, [-180, -70]]] };
    const [ring] = polygons(splitAtAntimeridian(antarctica)).flat();
    ring!.forEach(
      ([lon = 0], i) => i > 0 && expect(Math.abs(lon - (ring![i - 1]?.[0] ?? 0))).toBeLessThanOrEqual(180),
    );
    const shape: Polygon = { type: 'Polygon', coordinates: [ring!] };
    expect(booleanPointInPolygon([0, -80], shape)).toBe(true);
    expect(booleanPointInPolygon([100, -89], shape)).toBe(true);
    expect(booleanPointInPolygon([0, -60], shape)).toBe(false);
  });

  it('leaves a country that does not cross the antimeridian as it was', () => {
    const square: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [10, 10],
          [10, 20],
          [20, 20],
          [20, 10],
          [10, 10],
        ],
      ],
    };
    expect(splitAtAntimeridian(square)).toEqual(square);
  });
});

describe('splitRingAlongLine', () => {
  it('splits a square into two parts that share the line exactly', () => {
    const square: Position[] = [
      [0, 0],
      [0, 2],
      [2, 2],
      [2, 0],
      [0, 0],
    ];
    const line: Position[] = [
      [0, 1],
      [1, 1.2],
      [2, 1],
    ];
    const parts = splitRingAlongLine(square, line, 0.01);
    const areas = parts.map((ring) => area({ type: 'Polygon', coordinates: [ring] }));
    const whole = area({ type: 'Polygon', coordinates: [square] });
    expect((areas[0]! + areas[1]!) / whole).toBeCloseTo(1, 6);
    for (const ring of parts) {
      expect(ring).toContainEqual([1, 1.2]);
      expect(ring[0]).toEqual(ring.at(-1));
    }
  });

  it('refuses a line that does not reach the ring', () => {
    expect(() =>
      splitRingAlongLine(
        [
          [0, 0],
          [0, 2],
          [2, 2],
          [2, 0],
          [0, 0],
        ],
        [
          [0.5, 1],
          [2, 1],
        ],
        0.01,
      ),
    ).toThrow(/from the ring/);
  });
});

describe('poleOfInaccessibility', () => {
  it('finds the spot of an L-shaped country farthest from its borders, not its empty corner', () => {
    const l: Position[][] = [
      [
        [0, 0],
        [0, 10],
        [2, 10],
        [2, 2],
        [10, 2],
        [10, 0],
        [0, 0],
      ],
    ];
    const [x = 0, y = 0] = poleOfInaccessibility(l);
    expect(booleanPointInPolygon([x, y], { type: 'Polygon', coordinates: l })).toBe(true);
    expect(Math.min(x, y)).toBeGreaterThan(0.8);
    expect(Math.min(x, y)).toBeLessThan(1.2);
  });
});

describe('decodeCountries', () => {
  it('rejects a topology without the points object', () => {
    const topology = {
      type: 'Topology',
      objects: { countries: { type: 'GeometryCollection', geometries: [] } },
      arcs: [],
    };
    expect(() => decodeCountries(topology as Topology)).toThrow('object "points" is missing');
  });
});
