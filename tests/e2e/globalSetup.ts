/**
 * Builds the app once and serves the production build for every e2e test, compressed and with the headers the build
 * ships for static hosts (`dist/_headers`: the CSP, caching, CORS).
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { readHeaderRules, startStaticServer } from '../support/staticServer.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, '../..');
  const distDir = resolve(root, 'dist');
  if (!process.env.E2E_REUSE_BUILD) {
    execFileSync(
      process.execPath,
      [resolve(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
      // Vitest sets NODE_ENV=test, which would make Vite build Svelte's development runtime: test what ships.
      { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
    );
  }
  const app = await startStaticServer({
    root: distDir,
    headerRules: readHeaderRules(distDir),
  });
  project.provide('appUrl', app.url);
  project.provide('distDir', distDir);
  return () => app.close();
}
