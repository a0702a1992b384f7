/**
 * Output sizes. Paper sizes are at 300 dpi and keep their physical size for PDF; screen sizes follow the map as
 * the reader sees it. Every size resolves to whole pixels.
 */
export const PRINT_DPI = 300;
const MM_PER_INCH = 25.4;

export const SIZE_PRESET_IDS = [
  'screen-1x',
  'screen-2x',
  'a4-portrait',
  'a4-landscape',
  'a3-portrait',
  'a3-landscape',
] as const;
export type SizePresetId = (typeof SIZE_PRESET_IDS)[number];

/** Limits for custom sizes: large enough for A2 at 300 dpi, small enough for a browser canvas. */
export const MIN_SIDE = 200;
export const MAX_SIDE = 8000;

export interface OutputSize {
  width: number;
  height: number;
  /** Physical page size, for PDF; absent for screen and custom sizes (their PDF page is the pixels at 96 dpi). */
  paperMm?: { width: number; height: number };
}

const PAPER_MM: Record<'a4' | 'a3', [number, number]> = { a4: [210, 297], a3: [297, 420] };

export function mmToPixels(mm: number, dpi = PRINT_DPI): number {
  return Math.round((mm / MM_PER_INCH) * dpi);
}

function paper(name: 'a4' | 'a3', orientation: 'portrait' | 'landscape'): OutputSize {
  const [short, long] = PAPER_MM[name];
  const [widthMm, heightMm] = orientation === 'portrait' ? [short, long] : [long, short];
  return {
    width: mmToPixels(widthMm),
    height: mmToPixels(heightMm),
    paperMm: { width: widthMm, height: heightMm },
  };
}

/** A preset's pixel size; screen presets need the map's on-screen size. */
export function presetSize(id: SizePresetId, screen: { width: number; height: number }): OutputSize {
  switch (id) {
    case 'screen-1x':
      return { width: Math.round(screen.width), height: Math.round(screen.height) };
    case 'screen-2x':
      return { width: Math.round(screen.width * 2), height: Math.round(screen.height * 2) };
    default: {
      const [name, orientation] = id.split('-') as ['a4' | 'a3', 'portrait' | 'landscape'];
      return paper(name, orientation);
    }
  }
}

export function isValidSide(value: number): boolean {
  return Number.isInteger(value) && value >= MIN_SIDE && value <= MAX_SIDE;
}

/** Reads `a4-landscape`, `screen-2x` or `1600x900`; null when it is none of them or out of range. */
export function parseSize(text: string, screen: { width: number; height: number }): OutputSize | null {
  if ((SIZE_PRESET_IDS as readonly string[]).includes(text)) return presetSize(text as SizePresetId, screen);
  const match = /^(\d+)x(\d+)$/.exec(text);
  if (!match) return null;
  const [width, height] = [Number(match[1]), Number(match[2])];
  return isValidSide(width) && isValidSide(height) ? { width, height } : null;
}

/** A PDF page for a size: its paper when it has one, else its pixels at the CSS 96 dpi. */
export function pdfPageSize(size: OutputSize): { width: string; height: string } {
  if (size.paperMm) return { width: `${size.paperMm.width}mm`, height: `${size.paperMm.height}mm` };
  return { width: `${size.width}px`, height: `${size.height}px` };
}
