/** The project's static server lives with the Node code that `npm run preview` runs; tests use the same one. */
export {
  readHeaderRules,
  startStaticServer,
  type RunningServer,
  type StaticServerOptions,
} from '../../src/pipeline/serve/staticServer.ts';
