/**
 * Draws a display list on a 2D canvas, the same picture `toSvg` describes: shapes from the same path data
 * (through `Path2D`), clips and patterns from the same path data, Arabic text with `ctx.direction = 'rtl'` so that logical
 * anchors mean what they mean in SVG. Fonts must be loaded before drawing (see `exportPng`).
 */
import {
  FONT_FAMILY,
  type DisplayItem,
  type DisplayList,
  type TextItem,
} from '../../core/export/displayList.ts';

type Context = CanvasRenderingContext2D;

interface Paint {
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
  dash?: number[];
  lineCap?: 'butt' | 'round';
}

function paint(ctx: Context, item: Paint, shape: Path2D) {
  if (item.fill) {
    ctx.fillStyle = item.fill;
    ctx.fill(shape);
  }
  if (item.stroke && item.strokeWidth) {
    ctx.strokeStyle = item.stroke;
    ctx.lineWidth = item.strokeWidth;
    ctx.lineJoin = 'round';
    ctx.lineCap = item.lineCap ?? 'butt';
    ctx.setLineDash(item.dash ?? []);
    ctx.stroke(shape);
    ctx.setLineDash([]);
  }
}

function rectPath(x: number, y: number, width: number, height: number, radius = 0): Path2D {
  const path = new Path2D();
  if (radius > 0) path.roundRect(x, y, width, height, radius);
  else path.rect(x, y, width, height);
  return path;
}

function text(ctx: Context, item: TextItem) {
  ctx.font = `${item.weight} ${item.size}px ${FONT_FAMILY}`;
  ctx.direction = item.direction;
  ctx.textAlign = item.anchor === 'middle' ? 'center' : item.anchor;
  ctx.textBaseline = 'alphabetic';
  if (item.halo) {
    ctx.strokeStyle = item.halo.colour;
    ctx.lineWidth = item.halo.width;
    ctx.lineJoin = 'round';
    ctx.strokeText(item.text, item.x, item.y);
  }
  ctx.fillStyle = item.fill;
  ctx.fillText(item.text, item.x, item.y);
}

function draw(ctx: Context, item: DisplayItem) {
  switch (item.kind) {
    case 'path':
      paint(ctx, item, new Path2D(item.d));
      return;
    case 'rect':
      paint(ctx, item, rectPath(item.x, item.y, item.width, item.height, item.radius));
      return;
    case 'circle': {
      const circle = new Path2D();
      circle.arc(item.cx, item.cy, item.r, 0, Math.PI * 2);
      paint(ctx, item, circle);
      return;
    }
    case 'text':
      text(ctx, item);
      return;
    case 'group':
      ctx.save();
      if (item.clipPath) ctx.clip(new Path2D(item.clipPath));
      else if (item.clip) ctx.clip(rectPath(item.clip.x, item.clip.y, item.clip.width, item.clip.height));
      for (const child of item.items) draw(ctx, child);
      ctx.restore();
      return;
  }
}

export function drawToCanvas(list: DisplayList, ctx: Context) {
  ctx.save();
  ctx.fillStyle = list.background;
  ctx.fillRect(0, 0, list.width, list.height);
  for (const item of list.items) draw(ctx, item);
  ctx.restore();
}
