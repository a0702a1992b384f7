/**
 * The export's page layout: title block, map, legend band and source line, laid out for one output size and
 * language and returned as a display list that the SVG and canvas renderers draw. Pure: no DOM, runs in Node.
 *
 * Sizes scale with the page (`unit` is a thousandth of its shorter side), so a screen-sized PNG and an A3 sheet
 * at 300 dpi look alike. Arabic mirrors the layout: text and legend run from the right edge.
 */
import type { FeatureCollection } from 'geojson';
import { geoPath, type GeoProjection } from 'd3-geo';
import {
  BORDER_COLOUR,
  CATEGORY_COLOURS,
  DISPUTED_COLOUR,
  LAND_COLOUR,
  SEA_COLOUR,
  SELECTED_OUTLINE,
} from '../palette.ts';
import type { MapCategory } from '../model/categories.ts';
import type { Iso3, OrgId } from '../model/types.ts';
import { CHAIR_COLOUR, CHAIR_OFFSETS, CHAIR_RING, chairSymbolPath } from '../chairSymbols.ts';
import { nameOf } from '../i18n/countryNames.ts';
import type {
  CircleItem,
  DisplayItem,
  DisplayList,
  PathItem,
  Rect,
  RectItem,
  TextAnchor,
  TextItem,
} from './displayList.ts';
import { exportText, type ExportModel, type ExportScene, type ExportText } from './exportText.ts';
import { patternMarks, rectPathData, type PatternStyle } from './fillPatterns.ts';
import { darken, needsPattern } from './lightness.ts';
import { projectedPath } from './pathData.ts';
import { createProjection, type ExportView, type ProjectionKind } from './projection.ts';
import { estimateTextWidth, fitTextSize } from './textMetrics.ts';

export interface CountryShapeProperties {
  id: Iso3;
  disputed?: boolean;
}

export interface PlacePointProperties {
  id: Iso3;
  label?: boolean;
  marker?: boolean;
  areaKm2?: number;
}

/** The committed geometry, as the app decodes it (`decodeCountries`): shapes and label/marker points. */
export interface ExportGeometry {
  countries: FeatureCollection;
  points: FeatureCollection;
}

export interface ExportOptions {
  width: number;
  height: number;
  view: ExportView;
  projection: ProjectionKind;
  title: boolean;
  legend: boolean;
  source: boolean;
  date: boolean;
}

export const DEFAULT_OPTIONS: Omit<ExportOptions, 'width' | 'height'> = {
  view: 'world',
  projection: 'mercator',
  title: true,
  legend: true,
  source: true,
  date: true,
};

const INK = '#1d1d1b';
const MUTED = '#5c5a55';
const RULE = '#d8d4cc';
const DISPUTED_INK = '#8c877d';

interface Frame {
  unit: number;
  margin: number;
  width: number;
  height: number;
  rtl: boolean;
  text: ExportText;
  scene: ExportScene;
}

/** Output x of a point `offset` pixels from the start edge (the left edge, or the right one in Arabic). */
const fromStart = (frame: Frame, offset: number) =>
  frame.rtl ? frame.width - frame.margin - offset : frame.margin + offset;

function label(
  frame: Frame,
  text: string,
  x: number,
  y: number,
  size: number,
  extra: Partial<Omit<TextItem, 'kind' | 'text' | 'x' | 'y' | 'size'>> = {},
): TextItem {
  return {
    kind: 'text',
    text,
    x,
    y,
    size,
    weight: 400,
    anchor: 'start',
    direction: frame.rtl ? 'rtl' : 'ltr',
    lang: frame.scene.lang,
    fill: INK,
    ...extra,
  };
}

/** The pattern laid over a fill, if it needs one: hatching for disputed areas, dots for fills close to land. */
function patternOf(category: MapCategory | undefined, disputed: boolean, unit: number): PatternStyle | null {
  if (disputed) return { kind: 'hatch', tile: 6 * unit, ink: DISPUTED_INK, mark: 0.9 * unit };
  if (category && needsPattern(category)) {
    return { kind: 'dots', tile: 7 * unit, ink: darken(CATEGORY_COLOURS[category], 0.45), mark: 2.3 * unit };
  }
  return null;
}

