import { describe, expect, it } from 'vitest';
import {
  embedUrl,
  hostScriptSnippet,
  iframeSnippet,
  suggestedEmbedHeight,
} from '../../src/core/share/snippet.ts';
import {
  ANY_ORIGIN,
  heightMessages,
  isAllowedOrigin,
  parseAllowedOrigins,
  parseHostMessage,
} from '../../src/core/share/protocol.ts';

const context = {
  isKnownCountry: (code: string) => code === 'IRN',
  firstDate: '1996-04-26',
  lastDate: '2025-12-31',
};
const message = (body: object) => ({ source: 'sco-cica-atlas', version: 1, ...body });

describe('embed snippet', () => {
  it('is a lazy, responsive iframe with a title and the reader’s settings', () => {
    const src = embedUrl('https://maps.example/atlas/', '?v=1&org=cica&country=IRN', '#3/35/55');
    expect(src).toBe('https://maps.example/atlas/?v=1&org=cica&country=IRN&embed=1#3/35/55');
    const html = iframeSnippet({ src, title: 'Map "SCO" & <CICA>', height: 600 });
    expect(html).toContain(
      `src="https://maps.example/atlas/?v=1&amp;org=cica&amp;country=IRN&amp;embed=1#3/35/55"`,
    );
    expect(html).toContain('title="Map &quot;SCO&quot; &amp; &lt;CICA&gt;"');
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('width:100%');
  });

  it('suggests a height that leaves out only the rows the embed hides, with a map that never gets flat', () => {
    const all = { title: true, legend: true, controls: true };
    for (const width of [300, 360, 600, 820, 1200]) {
      const full = suggestedEmbedHeight(width, all);
      const bare = suggestedEmbedHeight(width, { title: false, legend: false, controls: false });
      expect(bare).toBeLessThan(full);
      expect(bare).toBeGreaterThanOrEqual(320);
      expect(suggestedEmbedHeight(width, { ...all, title: false })).toBeLessThan(full);
    }
    // Below 600 px the legend sits behind a button of the controls, so hiding the controls shows it instead.
    expect(suggestedEmbedHeight(360, { ...all, legend: false })).toBe(suggestedEmbedHeight(360, all));
    expect(suggestedEmbedHeight(820, { ...all, legend: false })).toBeLessThan(suggestedEmbedHeight(820, all));
  });

  it('keeps a fixed height, or with responsive sizing the frame’s shape (never under 420 px)', () => {
    const src = 'https://maps.example/atlas/?embed=1';
    const fixed = iframeSnippet({ src, title: 'Atlas', height: 600 });
    expect(fixed).toContain('height:600px');
    expect(fixed).not.toContain('aspect-ratio');
    const responsive = iframeSnippet({ src, title: 'Atlas', height: 600, sizing: 'responsive' });
    expect(responsive).toContain('aspect-ratio:960/600;min-height:420px');
    expect(responsive).not.toContain('height:600px');
  });

  it('points the host script at the app’s own folder', () => {
    expect(hostScriptSnippet('https://maps.example/atlas/?v=1#2/0/0')).toBe(
      '<script src="https://maps.example/atlas/embed.js" async></script>',
    );
  });
});

describe('host messages', () => {
  it('accepts the documented commands', () => {
    expect(parseHostMessage(message({ type: 'select', country: 'irn' }), context)).toEqual({
      ok: true,
      command: { type: 'select', country: 'IRN' },
    });
    expect(parseHostMessage(message({ type: 'select', country: null }), context)).toEqual({
      ok: true,
      command: { type: 'select', country: null },
    });
    expect(parseHostMessage(message({ type: 'setOrg', org: 'both' }), context)).toMatchObject({ ok: true });
    expect(parseHostMessage(message({ type: 'setDate', date: '2017-06-09' }), context)).toMatchObject({
      ok: true,
    });
    expect(parseHostMessage(message({ type: 'setLang', lang: 'ar' }), context)).toMatchObject({ ok: true });
    expect(parseHostMessage(message({ type: 'resetView' }), context)).toMatchObject({ ok: true });
  });

  it('leaves other senders’ messages alone and rejects malformed ones of ours with a reason', () => {
    expect(parseHostMessage('pymxPYMxidxPYMxheightxPYMx400', context)).toBeNull();
    expect(parseHostMessage({ type: 'select', country: 'IRN' }, context)).toBeNull();
    expect(parseHostMessage(message({ type: 'select', country: 'ATL' }), context)).toEqual({
      ok: false,
      reason: 'unknown country',
    });
    expect(parseHostMessage(message({ type: 'setDate', date: '2030-01-01' }), context)).toMatchObject({
      ok: false,
    });
    expect(
      parseHostMessage({ ...message({ type: 'select', country: 'IRN' }), version: 2 }, context),
    ).toMatchObject({
      ok: false,
    });
    expect(
      parseHostMessage(message({ type: 'select', country: 'IRN', pad: 'x'.repeat(5000) }), context),
    ).toEqual({
      ok: false,
      reason: 'message too large',
    });
  });

  it('reports height in the atlas, AMP and pym.js formats', () => {
    expect(heightMessages(612, 'story-map')).toEqual([
      { source: 'sco-cica-atlas', version: 1, direction: 'atlas-to-host', type: 'height', height: 612 },
      { sentinel: 'amp', type: 'embed-size', height: 612 },
      'pymxPYMxstory-mapxPYMxheightxPYMx612',
    ]);
  });

  it('keeps only valid http(s) origins in the allow-list and names the rest', () => {
    expect(
      parseAllowedOrigins(
        'https://news.example/, https://x.example/path, javascript:alert(1),nonsense,http://b.example:8080',
      ),
    ).toEqual({
      allowed: ['https://news.example', 'http://b.example:8080'],
      rejected: ['https://x.example/path', 'javascript:alert(1)', 'nonsense'],
    });
  });

  it('fails closed: a list with no valid origin allows nobody', () => {
    for (const value of ['127.0.0.1:8766', 'trusted.example', 'null', '', ' , ', '*,*', 'localhost:8766']) {
      const parsed = parseAllowedOrigins(value);
      expect(parsed.allowed, value).toEqual([]);
      expect(isAllowedOrigin(parsed.allowed, 'http://localhost:8766'), value).toBe(false);
      expect(isAllowedOrigin(parsed.allowed, 'null'), value).toBe(false);
    }
  });

  it('allows any origin only without the parameter or with exactly "*"', () => {
    expect(parseAllowedOrigins(null)).toEqual({ allowed: 'any', rejected: [] });
    expect(parseAllowedOrigins(ANY_ORIGIN)).toEqual({ allowed: 'any', rejected: [] });
    expect(parseAllowedOrigins(' * ').allowed).toBe('any');
    expect(isAllowedOrigin('any', 'https://anyone.example')).toBe(true);
    expect(isAllowedOrigin(['https://a.example'], 'https://a.example')).toBe(true);
    expect(isAllowedOrigin(['https://a.example'], 'https://a.example:444')).toBe(false);
  });
});
