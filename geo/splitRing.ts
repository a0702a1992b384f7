import type { Position } from 'geojson';

/**
 * Splits a closed ring in two along a line whose ends lie on the ring (each within `tolerance` degrees of it).
 * An end near a vertex is snapped to that vertex; otherwise it is inserted into the nearest edge. Both parts keep
 * the ring's winding and share the line's points exactly, so a topology sees one common border.
 */
export function splitRingAlongLine(
  ring: Position[],
  line: Position[],
  tolerance: number,
): [Position[], Position[]] {
  if (line.length < 2) throw new Error('splitRingAlongLine: the line needs two points');
  let open = ring.slice(0, -1);
  const start = attach(open, line[0] ?? [], tolerance);
  open = start.ring;
  const end = attach(open, line.at(-1) ?? [], tolerance);
  open = end.ring;
  let from = start.index;
  const to = end.index;
  if (end.inserted && to <= from) from += 1;
  if (from === to) throw new Error('splitRingAlongLine: both ends of the line meet the ring at one point');

  const inner = line.slice(1, -1);
  const forward = walk(open, from, to);
  const backward = walk(open, to, from);
  const first = [...forward, ...[...inner].reverse(), forward[0] ?? []];
  const second = [...backward, ...inner, backward[0] ?? []];
  return [first, second];
}

/** Ring vertices from index `from` to index `to`, both included, going forward and wrapping round. */
function walk(open: Position[], from: number, to: number): Position[] {
  const out: Position[] = [];
  for (let i = from; ; i = (i + 1) % open.length) {
    out.push(open[i] ?? []);
    if (i === to) return out;
  }
}

function attach(
  open: Position[],
  point: Position,
  tolerance: number,
): { ring: Position[]; index: number; inserted: boolean } {
  let nearestVertex = -1;
  let vertexDistance = Infinity;
  let nearestEdge = -1;
  let edgeDistance = Infinity;
  open.forEach((vertex, i) => {
    const d = distance(vertex, point);
    if (d < vertexDistance) [nearestVertex, vertexDistance] = [i, d];
    const e = distanceToSegment(point, vertex, open[(i + 1) % open.length] ?? vertex);
    if (e < edgeDistance) [nearestEdge, edgeDistance] = [i, e];
  });
  if (vertexDistance <= tolerance) return { ring: open, index: nearestVertex, inserted: false };
  if (edgeDistance <= tolerance) {
    const ring = [...open.slice(0, nearestEdge + 1), point, ...open.slice(nearestEdge + 1)];
    return { ring, index: nearestEdge + 1, inserted: true };
  }
  throw new Error(
    `splitRingAlongLine: the line end ${point.join(', ')} is ${edgeDistance.toFixed(4)}° from the ring`,
  );
}

/** The shortest planar distance, in degrees, from a point to a closed ring's edges. */
export function distanceToRing(ring: Position[], point: Position): number {
  let nearest = Infinity;
  for (let i = 1; i < ring.length; i++) {
    nearest = Math.min(nearest, distanceToSegment(point, ring[i - 1] ?? [], ring[i] ?? []));
  }
  return nearest;
}

function distance([ax = 0, ay = 0]: Position, [bx = 0, by = 0]: Position): number {
  return Math.hypot(ax - bx, ay - by);
}

function distanceToSegment(p: Position, a: Position, b: Position): number {
  const [px = 0, py = 0] = p;
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
