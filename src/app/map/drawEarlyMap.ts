/**
 * Draws the map's first view on a 2D canvas the way MapLibre's style does (src/app/map/mapStyle.ts): Web Mercator
 * on MapLibre's camera, the same fills, white borders, dashed disputed areas, markers for small states, the
 * selected outline, the named-in-the-article dots, the names placed in the order MapLibre places its label layers
 * (role-holders first, members before the other roles, larger countries first) and the chair marks. It is shown
 * while MapLibre loads, so its sizes follow the style's zoom curves at the camera's zoom.
 */
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import {
  BORDER_COLOUR,
  CATEGORY_COLOURS,
  DISPUTED_COLOUR,
  LAND_COLOUR,
  SEA_COLOUR,
  SELECTED_OUTLINE,
} from '../../core/palette.ts';
import type { MapCategory } from '../../core/model/categories.ts';
import { ORG_IDS, type Iso3, type OrgId } from '../../core/model/types.ts';
import { cameraProjection, MAX_ZOOM, MIN_ZOOM, type Camera } from './openingView.ts';
import { atZoom } from './zoomCurve.ts';
import {
  BORDER_WIDTH,
  DISPUTED_OUTLINE,
  MARKER_RADIUS_OTHER,
  MARKER_RADIUS_ROLE,
  MARKER_RING,
  MARKER_SELECTED_RING_WIDTH,
  SELECTED_OUTLINE_WIDTH,
} from './styleValues.ts';
import {
  LABEL_COLOUR,
  LABEL_HALO,
  LABEL_MAX_WIDTH,
  LABEL_SIZE,
  LARGE_KM2,
  labelRank,
  ROLE_LABEL_ANCHORS,
  ROLE_LABEL_COLOUR,
  SMALL_LABELS_MIN_ZOOM,
} from './labelLayers.ts';
import { NAMED_FILL, NAMED_OFFSET_Y, NAMED_RADIUS, NAMED_RING, NAMED_RING_WIDTH } from './namedLayer.ts';
import { chairOffset, paintChairMark } from './chairLayer.ts';
import { labelFeaturesById, viewLabelPoints } from './viewLabelPoints.ts';
import { labelLines } from './labelLines.ts';
import {
  BASELINE_BELOW_MIDDLE,
  LINE_HEIGHT,
  placeLabels,
  type LabelCandidate,
  type PlacedLabel,
} from './placeLabels.ts';

export interface EarlyMapScene {
  width: number;
  height: number;
  camera: Camera;
  /** The shapes as MapLibre's tiles hold them at the camera's tile zoom (see `earlyMapTileZoom`). */
  countries: FeatureCollection;
  points: FeatureCollection;
  categories: ReadonlyMap<string, MapCategory>;
  selected: string | null;
  /** The countries the shown article names. */
  named: Iterable<Iso3>;
  /** Each organisation's chair on the shown date. */
  chairs: Record<OrgId, ReadonlyMap<Iso3, true>>;
  /** The name to label a country with, in the reader's language. */
  name: (code: string) => string;
  dir: 'ltr' | 'rtl';
  fontFamily: string;
}

/** What was drawn, for the page to tell (the end-to-end tests read it). */
export interface EarlyMapDrawn {
  /** Countries named, in the order placed; role-holders first. */
  labels: string[];
}

/** MapLibre draws the tiles of the zoom below the camera's, scaled up: the tile zoom the early map's shapes are for. */
export const earlyMapTileZoom = (camera: Camera) =>
  Math.floor(Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, camera.zoom)));

const idOf = (feature: Feature) => String(feature.properties?.id ?? feature.id ?? '');
const areaOf = (feature: Feature) => Number(feature.properties?.areaKm2 ?? 0);

function fillOf(feature: Feature, categories: EarlyMapScene['categories']): string {
  if (feature.properties?.disputed === true) return DISPUTED_COLOUR;
  const category = categories.get(idOf(feature));
  return category ? CATEGORY_COLOURS[category] : LAND_COLOUR;
}