function fillOf(category: MapCategory | undefined, disputed: boolean): string {
  return disputed ? DISPUTED_COLOUR : category ? CATEGORY_COLOURS[category] : LAND_COLOUR;
}

/** A shape followed by its pattern (if any), clipped to the shape. */
function withPattern(
  shape: PathItem | RectItem,
  pattern: PatternStyle | null,
  box: Rect,
  id: string,
): DisplayItem[] {
  if (!pattern) return [shape];
  const clipPath = shape.kind === 'path' ? shape.d : rectPathData(shape);
  return [shape, { kind: 'group', id, clipPath, items: [patternMarks(pattern, box)] }];
}

function header(frame: Frame, options: ExportOptions): { items: DisplayItem[]; bottom: number } {
  const { unit, margin, text } = frame;
  const available = frame.width - 2 * margin;
  const items: DisplayItem[] = [];
  let top = margin;
  if (options.title) {
    const size = fitTextSize(text.title, 30 * unit, available, 700);
    items.push(
      label(frame, text.title, fromStart(frame, 0), top + size, size, { weight: 700, role: 'title' }),
    );
    top += size * 1.35;
  }
  if (options.title || options.date) {
    const subtitle = options.date ? text.subtitleWithDate : text.subtitle;
    const size = fitTextSize(subtitle, 17 * unit, available);
    items.push(
      label(frame, subtitle, fromStart(frame, 0), top + size, size, { fill: MUTED, role: 'subtitle' }),
    );
    top += size * 1.5;
  }
  return { items, bottom: items.length > 0 ? top + 8 * unit : top };
}

interface LegendEntry {
  swatch?: { category?: MapCategory; disputed?: boolean; chair?: OrgId };
  label: string;
  count?: string;
  category?: string;
  /** Starts a new line (chairs each get one). */
  newLine?: boolean;
  strong?: boolean;
}

function legendEntries(text: ExportText): LegendEntry[] {
  return [
    { label: text.legendTitle, strong: true },
    ...text.rows.map((row) => ({
      swatch: { category: row.category },
      label: row.label,
      count: row.countText,
      category: row.category,
    })),
    { swatch: {}, label: text.noRole, category: 'none' },
    { swatch: { disputed: true }, label: text.disputed, category: 'disputed' },
    ...text.chairs.map((chair) => ({
      swatch: { chair: chair.org },
      label: chair.label,
      newLine: true,
      category: `chair-${chair.org}`,
    })),
  ];
}

