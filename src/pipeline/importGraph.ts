/**
 * The import graph of a source tree and its cycles. Every import counts, type-only ones included, and Svelte
 * components are read too: the usual cycle checkers either skip type imports (eslint-plugin-import-x) or cannot read
 * a component's script (dpdm, madge). TypeScript's own pre-processor lists a file's imports without compiling it.
 */
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

const SOURCE = /\.(ts|svelte)$/;
const SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script>/g;

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The files `file` imports by a relative path, resolved; packages and virtual modules are not part of the graph. */
export function importsOf(file: string, text: string): string[] {
  const code = file.endsWith('.svelte')
    ? [...text.matchAll(SCRIPT)].map((match) => match[1]).join('\n')
    : text;
  return ts
    .preProcessFile(code, true, true)
    .importedFiles.map((ref) => ref.fileName.split('?')[0] ?? '')
    .filter((name) => name.startsWith('.'))
    .map((name) => resolve(dirname(file), name));
}

/** The files of each cycle: one group per set of files that reach each other (Tarjan's algorithm). */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const group: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.unshift(member);
    } while (member !== file);
    if (group.length > 1 || graph.get(file)?.includes(file)) cycles.push(group);
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return cycles;
}

/** The same graph one level up: each folder imports the folders its files import (its own files aside). */
export function folderGraph(graph: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const folders = new Map<string, Set<string>>();
  for (const [file, imports] of graph) {
    const folder = dirname(file);
    const targets = folders.get(folder) ?? new Set<string>();
    for (const target of imports) if (dirname(target) !== folder) targets.add(dirname(target));
    folders.set(folder, targets);
  }
  return new Map([...folders].map(([folder, targets]) => [folder, [...targets]]));
}
