/**
 * Choosing between the MapLibre map and the SVG fallback: MapLibre 6 needs WebGL 2, so that is what decides.
 */
import { describe, expect, it } from 'vitest';
import { hasWebGL } from '../../src/lib/fallback/webgl.ts';

function canvasGiving(contexts: Record<string, unknown>, log: string[] = []) {
  return () =>
    ({
      getContext(kind: string) {
        log.push(kind);
        if (contexts[kind] instanceof Error) throw contexts[kind];
        return contexts[kind] ?? null;
      },
    }) as unknown as HTMLCanvasElement;
}

describe('hasWebGL', () => {
  it('is true where WebGL 2 is available, and gives the probe context back at once', () => {
    let released = false;
    const gl = { getExtension: () => ({ loseContext: () => (released = true) }) };
    expect(hasWebGL(canvasGiving({ webgl2: gl }))).toBe(true);
    expect(released).toBe(true);
  });

  it('is false with WebGL 1 only, which MapLibre 6 cannot draw with', () => {
    const log: string[] = [];
    expect(hasWebGL(canvasGiving({ webgl: { getExtension: () => null } }, log))).toBe(false);
    expect(log).toEqual(['webgl2']);
  });

  it('is false when the browser has WebGL switched off, or creating the context throws', () => {
    expect(hasWebGL(canvasGiving({}))).toBe(false);
    expect(hasWebGL(canvasGiving({ webgl2: new Error('GPU process crashed') }))).toBe(false);
  });
});
