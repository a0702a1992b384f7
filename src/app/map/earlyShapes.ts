/**
 * The shapes the early map draws at a tile zoom, as MapLibre's tiles hold them there: the page's sketch where it
 * holds that zoom (`src/core/geometry/firstViewSketch.ts`), else all the shapes, simplified as the tiles simplify
 * them; null while neither has arrived. All the shapes are asked for only when the sketch will not do, so that a
 * caller tracking what it reads does not draw again when they arrive.
 */
import type { FeatureCollection } from 'geojson';
import { SKETCH_TILE_ZOOM, sketchAt, type FirstViewSketch } from '../../core/geometry/firstViewSketch.ts';
import { createTileSimplifier } from '../../core/geometry/tileSimplify.ts';
import type { DecodedCountries } from '../../core/model/countryShapes.ts';

const asTiled = createTileSimplifier();

/** The sketch's shapes at each zoom, decoded once: the early map draws again when the font arrives. */
const sketched = new WeakMap<FirstViewSketch, Map<number, DecodedCountries>>();

function sketchShapesAt(sketch: FirstViewSketch, tileZoom: number): DecodedCountries {
  let byZoom = sketched.get(sketch);
  if (!byZoom) sketched.set(sketch, (byZoom = new Map()));
  let shapes = byZoom.get(tileZoom);
  if (!shapes) byZoom.set(tileZoom, (shapes = sketchAt(sketch, tileZoom)));
  return shapes;
}

export function earlyShapes(
  sketch: FirstViewSketch | null,
  shapes: () => DecodedCountries | null,
  tileZoom: number,
): { countries: FeatureCollection; points: FeatureCollection } | null {
  if (sketch && tileZoom <= SKETCH_TILE_ZOOM) return sketchShapesAt(sketch, tileZoom);
  const all = shapes();
  if (!all) return null;
  return {
    countries: { ...all.countries, features: all.countries.features.map((f) => asTiled(f, tileZoom)) },
    points: all.points,
  };
}
