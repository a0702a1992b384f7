/**
 * Draws a display list as a standalone SVG document: real vector shapes, text as text. Arabic runs carry
 * `direction="rtl"`, `unicode-bidi="embed"` and `xml:lang="ar"`, so browsers and vector editors shape them and
 * order them right to left; their anchors are logical, so `start` is the right end.
 */
import { FONT_FAMILY, type DisplayItem, type DisplayList, type Rect, type TextItem } from './displayList.ts';

/** Two decimals are finer than any printer resolves; shorter numbers keep the file small. */
const num = (value: number) => String(Math.round(value * 100) / 100);

export function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] ?? c);
}

type Attributes = Record<string, string | number | undefined>;

function attributes(values: Attributes): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`)
    .join('');
}

function paintAttributes(item: {
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
  dash?: number[];
  lineCap?: 'butt' | 'round';
}): Attributes {
  return {
    fill: item.fill ?? 'none',
    stroke: item.stroke,
    'stroke-width': item.stroke ? item.strokeWidth : undefined,
    'stroke-dasharray': item.dash?.map(num).join(' '),
    'stroke-linejoin': item.stroke ? 'round' : undefined,
    'stroke-linecap': item.lineCap,
  };
}

function text(item: TextItem): string {
  const rtl = item.direction === 'rtl';
  return `<text${attributes({
    x: item.x,
    y: item.y,
    'font-size': item.size,
    'font-weight': item.weight === 400 ? undefined : item.weight,
    'text-anchor': item.anchor === 'start' && !rtl ? undefined : item.anchor,
    direction: rtl ? 'rtl' : undefined,
    'unicode-bidi': rtl ? 'embed' : undefined,
    'xml:lang': item.lang,
    fill: item.fill,
    stroke: item.halo?.colour,
    'stroke-width': item.halo?.width,
    'stroke-linejoin': item.halo ? 'round' : undefined,
    'paint-order': item.halo ? 'stroke' : undefined,
    'data-role': item.role,
  })}>${escapeXml(item.text)}</text>`;
}

function clipId(group: string) {
  return `clip-${group}`;
}

function clipPath(id: string, clip: Rect | string): string {
  const shape =
    typeof clip === 'string'
      ? `<path d="${clip}"/>`
      : `<rect${attributes({ x: clip.x, y: clip.y, width: clip.width, height: clip.height })}/>`;
  return `<clipPath id="${id}">${shape}</clipPath>`;
}

function item(entry: DisplayItem): string {
  switch (entry.kind) {
    case 'path':
      return `<path${attributes({ 'data-iso': entry.iso, 'data-category': entry.category, ...paintAttributes(entry) })} d="${entry.d}"/>`;
    case 'rect':
      return `<rect${attributes({ x: entry.x, y: entry.y, width: entry.width, height: entry.height, rx: entry.radius, ...paintAttributes(entry) })}/>`;
    case 'circle':
      return `<circle${attributes({ 'data-iso': entry.iso, 'data-category': entry.category, cx: entry.cx, cy: entry.cy, r: entry.r, ...paintAttributes(entry) })}/>`;
    case 'text':
      return text(entry);
    case 'group':
      return `<g${attributes({ id: entry.id, 'clip-path': entry.clip || entry.clipPath ? `url(#${clipId(entry.id)})` : undefined })}>\n${entry.items.map(item).join('\n')}\n</g>`;
  }
}

function clips(items: DisplayItem[]): string[] {
  return items.flatMap((entry) => {
    if (entry.kind !== 'group') return [];
    const clip = entry.clipPath ?? entry.clip;
    return [...(clip ? [clipPath(clipId(entry.id), clip)] : []), ...clips(entry.items)];
  });
}

/** `fontCss`: @font-face rules to carry inside the file (see `embeddedFonts.ts`). */
export function toSvg(list: DisplayList, { fontCss = '' }: { fontCss?: string } = {}): string {
  const rtl = list.lang === 'ar';
  const style = fontCss ? [`<style>\n${fontCss}\n</style>`] : [];
  const defs = [...style, ...clips(list.items)].join('\n');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg"${attributes({
      width: list.width,
      height: list.height,
      viewBox: `0 0 ${list.width} ${list.height}`,
      'xml:lang': list.lang,
      direction: rtl ? 'rtl' : undefined,
      role: 'img',
      'aria-label': list.label,
      'font-family': FONT_FAMILY,
    })}>`,
    `<title>${escapeXml(list.label)}</title>`,
    `<defs>\n${defs}\n</defs>`,
    `<rect${attributes({ width: list.width, height: list.height, fill: list.background })}/>`,
    ...list.items.map(item),
    '</svg>',
    '',
  ].join('\n');
}
