/**
 * Chromium rounds a PDF's page to its own device grid: A4 comes out as 595.92 × 841.92 pt instead of
 * 595.28 × 841.89. Printers and imposition tools compare page sizes strictly, so the exact paper size is written
 * back into the page's MediaBox — in place, with numbers of the same byte length, so that the cross-reference
 * offsets of the file stay valid. The page content (a full-bleed map with a white margin) loses under 0.25 mm at
 * its right edge.
 */
const POINTS_PER_MM = 72 / 25.4;
const MEDIA_BOX = /\/MediaBox \[0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)\]/g;

/** `value` written in exactly `length` characters (padding the decimals), or null when it cannot be. */
function fixedLength(value: number, length: number): string | null {
  const whole = String(Math.floor(value));
  if (whole.length > length) return null;
  if (whole.length === length) return whole;
  if (whole.length === length - 1) return `${whole} `;
  return value.toFixed(length - whole.length - 1);
}

/** The PDF with every page's MediaBox set to the paper size, or unchanged when that cannot be done in place. */
export function withExactPageSize(pdf: Uint8Array, paperMm: { width: number; height: number }): Uint8Array {
  const text = new TextDecoder('latin1').decode(pdf);
  const width = paperMm.width * POINTS_PER_MM;
  const height = paperMm.height * POINTS_PER_MM;
  const result = pdf.slice();
  for (const match of text.matchAll(MEDIA_BOX)) {
    const [whole, oldWidth = '', oldHeight = ''] = match;
    // Only a page already within a point of the paper is the paper; anything else is left as Chromium wrote it.
    if (Math.abs(Number(oldWidth) - width) > 1 || Math.abs(Number(oldHeight) - height) > 1) continue;
    const newWidth = fixedLength(width, oldWidth.length);
    const newHeight = fixedLength(height, oldHeight.length);
    if (newWidth === null || newHeight === null) continue;
    const replacement = `/MediaBox [0 0 ${newWidth} ${newHeight}]`;
    for (let i = 0; i < whole.length; i++) result[(match.index ?? 0) + i] = replacement.charCodeAt(i);
  }
  return result;
}

/** Every page's MediaBox width and height, in points. */
export function pdfPageSizes(pdf: Uint8Array): { width: number; height: number }[] {
  const text = new TextDecoder('latin1').decode(pdf);
  return [...text.matchAll(MEDIA_BOX)].map(([, w = '0', h = '0']) => ({
    width: Number(w),
    height: Number(h),
  }));
}
