/**
 * One policy and one header table, written out for every host: the page's meta policy, `_headers` (Netlify,
 * Cloudflare Pages, and the project's own server), nginx, Caddy and Apache all say the same thing.
 */
import { describe, expect, it } from 'vitest';
import {
  atlasPolicy,
  parseFrameAncestors,
  policyHeader,
  policyMeta,
  HEADER_ONLY_DIRECTIVES,
} from '../../src/pipeline/build/csp.ts';
import { policyTags } from '../../src/pipeline/build/deployProtections.ts';
import {
  apacheHtaccess,
  caddyfile,
  headersFromRules,
  netlifyHeaders,
  nginxServer,
  parseBasePath,
  parseHeadersFile,
} from '../../src/pipeline/build/hostConfigs.ts';
import { headersFor, headerTable, IMMUTABLE, REVALIDATE } from '../../src/pipeline/build/hostHeaders.ts';

const ROOT_FILES = ['embed.js', 'favicon.svg', 'index.html'];
const FILES = ['', ...ROOT_FILES, 'assets/index-AbCd1234.js', 'assets/maplibre-gl-worker-Zz_9-xY0.mjs'];

function options(frameAncestors?: string, basePath = '/') {
  const table = headerTable(atlasPolicy(parseFrameAncestors(frameAncestors)));
  return { table, basePath, rootFiles: ROOT_FILES };
}

const directives = (policy: string) => policy.split(';').map((part) => part.trim().split(/\s+/)[0]);

