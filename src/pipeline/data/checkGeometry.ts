/**
 * Checks the country geometry the app ships (geo/countries.topo.json) at build start, so a broken file fails the
 * build instead of the reader's map: a quantized Topology with `countries` and `points`, every country a polygon
 * with a unique id and arcs that exist, every label point on a country and inside the world, and every country
 * with a role in the data drawn. Each problem names the file, the record and the field. Node only.
 */
import { readFileSync } from 'node:fs';
import { DataError, type DataProblem } from '../../core/model/DataError.ts';
import type { AtlasData } from '../../core/model/types.ts';
import { displayName } from '../displayName.ts';

export interface CheckedGeometry {
  /** Ids of the countries drawn, disputed areas included. */
  countryIds: Set<string>;
}

type Report = (record: string, field: string, message: string) => void;
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const isPair = (value: unknown): value is [number, number] =>
  Array.isArray(value) && value.length >= 2 && isFiniteNumber(value[0]) && isFiniteNumber(value[1]);
const quote = (value: unknown) => (JSON.stringify(value) ?? String(value)).slice(0, 60);

/** Reads and checks a geometry file; throws a DataError listing every problem. */
export function loadGeometry(path: string): CheckedGeometry {
  const file = displayName(path);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const message =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'file is missing'
        : `not valid JSON: ${(error as Error).message}`;
    throw new DataError([{ file, record: '', field: '', message }]);
  }
  return checkGeometry(json, file);
}

/** Checks a parsed geometry file (`file` is the name errors use); throws a DataError listing every problem. */
export function checkGeometry(json: unknown, file: string): CheckedGeometry {
  const problems: DataProblem[] = [];
  const report: Report = (record, field, message) => problems.push({ file, record, field, message });
  const countryIds = new Set<string>();

  if (!isObject(json) || json.type !== 'Topology') {
    report('', 'type', `must be "Topology", not ${quote(isObject(json) ? json.type : json)}`);
    throw new DataError(problems);
  }
  const toDegrees = checkTransform(json.transform, report);
  const arcCount = checkArcs(json.arcs, toDegrees, json.transform !== undefined, report);
  const objects = isObject(json.objects) ? json.objects : {};
  const countries = collection(objects, 'countries', report);
  const points = collection(objects, 'points', report);

  const firstIndex = new Map<string, number>();
  countries.forEach((geometry, index) => {
    const id = isObject(geometry) ? geometry.id : undefined;
    const record = typeof id === 'string' && id !== '' ? `countries ${id}` : `countries[${index}]`;
    if (!isObject(geometry)) return report(record, '', 'must be an object');
    if (typeof id !== 'string' || id.trim() === '') {
      report(record, 'id', id === undefined ? 'missing' : `${quote(id)} is not a country id`);
    } else if (firstIndex.has(id)) {
      report(record, 'id', `duplicate id (also countries[${firstIndex.get(id)}])`);
    } else {
      firstIndex.set(id, index);
      countryIds.add(id);
    }
    checkPolygonArcs(geometry, arcCount, (field, message) => report(record, field, message));
  });

  points.forEach((geometry, index) => {
    const id = isObject(geometry) ? geometry.id : undefined;
    const record = typeof id === 'string' && id !== '' ? `points ${id}` : `points[${index}]`;
    if (!isObject(geometry)) return report(record, '', 'must be an object');
    if (geometry.type !== 'Point') report(record, 'type', `must be "Point", not ${quote(geometry.type)}`);
    if (typeof id !== 'string' || !countryIds.has(id))
      report(record, 'id', `${quote(id)} is not the id of a country in this file`);
    if (!isPair(geometry.coordinates)) {
      report(record, 'coordinates', `${quote(geometry.coordinates)} is not a [x, y] position`);
      return;
    }
    const [lng, lat] = toDegrees(geometry.coordinates);
    if (!inWorld(lng, lat))
      report(record, 'coordinates', `[${lng}, ${lat}] is outside the world (longitude ±180°, latitude ±90°)`);
  });

  if (problems.length > 0) throw new DataError(problems);
  return { countryIds };
}

/**
 * Every country with a role, a chair or a summit must be drawn, or the reader could never click it.
 * `dataFile(name)` gives the name errors use for a data file, e.g. `data/memberships.json`.
 */
