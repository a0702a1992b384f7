/**
 * The rules that keep untrusted input from becoming code or markup, checked over the source: no `{@html}`, no HTML
 * string sinks, no evaluation, no inline script in the page, and a Content-Security-Policy that would stop any of
 * them anyway.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atlasPolicy, policyMeta } from '../../src/pipeline/build/csp.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte|js)$/.test(entry.name) ? [path] : [];
  });
}

const files = [...sourceFiles(join(ROOT, 'src')), join(ROOT, 'public/embed.js')].map((path) => ({
  name: relative(ROOT, path),
  text: readFileSync(path, 'utf8'),
}));

function occurrences(pattern: RegExp): string[] {
  return files.flatMap(({ name, text }) =>
    text.split('\n').flatMap((line, i) => (pattern.test(line) ? [`${name}:${i + 1}: ${line.trim()}`] : [])),
  );
}

const directives = new Map(Object.entries(atlasPolicy().directives));
/** Every directive but frame-ancestors, which names the sites that may embed the atlas (any, by default). */
const PAGE_POLICY = policyMeta(atlasPolicy());

describe('untrusted input never becomes markup or code', () => {
  it('no component renders with {@html}', () => {
    expect(occurrences(/\{@html\b/)).toEqual([]);
  });

  it('no code writes HTML strings into the page or evaluates strings', () => {
    expect(
      occurrences(
        /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(|createContextualFragment|srcdoc/,
        // The build check's allow-list quotes, as data, the one evaluation in MapLibre's bundle it tolerates.
      ).filter((hit) => !/^src\/pipeline\/build\/distRules\.ts:\d+: code: '/.test(hit)),
    ).toEqual([]);
  });

  it('only the print export parses markup, and only the SVG the export renderer escaped', () => {
    expect(occurrences(/DOMParser/).filter((hit) => !hit.startsWith('src/app/export/download.ts:'))).toEqual(
      [],
    );
  });

  it('the page has no inline script and no inline event handler', () => {
    const html = readFileSync(join(ROOT, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc=/);
      expect(body?.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  });
});

describe('the Content-Security-Policy', () => {
  it('runs only scripts from the app itself: no eval, no inline script', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(PAGE_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|strict-dynamic|unsafe-hashes/);
  });

  it("starts workers only from the app's own files, as blob: or data: URLs where the embed's origin is opaque", () => {
    const sources = directives.get('worker-src') ?? [];
    expect(sources).toContain("'self'");
    expect(sources.filter((source) => !["'self'", 'blob:', 'data:'].includes(source))).toEqual([]);
  });

  it('allows no other origin, no plugins and no form posts', () => {
    expect(PAGE_POLICY).not.toMatch(/\*|https?:|wss?:/);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
  });

  it('lets any site embed the atlas unless the build names the sites (frame-ancestors)', () => {
    expect(directives.get('frame-ancestors')).toEqual(['*']);
    expect(PAGE_POLICY).not.toContain('frame-ancestors');
  });
});