describe('the policy object', () => {
  it('writes every directive into the header and all but the header-only ones into the meta tag', () => {
    const policy = atlasPolicy(['https://news.example']);
    const header = policyHeader(policy);
    const meta = policyMeta(policy);
    expect(header).toContain('frame-ancestors https://news.example');
    expect(directives(meta)).toEqual(directives(header).filter((name) => name !== 'frame-ancestors'));
    for (const name of HEADER_ONLY_DIRECTIVES) expect(directives(meta)).not.toContain(name);
    expect(meta).toBe(policyMeta(atlasPolicy()));
  });

  it('lets any site embed the atlas by default and reads a list of embedders', () => {
    expect(parseFrameAncestors(undefined)).toEqual(['*']);
    expect(parseFrameAncestors('  ')).toEqual(['*']);
    expect(parseFrameAncestors("'self' https://news.example https://*.example.org:8443")).toEqual([
      "'self'",
      'https://news.example',
      'https://*.example.org:8443',
    ]);
    expect(parseFrameAncestors("'none'")).toEqual(["'none'"]);
  });

  it('refuses a frame-ancestors value that is not a source, naming the setting', () => {
    expect(() => parseFrameAncestors('https://news.example/path')).toThrow(/ATLAS_FRAME_ANCESTORS: "https/);
    expect(() => parseFrameAncestors("'unsafe-inline'")).toThrow(/not a frame-ancestors source/);
    expect(() => parseFrameAncestors('news.example; script-src *')).toThrow(/ATLAS_FRAME_ANCESTORS/);
    expect(() => parseFrameAncestors("'none' https://a.example")).toThrow(/'none' cannot be combined/);
  });

  it('escapes the policy for the meta tag and puts the referrer policy beside it', () => {
    const tags = policyTags(atlasPolicy());
    expect(tags).toContain(`content="${policyMeta(atlasPolicy())}"`);
    expect(tags).toContain('<meta name="referrer" content="same-origin" />');
    expect(tags).not.toContain('frame-ancestors');
  });
});

describe('the header table', () => {
  const { table } = options();

  it('caches hashed assets for a year and revalidates every file with a stable name', () => {
    expect(headersFor(table, 'assets/index-AbCd1234.js')['Cache-Control']).toBe(IMMUTABLE);
    for (const file of ROOT_FILES) expect(headersFor(table, file)['Cache-Control']).toBe(REVALIDATE);
  });

  it('lets any origin read what a sandboxed embed fetches, and embed.js, but not the page', () => {
    expect(headersFor(table, 'assets/atlas-data-AbCd1234.json')['Access-Control-Allow-Origin']).toBe('*');
    expect(headersFor(table, 'embed.js')['Access-Control-Allow-Origin']).toBe('*');
    expect(headersFor(table, 'index.html')['Access-Control-Allow-Origin']).toBeUndefined();
  });

  it('sends the full policy, nosniff and the referrer policy with every file', () => {
    for (const file of FILES) {
      const headers = headersFor(table, file);
      expect(headers['Content-Security-Policy']).toMatch(/frame-ancestors \*$/);
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
      expect(headers['Referrer-Policy']).toBe('same-origin');
    }
  });
});

describe('_headers (Netlify, Cloudflare Pages, the project server)', () => {
  it('gives every file exactly the headers of the table, each once', () => {
    const opts = options();
    const rules = parseHeadersFile(netlifyHeaders(opts));
    for (const file of FILES)
      expect(headersFromRules(rules, `/${file}`)).toEqual(headersFor(opts.table, file));
  });

  it('prefixes every rule with the base path', () => {
    const opts = options("'self'", parseBasePath('atlas'));
    const rules = parseHeadersFile(netlifyHeaders(opts));
    expect(rules.every((rule) => rule.path.startsWith('/atlas/'))).toBe(true);
    expect(headersFromRules(rules, '/atlas/assets/x-AbCd1234.css')['Cache-Control']).toBe(IMMUTABLE);
    expect(headersFromRules(rules, '/atlas/index.html')['Content-Security-Policy']).toMatch(
      /frame-ancestors 'self'$/,
    );
    expect(headersFromRules(rules, '/index.html')).toEqual({});
  });

  it('names the line of a malformed rule', () => {
    expect(() => parseHeadersFile('/*\n  Content-Security-Policy default-src\n', 'dist/_headers')).toThrow(
      'dist/_headers:2:',
    );
  });
});

describe('base path setting', () => {
  it('accepts plain segments with or without slashes', () => {
    expect(parseBasePath(undefined)).toBe('/');
    expect(parseBasePath('/')).toBe('/');
    expect(parseBasePath('atlas')).toBe('/atlas/');
    expect(parseBasePath('/news/maps/atlas/')).toBe('/news/maps/atlas/');
  });

  it('refuses anything that could escape a config line or the folder', () => {
    for (const bad of ['/a b/', '/../etc/', '/atlas;/', '/a"b/', '/a/./b/'])
      expect(() => parseBasePath(bad)).toThrow(/ATLAS_BASE_PATH/);
  });
});

describe('nginx, Caddy and Apache configurations', () => {
  const opts = options('https://news.example');
  const csp = opts.table.everyFile['Content-Security-Policy']!;

  it('nginx repeats every header in each location, since a location that adds one drops the inherited ones', () => {
    const conf = nginxServer(opts);
    const locations = [...conf.matchAll(/location ([^{]+)\{([^}]*)\}/g)];
    expect(locations.map(([, match]) => match?.trim())).toEqual(['/', '/assets/', '= /embed.js']);
    for (const [, , body] of locations) {
      expect(body).toContain(`add_header Content-Security-Policy "${csp}" always;`);
      expect(body).toContain('add_header X-Content-Type-Options "nosniff" always;');
    }
    expect(locations[1]?.[2]).toContain(`add_header Cache-Control "${IMMUTABLE}" always;`);
    expect(locations[1]?.[2]).toContain('add_header Access-Control-Allow-Origin "*" always;');
    expect(locations[0]?.[2]).toContain('add_header Cache-Control "no-cache" always;');
    expect(conf).toMatch(/text\/javascript js mjs;/);
    expect(conf).toMatch(/application\/json json;/);
    expect(conf).toMatch(/font\/woff2 woff2;/);
    expect(conf).toMatch(/gzip on;/);
    expect(conf).toMatch(/gzip_types [^;]*application\/json/);
  });

  it('nginx serves a sub-path from its own locations', () => {
    const conf = nginxServer(options(undefined, '/atlas/'));
    expect([...conf.matchAll(/location ([^{]+)\{/g)].map(([, match]) => match?.trim())).toEqual([
      '/atlas/',
      '/atlas/assets/',
      '= /atlas/embed.js',
    ]);
  });

  it('Caddy compresses, sets the policy everywhere and caches only hashed assets for good', () => {
    const conf = caddyfile(opts);
    expect(conf).toContain('\tencode zstd gzip');
    expect(conf).toContain(`\t\tContent-Security-Policy "${csp}"`);
    expect(conf).toMatch(
      /@hashed path \/assets\/\*\n\theader @hashed \{\n\t\tCache-Control "public, max-age/,
    );
    expect(conf).toMatch(
      /@revalidated not path \/assets\/\*\n\theader @revalidated \{\n\t\tCache-Control "no-cache"/,
    );
    expect(conf).toContain(
      '@typemjs path *.mjs\n\theader @typemjs Content-Type "text/javascript; charset=utf-8"',
    );
    expect(conf.indexOf('file_server')).toBeGreaterThan(conf.lastIndexOf('header '));
  });

  it('Apache sets the policy without an IfModule guard, so a missing mod_headers fails instead of serving bare', () => {
    const conf = apacheHtaccess(opts);
    expect(conf).toMatch(
      new RegExp(`^Header always set Content-Security-Policy "${csp.replace(/[*]/g, '\\*')}"$`, 'm'),
    );
    expect(conf).not.toMatch(/<IfModule mod_headers/);
    expect(conf).toMatch(
      /<If "%\{REQUEST_URI\} =~ m#\/assets\/\[\^\/\]\+\$#">\n {2}Header always set Cache-Control "public/,
    );
    expect(conf).toMatch(/AddType text\/javascript \.js \.mjs/);
    expect(conf).toMatch(/AddType font\/woff2 \.woff2/);
    expect(conf).toMatch(/AddOutputFilterByType DEFLATE [^\n]*application\/json/);
  });
});
