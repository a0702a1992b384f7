/**
 * Puts the app's first view in one chunk: every module the app's start-up module imports statically, including
 * those the lazy parts (the map view, the export dialog, the article matcher) share with it. Left to itself the
 * bundler splits those shared modules into small common chunks, and over a phone connection each is one more
 * request the early map waits for (on HTTP/1.1, six at a time). The lazy parts load after the first view in any
 * case, so they lose nothing by importing from its chunk.
 */
import type { Plugin } from 'vite';

type CodeSplittingGroup = {
  name: string;
  test: (id: string) => boolean;
  priority: number;
  includeDependenciesRecursively: boolean;
};

export function firstViewChunk(startModule: RegExp): { plugin: Plugin; group: CodeSplittingGroup } {
  const members = new Set<string>();
  const plugin: Plugin = {
    name: 'atlas-first-view-chunk',
    apply: 'build',
    buildEnd(error) {
      if (error) return;
      const ids = [...this.getModuleIds()];
      const start = ids.find((id) => startModule.test(id));
      if (!start) throw new Error(`firstViewChunk: no module matches ${startModule}`);
      const staticClosure = (roots: string[]) => {
        const seen = new Set<string>();
        const pending = [...roots];
        for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
          if (seen.has(id)) continue;
          seen.add(id);
          pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
        return seen;
      };
      // What the entry script imports itself (Vite's preload helper, say) stays with it: taken into this chunk,
      // it would make the entry script wait for the whole first view.
      const entry = staticClosure(ids.filter((id) => this.getModuleInfo(id)?.isEntry));
      members.clear();
      for (const id of staticClosure([start])) if (!entry.has(id)) members.add(id);
    },
  };
  return {
    plugin,
    group: { name: 'app', test: (id) => members.has(id), priority: 1, includeDependenciesRecursively: false },
  };
}
