/**
 * PNG in the browser: the display list drawn on a 2D canvas of exactly the output size, then encoded.
 * This never reads MapLibre's WebGL canvas, so its `maxCanvasSize` limit (4096 px, which would silently clamp
 * A3 at 300 dpi) does not apply, and there is no blank frame to wait out.
 */
import { drawToCanvas } from './canvasRenderer.ts';
import type { DisplayList } from '../../core/export/displayList.ts';
import { withPrintDensity } from '../../core/export/pngDensity.ts';

/** The page declares Noto Sans Arabic through CSS but loads a face only once text needs it; a canvas cannot wait. */
export async function loadExportFonts(weights: readonly number[] = [400, 600, 700]): Promise<void> {
  if (!('fonts' in document)) return;
  await Promise.all(
    weights.flatMap((weight) => [
      document.fonts.load(`${weight} 16px "Noto Sans Arabic"`, 'عربي'),
      document.fonts.load(`${weight} 16px "Noto Sans Arabic"`, 'Latin 0123'),
    ]),
  );
}

export async function renderPng(list: DisplayList, dpi?: number): Promise<Blob> {
  await loadExportFonts();
  const canvas = document.createElement('canvas');
  canvas.width = list.width;
  canvas.height = list.height;
  // A CPU-backed canvas: the whole image is read back for encoding anyway, and a GPU canvas of 3508 × 2480 px
  // (emulated where there is no GPU) took three times as long to draw and read back.
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error(`the browser could not make a ${list.width} × ${list.height} canvas`);
  drawToCanvas(list, ctx);
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (result) => (result ? resolve(result) : reject(new Error('the PNG could not be encoded'))),
      'image/png',
    ),
  );
  // Free the large canvas now rather than at the next collection.
  canvas.width = canvas.height = 0;
  if (!dpi) return blob;
  const bytes = withPrintDensity(new Uint8Array(await blob.arrayBuffer()), dpi);
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' });
}
