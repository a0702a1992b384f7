/**
 * Runs `update` once the frame now being prepared has been handed on, so that what a reader's input changed in
 * the page (the panel, the tooltip) is painted first and the map's own redraw follows in a later frame. Without a
 * fast GPU a map frame costs a few hundred milliseconds; drawn in the same frame as the panel, it held the panel
 * back by as much. The second animation frame comes only once the compositor has taken the first.
 * Returns a cancel function, for a newer change that makes this one moot.
 */
export function afterNextPaint(update: () => void): () => void {
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => update());
  });
  return () => cancelAnimationFrame(frame);
}