export function checkCountriesDrawn(
  data: AtlasData,
  geometry: CheckedGeometry,
  geometryFile: string,
  dataFile: (name: string) => string,
): void {
  const problems: DataProblem[] = [];
  const check = (file: string, record: string, country: string) => {
    if (!geometry.countryIds.has(country))
      problems.push({
        file: dataFile(file),
        record,
        field: 'country',
        message: `"${country}" is not drawn on the map (no such country in ${geometryFile})`,
      });
  };
  for (const m of data.memberships) check('memberships.json', `${m.org}/${m.country}`, m.country);
  for (const c of data.chairs) check('chairs.json', `${c.org} chair ${c.country} ${c.from}`, c.country);
  for (const s of data.summits) check('summits.json', `${s.org} summit ${s.date}`, s.country);
  if (problems.length > 0) throw new DataError(problems);
}

function checkTransform(
  transform: unknown,
  report: Report,
): (position: [number, number]) => [number, number] {
  if (transform === undefined) return ([x, y]) => [x, y];
  if (!isObject(transform) || !isPair(transform.scale) || !isPair(transform.translate)) {
    report('', 'transform', 'must have a numeric scale [x, y] and translate [x, y]');
    return ([x, y]) => [x, y];
  }
  const [sx, sy] = transform.scale;
  const [tx, ty] = transform.translate;
  return ([x, y]) => [x * sx + tx, y * sy + ty];
}

/** Checks every arc's positions (delta-encoded when quantized) and returns how many arcs there are. */
function checkArcs(
  arcs: unknown,
  toDegrees: (position: [number, number]) => [number, number],
  quantized: boolean,
  report: Report,
): number {
  if (!Array.isArray(arcs)) {
    report('', 'arcs', 'must be a list of arcs');
    return 0;
  }
  arcs.forEach((arc, index) => {
    if (!Array.isArray(arc) || arc.length < 2) {
      report(`arcs[${index}]`, '', 'must list at least two positions');
      return;
    }
    let x = 0;
    let y = 0;
    for (let i = 0; i < arc.length; i++) {
      const position = arc[i];
      if (!isPair(position)) {
        report(`arcs[${index}]`, `[${i}]`, `${quote(position)} is not a [x, y] position`);
        return;
      }
      [x, y] = quantized ? [x + position[0], y + position[1]] : position;
      const [lng, lat] = toDegrees([x, y]);
      if (!inWorld(lng, lat)) {
        report(`arcs[${index}]`, `[${i}]`, `reaches [${lng}, ${lat}], outside the world`);
        return;
      }
    }
  });
  return arcs.length;
}

function collection(objects: Json, name: 'countries' | 'points', report: Report): unknown[] {
  const object = objects[name];
  if (!isObject(object) || object.type !== 'GeometryCollection' || !Array.isArray(object.geometries)) {
    report('', `objects.${name}`, 'must be a GeometryCollection with a list of geometries');
    return [];
  }
  return object.geometries;
}

/** A country is a Polygon (a list of rings) or a MultiPolygon (a list of polygons); a ring lists arc indices. */
function checkPolygonArcs(
  geometry: Json,
  arcCount: number,
  report: (field: string, message: string) => void,
) {
  const polygons =
    geometry.type === 'Polygon'
      ? [geometry.arcs]
      : geometry.type === 'MultiPolygon'
        ? geometry.arcs
        : undefined;
  if (polygons === undefined) {
    report('type', `must be "Polygon" or "MultiPolygon", not ${quote(geometry.type)}`);
    return;
  }
  if (!Array.isArray(polygons) || polygons.length === 0) {
    report('arcs', 'lists no polygon');
    return;
  }
  const prefix = geometry.type === 'Polygon' ? (_p: number) => 'arcs' : (p: number) => `arcs[${p}]`;
  polygons.forEach((rings, p) => {
    if (!Array.isArray(rings) || rings.length === 0) return report(prefix(p), 'lists no ring');
    rings.forEach((ring, r) => {
      if (!Array.isArray(ring) || ring.length === 0) return report(`${prefix(p)}[${r}]`, 'lists no arc');
      ring.forEach((arc, a) => {
        // A negative index ~i walks arc i backwards.
        const index = Number.isInteger(arc) ? (arc < 0 ? ~arc : arc) : -1;
        if (index < 0 || index >= arcCount)
          report(`${prefix(p)}[${r}][${a}]`, `arc ${quote(arc)} does not exist (there are ${arcCount} arcs)`);
      });
    });
  });
}

function inWorld(lng: number, lat: number): boolean {
  // Quantization may round a point on the antimeridian or a pole a hair past it.
  const slack = 1e-6;
  return Math.abs(lng) <= 180 + slack && Math.abs(lat) <= 90 + slack;
}
