/**
 * CIE L* (perceived lightness, 0 black – 100 white) of sRGB colours: what is left of a colour in grayscale print
 * and, roughly, for readers who cannot tell its hue.
 */
import { CATEGORY_COLOURS, LAND_COLOUR } from '../palette.ts';
import type { MapCategory } from '../model/categories.ts';

/** Two fills that share a map need at least this much lightness between them to stay apart without colour. */
export const MIN_LIGHTNESS_STEP = 12;

export function cieLightness(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const f = luminance > 216 / 24389 ? Math.cbrt(luminance) : ((24389 / 27) * luminance + 16) / 116;
  return 116 * f - 16;
}

/**
 * A role whose fill is too close in lightness to land without a role: exports add a dot pattern to it, so that
 * it still reads as "has a role" in grayscale.
 */
export function needsPattern(category: MapCategory): boolean {
  return Math.abs(cieLightness(CATEGORY_COLOURS[category]) - cieLightness(LAND_COLOUR)) < MIN_LIGHTNESS_STEP;
}

/** The colour mixed towards black by `amount` (0–1). */
export function darken(hex: string, amount: number): string {
  const channel = (i: number) => Math.round(parseInt(hex.slice(i, i + 2), 16) * (1 - amount));
  return `#${[1, 3, 5].map((i) => channel(i).toString(16).padStart(2, '0')).join('')}`;
}
