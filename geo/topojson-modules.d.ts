// The parts of topojson-server and topojson-simplify the geometry build uses; neither ships its own types.

declare module 'topojson-server' {
  import type { GeoJsonObject } from 'geojson';
  import type { Objects, Topology } from 'topojson-specification';

  export function topology(objects: Record<string, GeoJsonObject>, quantization?: number): Topology<Objects>;
}

declare module 'topojson-simplify' {
  import type { Objects, Topology as AnyTopology } from 'topojson-specification';

  /** topojson-client's own functions take this form of Topology. */
  type Topology = AnyTopology<Objects>;

  /** A triangle of three [x, y, weight] positions. */
  export type Triangle = number[][];

  /** Adds each arc point's weight as a third coordinate; the arc endpoints weigh Infinity. */
  export function presimplify(topology: Topology, weight?: (triangle: Triangle) => number): Topology;
  /** Drops every arc point whose weight is below minWeight. */
  export function simplify(topology: Topology, minWeight?: number): Topology;
  export function sphericalTriangleArea(triangle: Triangle): number;
}
