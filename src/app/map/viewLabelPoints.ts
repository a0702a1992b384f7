/**
 * Names for role-holders whose label point is out of view although part of the country is in it: Russia's point
 * lies at 64° N, above the opening view, and its southern half would otherwise go unnamed. Each such country gets a
 * point in the largest piece of it that the view shows, where the name has the most room, carrying the same properties as its label
 * point, so the role-holders' label layer can draw it the same way.
 */
import { area, bbox, bboxClip } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { Iso3 } from '../../core/model/types.ts';
import { poleOfInaccessibility } from '../../core/geometry/poleOfInaccessibility.ts';

/** West, south, east, north in degrees. */
export type Box = [number, number, number, number];

/** The part of the view a name may stand in: a name right at the edge would be cut off. */
const INSET = 0.08;
/** A smaller piece in view is a sliver along the edge, too thin to carry a name. */
const MIN_PIECE_M2 = 50_000 * 1e6;

export function insetBox([west, south, east, north]: Box): Box {
  const dx = (east - west) * INSET;
  const dy = (north - south) * INSET;
  return [
    Math.max(-180, west + dx),
    Math.max(-85, south + dy),
    Math.min(180, east - dx),
    Math.min(85, north - dy),
  ];
}

const inside = ([lng = 0, lat = 0]: Position, [west, south, east, north]: Box) =>
  lng >= west && lng <= east && lat >= south && lat <= north;

function polygonsOf(shape: Feature): Position[][][] {
  const geometry = shape.geometry as Polygon | MultiPolygon;
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

const boxes = new WeakMap<Feature, Box>();
function boxOf(shape: Feature): Box {
  let box = boxes.get(shape);
  if (!box) boxes.set(shape, (box = bbox(shape) as Box));
  return box;
}

const overlaps = (a: Box, b: Box) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** The largest piece of the shapes inside `box`, or null when none is larger than a sliver. */
function largestVisiblePiece(shapes: readonly Feature[], box: Box): Feature<Polygon> | null {
  let best: Feature<Polygon> | null = null;
  let bestArea = MIN_PIECE_M2;
  for (const shape of shapes)
    for (const rings of overlaps(boxOf(shape), box) ? polygonsOf(shape) : []) {
      const clipped = bboxClip({ type: 'Polygon', coordinates: rings }, box).geometry as Polygon;
      const outer = clipped.coordinates[0];
      if (!outer || outer.length < 4) continue;
      const piece: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: clipped };
      const size = area(piece);
      if (size > bestArea) [best, bestArea] = [piece, size];
    }
  return best;
}

export interface ViewLabelInput {
  shapes: ReadonlyMap<Iso3, readonly Feature[]>;
  /** Each country's label point feature (properties: id, names, area). */
  labelFeatures: ReadonlyMap<Iso3, Feature<Point>>;
  holders: Iterable<Iso3>;
  /** The map's visible bounds. */
  view: Box;
}

export function viewLabelPoints({
  shapes,
  labelFeatures,
  holders,
  view,
}: ViewLabelInput): FeatureCollection<Point> {
  const box = insetBox(view);
  const features: Feature<Point>[] = [];
  for (const code of holders) {
    const label = labelFeatures.get(code);
    if (!label || inside(label.geometry.coordinates, view)) continue;
    const piece = largestVisiblePiece(shapes.get(code) ?? [], box);
    if (!piece) continue;
    // In degrees and coarser than the build's label points: a name needs room, not precision.
    const point: Point = {
      type: 'Point',
      coordinates: poleOfInaccessibility(piece.geometry.coordinates, 50),
    };
    features.push({ type: 'Feature', properties: label.properties, geometry: point });
  }
  return { type: 'FeatureCollection', features };
}

/** The label point feature of every country, keyed by its code. */
export function labelFeaturesById(points: FeatureCollection): Map<Iso3, Feature<Point>> {
  const found = new Map<Iso3, Feature<Point>>();
  for (const point of points.features) {
    const id = point.properties?.['id'];
    if (typeof id !== 'string' || point.geometry.type !== 'Point' || point.properties?.['label'] !== true)
      continue;
    found.set(id, point as Feature<Point>);
  }
  return found;
}
