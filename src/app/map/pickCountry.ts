/**
 * Which country is under a point of the map: the nearest marker of a small state within a finger-sized radius
 * (neighbouring Gulf states overlap at world zoom), then the topmost shape under the point.
 *
 * It answers from the loaded geometry, not from MapLibre's rendered features: a rendered-feature query decodes
 * every candidate polygon out of its tile again on each call (about 10 ms a pointer event on a slow machine,
 * paid on every hover and again on the click), where bounding boxes and one point-in-polygon test take a fraction
 * of a millisecond.
 */
import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { BBox, FeatureCollection, Geometry, Position } from 'geojson';
import type { Iso3 } from '../../core/model/types.ts';

export const MARKER_TOLERANCE_PX = 8;

/** The two conversions of a map view the picker needs (MapLibre's `Map` has both). */
export interface Projection {
  project(lngLat: [number, number]): { x: number; y: number };
  unproject(point: [number, number]): { lng: number; lat: number };
}

interface Shape {
  id: Iso3;
  box: BBox;
  geometry: Geometry;
}

export type CountryPicker = (view: Projection, point: { x: number; y: number }) => Iso3 | null;

const idOf = (properties: unknown): Iso3 | null => {
  const id = (properties as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : null;
};

export function createCountryPicker(countries: FeatureCollection, points: FeatureCollection): CountryPicker {
  // Later shapes are drawn over earlier ones, so they are tried first.
  const shapes: Shape[] = countries.features
    .flatMap((shape) => {
      const id = idOf(shape.properties);
      const polygonal = shape.geometry.type === 'Polygon' || shape.geometry.type === 'MultiPolygon';
      return id && polygonal ? [{ id, box: bbox(shape), geometry: shape.geometry }] : [];
    })
    .reverse();
  const markers = points.features.flatMap((point) => {
    const id = idOf(point.properties);
    const isMarker = (point.properties as { marker?: unknown } | null)?.marker === true;
    return id && isMarker && point.geometry.type === 'Point'
      ? [{ id, at: point.geometry.coordinates as [number, number] }]
      : [];
  });

  return (view, point) => {
    let nearest: { id: Iso3; distance: number } | null = null;
    for (const marker of markers) {
      const at = view.project(marker.at);
      const distance = Math.hypot(at.x - point.x, at.y - point.y);
      if (distance <= MARKER_TOLERANCE_PX && (!nearest || distance < nearest.distance))
        nearest = { id: marker.id, distance };
    }
    if (nearest) return nearest.id;

    const { lng, lat } = view.unproject([point.x, point.y]);
    const at: Position = [lng, lat];
    const hit = shapes.find(
      ({ box, geometry }) =>
        lng >= box[0] &&
        lat >= box[1] &&
        lng <= box[2] &&
        lat <= box[3] &&
        booleanPointInPolygon(at, geometry as Parameters<typeof booleanPointInPolygon>[1]),
    );
    return hit?.id ?? null;
  };
}
