/**
 * What an export draws, as plain data: one layout produces it, and each renderer (SVG text, 2D canvas) draws it
 * the same way. Coordinates are output pixels, origin top-left.
 */
import type { Lang } from '../i18n/strings.ts';

export type TextAnchor = 'start' | 'middle' | 'end';
export type TextDirection = 'ltr' | 'rtl';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Paint {
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
  dash?: number[];
  /** `round` turns very short strokes into dots. */
  lineCap?: 'butt' | 'round';
}

/** Which country a shape stands for, kept in the SVG as data attributes. */
interface CountryTag {
  iso?: string;
  category?: string;
}

export interface PathItem extends Paint, CountryTag {
  kind: 'path';
  /** SVG path data, also read by `Path2D`. */
  d: string;
}

export interface RectItem extends Paint {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  radius?: number;
}

export interface CircleItem extends Paint, CountryTag {
  kind: 'circle';
  cx: number;
  cy: number;
  r: number;
}

export interface TextItem {
  kind: 'text';
  text: string;
  x: number;
  y: number;
  /** Font size in pixels. */
  size: number;
  weight: 400 | 600 | 700;
  /** Anchors are logical: with `direction: 'rtl'`, `start` is the right end of the text. */
  anchor: TextAnchor;
  direction: TextDirection;
  lang: Lang;
  fill: string;
  /** A light outline behind the glyphs, so a label stays readable on any fill. */
  halo?: { colour: string; width: number };
  /** What the text is (title, legend label, source …), kept in the SVG as `data-role`. */
  role?: string;
}

export interface GroupItem {
  kind: 'group';
  /** Kept in the SVG as the group's `id`. */
  id: string;
  /** Nothing inside is drawn outside this rectangle … */
  clip?: Rect;
  /** … or outside this shape (SVG path data). */
  clipPath?: string;
  items: DisplayItem[];
}

export type DisplayItem = PathItem | RectItem | CircleItem | TextItem | GroupItem;

export interface DisplayList {
  width: number;
  height: number;
  lang: Lang;
  /** The export's accessible name (its title and date), also the SVG `<title>`. */
  label: string;
  background: string;
  /** Where the map itself is drawn, for anyone who needs to project a place onto the output. */
  mapRect: Rect;
  items: DisplayItem[];
}

export const FONT_FAMILY = "'Noto Sans Arabic', 'Noto Sans', 'Segoe UI', Tahoma, Arial, sans-serif";
