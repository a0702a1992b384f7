/**
 * Runs `update` once the frame showing what a reader's input changed in the page (the panel, the tooltip) has
 * reached the screen, so that the map's own redraw follows in a later frame. Without a fast GPU a map frame costs a
 * few hundred milliseconds; drawn with the panel's frame, it held the panel back by as much.
 *
 * The browser runs animation frames ahead of the screen only so far: once the frames it has prepared are waiting
 * for the GPU, the next one waits too. In traces here, frames two and three after a click still ran while the
 * panel's frame was being drawn, and the map's redraw they asked for went into it; the fourth ran only once the
 * panel was on the screen. With a GPU, four frames are about 70 ms.
 * Returns a cancel function, for a newer change that makes this one moot.
 */
const FRAMES = 4;

export function afterNextPaint(update: () => void): () => void {
  let left = FRAMES;
  let frame = 0;
  const step = () => {
    left -= 1;
    if (left === 0) update();
    else frame = requestAnimationFrame(step);
  };
  frame = requestAnimationFrame(step);
  return () => cancelAnimationFrame(frame);
}
