/**
 * Validates `data/` and the country geometry at build start (a bad record fails the build, naming file, record and
 * field) and serves the validated data, the article and its mention index to the app as one hashed JSON asset.
 * The app imports `virtual:atlas-data-url` and fetches it, so a failed load can be shown and retried.
 */
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { buildAtlasBundle } from './atlasBundle.ts';
import { checkCountriesDrawn, loadGeometry } from '../data/checkGeometry.ts';
import { displayName } from '../displayName.ts';

const VIRTUAL_ID = 'virtual:atlas-data-url';
const RESOLVED_ID = '\0' + VIRTUAL_ID;
const DEV_PATH = '/@atlas/atlas-data.json';

export function atlasData(
  dataDir = resolve(import.meta.dirname, '../../../data'),
  geometryFile = resolve(import.meta.dirname, '../../../geo/countries.topo.json'),
): Plugin {
  let isServe = false;
  let built: string | undefined;
  const bundleJson = () => JSON.stringify(buildAtlasBundle(dataDir));

  return {
    name: 'atlas-data',
    configResolved(config) {
      isServe = config.command === 'serve';
    },
    buildStart() {
      if (isServe) return;
      const bundle = buildAtlasBundle(dataDir);
      const geometry = loadGeometry(geometryFile);
      checkCountriesDrawn(bundle.data, geometry, displayName(geometryFile), (name) =>
        displayName(join(dataDir, name)),
      );
      built = JSON.stringify(bundle);
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      if (isServe) return `export default ${JSON.stringify(DEV_PATH)};`;
      const ref = this.emitFile({ type: 'asset', name: 'atlas-data.json', source: built ?? bundleJson() });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
    configureServer(server) {
      server.watcher.add(dataDir);
      server.middlewares.use(DEV_PATH, (_req, res) => {
        try {
          const body = bundleJson();
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
