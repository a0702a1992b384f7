/**
 * Helpers for driving the real atlas in Chromium: open it at a known view, find where a place is drawn (Web
 * Mercator, the way MapLibre projects it) and read the colour a reader sees there.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { MultiPolygon, Point, Polygon } from 'geojson';

export interface View {
  zoom: number;
  lat: number;
  lng: number;
}

const topology = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../geo/countries.topo.json'), 'utf8'),
) as Topology;

/** The label (or marker) point the geometry gives a country: a point inside it. */
export function countryPoint(code: string, kind: 'label' | 'marker' = 'label'): [number, number] {
  const points = feature(topology, topology.objects.points as GeometryCollection);
  const found = points.features.find(
    (f) => f.id === code && (f.properties as Record<string, unknown> | null)?.[kind] === true,
  );
  if (!found) throw new Error(`no ${kind} point for ${code}`);
  return (found.geometry as Point).coordinates as [number, number];
}

/** The northernmost point of a country's outline, where a line drawn along its border runs. */
export function northernmostBorderPoint(code: string): [number, number] {
  const shapes = feature(topology, topology.objects.countries as GeometryCollection);
  const rings = shapes.features
    .filter((f) => f.id === code)
    .flatMap((f) => {
      const geometry = f.geometry as Polygon | MultiPolygon;
      return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
    });
  const vertices = rings.flat() as [number, number][];
  if (vertices.length === 0) throw new Error(`no shape for ${code}`);
  return vertices.reduce((north, vertex) => (vertex[1] > north[1] ? vertex : north));
}

export async function openAtlas(
  page: Page,
  baseUrl: string,
  { query = '', view }: { query?: string; view?: View } = {},
) {
  const hash = view ? `#${view.zoom}/${view.lat}/${view.lng}` : '';
  await page.goto(`${baseUrl}${query}${hash}`);
  await page.waitForFunction(() => document.body.dataset.mapIdle === 'true', undefined, { timeout: 45_000 });
}

/**
 * Waits until MapLibre has drawn every change: a change answering an input reaches the map four animation frames
 * later (src/app/map/afterNextPaint.ts), and the canvas is re-rendered on the frames after that.
 */
export async function settle(page: Page) {
  await page.evaluate(async () => {
    for (let frame = 0; frame < 6; frame++) await new Promise((done) => requestAnimationFrame(done));
    await new Promise((done) => setTimeout(done, 150));
  });
}

function mercatorY(lat: number): number {
  const sin = Math.sin((lat * Math.PI) / 180);
  return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
}

/** Page coordinates of a longitude/latitude on a map showing `view` in the canvas at `box`. */
export function project(
  [lng, lat]: [number, number],
  view: View,
  box: { x: number; y: number; width: number; height: number },
): { x: number; y: number } {
  const worldSize = 512 * 2 ** view.zoom;
  const dx = ((lng - view.lng) / 360) * worldSize;
  const dy = (mercatorY(lat) - mercatorY(view.lat)) * worldSize;
  return { x: box.x + box.width / 2 + dx, y: box.y + box.height / 2 + dy };
}

export async function canvasBox(page: Page) {
  const box = await page.locator('.maplibregl-canvas').boundingBox();
  if (!box) throw new Error('the map canvas is not on the page');
  return box;
}

/** The RGB colour shown at a page point, read from a real screenshot. */
export async function colourAt(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const [colour] = await coloursAround(page, x, y, 0);
  if (!colour) throw new Error(`no pixel read at ${x}, ${y}`);
  return colour;
}

/** The colours shown in the square of `radius` pixels around a page point, from one real screenshot. */
export async function coloursAround(
  page: Page,
  x: number,
  y: number,
  radius: number,
): Promise<[number, number, number][]> {
  const side = 2 * radius + 1;
  const png = await page.screenshot({
    clip: { x: Math.round(x) - radius, y: Math.round(y) - radius, width: side, height: side },
  });
  return page.evaluate(
    async ({ base64, side }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = side;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2D canvas');
      context.drawImage(image, 0, 0);
      const data = context.getImageData(0, 0, side, side).data;
      const colours: [number, number, number][] = [];
      for (let i = 0; i < data.length; i += 4)
        colours.push([data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0]);
      return colours;
    },
    { base64: png.toString('base64'), side },
  );
}

/** How close the colours around a country's northernmost border point come to `hex`: near 0 where outlined. */
export async function borderColourDistance(page: Page, code: string, view: View, hex: string) {
  await settle(page);
  const point = project(northernmostBorderPoint(code), view, await canvasBox(page));
  const colours = await coloursAround(page, point.x, point.y, 2);
  return Math.min(...colours.map((colour) => colourDistance(colour, hexToRgb(hex))));
}

export function hexToRgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

export function colourDistance(a: readonly number[], b: readonly number[]): number {
  return Math.hypot((a[0] ?? 0) - (b[0] ?? 0), (a[1] ?? 0) - (b[1] ?? 0), (a[2] ?? 0) - (b[2] ?? 0));
}
