/**
 * Derives the first view's sketch of the country geometry (`src/core/geometry/firstViewSketch.ts`) and serves it
 * to the app as a hashed JSON asset, whose URL the app imports from `virtual:first-view-sketch-url`. A built page
 * carries the sketch (`pageData.ts`); the app never fetches it, and where a page lacks it the early map waits for
 * the whole geometry.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { firstViewSketch } from '../../core/geometry/firstViewSketch.ts';

const VIRTUAL_ID = 'virtual:first-view-sketch-url';
const RESOLVED_ID = '\0' + VIRTUAL_ID;
const DEV_PATH = '/@atlas/countries.sketch.json';
const ASSET_NAME = 'countries.sketch.json';

/** The sketch of a geometry file. A build checks the file first (`atlasDataPlugin.ts`), naming its problems. */
function sketchOf(geometryFile: string): string {
  return JSON.stringify(firstViewSketch(JSON.parse(readFileSync(geometryFile, 'utf8'))));
}

export function firstViewSketchAsset(
  geometryFile = resolve(import.meta.dirname, '../../../geo/countries.topo.json'),
): Plugin {
  let isServe = false;
  return {
    name: 'atlas-first-view-sketch',
    configResolved(config) {
      isServe = config.command === 'serve';
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      if (isServe) return `export default ${JSON.stringify(DEV_PATH)};`;
      const ref = this.emitFile({ type: 'asset', name: ASSET_NAME, source: sketchOf(geometryFile) });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
    configureServer(server) {
      server.middlewares.use(DEV_PATH, (_req, res) => {
        try {
          const body = sketchOf(geometryFile);
          res.setHeader('Content-Type', 'application/json');
          res.end(body);
        } catch (error) {
          res.statusCode = 500;
          res.end((error as Error).message);
        }
      });
    },
  };
}
