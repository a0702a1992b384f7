/**
 * The SVG export as a reader receives it: well-formed, one shape per country in its role's colour, a legend that
 * agrees with the model, the title, the source line with its date, Arabic set right to left, under 1.5 MB.
 */
import { describe, expect, it } from 'vitest';
import { exportSvg } from '../../src/core/export/exportMap.ts';
import { CATEGORY_COLOURS, SELECTED_OUTLINE } from '../../src/core/palette.ts';
import type { Status } from '../../src/core/model/types.ts';
import { ARTICLE_DATE, elements, geometry, index, LATEST_DATE, request } from '../fixtures/export/atlas.ts';
import { xmlProblem } from '../fixtures/export/wellFormed.ts';

const scoArticle = exportSvg(request());
const byRole = (svg: string, role: string) =>
  elements(svg, 'text').filter((t) => t.attrs['data-role'] === role);
const shapesOf = (svg: string, iso: string) =>
  elements(svg, 'path').filter((p) => p.attrs['data-iso'] === iso);

describe('the SVG export of the SCO on the article date (1 February 2024), A4 landscape', () => {
  it('is a well-formed SVG document of 3508 × 2480 px', () => {
    expect(xmlProblem(scoArticle)).toBeNull();
    const start = scoArticle.indexOf('<svg ');
    const [root] = elements(`${scoArticle.slice(start, scoArticle.indexOf('>', start))}/>`, 'svg');
    expect(root?.attrs).toMatchObject({ width: '3508', height: '2480', viewBox: '0 0 3508 2480' });
  });

  it('draws every country with an SCO role as exactly one shape, in the colour of its role', () => {
    const roles = index.rolesByOrg(ARTICLE_DATE).SCO;
    const withRole = Object.entries(roles).flatMap(([status, codes]) =>
      codes.map((code) => [code, status] as const),
    );
    expect(withRole.length).toBe(26);
    for (const [code, status] of withRole) {
      const shapes = shapesOf(scoArticle, code);
      expect(shapes, code).toHaveLength(1);
      expect(shapes[0]?.attrs['data-category'], code).toBe(status);
      expect(shapes[0]?.attrs.fill, code).toBe(CATEGORY_COLOURS[status as Status]);
    }
    const coloured = elements(scoArticle, 'path').filter((p) => p.attrs['data-category']);
    expect(coloured).toHaveLength(withRole.length);
  });

  it('shows Kazakhstan as a member, Mongolia as an observer and Saudi Arabia as a dialogue partner', () => {
    expect(shapesOf(scoArticle, 'KAZ')[0]?.attrs['data-category']).toBe('member');
    expect(shapesOf(scoArticle, 'MNG')[0]?.attrs['data-category']).toBe('observer');
    expect(shapesOf(scoArticle, 'SAU')[0]?.attrs['data-category']).toBe('dialogue_partner');
    expect(shapesOf(scoArticle, 'BRA')[0]?.attrs['data-category']).toBeUndefined();
  });

  it('has a legend whose labels and counts are the model’s: 9 members, 3 observers, 14 dialogue partners', () => {
    const counts = index.countsOn('SCO', ARTICLE_DATE);
    expect(counts).toEqual({ member: 9, observer: 3, dialogue_partner: 14 });
    const labels = { member: 'Members', observer: 'Observers', dialogue_partner: 'Dialogue partners' };
    for (const [status, count] of Object.entries(counts)) {
      expect(byRole(scoArticle, `legend-${status}`)[0]?.text).toBe(labels[status as keyof typeof labels]);
      expect(byRole(scoArticle, `count-${status}`)[0]?.text).toBe(String(count));
    }
    expect(byRole(scoArticle, 'count-partner')).toHaveLength(0);
    expect(byRole(scoArticle, 'legend-none')[0]?.text).toBe('No role');
    expect(byRole(scoArticle, 'legend-disputed')[0]?.text).toBe('Disputed area');
  });

  it('names the chair of the SCO on that date in the legend', () => {
    const chair = index.chairOn('SCO', ARTICLE_DATE);
    expect(chair).toBeDefined();
    const name = new Intl.DisplayNames(['en'], { type: 'region' }).of(
      geometry.countries.features.find((f) => f.properties.id === chair?.country)?.properties.a2 ?? '',
    );
    expect(byRole(scoArticle, 'legend-chair-SCO')[0]?.text).toBe(`Chair of the SCO: ${name}`);
  });

  it('draws the SCO chair’s star over the chair on the map, and both marks in the Both view', () => {
    const chairMark = (svg: string, org: string) => {
      const start = svg.indexOf(`<g id="chair-${org}"`);
      if (start < 0) return null;
      return elements(svg.slice(start, svg.indexOf('</g>', start)), 'path')[0] ?? null;
    };
    const numbers = (d: string) => [...d.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
    const xs = (d: string) => numbers(d).filter((_, i) => i % 2 === 0);
    const ys = (d: string) => numbers(d).filter((_, i) => i % 2 === 1);
    const chair = index.chairOn('SCO', ARTICLE_DATE)?.country ?? '';
    const star = chairMark(scoArticle, 'SCO');
    expect(star?.attrs.d).toBeDefined();
    // A star has ten corners; it sits just above the chair's name on the map.
    expect(numbers(star?.attrs.d ?? '')).toHaveLength(20);
    const centre = (values: number[]) => (Math.min(...values) + Math.max(...values)) / 2;
    const name = byRole(scoArticle, `name-${chair}`)[0];
    const [x, y] = [centre(xs(star?.attrs.d ?? '')), centre(ys(star?.attrs.d ?? ''))];
    expect(Math.hypot(x - Number(name?.attrs.x), y - Number(name?.attrs.y))).toBeLessThan(60);
    expect(y).toBeLessThan(Number(name?.attrs.y));
    expect(chairMark(scoArticle, 'CICA')).toBeNull();

    const both = exportSvg(request({ org: 'both' }));
    expect(numbers(chairMark(both, 'SCO')?.attrs.d ?? '')).toHaveLength(20);
    // The CICA's mark is a diamond: four corners.
    expect(numbers(chairMark(both, 'CICA')?.attrs.d ?? '')).toHaveLength(8);
  });

  it('has the title, the date and the source line with the as-of date and Natural Earth', () => {
    expect(byRole(scoArticle, 'title')[0]?.text).toBe('Shanghai Cooperation Organisation');
    expect(byRole(scoArticle, 'subtitle')[0]?.text).toBe('Roles of states on 1 February 2024');
    expect(byRole(scoArticle, 'source')[0]?.text).toBe(
      'Data: SCO and CICA public records, as of 1 February 2024. Map: Natural Earth.',
    );
    expect(scoArticle).toContain(
      '<title>Shanghai Cooperation Organisation — Roles of states on 1 February 2024</title>',
    );
  });

  it('labels countries with a role by name, as text', () => {
    expect(byRole(scoArticle, 'name-RUS')[0]?.text).toBe('Russia');
    expect(byRole(scoArticle, 'name-KAZ')[0]?.text).toBe('Kazakhstan');
    expect(byRole(scoArticle, 'name-BRA')).toHaveLength(0);
  });

  it('comes out byte for byte the same for the same request', () => {
    expect(exportSvg(request())).toBe(scoArticle);
  });
});

describe('SVG export options', () => {
  it('outlines the selected country', () => {
    const svg = exportSvg(request({ selected: 'KAZ' }));
    const group = svg.slice(
      svg.indexOf('<g id="selected"'),
      svg.indexOf('</g>', svg.indexOf('<g id="selected"')),
    );
    const [outline] = elements(group, 'path');
    expect(outline?.attrs).toMatchObject({ 'data-iso': 'KAZ', stroke: SELECTED_OUTLINE, fill: 'none' });
    expect(outline?.attrs.d).toBe(shapesOf(svg, 'KAZ')[0]?.attrs.d);
  });

  it('leaves out the title, the legend and the source line when asked', () => {
    const svg = exportSvg(request({}, { title: false, legend: false, source: false, date: false }));
    expect(xmlProblem(svg)).toBeNull();
    for (const role of ['title', 'subtitle', 'source', 'legend-member', 'count-member']) {
      expect(byRole(svg, role), role).toHaveLength(0);
    }
    expect(svg).not.toContain('<g id="legend"');
    expect(shapesOf(svg, 'KAZ')).toHaveLength(1);
  });

  it('keeps the date in the subtitle only when the date is included', () => {
    const svg = exportSvg(request({}, { date: false }));
    expect(byRole(svg, 'subtitle')[0]?.text).toBe('Roles of states');
    expect(byRole(svg, 'source')[0]?.text).toContain('as of 1 February 2024');
  });

  it('shows the latest CICA roles with their counts', () => {
    const svg = exportSvg(request({ org: 'CICA', date: LATEST_DATE }));
    const counts = index.countsOn('CICA', LATEST_DATE);
    for (const [status, count] of Object.entries(counts)) {
      expect(byRole(svg, `count-${status}`)[0]?.text, status).toBe(String(count));
    }
    expect(byRole(svg, 'title')[0]?.text).toBe(
      'Conference on Interaction and Confidence-Building Measures in Asia',
    );
  });

  it('a box around Central Asia shows Kazakhstan large and leaves Brazil out', () => {
    const svg = exportSvg(request({}, { view: { west: 45, south: 30, east: 90, north: 56 } }));
    expect(shapesOf(svg, 'KAZ')).toHaveLength(1);
    expect(shapesOf(svg, 'BRA')).toHaveLength(0);
    expect(shapesOf(svg, 'KAZ')[0]?.attrs.d?.length).toBeGreaterThan(
      shapesOf(scoArticle, 'KAZ')[0]?.attrs.d?.length ?? 0,
    );
  });
});

describe('Arabic SVG export', () => {
  const svg = exportSvg(request({ lang: 'ar', org: 'both' }));
  const texts = elements(svg, 'text');

  it('marks every text run as right-to-left Arabic, anchored at its logical start', () => {
    expect(xmlProblem(svg)).toBeNull();
    expect(texts.length).toBeGreaterThan(10);
    for (const text of texts) {
      expect(text.attrs, text.text).toMatchObject({
        direction: 'rtl',
        'unicode-bidi': 'embed',
        'xml:lang': 'ar',
      });
    }
    expect(svg).toMatch(/<svg [^>]*xml:lang="ar"[^>]*direction="rtl"/);
    expect(svg).toMatch(/font-family="'Noto Sans Arabic'/);
  });

  it('puts the title and the legend on the right-hand side', () => {
    const [title] = byRole(svg, 'title');
    expect(title?.text).toBe('منظمة شنغهاي للتعاون وسيكا');
    expect(title?.attrs['text-anchor']).toBe('start');
    expect(Number(title?.attrs.x)).toBeGreaterThan(3508 * 0.9);
    const [legendTitle] = byRole(svg, 'legend-title');
    expect(legendTitle?.text).toBe('الصفة');
    expect(Number(legendTitle?.attrs.x)).toBeGreaterThan(3508 * 0.9);
  });

  it('words the legend in Arabic with the model’s counts for the “both” view', () => {
    expect(byRole(svg, 'legend-both')[0]?.text).toBe('صفة في المنظمتين');
    const both = [...new Set(index.countries())].filter(
      (c) => index.roleOf(c, 'SCO', ARTICLE_DATE) && index.roleOf(c, 'CICA', ARTICLE_DATE),
    );
    expect(byRole(svg, 'count-both')[0]?.text).toBe(both.length.toLocaleString('ar'));
    expect(byRole(svg, 'source')[0]?.text).toContain('Natural Earth');
  });
});

describe('file size', () => {
  it('a whole-world SVG stays under 1.5 MB, even at A3 in Arabic with every role shown', () => {
    for (const projection of ['mercator', 'equal-earth'] as const) {
      const svg = exportSvg(
        request({ org: 'both', lang: 'ar', selected: 'KAZ' }, { width: 4961, height: 3508, projection }),
      );
      expect(Buffer.byteLength(svg), projection).toBeLessThan(1.5 * 1024 * 1024);
    }
  });
});
