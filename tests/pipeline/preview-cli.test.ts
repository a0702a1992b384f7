/** `npm run preview`: serves a build with the headers of its own `_headers`, and refuses what it cannot serve. */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { atlasPolicy } from '../../src/pipeline/build/csp.ts';
import { netlifyHeaders } from '../../src/pipeline/build/hostConfigs.ts';
import { headerTable } from '../../src/pipeline/build/hostHeaders.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const dist = mkdtempSync(join(tmpdir(), 'atlas-preview-'));
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>atlas</title>');
writeFileSync(
  join(dist, '_headers'),
  netlifyHeaders({ table: headerTable(atlasPolicy()), basePath: '/', rootFiles: ['index.html'] }),
);
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function preview(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number; stderr: string }>((done) =>
    execFile(
      'npx',
      ['tsx', 'src/pipeline/cli/preview.ts', ...args],
      { cwd: ROOT, env: { ...process.env, ...env } },
      (error, _stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stderr }),
    ),
  );
}

describe('npm run preview', () => {
  it('serves the build with the headers its _headers file gives', async () => {
    const child = spawn('npx', ['tsx', 'src/pipeline/cli/preview.ts', '--dist', dist, '--port', '0'], {
      cwd: ROOT,
      detached: true,
    });
    try {
      const url = await new Promise<string>((found, fail) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
          if (match?.[1]) found(match[1]);
        });
        child.once('exit', (code) => fail(new Error(`preview exited with ${code}`)));
      });
      const response = await fetch(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toMatch(
        /script-src 'self'.*frame-ancestors \*/,
      );
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('etag')).toMatch(/^W\/"/);
    } finally {
      process.kill(-child.pid!, 'SIGTERM');
    }
  });

  it(
    'refuses a folder with no build, a build for another base path, and a bad port',
    { timeout: 90_000 },
    async () => {
      const missing = await preview(['--dist', join(dist, 'nothing')]);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toMatch(/^preview: .*nothing holds no build: run `npm run build` first\n$/);
      const otherBase = await preview(['--dist', dist], { ATLAS_BASE_PATH: '/atlas/' });
      expect(otherBase.code).toBe(1);
      expect(otherBase.stderr).toMatch(/_headers was written for another base path than \/atlas\//);
      const badPort = await preview(['--port', 'eighty']);
      expect(badPort.code).toBe(2);
      expect(badPort.stderr).toMatch(/^preview: --port eighty is not a port\nusage: preview/);
    },
  );
});
