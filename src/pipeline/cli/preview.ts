/**
 * Serves the production build the way the shipped host configurations do: the headers from `dist/_headers`
 * (Content-Security-Policy with frame-ancestors, nosniff, referrer policy, caching, CORS), compression, validators.
 *
 *   npm run preview -- [--port 4173] [--dist DIR]
 *
 * Under a sub-path when built with one: `ATLAS_BASE_PATH=/atlas/ npm run build && ATLAS_BASE_PATH=/atlas/ npm run preview`.
 * Exit codes: 0 stopped, 1 the build is missing or was made for another base path, 2 the command line is wrong.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseBasePath } from '../build/hostConfigs.ts';
import { readHeaderRules, startStaticServer } from '../serve/staticServer.ts';

const USAGE = 'usage: preview [--port N] [--dist DIR]';
const DEFAULT_DIST = resolve(import.meta.dirname, '../../../dist');

async function main(argv: string[]): Promise<number> {
  let port: number;
  let dist: string;
  let basePath: string;
  try {
    const { values } = parseArgs({
      args: argv,
      options: { port: { type: 'string', default: '4173' }, dist: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    });
    port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new Error(`--port ${values.port} is not a port`);
    dist = resolve(values.dist ?? DEFAULT_DIST);
    basePath = parseBasePath(process.env.ATLAS_BASE_PATH);
  } catch (error) {
    process.stderr.write(`preview: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (!existsSync(resolve(dist, 'index.html'))) {
    process.stderr.write(`preview: ${dist} holds no build: run \`npm run build\` first\n`);
    return 1;
  }
  let headerRules;
  try {
    headerRules = readHeaderRules(dist);
  } catch (error) {
    process.stderr.write(`preview: ${(error as Error).message}\n`);
    return 1;
  }
  // The build names its page in _headers under the base path it was made for.
  if (!headerRules.some((rule) => rule.path === `${basePath}index.html`)) {
    process.stderr.write(
      `preview: ${dist}/_headers was written for another base path than ${basePath}: ` +
        'build and preview with the same ATLAS_BASE_PATH\n',
    );
    return 1;
  }
  const server = await startStaticServer({ root: dist, port, basePath, headerRules });
  process.stdout.write(`preview: serving ${dist} at ${server.url} with the headers of its _headers file\n`);
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  await server.close();
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
