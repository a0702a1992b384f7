/** The import-cycle check behind `npm run lint`: it must see type-only imports and the scripts of components. */
import { describe, expect, it } from 'vitest';
import { findCycles, folderGraph, importsOf } from '../../src/pipeline/importGraph.ts';

describe('importsOf', () => {
  it('lists relative imports of a module, type-only and dynamic ones included, without query strings', () => {
    const text = [
      "import type { A } from './a.ts';",
      "import { b } from '../b.ts';",
      "import url from './c.json?url';",
      "import 'maplibre-gl';",
      "const d = () => import('./d.svelte');",
    ].join('\n');
    expect(importsOf('/x/y/file.ts', text)).toEqual(['/x/y/a.ts', '/x/b.ts', '/x/y/c.json', '/x/y/d.svelte']);
  });

  it("reads a component's scripts and nothing of its markup", () => {
    const text = [
      '<script module lang="ts">',
      "  import type { A } from './a.ts';",
      '</script>',
      '<script lang="ts">',
      "  import B from './B.svelte';",
      '</script>',
      "<p>import C from './c.ts'</p>",
    ].join('\n');
    expect(importsOf('/x/View.svelte', text)).toEqual(['/x/a.ts', '/x/B.svelte']);
  });
});

describe('findCycles', () => {
  it('finds each group of files that import each other, and only those', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
      ['f', ['d', 'outside']],
    ]);
    const cycles = findCycles(graph).map((group) => [...group].sort());
    expect(cycles).toHaveLength(2);
    expect(cycles).toContainEqual(['a', 'b', 'c']);
    expect(cycles).toContainEqual(['e']);
  });

  it('finds none in a graph without cycles', () => {
    expect(
      findCycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', []],
        ]),
      ),
    ).toEqual([]);
  });
});

describe('folderGraph', () => {
  it('turns files that import across folders into folders that import each other', () => {
    const graph = new Map([
      ['/src/map/view.ts', ['/src/state/atlas.ts', '/src/map/style.ts']],
      ['/src/map/style.ts', []],
      ['/src/state/atlas.ts', ['/src/state/url.ts']],
      ['/src/state/url.ts', ['/src/map/style.ts']],
    ]);
    const folders = folderGraph(graph);
    expect(folders.get('/src/map')).toEqual(['/src/state']);
    expect(folders.get('/src/state')).toEqual(['/src/map']);
    expect(findCycles(graph)).toEqual([]);
    expect(findCycles(folders).map((group) => [...group].sort())).toEqual([['/src/map', '/src/state']]);
  });
});
