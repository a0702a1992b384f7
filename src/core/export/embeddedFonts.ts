/**
 * The font an SVG export carries, so it renders alike wherever it is opened: only the subsets (Arabic, Latin) and
 * weights its text uses, each as a WOFF2 file inlined in an @font-face rule. The caller loads the files (the app
 * fetches its bundled ones, Node reads them from disk).
 */
import type { DisplayItem, DisplayList } from './displayList.ts';

export type FontSubset = 'arabic' | 'latin';
export type FontWeight = 400 | 600 | 700;

export interface FontFace {
  subset: FontSubset;
  weight: FontWeight;
}

export const EMBEDDED_FAMILY = 'Noto Sans Arabic';

const UNICODE_RANGES: Record<FontSubset, string> = {
  arabic: 'U+0600-06FF, U+0750-077F, U+0870-08FF, U+FB50-FDFF, U+FE70-FEFF',
  latin: 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+2000-206F, U+20AC, U+2122, U+2212',
};

function texts(items: readonly DisplayItem[]): { text: string; weight: FontWeight }[] {
  return items.flatMap((item) =>
    item.kind === 'text'
      ? [{ text: item.text, weight: item.weight }]
      : item.kind === 'group'
        ? texts(item.items)
        : [],
  );
}

/** The subset and weight pairs the list's text needs. */
export function fontFacesUsed(list: DisplayList): FontFace[] {
  const used = new Map<string, FontFace>();
  for (const { text, weight } of texts(list.items)) {
    const subsets: FontSubset[] = [];
    if (/[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u.test(text))
      subsets.push('arabic');
    if (/[\u0020-\u00ff\u2000-\u206f]/u.test(text)) subsets.push('latin');
    for (const subset of subsets) used.set(`${subset}-${weight}`, { subset, weight });
  }
  return [...used.values()].sort((a, b) => a.subset.localeCompare(b.subset) || a.weight - b.weight);
}

/** @font-face rules for the faces, each with its WOFF2 file as base64. */
export function fontFaceCss(faces: readonly (FontFace & { woff2Base64: string })[]): string {
  return faces
    .map(
      ({ subset, weight, woff2Base64 }) =>
        `@font-face{font-family:'${EMBEDDED_FAMILY}';font-style:normal;font-weight:${weight};` +
        `src:url(data:font/woff2;base64,${woff2Base64}) format('woff2');unicode-range:${UNICODE_RANGES[subset]}}`,
    )
    .join('\n');
}
