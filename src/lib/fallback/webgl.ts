/**
 * Whether this browser can draw the MapLibre map. MapLibre 6 asks for WebGL 2 only (it has no WebGL 1 path), so
 * that is what is probed, on a throwaway canvas whose context is released at once.
 */
export function hasWebGL(create: () => HTMLCanvasElement = () => document.createElement('canvas')): boolean {
  try {
    const gl = create().getContext('webgl2');
    if (!gl) return false;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
