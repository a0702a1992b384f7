/** An SVG export carries the font subsets and weights its text uses, and no others. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { exportDisplayList } from '../../src/core/export/exportMap.ts';
import { fontFaceCss, fontFacesUsed } from '../../src/core/export/embeddedFonts.ts';
import { toSvg } from '../../src/core/export/svgRenderer.ts';
import { request } from '../fixtures/export/atlas.ts';

const require = createRequire(import.meta.url);
const woff2 = (subset: string, weight: number) =>
  readFileSync(
    require.resolve(`@fontsource/noto-sans-arabic/files/noto-sans-arabic-${subset}-${weight}-normal.woff2`),
  );

function svgWithFonts(lang: 'en' | 'ar') {
  const list = exportDisplayList(request({ lang }));
  const faces = fontFacesUsed(list);
  const css = fontFaceCss(
    faces.map((face) => ({ ...face, woff2Base64: woff2(face.subset, face.weight).toString('base64') })),
  );
  return { faces, svg: toSvg(list, { fontCss: css }) };
}

describe('fonts in the SVG export', () => {
  it('English: the Latin subset in the weights used, embedded as WOFF2 data the renderer names', () => {
    const { faces, svg } = svgWithFonts('en');
    expect(faces.map((f) => `${f.subset}-${f.weight}`)).toEqual(['latin-400', 'latin-600', 'latin-700']);
    const rules = svg.match(/@font-face\{[^}]*\}/g) ?? [];
    expect(rules).toHaveLength(3);
    for (const rule of rules)
      expect(rule).toMatch(/font-family:'Noto Sans Arabic'.*data:font\/woff2;base64,d09GMg/);
    expect(svg).toContain("font-family=\"'Noto Sans Arabic'");
    // The embedded bytes are the font file itself.
    const first = /base64,([A-Za-z0-9+/=]+)\)/.exec(rules[0] ?? '')?.[1] ?? '';
    expect(Buffer.from(first, 'base64').equals(woff2('latin', 400))).toBe(true);
  });

  it('Arabic: the Arabic subset too, and still under 2 MB with every role shown', () => {
    const { faces, svg } = svgWithFonts('ar');
    expect(faces.some((f) => f.subset === 'arabic' && f.weight === 700)).toBe(true);
    expect(svg.length).toBeLessThan(2_000_000);
  });
});
