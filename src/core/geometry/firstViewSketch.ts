/**
 * The country geometry as the map's first view draws it. The map opens at tile zoom 0 on a phone or in an embed,
 * and at 1 or 2 on screens up to about 1,900 pixels wide; there MapLibre's tiles keep about 8,000 of the
 * geometry's 20,000 vertices (see `tileSimplify.ts`). The sketch holds only those, with every country and its
 * properties, and every label point: a third of the geometry's bytes, which the page carries so that the early
 * map is drawn before the whole geometry has arrived.
 *
 * It is a TopoJSON topology in which every ring is an arc of its own, with one foreign member, `zooms`: for each
 * arc, the first tile zoom whose tiles keep the ring, then the first at which they keep each of its vertices. At
 * any tile zoom up to the sketch's, `sketchAt` gives exactly the shapes MapLibre's tiles hold.
 */
import type { Feature, MultiPolygon, Point, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { CountryPointProperties, CountryProperties, DecodedCountries } from '../model/countryShapes.ts';
import { decodeCountries } from '../model/countryShapes.ts';
import { rankRing, sqToleranceAt } from './tileSimplify.ts';

/** The deepest tile zoom whose shapes the sketch holds. */
export const SKETCH_TILE_ZOOM = 2;

/**
 * Grid steps across the world. At tile zoom 2 the world is 2,048 pixels wide, so a vertex moves at most 0.1 of a
 * pixel onto the grid at the equator and under half a pixel at 80° of latitude; the geometry's own grid is ten
 * times finer, for the deepest zoom.
 */
const QUANTIZATION = 10_000;

/** A quantized TopoJSON topology, written out for the parts the sketch has. */
export interface FirstViewSketch {
  type: 'Topology';
  transform: { scale: [number, number]; translate: [number, number] };
  objects: {
    countries: { type: 'GeometryCollection'; geometries: SketchCountry[] };
    points: { type: 'GeometryCollection'; geometries: SketchPoint[] };
  };
  /** Each ring's vertices, on the grid: the first as it is, each next one as a step from the one before. */
  arcs: number[][][];
  /** Per arc: the tile zoom from which its ring is drawn, then each vertex's, one digit each. */
  zooms: string[];
}

interface SketchCountry {
  type: 'MultiPolygon';
  id: string;
  properties: Omit<CountryProperties, 'id'>;
  /** Polygons of rings, each ring one arc. */
  arcs: number[][][];
}

interface SketchPoint {
  type: 'Point';
  id: string;
  properties: Omit<CountryPointProperties, 'id'>;
  coordinates: number[];
}

/** The first tile zoom (0 to the sketch's) at which `kept` holds, or the one after the sketch's. */
function firstZoom(kept: (sqTolerance: number) => boolean): number {
  let zoom = 0;
  while (zoom <= SKETCH_TILE_ZOOM && !kept(sqToleranceAt(zoom))) zoom++;
  return zoom;
}

export function firstViewSketch(geometry: Topology): FirstViewSketch {
  const { countries, points } = decodeCountries(geometry);
  const step = (QUANTIZATION - 1) / 360;
  const grid = ([lng = 0, lat = 0]: Position) => [
    Math.round((lng + 180) * step),
    Math.round((lat + 90) * step * 2),
  ];
  const arcs: number[][][] = [];
  const zooms: string[] = [];

  /** The ring's arc, its vertices from the ones the sketch keeps; null if no tile up to its zoom draws it. */
  function ringArc(ring: Position[]): number | null {
    const { importance, area } = rankRing(ring);
    const ringZoom = firstZoom((sqTolerance) => area >= sqTolerance);
    if (ringZoom > SKETCH_TILE_ZOOM) return null;
    const vertexZooms = Array.from(importance, (weight) => firstZoom((sqTolerance) => weight > sqTolerance));
    const kept = ring.filter((_, i) => vertexZooms[i]! <= SKETCH_TILE_ZOOM);
    let previous = [0, 0];
    arcs.push(
      kept.map((position) => {
        const at = grid(position);
        const delta = [at[0]! - previous[0]!, at[1]! - previous[1]!];
        previous = at;
        return delta;
      }),
    );
    zooms.push(`${ringZoom}${vertexZooms.filter((zoom) => zoom <= SKETCH_TILE_ZOOM).join('')}`);
    return arcs.length - 1;
  }

  const countryGeometries = countries.features.map(
    ({ properties: { id, ...properties }, geometry: shape }) => {
      const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
      const kept = polygons.flatMap(([outer = [], ...holes]) => {
        const outerArc = ringArc(outer);
        // A polygon whose outer ring is too small is left out whole, as in the tiles.
        if (outerArc === null) return [];
        const holeArcs = holes.map(ringArc).filter((arc) => arc !== null);
        return [[outerArc, ...holeArcs].map((arc) => [arc])];
      });
      // A country too small to draw at these zooms keeps its place, with no shape: its id and name are still needed.
      return { type: 'MultiPolygon' as const, id, properties, arcs: kept };
    },
  );
  const pointGeometries = points.features.map(({ properties: { id, ...properties }, geometry: point }) => ({
    type: 'Point' as const,
    id,
    properties,
    coordinates: grid(point.coordinates),
  }));

  return {
    type: 'Topology',
    transform: { scale: [1 / step, 1 / (step * 2)], translate: [-180, -90] },
    objects: {
      countries: { type: 'GeometryCollection', geometries: countryGeometries },
      points: { type: 'GeometryCollection', geometries: pointGeometries },
    },
    arcs,
    zooms,
  };
}

/** Whether a value has the sketch's form; `sketchAt` still fails on one whose parts do not fit together. */
export function isFirstViewSketch(value: unknown): value is FirstViewSketch {
  const sketch = value as { [K in keyof FirstViewSketch]?: Partial<FirstViewSketch[K]> } | null;
  return (
    sketch?.type === 'Topology' &&
    Array.isArray(sketch.transform?.scale) &&
    Array.isArray(sketch.transform?.translate) &&
    Array.isArray(sketch.arcs) &&
    Array.isArray(sketch.zooms) &&
    sketch.zooms.length === sketch.arcs.length &&
    sketch.objects?.countries?.type === 'GeometryCollection' &&
    sketch.objects?.points?.type === 'GeometryCollection'
  );
}

/**
 * The shapes MapLibre's tiles hold at `tileZoom` (up to the sketch's), and the label points. Throws on a sketch
 * whose parts do not fit together (an arc that is not there, a ring without its zooms).
 */
export function sketchAt(sketch: FirstViewSketch, tileZoom: number): DecodedCountries {
  const {
    scale: [kx = 1, ky = 1],
    translate: [tx = 0, ty = 0],
  } = sketch.transform;
  const drawn = (zooms: string, i: number) => Number(zooms[i]) <= tileZoom;

  function ring(index: number): Position[] | null {
    const arc = sketch.arcs[index];
    const zooms = sketch.zooms[index];
    if (!arc || typeof zooms !== 'string' || zooms.length !== arc.length + 1)
      throw new Error(`first view sketch: arc ${index} is missing or does not match its zooms`);
    if (!drawn(zooms, 0)) return null;
    let [x, y] = [0, 0];
    const positions: Position[] = [];
    arc.forEach(([dx = 0, dy = 0], i) => {
      x += dx;
      y += dy;
      if (drawn(zooms, i + 1)) positions.push([x * kx + tx, y * ky + ty]);
    });
    return positions;
  }

  const countries = sketch.objects.countries.geometries.map(
    ({ id, properties, arcs }): Feature<MultiPolygon, CountryProperties> => {
      const coordinates = arcs.flatMap((rings) => {
        const [outer, ...holes] = rings.map(([index]) => ring(index!));
        if (!outer) return [];
        return [[outer, ...holes.filter((hole): hole is Position[] => hole !== null)]];
      });
      return {
        type: 'Feature',
        id,
        properties: { id: String(id), ...properties },
        geometry: { type: 'MultiPolygon', coordinates },
      };
    },
  );
  const points = sketch.objects.points.geometries.map(
    ({ id, properties, coordinates: [x = 0, y = 0] }): Feature<Point, CountryPointProperties> => ({
      type: 'Feature',
      id,
      properties: { id: String(id), ...properties },
      geometry: { type: 'Point', coordinates: [x * kx + tx, y * ky + ty] },
    }),
  );
  return {
    countries: { type: 'FeatureCollection', features: countries },
    points: { type: 'FeatureCollection', features: points },
  };
}
