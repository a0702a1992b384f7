/**
 * Checks a production build before it ships: the page has no inline script and carries the meta policy, no code
 * evaluates strings, no shipped file names a URL outside the origin that is not a documented inert literal
 * (`distRules.ts`), every file a page, style or script refers to is present, every file is within its size budget,
 * and the host configurations are there and agree with the page's policy.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, relative, sep } from 'node:path';
import { atlasPolicy, HEADER_ONLY_DIRECTIVES, policyMeta } from './csp.ts';
import { headersFromRules, parseHeadersFile } from './hostConfigs.ts';
import { blockText, PAGE_DATA_BLOCK } from './pageData.ts';
import {
  INERT_EVALUATIONS,
  INERT_URLS,
  SIZE_BUDGETS,
  type InertEvaluation,
  type InertUrl,
  type SizeBudget,
} from './distRules.ts';

export interface DistRules {
  inertUrls: readonly InertUrl[];
  inertEvaluations: readonly InertEvaluation[];
  budgets: readonly SizeBudget[];
  /** The meta policy index.html must carry. */
  metaPolicy: string;
  /** Files the build must ship besides the app (host configurations). */
  required: readonly string[];
}

export const DEFAULT_RULES: DistRules = {
  inertUrls: INERT_URLS,
  inertEvaluations: INERT_EVALUATIONS,
  budgets: SIZE_BUDGETS,
  metaPolicy: policyMeta(atlasPolicy()),
  required: ['index.html', '_headers', '.htaccess', 'host-config/nginx.conf', 'host-config/Caddyfile'],
};

export interface DistReport {
  files: number;
  bytes: number;
  problems: string[];
}

const TEXT = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt']);
const SCRIPT = new Set(['.js', '.mjs']);
/**
 * Any absolute URL (`scheme://…`), also right after an escape in a string (`\nhttps://…`). Data and blob URLs have
 * no `//` and stay inside the document.
 */
