import { area, booleanPointInPolygon } from '@turf/turf';
import type { Position } from 'geojson';
import type { Transform } from 'topojson-specification';
import type { CountryGeometry } from './naturalEarth.ts';
import { polygonsOf } from './rings.ts';
import { poleOfInaccessibility } from '../src/core/geometry/poleOfInaccessibility.ts';

/** How far (grid cells) to look around the ideal label spot for a grid point inside the country. */
const SNAP_RADIUS = 4;
const MAX_MERCATOR_LAT = 85;

/**
 * The label point of a country, on the topology's grid: the pole of inaccessibility of its largest polygon as
 * drawn in Web Mercator (the spot farthest from any edge), moved to the nearest grid point inside the country.
 * Smaller polygons are tried if the largest has no grid point inside; a vertex is the last resort.
 */
export function labelPoint(geometry: CountryGeometry, transform: Transform): Position {
  const grid = gridOf(transform);
  const polygons = polygonsOf(geometry)
    .map((polygon) => ({ polygon, area: area({ type: 'Polygon', coordinates: polygon }) }))
    .sort((a, b) => b.area - a.area)
    .map(({ polygon }) => polygon);

  for (const polygon of polygons) {
    const [x = 0, y = 0] = grid.toCell(
      unproject(poleOfInaccessibility(polygon.map((ring) => ring.map(project)))),
    );
    for (const [dx, dy] of neighbourhood(SNAP_RADIUS)) {
      const cell: Position = [x + dx, y + dy];
      if (booleanPointInPolygon(grid.toLonLat(cell), geometry, { ignoreBoundary: true })) return cell;
    }
  }
  const vertex = polygons[0]?.[0]?.[0];
  if (!vertex) throw new Error('labelPoint: the geometry has no vertex');
  return grid.toCell(vertex);
}

export function gridOf({ scale: [sx, sy], translate: [tx, ty] }: Transform) {
  return {
    toCell: ([lon = 0, lat = 0]: Position): Position => [
      Math.round((lon - tx) / sx),
      Math.round((lat - ty) / sy),
    ],
    /** The same arithmetic topojson-client uses to decode a quantized position. */
    toLonLat: ([x = 0, y = 0]: Position): Position => [x * sx + tx, y * sy + ty],
  };
}

function neighbourhood(radius: number): Array<[number, number]> {
  const offsets: Array<[number, number]> = [];
  for (let dx = -radius; dx <= radius; dx++)
    for (let dy = -radius; dy <= radius; dy++) offsets.push([dx, dy]);
  return offsets.sort(([ax, ay], [bx, by]) => ax * ax + ay * ay - (bx * bx + by * by));
}

function project([lon = 0, lat = 0]: Position): Position {
  const phi = (Math.max(-MAX_MERCATOR_LAT, Math.min(MAX_MERCATOR_LAT, lat)) * Math.PI) / 180;
  return [(lon * Math.PI) / 180, Math.log(Math.tan(Math.PI / 4 + phi / 2))];
}

function unproject([x = 0, y = 0]: Position): Position {
  return [(x * 180) / Math.PI, ((2 * Math.atan(Math.exp(y)) - Math.PI / 2) * 180) / Math.PI];
}
