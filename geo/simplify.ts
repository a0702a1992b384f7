import type { FeatureCollection, GeoJsonProperties } from 'geojson';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryObject, Objects, Topology as AnyTopology } from 'topojson-specification';
import type { CountryFeature } from './naturalEarth.ts';
import { signedArea } from './rings.ts';

/** The form of Topology topojson-client's and topojson-simplify's functions take. */
type Topology = AnyTopology<Objects>;

export interface SimplifyOptions {
  /** The smallest spherical triangle area (steradians) a vertex must span to be kept. */
  minWeight: number;
  /** The fewest distinct vertices any ring keeps, so that a small island stays a polygon. */
  minRingVertices: number;
  /** Grid cells per side of the quantized output. */
  quantization: number;
}

/**
 * Builds a topology of the countries and simplifies it by Visvalingam area weight. Borders are arcs shared by
 * both neighbours, so they stay aligned; small rings are never dropped, only reduced to a few vertices.
 */
export function simplifiedTopology(countries: CountryFeature[], options: SimplifyOptions): Topology {
  const collection: FeatureCollection = { type: 'FeatureCollection', features: countries };
  // Every country has properties: none are null, as topojson-server's type allows.
  const weighted = presimplify(topology({ countries: collection }) as Topology, sphericalTriangleArea);
  keepPoleVertices(weighted);
  keepRingsOpen(weighted, options);
  const quantized = quantize(simplify(weighted, options.minWeight), options.quantization);
  orientRings(quantized);
  return quantized;
}

/** Vertices on a pole enclose no area, yet they carry Antarctica's closing edge; none may go. */
function keepPoleVertices(weighted: Topology): void {
  for (const arc of weighted.arcs)
    for (const point of arc) if (Math.abs(point[1] ?? 0) === 90) point[2] = Infinity;
}

/**
 * A thin island cut down to a few vertices can cross itself and come out wound the other way, which d3-geo's
 * spherical rendering would fill as the rest of the world. Such rings are turned round: exteriors clockwise, holes
 * counter-clockwise, as everywhere else in the file.
 */
function orientRings(quantized: Topology): void {
  const absolute = quantized.arcs.map((arc) => {
    let [x, y] = [0, 0];
    return arc.map(([dx = 0, dy = 0]) => [(x += dx), (y += dy)]);
  });
  const positionsOf = (ring: number[]) =>
    ring.flatMap((index, k) => {
      const arc = index < 0 ? [...(absolute[~index] ?? [])].reverse() : (absolute[index] ?? []);
      return k === 0 ? arc : arc.slice(1);
    });
  for (const polygon of polygonsOfObject(quantized.objects.countries)) {
    polygon.forEach((ring, index) => {
      const area = signedArea(positionsOf(ring));
      if (area !== 0 && area < 0 !== (index === 0)) polygon[index] = [...ring].reverse().map((arc) => ~arc);
    });
  }
}

/** Raises the weight of a ring's heaviest vertices until it keeps `minRingVertices` of them. */
function keepRingsOpen(weighted: Topology, { minWeight, minRingVertices }: SimplifyOptions): void {
  const arcAt = (index: number) => weighted.arcs[index < 0 ? ~index : index] ?? [];
  for (const ring of ringsOf(weighted.objects.countries)) {
    const kept = ring.reduce((sum, index) => sum + arcAt(index).filter(isKept).length - 1, 0);
    if (kept >= minRingVertices) continue;
    const candidates = ring
      .flatMap((index) => arcAt(index).filter((point) => !isKept(point)))
      .sort((a, b) => (b[2] ?? 0) - (a[2] ?? 0));
    for (const point of candidates.slice(0, minRingVertices - kept)) point[2] = Infinity;
  }

  function isKept(point: number[]): boolean {
    return (point[2] ?? 0) >= minWeight;
  }
}

function ringsOf(object: GeometryObject<GeoJsonProperties> | undefined): number[][] {
  return polygonsOfObject(object).flat();
}

/** The arc indexes of every polygon in an object, as live arrays that may be edited in place. */
function polygonsOfObject(object: GeometryObject<GeoJsonProperties> | undefined): number[][][] {
  switch (object?.type) {
    case 'GeometryCollection':
      return object.geometries.flatMap(polygonsOfObject);
    case 'Polygon':
      return [object.arcs];
    case 'MultiPolygon':
      return object.arcs;
    default:
      return [];
  }
}