/** The legend as a band of items that wrap onto further lines, with its height. */
function legendBand(frame: Frame): { height: number; place: (top: number) => DisplayItem[] } {
  const { unit } = frame;
  const available = frame.width - 2 * frame.margin;
  const size = 14 * unit;
  const lineHeight = 25 * unit;
  const swatch = 15 * unit;
  const gap = 6 * unit;
  const placed: { entry: LegendEntry; line: number; offset: number; labelWidth: number }[] = [];
  let line = 0;
  let offset = 0;
  for (const entry of legendEntries(frame.text)) {
    const labelWidth = estimateTextWidth(entry.label, size, entry.strong ? 700 : 400);
    const width =
      (entry.swatch ? swatch + gap : 0) +
      labelWidth +
      (entry.count ? gap + estimateTextWidth(entry.count, size, 700) : 0);
    if (offset > 0 && (entry.newLine || offset + width > available)) {
      line += 1;
      offset = 0;
    }
    placed.push({ entry, line, offset, labelWidth });
    offset += width + 22 * unit;
  }
  const place = (top: number): DisplayItem[] =>
    placed.flatMap(({ entry, line: index, offset: start, labelWidth }) => {
      const lineTop = top + index * lineHeight;
      const baseline = lineTop + lineHeight / 2 + size * 0.36;
      const items: DisplayItem[] = [];
      let textStart = start;
      if (entry.swatch) {
        const { category, disputed = false, chair } = entry.swatch;
        const box = {
          x: frame.rtl ? fromStart(frame, start) - swatch : fromStart(frame, start),
          y: lineTop + (lineHeight - swatch) / 2,
          width: swatch,
          height: swatch,
        };
        if (chair) {
          items.push(chairMark(chair, box.x + swatch / 2, box.y + swatch / 2, swatch / 2, unit));
        } else {
          const rect: RectItem = {
            kind: 'rect',
            ...box,
            radius: 2.5 * unit,
            fill: fillOf(category, disputed),
            stroke: 'rgba(0,0,0,0.18)',
            strokeWidth: 0.8 * unit,
          };
          items.push(
            ...withPattern(rect, patternOf(category, disputed, unit), box, `swatch-${entry.category}`),
          );
        }
        textStart += swatch + gap;
      }
      items.push(
        label(frame, entry.label, fromStart(frame, textStart), baseline, size, {
          weight: entry.strong ? 700 : 400,
          fill: entry.strong ? MUTED : INK,
          role: entry.category ? `legend-${entry.category}` : 'legend-title',
        }),
      );
      if (entry.count) {
        items.push(
          label(frame, entry.count, fromStart(frame, textStart + labelWidth + gap), baseline, size, {
            weight: 700,
            role: `count-${entry.category}`,
          }),
        );
      }
      return items;
    });
  return { height: (line + 1) * lineHeight, place };
}

function inside(rect: Rect, x: number, y: number): boolean {
  return x >= rect.x && x <= rect.x + rect.width && y >= rect.y && y <= rect.y + rect.height;
}

function project(projection: GeoProjection, coordinates: number[]): [number, number] | null {
  const [lng = 0, lat = 0] = coordinates;
  const point = projection([lng, lat]);
  return point && Number.isFinite(point[0]) && Number.isFinite(point[1]) ? point : null;
}

