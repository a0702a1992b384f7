/**
 * A value that grows linearly with the zoom between two stops and holds beyond them: written once, read by the
 * MapLibre style (as an `interpolate` expression) and by the early map (evaluated at the camera's zoom), so the
 * two draw the same sizes.
 */
import type { ExpressionSpecification } from 'maplibre-gl';

/** Two [zoom, value] stops. */
export type ZoomStops = readonly [readonly [number, number], readonly [number, number]];

export function zoomCurve([[z0, v0], [z1, v1]]: ZoomStops): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], z0, v0, z1, v1];
}

/** The curve's value at `zoom`, as MapLibre evaluates `zoomCurve`. */
export function atZoom(zoom: number, [[z0, v0], [z1, v1]]: ZoomStops): number {
  const t = Math.min(1, Math.max(0, (zoom - z0) / (z1 - z0)));
  return v0 + (v1 - v0) * t;
}
