/**
 * Projected geometry as compact SVG path data: coordinates on a 0.1 px grid, written relative to the previous
 * point, and points closer than `minStep` to the last one dropped. At print sizes that loses nothing visible and
 * keeps a whole-world SVG small.
 */
import { geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';

const GRID = 10;

class CompactPathContext {
  private parts: string[] = [];
  private lastX = 0;
  private lastY = 0;
  private ringStart = true;
  private startX = 0;
  private startY = 0;
  private pendingX = 0;
  private pendingY = 0;
  private hasPending = false;
  private readonly minStep: number;

  constructor(minStep: number) {
    this.minStep = minStep * GRID;
  }

  moveTo(x: number, y: number) {
    this.flush();
    const gx = Math.round(x * GRID);
    const gy = Math.round(y * GRID);
    this.parts.push(
      this.parts.length === 0
        ? `M${format(gx)},${format(gy)}`
        : `m${format(gx - this.lastX)},${format(gy - this.lastY)}`,
    );
    this.lastX = this.startX = gx;
    this.lastY = this.startY = gy;
    this.ringStart = true;
  }

  lineTo(x: number, y: number) {
    const gx = Math.round(x * GRID);
    const gy = Math.round(y * GRID);
    if (Math.hypot(gx - this.lastX, gy - this.lastY) < this.minStep) {
      // Remember the skipped point: a ring's last point is kept even when it is close, so its shape closes right.
      this.pendingX = gx;
      this.pendingY = gy;
      this.hasPending = true;
      return;
    }
    this.emit(gx, gy);
  }

  closePath() {
    this.flush();
    this.parts.push('z');
    // After `z` the current point is the ring's first point: the next relative move starts from there.
    this.lastX = this.startX;
    this.lastY = this.startY;
  }

  beginPath() {}

  arc() {
    // Points are not drawn as paths in an export; markers are circles of their own.
  }

  private flush() {
    if (this.hasPending && (this.pendingX !== this.lastX || this.pendingY !== this.lastY)) {
      this.emit(this.pendingX, this.pendingY);
    }
    this.hasPending = false;
  }

  private emit(gx: number, gy: number) {
    this.hasPending = false;
    const step = `${format(gx - this.lastX)},${format(gy - this.lastY)}`;
    this.parts.push(this.ringStart ? `l${step}` : ` ${step}`);
    this.ringStart = false;
    this.lastX = gx;
    this.lastY = gy;
  }

  result(): string {
    this.flush();
    return this.parts.join('');
  }
}

/** A grid value (tenths of a pixel) as the shortest decimal. */
function format(tenths: number): string {
  if (tenths % GRID === 0) return String(tenths / GRID);
  const sign = tenths < 0 ? '-' : '';
  const abs = Math.abs(tenths);
  return `${sign}${Math.floor(abs / GRID)}.${abs % GRID}`;
}

/** SVG path data of a geographic object under a projection; empty when nothing of it is visible. */
export function projectedPath(
  object: GeoPermissibleObjects,
  projection: GeoProjection,
  minStep = 0.4,
): string {
  const context = new CompactPathContext(minStep);
  geoPath(projection, context).pointRadius(0)(object);
  return context.result();
}
