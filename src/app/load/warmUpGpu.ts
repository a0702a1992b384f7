/**
 * A page's first WebGL context is the expensive one: it connects the page to the GPU process, which takes up to a
 * second on a machine without a GPU, and blocks the thread that asks. Opening one in a throwaway worker pays for
 * that off the main thread, while the app downloads and starts; in traces here the map's own context then took
 * 100–150 ms of the main thread instead of 250–300 ms.
 */
const OPEN_A_CONTEXT = `try { new OffscreenCanvas(1, 1).getContext('webgl2'); } catch {} close();`;

export function warmUpGpu(): void {
  // Without WebGL 2 the atlas shows its fallback map, which needs no GPU.
  if (typeof WebGL2RenderingContext === 'undefined' || typeof OffscreenCanvas === 'undefined') return;
  try {
    // A data: URL, so this also works in a sandboxed iframe (the CSP allows data: workers for MapLibre).
    new Worker(`data:text/javascript,${encodeURIComponent(OPEN_A_CONTEXT)}`);
  } catch {
    // Nothing is lost: the map opens its context itself, only more slowly.
  }
}
