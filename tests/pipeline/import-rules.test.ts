/** The import rules of `npm run lint`: each root imports only what may run where it runs. */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '../..') });

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(import.meta.dirname, '../..', file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('where code may import from', () => {
  it.each([
    ['src/core/model/x.ts', "import { OPENING_BOUNDS } from '../../app/map/openingView.ts';"],
    ['src/core/model/x.ts', "import { loadDataDir } from '../../pipeline/data/loadDataDir.ts';"],
    ['src/core/model/x.ts', "import { readFileSync } from 'node:fs';"],
    ['src/core/model/x.ts', "import { untrack } from 'svelte';"],
    ['src/core/model/x.ts', "import * as maplibregl from 'maplibre-gl';"],
    ['src/app/map/x.ts', "import { loadDataDir } from '../../pipeline/data/loadDataDir.ts';"],
    ['src/app/map/x.ts', "import { readFileSync } from 'node:fs';"],
    ['src/pipeline/cli/x.ts', "import { OPENING_BOUNDS } from '../../app/map/openingView.ts';"],
    ['src/pipeline/cli/x.ts', "import Atlas from '../../app/Atlas.svelte';"],
  ])('%s may not: %s', async (file, code) => {
    expect(await restrictedImports(file, `${code}\nexport {};\n`)).not.toEqual([]);
  });

  it.each([
    ['src/app/map/x.ts', "import { createRoleIndex } from '../../core/model/roles.ts';"],
    ['src/pipeline/cli/x.ts', "import { createRoleIndex } from '../../core/model/roles.ts';"],
    ['src/pipeline/cli/x.ts', "import { readFileSync } from 'node:fs';"],
    ['src/core/model/x.ts', "import { isIsoDate } from './dates.ts';"],
  ])('%s may: %s', async (file, code) => {
    expect(await restrictedImports(file, `${code}\nexport {};\n`)).toEqual([]);
  });
});
