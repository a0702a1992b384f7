/**
 * The sizes and colours of the map's base layers (borders, disputed areas, the selected outline, the small
 * states' markers), read by the MapLibre style and by the early map drawn before it, so the hand-over from one to
 * the other shows no change.
 */
import type { ZoomStops } from './zoomCurve.ts';

export const BORDER_WIDTH: ZoomStops = [
  [1, 0.4],
  [6, 1.2],
];

export const DISPUTED_OUTLINE = { colour: '#8c877d', width: 0.8, dash: [2, 2] } as const;

export const SELECTED_OUTLINE_WIDTH = 2.6;

/** A marker's radius: larger at world zoom for a state with a role than for one without. */
export const MARKER_RADIUS_ROLE: ZoomStops = [
  [1, 4.5],
  [6, 7],
];
export const MARKER_RADIUS_OTHER: ZoomStops = [
  [1, 3],
  [6, 7],
];
export const MARKER_RING = { colour: '#ffffff', width: 1 } as const;
export const MARKER_SELECTED_RING_WIDTH = 2.5;
