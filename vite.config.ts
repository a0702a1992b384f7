import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { atlasData } from './src/pipeline/build/atlasDataPlugin.ts';
import { atlasPolicy, parseFrameAncestors } from './src/pipeline/build/csp.ts';
import { deployProtections } from './src/pipeline/build/deployProtections.ts';
import { firstViewChunk } from './src/pipeline/build/firstViewChunk.ts';
import { firstViewSketchAsset } from './src/pipeline/build/firstViewSketchPlugin.ts';
import { APP_MODULE, firstViewPreloads } from './src/pipeline/build/firstViewPreloads.ts';
import { pageData } from './src/pipeline/build/pageData.ts';
import { parseBasePath } from './src/pipeline/build/hostConfigs.ts';

// Lets the tests build against a deliberately broken copy of data/.
const dataDir = process.env.ATLAS_DATA_DIR ? resolve(process.env.ATLAS_DATA_DIR) : undefined;
// Which sites may frame the atlas, and the URL path the shipped host configurations serve it under (README: Deploy).
const policy = atlasPolicy(parseFrameAncestors(process.env.ATLAS_FRAME_ANCESTORS));
const basePath = parseBasePath(process.env.ATLAS_BASE_PATH);
const firstView = firstViewChunk(APP_MODULE);

export default defineConfig({
  base: './',
  plugins: [
    svelte(),
    atlasData(dataDir),
    firstViewSketchAsset(),
    firstView.plugin,
    firstViewPreloads(),
    pageData(),
    deployProtections({ policy, basePath }),
  ],
  server: { host: '127.0.0.1', port: 5173 },
  build: {
    target: 'es2022',
    // Geometry and data are fetched at run time (so a failed load can be retried), never inlined.
    assetsInlineLimit: (file) => (/\.(json|woff2?|mjs)$/.test(file) ? false : undefined),
    // MapLibre (about 1 MB, changing only with its version) gets a chunk of its own, so a release of the atlas
    // does not make returning readers download it again. Only its code: the entry script imports the worker's URL
    // (`?url`), which must not make the entry wait for MapLibre.
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      // The plugin-timing warning measures how busy the machine is, not the build: on a loaded 2-core machine it
      // fires on an ordinary build, and a clean build's output must stay silent (the deploy test checks it).
      checks: { bundlerTimings: false },
      output: {
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/][^?]*$/, priority: 2 },
            firstView.group,
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
});
