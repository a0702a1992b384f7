/**
 * Polylabel (Agafonkin 2016): the point inside a polygon farthest from every edge, where a name has the most room.
 * Used by the geometry build for each country's label point and by the map for the part of a country in view.
 */
import type { Position } from 'geojson';

interface Cell {
  x: number;
  y: number;
  /** Half the cell's side. */
  h: number;
  /** Signed distance from the cell's centre to the polygon's edges, positive inside. */
  d: number;
  /** The largest distance any point in the cell can have. */
  max: number;
}

/** Quad-tree search, to within `1 / precisionFraction` of the polygon's smaller side. */
export function poleOfInaccessibility(polygon: Position[][], precisionFraction = 500): Position {
  const outer = polygon[0] ?? [];
  const xs = outer.map(([x = 0]) => x);
  const ys = outer.map(([, y = 0]) => y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const size = Math.min(maxX - minX, maxY - minY);
  if (!(size > 0)) return [minX, minY];
  const precision = size / precisionFraction;

  const makeCell = (x: number, y: number, h: number): Cell => {
    const d = signedDistance(x, y, polygon);
    return { x, y, h, d, max: d + h * Math.SQRT2 };
  };
  const queue = new MaxHeap<Cell>((cell) => cell.max);
  for (let x = minX; x < maxX; x += size) {
    for (let y = minY; y < maxY; y += size) queue.push(makeCell(x + size / 2, y + size / 2, size / 2));
  }
  let best = makeCell((minX + maxX) / 2, (minY + maxY) / 2, 0);
  for (let cell = queue.pop(); cell; cell = queue.pop()) {
    if (cell.d > best.d) best = cell;
    if (cell.max - best.d <= precision) continue;
    const h = cell.h / 2;
    queue.push(makeCell(cell.x - h, cell.y - h, h));
    queue.push(makeCell(cell.x + h, cell.y - h, h));
    queue.push(makeCell(cell.x - h, cell.y + h, h));
    queue.push(makeCell(cell.x + h, cell.y + h, h));
  }
  return [best.x, best.y];
}

function signedDistance(px: number, py: number, polygon: Position[][]): number {
  let inside = false;
  let nearest = Infinity;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax = 0, ay = 0] = ring[i] ?? [];
      const [bx = 0, by = 0] = ring[j] ?? [];
      if (ay > py !== by > py && px < ((bx - ax) * (py - ay)) / (by - ay) + ax) inside = !inside;
      nearest = Math.min(nearest, segmentDistance(px, py, ax, ay, bx, by));
    }
  }
  return inside ? nearest : -nearest;
}

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

class MaxHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly key: (item: T) => number) {}

  push(item: T): void {
    const items = this.items;
    items.push(item);
    for (let i = items.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (this.key(items[parent] as T) >= this.key(items[i] as T)) break;
      [items[parent], items[i]] = [items[i] as T, items[parent] as T];
      i = parent;
    }
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    items[0] = last;
    for (let i = 0; ;) {
      const [left, right] = [2 * i + 1, 2 * i + 2];
      let largest = i;
      if (left < items.length && this.key(items[left] as T) > this.key(items[largest] as T)) largest = left;
      if (right < items.length && this.key(items[right] as T) > this.key(items[largest] as T))
        largest = right;
      if (largest === i) return top;
      [items[largest], items[i]] = [items[i] as T, items[largest] as T];
      i = largest;
    }
  }
}
