/** The box the map opens on and returns to (Eurasia with Africa's north), as [west, south] and [east, north]. */
export const OPENING_BOUNDS: [[number, number], [number, number]] = [
  [-12, -8],
  [148, 62],
];
