/**
 * Draws the map's first view on a 2D canvas the way MapLibre's style does (src/app/map/mapStyle.ts): Web Mercator
 * on MapLibre's camera, the same fills, white borders, dashed disputed areas, markers for small states, the
 * selected outline and the large countries' names, placed largest first without overlaps. It is shown while
 * MapLibre loads, so its sizes follow the style's zoom curves at the camera's zoom.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { geoMercator, geoPath } from 'd3-geo';
import {
  BORDER_COLOUR,
  CATEGORY_COLOURS,
  DISPUTED_COLOUR,
  LAND_COLOUR,
  SEA_COLOUR,
  SELECTED_OUTLINE,
} from '../../core/palette.ts';
import type { MapCategory } from '../../core/model/categories.ts';
import { MAX_ZOOM, MIN_ZOOM, WORLD_TILE_SIZE, type Camera } from './openingView.ts';

export interface EarlyMapScene {
  width: number;
  height: number;
  camera: Camera;
  countries: FeatureCollection;
  points: FeatureCollection;
  categories: ReadonlyMap<string, MapCategory>;
  selected: string | null;
  /** The name to label a country with, in the reader's language. */
  name: (code: string) => string;
  dir: 'ltr' | 'rtl';
  fontFamily: string;
}

/** Names of countries this large show at world zoom (the style's `labels-large`); the rest from zoom 3. */
const LARGE_LABEL_KM2 = 900_000;
const SMALL_LABELS_FROM_ZOOM = 3;

/** The style's `['interpolate', ['linear'], ['zoom'], z0, v0, z1, v1]`. */
function atZoom(zoom: number, [z0, v0]: [number, number], [z1, v1]: [number, number]): number {
  const t = Math.min(1, Math.max(0, (zoom - z0) / (z1 - z0)));
  return v0 + (v1 - v0) * t;
}

const idOf = (feature: Feature) => String(feature.properties?.id ?? feature.id ?? '');

function fillOf(feature: Feature, categories: EarlyMapScene['categories']): string {
  if (feature.properties?.disputed === true) return DISPUTED_COLOUR;
  const category = categories.get(idOf(feature));
  return category ? CATEGORY_COLOURS[category] : LAND_COLOUR;
}

/** Splits a name longer than the style's `text-max-width` (7 ems) at the space nearest its middle. */
function labelLines(context: CanvasRenderingContext2D, text: string, size: number): string[] {
  if (context.measureText(text).width <= 7 * size || !text.includes(' ')) return [text];
  const middle = text.length / 2;
  let best = -1;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1))
    if (best === -1 || Math.abs(i - middle) < Math.abs(best - middle)) best = i;
  return [text.slice(0, best), text.slice(best + 1)];
}

export function drawEarlyMap(context: CanvasRenderingContext2D, scene: EarlyMapScene): void {
  const { width, height, camera } = scene;
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, camera.zoom));
  const projection = geoMercator()
    .scale((WORLD_TILE_SIZE * 2 ** zoom) / (2 * Math.PI))
    .center([camera.lng, camera.lat])
    .translate([width / 2, height / 2])
    // The shapes' vertices are close together: no resampling between them (it only adds points to draw).
    .precision(0)
    .clipExtent([
      [-2, -2],
      [width + 2, height + 2],
    ]);
  const path = geoPath(projection, context);

  context.fillStyle = SEA_COLOUR;
  context.fillRect(0, 0, width, height);

  const byId = new Map<string, Feature[]>();
  for (const feature of scene.countries.features) {
    const id = idOf(feature);
    byId.set(id, [...(byId.get(id) ?? []), feature]);
    context.beginPath();
    path(feature);
    context.fillStyle = fillOf(feature, scene.categories);
    context.fill();
  }

  context.lineJoin = 'round';
  context.strokeStyle = BORDER_COLOUR;
  context.lineWidth = atZoom(zoom, [1, 0.4], [6, 1.2]);
  context.beginPath();
  for (const feature of scene.countries.features) path(feature);
  context.stroke();

  const disputed = scene.countries.features.filter((f) => f.properties?.disputed === true);
  context.strokeStyle = '#8c877d';
  context.lineWidth = 0.8;
  context.setLineDash([1.6, 1.6]);
  context.beginPath();
  for (const feature of disputed) path(feature);
  context.stroke();
  context.setLineDash([]);

  if (scene.selected) {
    context.strokeStyle = SELECTED_OUTLINE;
    context.lineWidth = 2.6;
    context.beginPath();
    for (const feature of byId.get(scene.selected) ?? []) path(feature);
    context.stroke();
  }

  const placed = scene.points.features.flatMap((feature) => {
    const at = projection((feature as Feature<Point>).geometry.coordinates as [number, number]);
    return at ? [{ feature, x: at[0], y: at[1] }] : [];
  });

  for (const { feature, x, y } of placed) {
    if (feature.properties?.marker !== true) continue;
    const category = scene.categories.get(idOf(feature));
    context.beginPath();
    context.arc(x, y, atZoom(zoom, [1, category ? 4.5 : 3], [6, 7]), 0, 2 * Math.PI);
    context.fillStyle = category ? CATEGORY_COLOURS[category] : LAND_COLOUR;
    context.fill();
    context.lineWidth = scene.selected === idOf(feature) ? 2.5 : 1;
    context.strokeStyle = scene.selected === idOf(feature) ? SELECTED_OUTLINE : '#ffffff';
    context.stroke();
  }

  const size = atZoom(zoom, [1, 10], [5, 14]);
  context.font = `${size}px ${scene.fontFamily}`;
  context.direction = scene.dir;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.lineWidth = 2.4;
  context.strokeStyle = 'rgba(255,255,255,0.85)';
  context.fillStyle = '#2b2b28';
  const labels = placed
    .filter(({ feature }) => {
      const p = feature.properties ?? {};
      return p.label === true && (Number(p.areaKm2) >= LARGE_LABEL_KM2 || zoom >= SMALL_LABELS_FROM_ZOOM);
    })
    .sort((a, b) => Number(b.feature.properties?.areaKm2) - Number(a.feature.properties?.areaKm2));
  const taken: { x0: number; y0: number; x1: number; y1: number }[] = [];
  const lineHeight = size * 1.2;
  for (const { feature, x, y } of labels) {
    const lines = labelLines(context, scene.name(idOf(feature)), size);
    const half = Math.max(...lines.map((line) => context.measureText(line).width)) / 2 + 2;
    const box = {
      x0: x - half,
      x1: x + half,
      y0: y - (lines.length * lineHeight) / 2 - 2,
      y1: y + (lines.length * lineHeight) / 2 + 2,
    };
    if (box.x1 < 0 || box.x0 > width || box.y1 < 0 || box.y0 > height) continue;
    if (taken.some((t) => t.x0 < box.x1 && box.x0 < t.x1 && t.y0 < box.y1 && box.y0 < t.y1)) continue;
    taken.push(box);
    lines.forEach((line, i) => {
      // MapLibre centres a line on its glyphs' box, which sits a little lower than the canvas's `middle`.
      const ly = y + (i - (lines.length - 1) / 2) * lineHeight + size * 0.15;
      context.strokeText(line, x, ly);
      context.fillText(line, x, ly);
    });
  }
}
