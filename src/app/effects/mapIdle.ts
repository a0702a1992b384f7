/**
 * Marks the page once the map has drawn its first complete frame: `data-map-idle` on the body for tests and
 * embedders, and (for the interactive map) a performance mark the benchmark reads.
 */
export function markMapIdle(kind: 'interactive' | 'fallback') {
  document.body.dataset.mapIdle = 'true';
  if (kind === 'interactive') performance.mark('atlas:first-idle');
}
