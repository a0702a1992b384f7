/**
 * The deploy settings of a real `vite build`: which sites may frame the atlas (`ATLAS_FRAME_ANCESTORS`) and the
 * path the host configurations serve it under (`ATLAS_BASE_PATH`) reach every shipped configuration but not the
 * page's meta policy, and a bad value stops the build naming the setting.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDist } from '../../src/pipeline/build/distCheck.ts';
import { headersFromRules, parseHeadersFile } from '../../src/pipeline/build/hostConfigs.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const outDir = mkdtempSync(join(tmpdir(), 'atlas-deploy-build-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function build(env: Record<string, string>) {
  return spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--logLevel',
      'warn',
      '--outDir',
      outDir,
      '--emptyOutDir',
    ],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production', ...env } },
  );
}

describe('deploy settings', () => {
  it('a frame-ancestors value that is not a source stops the build, naming the setting', () => {
    const result = build({ ATLAS_FRAME_ANCESTORS: 'https://news.example/story' });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(
      /ATLAS_FRAME_ANCESTORS: "https:\/\/news\.example\/story" is not a frame-ancestors source/,
    );
  });

  it('a base path that is not a plain URL path stops the build, naming the setting', () => {
    const result = build({ ATLAS_BASE_PATH: '/../atlas' });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/ATLAS_BASE_PATH: "\/\.\.\/atlas" is not a URL path/);
  });

  it(
    'named embedders and a sub-path reach every configuration, and the build passes its check',
    { timeout: 180_000 },
    () => {
      const result = build({
        ATLAS_FRAME_ANCESTORS: "'self' https://news.example",
        ATLAS_BASE_PATH: 'atlas',
      });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const read = (file: string) => readFileSync(join(outDir, file), 'utf8');
      const rules = parseHeadersFile(read('_headers'));
      expect(rules.map((rule) => rule.path)).toEqual([
        '/atlas/*',
        '/atlas/assets/*',
        '/atlas/',
        '/atlas/embed.js',
        '/atlas/favicon.svg',
        '/atlas/index.html',
      ]);
      const page = headersFromRules(rules, '/atlas/index.html')['Content-Security-Policy'];
      expect(page).toMatch(/; frame-ancestors 'self' https:\/\/news\.example$/);
      expect(read('host-config/nginx.conf')).toContain('location /atlas/assets/ {');
      expect(read('host-config/nginx.conf')).toContain(
        `frame-ancestors 'self' https://news.example" always;`,
      );
      expect(read('host-config/Caddyfile')).toContain('@hashed path /atlas/assets/*');
      expect(read('.htaccess')).toContain(`frame-ancestors 'self' https://news.example"`);
      expect(read('index.html')).not.toContain('frame-ancestors');
      expect(checkDist(outDir).problems).toEqual([]);
    },
  );
});
