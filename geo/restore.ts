import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, Geometry, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { isDegenerate, polygonsOf } from './rings.ts';
import { distanceToRing } from './splitRing.ts';

/** How far (degrees) a collapsed ring's point may lie from the world-atlas ring that replaces it. */
const MATCH_DISTANCE = 0.05;

type SourceFeature = Feature<Geometry | null, { name?: string } | null>;

/**
 * Visionscarto reduces some tiny rings to a single repeated point: the Vatican (and its hole in Italy), the Cocos
 * Islands, Ashmore Reef, atolls of Kiribati or Tokelau. world-atlas keeps Natural Earth's shape for them, so each
 * collapsed ring is replaced by the world-atlas ring of the same country (by name) at that spot. A ring with no
 * such match is left as it is and dropped later as empty.
 */
export function restoreCollapsedRings<F extends SourceFeature>(source: F[], worldAtlas: Topology): F[] {
  const reference = feature(worldAtlas, worldAtlas.objects.countries as GeometryCollection).features;
  const polygonsByName = new Map<string, Position[][][]>();
  for (const f of reference) {
    if (f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon') {
      polygonsByName.set(String((f.properties as { name?: string } | null)?.name), polygonsOf(f.geometry));
    }
  }

  return source.map((f) => {
    const geometry = f.geometry;
    if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') return f;
    const candidates = polygonsByName.get(f.properties?.name ?? '') ?? [];
    let restored = false;
    const polygons = polygonsOf(geometry).map((polygon) =>
      polygon.map((ring, index) => {
        const replacement = isDegenerate(ring) ? match(ring, index === 0, candidates) : undefined;
        restored ||= replacement !== undefined;
        return replacement ?? ring;
      }),
    );
    return restored ? { ...f, geometry: { type: 'MultiPolygon', coordinates: polygons } } : f;
  });
}

function match(collapsed: Position[], outer: boolean, candidates: Position[][][]): Position[] | undefined {
  const point = collapsed[0] ?? [];
  let best: Position[] | undefined;
  let bestDistance = MATCH_DISTANCE;
  for (const polygon of candidates) {
    for (const ring of outer ? polygon.slice(0, 1) : polygon.slice(1)) {
      if (isDegenerate(ring)) continue;
      const inside = booleanPointInPolygon(point, { type: 'Polygon', coordinates: [ring] });
      const distance = inside ? 0 : distanceToRing(ring, point);
      if (distance <= bestDistance) [best, bestDistance] = [ring, distance];
    }
  }
  return best;
}
