import type { Map as MaplibreMap } from 'maplibre-gl';
import { afterNextPaint } from './afterNextPaint.ts';

/**
 * MapLibre redraws the whole map in the animation frame after every `mouseup` or `touchend`: its gesture handlers
 * wind down and ask for a frame, even when the pointer did not move and nothing on the map changed. After a click
 * on a country that frame is the one that shows the panel. Without a fast GPU, the redraw, and compositing the
 * whole map again rather than only the panel, held the panel back by over 100 ms.
 *
 * This holds the map's repaints after a click that did not move it (within MapLibre's click tolerance) until the
 * page's next frame is on the screen; a repaint asked for meanwhile happens then, together with the atlas's own
 * map updates for the click, which wait as long. A camera movement (a double-click zoom) ends the hold at once.
 * Returns a function that removes the hold.
 */
export function holdRedrawOnClick(map: MaplibreMap, tolerance = 3): () => void {
  const repaint = map.triggerRepaint.bind(map);
  let holding = false;
  let pending = false;
  let cancel = () => {};
  let down: { x: number; y: number } | null = null;

  const release = () => {
    cancel();
    holding = false;
    if (pending) {
      pending = false;
      repaint();
    }
  };
  map.triggerRepaint = () => {
    if (holding) pending = true;
    else repaint();
  };

  const onDown = (event: PointerEvent) => {
    down = event.isPrimary ? { x: event.clientX, y: event.clientY } : null;
  };
  const onUp = (event: PointerEvent) => {
    const from = down;
    down = null;
    if (!from || !event.isPrimary || map.isMoving()) return;
    if (Math.hypot(event.clientX - from.x, event.clientY - from.y) > tolerance) return;
    cancel();
    holding = true;
    cancel = afterNextPaint(release);
  };

  const container = map.getCanvasContainer();
  container.addEventListener('pointerdown', onDown);
  container.addEventListener('pointerup', onUp);
  map.on('movestart', release);
  return () => {
    container.removeEventListener('pointerdown', onDown);
    container.removeEventListener('pointerup', onUp);
    map.off('movestart', release);
    release();
    map.triggerRepaint = repaint;
  };
}
