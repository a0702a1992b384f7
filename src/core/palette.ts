/**
 * One colour per map category. Lightness is spaced (CIE L* 27 / 44 / 63 / 78) so that the roles stay apart in
 * grayscale print and for colour-blind readers; the hues come from a blue–amber axis that all common forms of
 * colour blindness keep.
 */
import type { MapCategory } from './model/categories.ts';

export const CATEGORY_COLOURS: Record<MapCategory, string> = {
  member: '#17406d',
  partner: '#2a6f97',
  dialogue_partner: '#5aa0c8',
  observer: '#e9b949',
  both: '#5b3a8c',
  sco_only: '#5aa0c8',
  cica_only: '#e9b949',
};

export const LAND_COLOUR = '#e1ddd5';
export const DISPUTED_COLOUR = '#d2cdc3';
export const SEA_COLOUR = '#eef2f5';
export const BORDER_COLOUR = '#ffffff';
export const SELECTED_OUTLINE = '#d1495b';
export const HOVER_OUTLINE = '#1d1d1b';

/** Text drawn on top of a fill: white on the dark fills, near-black on the light ones. */
export function inkOn(fill: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(fill.slice(i, i + 2), 16) / 255) as [
    number,
    number,
    number,
  ];
  const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const luminance = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  return luminance > 0.25 ? '#1d1d1b' : '#ffffff';
}
