/**
 * The export's map projection, fitted into the map's rectangle on the page: Web Mercator (the interactive map's
 * projection) for a view or the world, or Equal Earth (true areas) for the whole world.
 */
import { geoEqualEarth, geoMercator, type GeoProjection } from 'd3-geo';
import type { Rect } from './displayList.ts';

export interface Bounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

export type ExportView = 'world' | Bounds;
export type ProjectionKind = 'mercator' | 'equal-earth';
export const PROJECTION_KINDS: readonly ProjectionKind[] = ['mercator', 'equal-earth'];

/**
 * World maps are centred on 11°E so that the antimeridian cut runs through the Bering Strait: Russia, an SCO
 * member, stays in one piece instead of losing Chukotka to the far side.
 */
export const WORLD_CENTRE_LONGITUDE = 11;
/** The whole world in Web Mercator: from Cape Horn to the north of Greenland, without Antarctica. */
export const WORLD_MERCATOR_BOUNDS: Bounds = {
  west: WORLD_CENTRE_LONGITUDE - 180,
  south: -57,
  east: WORLD_CENTRE_LONGITUDE + 180,
  north: 84,
};
const MERCATOR_MAX_LATITUDE = 85.0511;

const clampLatitude = (lat: number) => Math.max(-MERCATOR_MAX_LATITUDE, Math.min(MERCATOR_MAX_LATITUDE, lat));

/** Reads `world` or `W,S,E,N` in degrees; null when it is neither. */
/**
 * The smallest box an export shows, in degrees each way: about 1 km, past the detail the map's geometry has. A
 * smaller box would only magnify the same outlines (and a 1e-12° one makes the projection's numbers run away).
 */
export const MIN_VIEW_SPAN_DEGREES = 0.01;

export function parseView(text: string): ExportView | null {
  if (text === 'world') return 'world';
  const parts = text.split(',').map((part) => (part.trim() === '' ? NaN : Number(part)));
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) return null;
  const [west, south, east, north] = parts as [number, number, number, number];
  const validLongitude = (lng: number) => lng >= -540 && lng <= 540;
  if (!validLongitude(west) || !validLongitude(east) || south < -90 || north > 90 || south >= north)
    return null;
  return { west, south, east: east > west ? east : east + 360, north };
}

/** Fits the bounds into the rectangle, keeping the whole area visible (letter-boxed, never cropped). */
function fitMercator(bounds: Bounds, rect: Rect): GeoProjection {
  const east = bounds.east > bounds.west ? bounds.east : bounds.east + 360;
  const centre = (bounds.west + east) / 2;
  const projection = geoMercator().rotate([-centre, 0]).scale(1).translate([0, 0]);
  const toRadians = Math.PI / 180;
  const mercatorY = (lat: number) => -Math.log(Math.tan(Math.PI / 4 + (clampLatitude(lat) * toRadians) / 2));
  const x0 = (bounds.west - centre) * toRadians;
  const x1 = (east - centre) * toRadians;
  const y0 = mercatorY(bounds.north);
  const y1 = mercatorY(bounds.south);
  const k = Math.min(rect.width / (x1 - x0), rect.height / (y1 - y0));
  return projection
    .scale(k)
    .translate([
      rect.x + rect.width / 2 - (k * (x0 + x1)) / 2,
      rect.y + rect.height / 2 - (k * (y0 + y1)) / 2,
    ])
    .clipExtent([
      [rect.x, rect.y],
      [rect.x + rect.width, rect.y + rect.height],
    ]);
}

export function createProjection(view: ExportView, kind: ProjectionKind, rect: Rect): GeoProjection {
  if (kind === 'equal-earth') {
    if (view !== 'world') throw new Error('the Equal Earth projection is only for the whole world');
    return geoEqualEarth()
      .rotate([-WORLD_CENTRE_LONGITUDE, 0])
      .fitExtent(
        [
          [rect.x, rect.y],
          [rect.x + rect.width, rect.y + rect.height],
        ],
        { type: 'Sphere' },
      );
  }
  return fitMercator(view === 'world' ? WORLD_MERCATOR_BOUNDS : view, rect);
}
