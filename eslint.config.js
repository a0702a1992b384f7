import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * Where code runs shows in its path, and these rules keep it so: src/app (the browser) and src/pipeline (Node)
 * both build on src/core, never on each other, and src/core stands on neither. Import cycles are found by
 * `npm run lint:cycles` (src/pipeline/cli/importCycles.ts), which counts type imports and reads components too.
 */
const NODE_BUILTINS = { group: ['node:*'], message: 'Node modules belong in src/pipeline.' };
const rootRule = (...patterns) => ['error', { patterns }];

export default ts.config(
  { ignores: ['dist/', 'node_modules/', '.cache/', 'geo/*.json'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    ignores: ['src/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['src/core/**'],
    languageOptions: { globals: globals['shared-node-browser'] },
    rules: {
      'no-restricted-imports': rootRule(
        { group: ['**/app/**', '**/pipeline/**'], message: 'src/core imports only src/core.' },
        { group: ['*.svelte', 'svelte', 'svelte/*'], message: 'Components belong in src/app.' },
        { group: ['maplibre-gl', 'maplibre-gl/*'], message: 'MapLibre belongs in src/app.' },
        NODE_BUILTINS,
      ),
    },
  },
  {
    files: ['src/app/**'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': rootRule(
        { group: ['**/pipeline/**'], message: 'The browser app does not import the build pipeline.' },
        NODE_BUILTINS,
      ),
    },
  },
  {
    files: ['src/pipeline/**'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': rootRule(
        { group: ['**/app/**'], message: 'The pipeline does not import the browser app.' },
        { group: ['*.svelte', 'svelte', 'svelte/*'], message: 'Components belong in src/app.' },
      ),
    },
  },
);
