import { bboxPolygon, featureCollection, intersect, polygon as turfPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { isDegenerate, polygonsOf, windPolygon } from './rings.ts';

/** The longest step (degrees of longitude) left along an edge the cut creates. */
const MAX_EDGE_LON = 90;

/**
 * Natural Earth's TopoJSON is stitched for spherical rendering: Russia, Fiji and Antarctica have rings that jump
 * from +180° to −180°, which a planar (Web Mercator) renderer draws as streaks across the world. This cuts every
 * such ring at the antimeridian instead, and closes a ring that goes round a pole along that pole, so every ring
 * stays within −180…180° and no edge spans more than 180° of longitude.
 */
export function splitAtAntimeridian(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const polygons = polygonsOf(geometry)
    .map((polygon) => polygon.filter((ring) => !isDegenerate(ring)))
    .filter((polygon) => polygon.length > 0)
    .flatMap((polygon) => (polygon.some(crossesAntimeridian) ? cutPolygon(polygon) : [polygon]));
  return polygons.length === 1 && polygons[0]
    ? { type: 'Polygon', coordinates: polygons[0] }
    : { type: 'MultiPolygon', coordinates: polygons };
}

export function crossesAntimeridian(ring: Position[]): boolean {
  return ring.some((position, index) => index > 0 && Math.abs(lon(position) - lon(ring[index - 1])) > 180);
}

/** The ring with longitudes shifted by whole turns so that no step is longer than 180°. */
export function unwrapRing(ring: Position[]): Position[] {
  let offset = 0;
  let previous: number | undefined;
  return ring.map((position) => {
    const [x = 0, y = 0] = position;
    if (previous !== undefined) {
      while (x + offset - previous > 180) offset -= 360;
      while (x + offset - previous < -180) offset += 360;
    }
    previous = x + offset;
    return offset === 0 ? position : [previous, y];
  });
}

function cutPolygon(polygon: Position[][]): Position[][][] {
  const [outer = [], ...holes] = polygon.map(unwrapRing);
  const shell = goesRoundPole(outer) ? closeAlongPole(outer) : outer;
  const west = Math.min(...shell.map(lon));
  const east = Math.max(...shell.map(lon));
  const unwrapped = [shell, ...holes.map((hole) => shiftInto(hole, west, east))];

  const pieces: Position[][][] = [];
  for (const turn of [-1, 0, 1]) {
    const window = bboxPolygon([-180 + 360 * turn, -90, 180 + 360 * turn, 90]);
    const clipped = intersect(featureCollection([turfPolygon(unwrapped), window]));
    if (!clipped) continue;
    for (const piece of polygonsOf(clipped.geometry)) {
      pieces.push(
        windPolygon(piece.map((ring) => densifyLongEdges(ring.map((p) => shiftLon(p, -360 * turn))))),
      );
    }
  }
  return pieces;
}

/**
 * An edge along a pole is a single point on the sphere but spans 360° on a flat map, and clipping merges a straight
 * run along a parallel into one long edge. Vertices every MAX_EDGE_LON degrees keep each step within 180° without
 * moving the edge on a flat map (the simplification keeps every vertex on a pole).
 */
function densifyLongEdges(ring: Position[]): Position[] {
  return ring.flatMap((position, index) => {
    const next = ring[index + 1];
    const [x0 = 0, y0 = 0] = position;
    const [x1 = 0, y1 = 0] = next ?? [];
    if (!next || Math.abs(x1 - x0) <= MAX_EDGE_LON) return [position];
    const steps = Math.ceil(Math.abs(x1 - x0) / MAX_EDGE_LON);
    return Array.from({ length: steps }, (_, k) => [
      x0 + ((x1 - x0) * k) / steps,
      y0 + ((y1 - y0) * k) / steps,
    ]);
  });
}

function goesRoundPole(unwrapped: Position[]): boolean {
  return Math.abs(lon(unwrapped.at(-1)) - lon(unwrapped[0])) > 180;
}

/** A ring that circles a pole ends one turn from where it began; join its ends through the pole. */
function closeAlongPole(unwrapped: Position[]): Position[] {
  const first = unwrapped[0] ?? [0, 0];
  const last = unwrapped.at(-1) ?? first;
  const meanLat = unwrapped.reduce((sum, [, y = 0]) => sum + y, 0) / unwrapped.length;
  const pole = meanLat < 0 ? -90 : 90;
  return [...unwrapped, [lon(last), pole], [lon(first), pole], first];
}

function shiftInto(ring: Position[], west: number, east: number): Position[] {
  let shift = 0;
  while (lon(ring[0]) + shift < west) shift += 360;
  while (lon(ring[0]) + shift > east) shift -= 360;
  return shift === 0 ? ring : ring.map((p) => shiftLon(p, shift));
}

function shiftLon(position: Position, shift: number): Position {
  const [x = 0, y = 0] = position;
  return shift === 0 ? position : [x + shift, y];
}

function lon(position: Position | undefined): number {
  return position?.[0] ?? 0;
}