function mapItems(
  frame: Frame,
  model: ExportModel,
  geometry: ExportGeometry,
  options: ExportOptions,
  mapRect: Rect,
): DisplayItem[] {
  const { unit, text, scene } = frame;
  const projection = createProjection(options.view, options.projection, mapRect);
  // Points nearer than half a printed pixel add bytes, not detail; screen sizes keep a finer step.
  const minStep = Math.min(0.4, 0.25 * unit);
  const equalEarth = options.projection === 'equal-earth';
  const sphere = equalEarth ? projectedPath({ type: 'Sphere' }, projection, minStep) : '';

  const shapes: DisplayItem[] = [];
  const bounds = geoPath(projection);
  let selectedShape: PathItem | null = null;
  for (const feature of geometry.countries.features) {
    const { id, disputed = false } = (feature.properties ?? {}) as Partial<CountryShapeProperties>;
    if (!id) continue;
    const d = projectedPath(feature, projection, minStep);
    if (!d) continue;
    const category = disputed ? undefined : text.categories.get(id);
    const shape: PathItem = {
      kind: 'path',
      d,
      iso: id,
      ...(category ? { category } : {}),
      fill: fillOf(category, disputed),
      stroke: disputed ? DISPUTED_INK : BORDER_COLOUR,
      strokeWidth: (disputed ? 0.6 : 0.5) * unit,
      ...(disputed ? { dash: [2 * unit, 2 * unit] } : {}),
    };
    const pattern = patternOf(category, disputed, unit);
    const [[x0, y0], [x1, y1]] = pattern
      ? bounds.bounds(feature)
      : [
          [0, 0],
          [0, 0],
        ];
    shapes.push(
      ...withPattern(shape, pattern, { x: x0, y: y0, width: x1 - x0, height: y1 - y0 }, `pattern-${id}`),
    );
    if (id === scene.selected && !disputed) {
      selectedShape = { kind: 'path', d, iso: id, stroke: SELECTED_OUTLINE, strokeWidth: 2.6 * unit };
    }
  }

  const markers: CircleItem[] = [];
  const labelPoints = new Map<Iso3, { x: number; y: number; area: number }>();
  const markerPoints = new Map<Iso3, { x: number; y: number; r: number }>();
  for (const point of geometry.points.features) {
    const {
      id,
      marker,
      label: isLabel,
      areaKm2 = 0,
    } = (point.properties ?? {}) as Partial<PlacePointProperties>;
    if (!id || point.geometry.type !== 'Point') continue;
    const at = project(projection, point.geometry.coordinates);
    if (!at || !inside(mapRect, at[0], at[1])) continue;
    if (isLabel) labelPoints.set(id, { x: at[0], y: at[1], area: areaKm2 });
    if (!marker) continue;
    const category = text.categories.get(id);
    const r = (category ? 4.2 : 2.8) * unit;
    const selected = id === scene.selected;
    markerPoints.set(id, { x: at[0], y: at[1], r });
    if (!labelPoints.has(id)) labelPoints.set(id, { x: at[0], y: at[1], area: areaKm2 });
    markers.push({
      kind: 'circle',
      cx: at[0],
      cy: at[1],
      r,
      iso: id,
      ...(category ? { category } : {}),
      fill: category ? CATEGORY_COLOURS[category] : LAND_COLOUR,
      stroke: selected ? SELECTED_OUTLINE : BORDER_COLOUR,
      strokeWidth: (selected ? 1.8 : 0.9) * unit,
    });
  }

  const items: DisplayItem[] = [];
  if (equalEarth) items.push({ kind: 'path', d: sphere, fill: SEA_COLOUR });
  else items.push({ kind: 'rect', ...mapRect, fill: SEA_COLOUR });
  items.push({ kind: 'group', id: 'countries', items: shapes });
  if (selectedShape) items.push({ kind: 'group', id: 'selected', items: [selectedShape] });
  items.push({ kind: 'group', id: 'markers', items: markers });
  items.push({ kind: 'group', id: 'chairs', items: chairMarks(frame, labelPoints, markerPoints) });
  items.push({
    kind: 'group',
    id: 'labels',
    items: countryLabels(frame, model, mapRect, labelPoints, markerPoints),
  });

  return [
    { kind: 'group', id: 'map', clip: mapRect, items },
    equalEarth
      ? { kind: 'path', d: sphere, stroke: RULE, strokeWidth: 0.8 * unit }
      : { kind: 'rect', ...mapRect, stroke: RULE, strokeWidth: 0.8 * unit },
  ];
}

/** An organisation's chair mark (as on the live map): dark, with a white ring. */
function chairMark(org: OrgId, cx: number, cy: number, r: number, unit: number): PathItem {
  return {
    kind: 'path',
    d: chairSymbolPath(org, cx, cy, r),
    fill: CHAIR_COLOUR,
    stroke: CHAIR_RING,
    strokeWidth: 1.2 * unit,
  };
}

/** The chairs' marks just above their countries' points, as on the live map; each group is named `chair-<org>`. */
function chairMarks(
  frame: Frame,
  labelPoints: Map<Iso3, { x: number; y: number }>,
  markerPoints: Map<Iso3, { x: number; y: number }>,
): DisplayItem[] {
  const r = 6 * frame.unit;
  return frame.text.chairs.flatMap(({ org, country }): DisplayItem[] => {
    const point = markerPoints.get(country) ?? labelPoints.get(country);
    if (!point) return [];
    const [dx, dy] = CHAIR_OFFSETS[org];
    const mark = chairMark(org, point.x + dx * r, point.y + dy * r, r, frame.unit);
    return [{ kind: 'group', id: `chair-${org}`, items: [mark] }];
  });
}

