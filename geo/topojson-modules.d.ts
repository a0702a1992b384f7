// The parts of topojson-simplify the geometry build uses; it ships no types of its own.

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
