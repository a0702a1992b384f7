/** Builds the app once and serves the production build, compressed and under the app's CSP, for every e2e test. */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { CONTENT_SECURITY_POLICY } from '../../src/pipeline/build/csp.ts';
import { startStaticServer } from '../support/staticServer.ts';

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
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
  }
  const app = await startStaticServer({
    root: distDir,
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  });
  project.provide('appUrl', app.url);
  project.provide('distDir', distDir);
  return () => app.close();
}
