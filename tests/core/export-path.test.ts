/** Compact path data and the XML check the SVG tests rely on, against hand-written cases. */
import { geoIdentity, geoPath, type GeoProjection } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { projectedPath } from '../../src/core/export/pathData.ts';
import { createProjection } from '../../src/core/export/projection.ts';
import { xmlProblem } from '../fixtures/export/wellFormed.ts';
import { geometry } from '../fixtures/export/atlas.ts';

/** Absolute points of path data made of M/m, L/l (with implicit repeats) and z, as a renderer reads it. */
function absolutePoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let command = '';
  for (const token of d.match(/[MmLlZz]|-?[\d.]+(?:e-?\d+)?,-?[\d.]+(?:e-?\d+)?/g) ?? []) {
    if (/^[A-Za-z]$/.test(token)) {
      command = token;
      if (command === 'z' || command === 'Z') [x, y] = [startX, startY];
      continue;
    }
    const [a = 0, b = 0] = token.split(',').map(Number);
    const relative = command === command.toLowerCase();
    [x, y] = relative ? [x + a, y + b] : [a, b];
    if (command === 'M' || command === 'm') {
      [startX, startY] = [x, y];
      command = relative ? 'l' : 'L';
    }
    points.push([x, y]);
  }
  return points;
}

// Identity "projection": path coordinates are the input coordinates, so the expected strings can be written by hand.
const identity = geoIdentity() as unknown as GeoProjection;
const polygon = (ring: number[][]) => ({ type: 'Polygon' as const, coordinates: [ring] });

describe('projected path data', () => {
  it('writes a ring as a move, relative line steps and a close', () => {
    expect(
      projectedPath(
        polygon([
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 10],
          [0, 0],
        ]),
        identity,
        0,
      ),
    ).toBe('M0,0l10,0 0,10 -10,0z');
  });

  it('rounds to tenths of a pixel without drifting', () => {
    const d = projectedPath(
      polygon([
        [0.04, 0],
        [1.26, 0],
        [2.51, 0.33],
        [0.04, 0],
      ]),
      identity,
      0,
    );
    expect(d).toBe('M0,0l1.3,0 1.2,0.3z');
  });

  it('drops points closer than the minimum step, but keeps the last one before closing', () => {
    const ring = [
      [0, 0],
      [0.2, 0],
      [5, 0],
      [5.1, 0.1],
      [5.2, 5],
      [5.3, 5],
      [0, 0],
    ];
    expect(projectedPath(polygon(ring), identity, 0.4)).toBe('M0,0l5,0 0.2,5 0.1,0z');
  });

  it('moves relatively between the rings of a multipolygon', () => {
    const d = projectedPath(
      {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [0, 0],
              [2, 0],
              [2, 2],
              [0, 0],
            ],
          ],
          [
            [
              [10, 10],
              [12, 10],
              [12, 12],
              [10, 10],
            ],
          ],
        ],
      },
      identity,
      0,
    );
    // After `z` the pen is back at the ring's first point, so the next move is counted from (0,0).
    expect(d).toBe('M0,0l2,0 0,2zm10,10l2,0 0,2z');
  });

  it('writes negative tenths with their sign', () => {
    expect(
      projectedPath(
        polygon([
          [1, 1],
          [0.95, 0.45],
          [2, 0],
          [1, 1],
        ]),
        identity,
        0,
      ),
    ).toBe('M1,1l0,-0.5 1,-0.5z');
  });
});

describe('real countries', () => {
  it('puts every point of a many-island country where d3 puts it, within a twentieth of a pixel', () => {
    const projection = createProjection('world', 'mercator', { x: 0, y: 0, width: 3508, height: 2000 });
    for (const code of ['IDN', 'PHL', 'CAN', 'RUS']) {
      const country = geometry.countries.features.find((f) => f.properties.id === code);
      if (!country) throw new Error(`no shape for ${code}`);
      const ours = absolutePoints(projectedPath(country, projection, 0));
      const d3s = absolutePoints(geoPath(projection)(country) ?? '');
      expect(ours.length, code).toBe(d3s.length);
      const worst = Math.max(
        ...ours.map(([x, y], i) => Math.hypot(x - (d3s[i]?.[0] ?? NaN), y - (d3s[i]?.[1] ?? NaN))),
      );
      expect(worst, code).toBeLessThanOrEqual(0.071);
    }
  });
});

describe('the XML well-formedness check', () => {
  it('accepts a small well-formed SVG', () => {
    expect(
      xmlProblem(
        '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><text x="1">a &amp; b &#1575;</text><g/></svg>\n',
      ),
    ).toBeNull();
  });

  it('finds each kind of breakage', () => {
    expect(xmlProblem('<svg><g></svg>')).toMatch(/closes <g>/);
    expect(xmlProblem('<svg><text>a & b</text></svg>')).toMatch(/bare "&"/);
    expect(xmlProblem('<svg x=1/>')).toMatch(/not quoted/);
    expect(xmlProblem('<svg x="1" x="2"/>')).toMatch(/repeated/);
    expect(xmlProblem('<svg/><svg/>')).toMatch(/second root/);
    expect(xmlProblem('<svg><g>')).toMatch(/never closed/);
    expect(xmlProblem('<svg a="<"/>')).toMatch(/"<" in attribute/);
    expect(xmlProblem('<svg>&nbsp;</svg>')).toMatch(/unknown entity/);
  });
});