/**
 * Names of the countries with a role (and the selected one), largest first, each only where it overlaps no name
 * placed before it: a grayscale print can still be read by its names.
 */
function countryLabels(
  frame: Frame,
  model: ExportModel,
  mapRect: Rect,
  labelPoints: Map<Iso3, { x: number; y: number; area: number }>,
  markerPoints: Map<Iso3, { x: number; y: number; r: number }>,
): TextItem[] {
  const { unit, scene, text } = frame;
  const size = 11 * unit;
  const candidates = [...labelPoints.entries()]
    .filter(([id]) => id === scene.selected || text.categories.has(id))
    .sort(
      ([a, pa], [b, pb]) => Number(b === scene.selected) - Number(a === scene.selected) || pb.area - pa.area,
    );
  const boxes: Rect[] = [];
  const labels: TextItem[] = [];
  for (const [id, point] of candidates) {
    const name = nameOf(model.names, scene.lang, id);
    const selected = id === scene.selected;
    const weight = selected ? 700 : 600;
    const width = estimateTextWidth(name, size, weight);
    const marker = markerPoints.get(id);
    let anchor: TextAnchor = 'middle';
    let x = point.x;
    let left = x - width / 2;
    if (marker) {
      // Beside its marker, on the side the text starts from.
      anchor = 'start';
      const gap = marker.r + 2.5 * unit;
      x = frame.rtl ? marker.x - gap : marker.x + gap;
      left = frame.rtl ? x - width : x;
    }
    const baseline = (marker?.y ?? point.y) + size * 0.36;
    const box = { x: left - unit, y: baseline - size, width: width + 2 * unit, height: size * 1.3 };
    const fits =
      box.x >= mapRect.x &&
      box.y >= mapRect.y &&
      box.x + box.width <= mapRect.x + mapRect.width &&
      box.y + box.height <= mapRect.y + mapRect.height;
    if (!fits || boxes.some((other) => overlaps(box, other))) continue;
    boxes.push(box);
    labels.push(
      label(frame, name, x, baseline, size, {
        anchor,
        weight,
        fill: INK,
        halo: { colour: 'rgba(255,255,255,0.85)', width: 2.6 * unit },
        role: `name-${id}`,
      }),
    );
  }
  return labels;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The page for one export: what the reader set up (`scene`) drawn at `options`' size and view. */
export function layoutExport(
  model: ExportModel,
  geometry: ExportGeometry,
  scene: ExportScene,
  options: ExportOptions,
): DisplayList {
  const unit = Math.min(options.width, options.height) / 1000;
  const frame: Frame = {
    unit,
    margin: 28 * unit,
    width: options.width,
    height: options.height,
    rtl: scene.lang === 'ar',
    text: exportText(model, scene),
    scene,
  };
  const available = options.width - 2 * frame.margin;
  const items: DisplayItem[] = [];
  const top = header(frame, options);
  items.push(...top.items);

  let bottom = options.height - frame.margin;
  if (options.source) {
    const size = fitTextSize(frame.text.source, 12 * unit, available);
    items.push(
      label(frame, frame.text.source, fromStart(frame, 0), bottom - size * 0.3, size, {
        fill: MUTED,
        role: 'source',
      }),
    );
    bottom -= size * 1.6 + 4 * unit;
  }
  if (options.legend) {
    const band = legendBand(frame);
    bottom -= band.height;
    items.push({ kind: 'group', id: 'legend', items: band.place(bottom) });
    bottom -= 10 * unit;
  }
  const mapRect: Rect = {
    x: frame.margin,
    y: top.bottom,
    width: available,
    height: Math.max(bottom - top.bottom, unit),
  };
  items.unshift(...mapItems(frame, model, geometry, options, mapRect));

  const text = frame.text;
  return {
    width: options.width,
    height: options.height,
    lang: scene.lang,
    label: `${text.title} — ${text.subtitleWithDate}`,
    background: '#ffffff',
    mapRect,
    items,
  };
}