/** A circle with a ring outside its radius, as MapLibre's circle layers draw it. */
function ringedDot(
  context: CanvasRenderingContext2D,
  [x, y]: [number, number],
  radius: number,
  fill: string,
  ring: { colour: string; width: number },
) {
  context.beginPath();
  context.arc(x, y, radius + ring.width / 2, 0, 2 * Math.PI);
  context.fillStyle = fill;
  context.fill();
  context.lineWidth = ring.width;
  context.strokeStyle = ring.colour;
  context.stroke();
}

type Projection = ReturnType<typeof cameraProjection>;

/** Adds a country's rings to the context's path. */
function addShape(context: CanvasRenderingContext2D, feature: Feature, { project }: Projection) {
  const shape = feature.geometry as Polygon | MultiPolygon;
  const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
  for (const ring of polygons.flat()) {
    ring.forEach((position, i) => {
      const [x, y] = project(position);
      if (i === 0) context.moveTo(x, y);
      else context.lineTo(x, y);
    });
    context.closePath();
  }
}

export function drawEarlyMap(context: CanvasRenderingContext2D, scene: EarlyMapScene): EarlyMapDrawn {
  const { width, height } = scene;
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, scene.camera.zoom));
  const projection = cameraProjection({ ...scene.camera, zoom }, width, height);
  const path = (feature: Feature) => addShape(context, feature, projection);

  context.fillStyle = SEA_COLOUR;
  context.fillRect(0, 0, width, height);

  const shapes = scene.countries.features;
  const byId = new Map<string, Feature[]>();
  for (const feature of shapes) {
    const id = idOf(feature);
    byId.set(id, [...(byId.get(id) ?? []), feature]);
  }
  for (const feature of shapes) {
    context.beginPath();
    path(feature);
    context.fillStyle = fillOf(feature, scene.categories);
    context.fill();
  }

  context.lineJoin = 'round';
  context.strokeStyle = BORDER_COLOUR;
  context.lineWidth = atZoom(zoom, BORDER_WIDTH);
  context.beginPath();
  for (const feature of shapes) path(feature);
  context.stroke();

  const disputed = shapes.filter((f) => f.properties?.disputed === true);
  context.strokeStyle = DISPUTED_OUTLINE.colour;
  context.lineWidth = DISPUTED_OUTLINE.width;
  // MapLibre's dashes are in multiples of the line's width.
  context.setLineDash(DISPUTED_OUTLINE.dash.map((d) => d * DISPUTED_OUTLINE.width));
  context.beginPath();
  for (const feature of disputed) path(feature);
  context.stroke();
  context.setLineDash([]);

  if (scene.selected) {
    context.strokeStyle = SELECTED_OUTLINE;
    context.lineWidth = SELECTED_OUTLINE_WIDTH;
    context.beginPath();
    for (const feature of byId.get(scene.selected) ?? []) path(feature);
    context.stroke();
  }

  const pointsById = labelFeaturesById(scene.points);
  const at = (feature: Feature<Point>) => projection.project(feature.geometry.coordinates);

  for (const feature of scene.points.features as Feature<Point>[]) {
    const xy = feature.properties?.marker === true ? at(feature) : null;
    if (!xy) continue;
    const code = idOf(feature);
    const category = scene.categories.get(code);
    const selected = scene.selected === code;
    ringedDot(
      context,
      xy,
      atZoom(zoom, category ? MARKER_RADIUS_ROLE : MARKER_RADIUS_OTHER),
      category ? CATEGORY_COLOURS[category] : LAND_COLOUR,
      selected ? { colour: SELECTED_OUTLINE, width: MARKER_SELECTED_RING_WIDTH } : MARKER_RING,
    );
  }

  for (const code of scene.named) {
    const point = pointsById.get(code);
    const xy = point ? at(point) : null;
    if (!xy) continue;
    ringedDot(context, [xy[0], xy[1] + NAMED_OFFSET_Y], atZoom(zoom, NAMED_RADIUS), NAMED_FILL, {
      colour: NAMED_RING,
      width: NAMED_RING_WIDTH,
    });
  }

  const placed = drawLabels(context, scene, zoom, projection, byId, pointsById);

  for (const org of ORG_IDS) {
    const [dx, dy] = chairOffset(org);
    for (const code of scene.chairs[org].keys()) {
      const point = pointsById.get(code);
      const xy = point ? at(point) : null;
      if (xy) paintChairMark(context, org, xy[0] + dx, xy[1] + dy);
    }
  }
  return { labels: placed.map((label) => label.code) };
}