const ABSOLUTE_URL = /(?:(?<=\\[nrt])|(?<![\w+.\\-]))[a-z][a-z0-9+.-]*:\/\/[^\s"'`()<>\\{}[\],;]*/gi;
/** A protocol-relative URL in a string, attribute or `url()`: `"//cdn.example/x.js"`. */
const PROTOCOL_RELATIVE = /["'`(=]\s*(\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s"'`()<>\\]*)/gi;
/** Calls that turn a string into code. `.evaluate(` and `_moveFunction(` do not match. */
const EVALUATION =
  /(?:(?<![\w$])(?:[\w$]+\.)?eval\s*\(|\bnew\s+Function\s*\(|(?<![\w$.])Function\s*\(|\bset(?:Timeout|Interval)\s*\(\s*["'`])/g;
/** A hashed file name Vite emitted, inside a string literal of a script. */
const HASHED_REFERENCE =
  /["'`]((?:\.{1,2}\/)?(?:[\w.-]+\/)*[\w.-]+-[\w-]{8}\.(?:js|mjs|css|json|woff2?|svg|png))["'`]/g;

function listFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path, root) : [relative(root, path).split(sep).join('/')];
  });
}

function lineOf(text: string, index: number) {
  return text.slice(0, index).split('\n').length;
}

function jsonUrls(value: unknown, path = ''): { path: string; url: string }[] {
  if (typeof value === 'string') return [...value.matchAll(ABSOLUTE_URL)].map(([url]) => ({ path, url }));
  if (Array.isArray(value)) return value.flatMap((item) => jsonUrls(item, `${path}[]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => jsonUrls(item, `${path}.${key}`));
  return [];
}

export function checkDist(distDir: string, rules: DistRules = DEFAULT_RULES): DistReport {
  if (!existsSync(distDir) || !statSync(distDir).isDirectory())
    return { files: 0, bytes: 0, problems: [`${distDir}: no build here (run \`npm run build\`)`] };
  const files = listFiles(distDir);
  const present = new Set(files);
  const problems: string[] = [];
  const usedUrls = new Set<InertUrl>();
  const usedEvaluations = new Set<InertEvaluation>();
  let bytes = 0;

  for (const file of rules.required)
    if (!present.has(file)) problems.push(`${file}: missing (the build must ship it)`);

  const checkUrl = (file: string, url: string, where: string, jsonPath?: string) => {
    const entry = rules.inertUrls.find(
      (inert) =>
        inert.files.test(file) &&
        (jsonPath !== undefined
          ? inert.jsonPath === jsonPath
          : inert.jsonPath === undefined &&
            (inert.url === url || (inert.prefix !== undefined && url.startsWith(inert.prefix)))),
    );
    if (entry) usedUrls.add(entry);
    else
      problems.push(
        `${where}: URL outside the origin: ${url} (not a documented inert literal, see distRules.ts)`,
      );
  };

  const checkReference = (file: string, reference: string, where: string) => {
    const target = reference.split(/[?#]/)[0] ?? '';
    if (target === '' || /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) return;
    const resolved = normalize(join(dirname(file), target))
      .split(sep)
      .join('/');
    if (resolved.startsWith('..') || !present.has(resolved))
      problems.push(`${where}: refers to ${reference}, which the build does not contain`);
  };

  for (const file of files) {
    const path = join(distDir, file);
    const size = statSync(path).size;
    bytes += size;
    const budget = rules.budgets.find((candidate) => candidate.files.test(file));
    if (!budget) problems.push(`${file}: no size budget covers this file (add one to distRules.ts)`);
    else if (size > budget.maxBytes)
      problems.push(`${file}: ${size} bytes, over the ${budget.maxBytes}-byte budget for ${budget.what}`);

    const ext = extname(file);
    if (!TEXT.has(ext)) continue;
    let text = readFileSync(path, 'utf8');

    // A page's JSON blocks must each equal the file they name; that file's URLs are checked as its own. A block
    // is then left out of the page's other checks, keeping its line breaks so later lines keep their numbers.
    if (ext === '.html')
      text = text.replace(PAGE_DATA_BLOCK, (block, src: string, body: string, at: number) => {
        const where = `${file}:${lineOf(text, at)}`;
        checkReference(file, src, `${where} (JSON block)`);
        const copied = join(distDir, dirname(file), src);
        if (existsSync(copied) && body !== blockText(readFileSync(copied, 'utf8')))
          problems.push(`${where}: the JSON block differs from ${src}, the file it names`);
        return block.replace(/[^\n]/g, '');
      });

    if (ext === '.json') {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        problems.push(`${file}: not valid JSON (${(error as Error).message})`);
        continue;
      }
      for (const { path: jsonPath, url } of jsonUrls(parsed))
        checkUrl(file, url, `${file} at ${jsonPath || '(root)'}`, jsonPath);
      continue;
    }

    for (const match of text.matchAll(ABSOLUTE_URL))
      checkUrl(file, match[0], `${file}:${lineOf(text, match.index)}`);
    for (const match of text.matchAll(PROTOCOL_RELATIVE))
      checkUrl(file, match[1] ?? '', `${file}:${lineOf(text, match.index)}`);

    if (SCRIPT.has(ext)) {
      for (const match of text.matchAll(EVALUATION)) {
        const entry = rules.inertEvaluations.find((inert) => {
          if (!inert.files.test(file)) return false;
          const at = text.indexOf(inert.code, Math.max(0, match.index - inert.code.length));
          return at !== -1 && at <= match.index && match.index < at + inert.code.length;
        });
        if (entry) usedEvaluations.add(entry);
        else
          problems.push(
            `${file}:${lineOf(text, match.index)}: evaluates a string: …${text.slice(Math.max(0, match.index - 40), match.index + 40)}…`,
          );
      }
      for (const match of text.matchAll(HASHED_REFERENCE))
        checkReference(file, match[1] ?? '', `${file}:${lineOf(text, match.index)}`);
    }

    if (ext === '.css')
      for (const match of text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g))
        checkReference(file, match[1]?.trim() ?? '', `${file}:${lineOf(text, match.index)}`);

    if (ext === '.html') {
      for (const match of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
        const [, attributes = '', body = ''] = match;
        if (!/\bsrc\s*=/.test(attributes) || body.trim() !== '')
          problems.push(`${file}:${lineOf(text, match.index)}: inline script`);
      }
      for (const match of text.matchAll(/<[a-z][^>]*\son[a-z]+\s*=/gi))
        problems.push(`${file}:${lineOf(text, match.index)}: inline event handler`);
      for (const match of text.matchAll(/\b(?:src|href|action|formaction)\s*=\s*["']?\s*javascript:/gi))
        problems.push(`${file}:${lineOf(text, match.index)}: javascript: URL`);
      for (const match of text.matchAll(/\b(?:src|href)\s*=\s*"([^"]*)"/gi))
        checkReference(file, match[1] ?? '', `${file}:${lineOf(text, match.index)}`);
    }
  }

  if (present.has('index.html')) problems.push(...checkPagePolicy(distDir, rules.metaPolicy));
  if (present.has('_headers')) problems.push(...checkShippedHeaders(distDir, rules.metaPolicy));

  for (const entry of rules.inertUrls)
    if (!usedUrls.has(entry))
      problems.push(
        `distRules.ts: the inert URL ${entry.url ?? entry.prefix ?? entry.jsonPath} matched nothing: remove it`,
      );
  for (const entry of rules.inertEvaluations)
    if (!usedEvaluations.has(entry))
      problems.push(`distRules.ts: the inert evaluation "${entry.code}" matched nothing: remove it`);

  return { files: files.length, bytes, problems };
}

/** index.html carries the policy in a meta tag that comes before anything the policy governs. */
function checkPagePolicy(distDir: string, metaPolicy: string): string[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/i.exec(html);
  if (!meta) return ['index.html: no <meta http-equiv="Content-Security-Policy">'];
  const problems: string[] = [];
  const content = meta[1]
    ?.replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  if (content !== metaPolicy)
    problems.push(
      `index.html: the meta policy is "${content}", expected "${metaPolicy}" (src/pipeline/build/csp.ts)`,
    );
  const firstGoverned = html.search(/<(script|link|style|img|iframe|object|base)\b/i);
  if (firstGoverned !== -1 && firstGoverned < meta.index)
    problems.push(
      'index.html: the meta policy comes after content it should govern; it must follow <meta charset>',
    );
  return problems;
}

/** `_headers` sends, for the page, the meta policy plus the header-only directives (frame-ancestors). */
function checkShippedHeaders(distDir: string, metaPolicy: string): string[] {
  const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));
  const page = rules.find((rule) => rule.path.endsWith('/index.html'));
  if (!page) return ['_headers: no rule for index.html'];
  const header = headersFromRules(rules, page.path)['Content-Security-Policy'];
  if (!header) return ['_headers: index.html gets no Content-Security-Policy'];
  const withoutHeaderOnly = header
    .split(';')
    .map((part) => part.trim())
    .filter((part) => !HEADER_ONLY_DIRECTIVES.includes(part.split(/\s+/)[0] ?? ''))
    .join('; ');
  const problems: string[] = [];
  if (withoutHeaderOnly !== metaPolicy)
    problems.push(`_headers: its policy "${header}" does not agree with the page's meta policy`);
  if (!/(^|;\s*)frame-ancestors\s/.test(header)) problems.push('_headers: the policy has no frame-ancestors');
  return problems;
}