function drawLabels(
  context: CanvasRenderingContext2D,
  scene: EarlyMapScene,
  zoom: number,
  projection: Projection,
  shapes: ReadonlyMap<Iso3, readonly Feature[]>,
  pointsById: ReadonlyMap<Iso3, Feature<Point>>,
): PlacedLabel[] {
  const size = atZoom(zoom, LABEL_SIZE);
  const layoutSize = atZoom(Math.floor(zoom) + 1, LABEL_SIZE);
  context.font = `${size}px ${scene.fontFamily}`;
  context.direction = scene.dir;
  const measure = (line: string) => context.measureText(line).width;

  const candidate = (feature: Feature<Point>, anchors: LabelCandidate['anchors']): LabelCandidate[] => {
    const xy = projection.project(feature.geometry.coordinates);
    const code = idOf(feature);
    const lines = labelLines(scene.name(code), measure, LABEL_MAX_WIDTH * size);
    return [{ code, x: xy[0], y: xy[1], lines, anchors }];
  };
  const rankOf = (feature: Feature) => labelRank(scene.categories.get(idOf(feature)) ?? 'member');
  const roleOrder = (a: Feature, b: Feature) => rankOf(a) - rankOf(b) || areaOf(b) - areaOf(a);
  const largerFirst = (a: Feature, b: Feature) => areaOf(b) - areaOf(a);

  const holders = [...scene.categories.keys()];
  const onPoints = holders.flatMap((code) => pointsById.get(code) ?? []).sort(roleOrder);
  const [west, north] = projection.invert([0, 0]);
  const [east, south] = projection.invert([scene.width, scene.height]);
  const inView = viewLabelPoints({
    shapes,
    labelFeatures: pointsById,
    holders,
    view: [west, south, east, north],
  }).features.sort(roleOrder);
  const others = [...pointsById.values()].filter((f) => !scene.categories.has(idOf(f)));
  const small = zoom >= SMALL_LABELS_MIN_ZOOM ? others.filter((f) => areaOf(f) < LARGE_KM2) : [];
  const large = others.filter((f) => areaOf(f) >= LARGE_KM2);

  const roleGroups = [onPoints, inView].map((group) =>
    group.flatMap((f) => candidate(f, ROLE_LABEL_ANCHORS)),
  );
  const otherGroups = [small, large].map((group) =>
    group.sort(largerFirst).flatMap((f) => candidate(f, ['center'])),
  );
  const placed = placeLabels([...roleGroups, ...otherGroups], {
    width: scene.width,
    height: scene.height,
    size: layoutSize,
    measure: (line) => (measure(line) * layoutSize) / size,
  });

  const holderCodes = new Set(holders);
  context.textBaseline = 'alphabetic';
  context.lineJoin = 'round';
  context.lineWidth = LABEL_HALO.width * 2;
  context.strokeStyle = LABEL_HALO.colour;
  const lineHeight = LINE_HEIGHT * size;
  for (const label of placed) {
    context.fillStyle = holderCodes.has(label.code) ? ROLE_LABEL_COLOUR : LABEL_COLOUR;
    // `text-justify: auto`: a name beside its point is aligned towards it.
    const align = label.anchor === 'left' ? 'left' : label.anchor === 'right' ? 'right' : 'center';
    context.textAlign = align;
    // Drawn at the camera's size around the centre of the box laid out at the layout size, as MapLibre draws it.
    const half = Math.max(...label.lines.map(measure)) / 2;
    const x = align === 'left' ? label.x - half : align === 'right' ? label.x + half : label.x;
    label.lines.forEach((line, i) => {
      const y = label.y + (i - (label.lines.length - 1) / 2) * lineHeight + BASELINE_BELOW_MIDDLE * size;
      context.strokeText(line, x, y);
      context.fillText(line, x, y);
    });
  }
  return placed;
}
