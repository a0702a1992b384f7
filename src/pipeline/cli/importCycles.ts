/**
 * Fails when any module imports itself through others, or any folder does (a file in it imports a file elsewhere
 * that leads back): `npm run --silent lint:cycles [-- DIR…]` (default: src).
 * Exit codes: 0 no cycle, 1 a cycle (each listed with its files or folders), 2 the command line is wrong.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { findCycles, folderGraph, importsOf, sourceFiles } from '../importGraph.ts';
import { reportFailure, UsageError } from './failure.ts';

function main(argv: string[]): number {
  const dirs = argv.length > 0 ? argv : ['src'];
  for (const dir of dirs) {
    if (dir.startsWith('-')) throw new UsageError(`unknown option ${dir} (usage: lint:cycles [DIR…])`);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`${dir} is not a folder`);
  }
  const files = dirs.flatMap((dir) => sourceFiles(resolve(dir)));
  const graph = new Map(files.map((file) => [file, importsOf(file, readFileSync(file, 'utf8'))]));
  const cycles = [
    ...findCycles(graph).map((group) => ({ kind: 'files', group })),
    ...findCycles(folderGraph(graph)).map((group) => ({ kind: 'folders', group })),
  ];
  for (const { kind, group } of cycles) {
    const names = group.map((path) => relative(process.cwd(), path) || '.');
    console.error(`lint:cycles: these ${kind} import each other: ${names.join(', ')}`);
  }
  if (cycles.length === 0)
    console.log(`lint:cycles: no import cycle among ${files.length} files or their folders`);
  return cycles.length === 0 ? 0 : 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.exitCode = reportFailure('lint:cycles', error);
}
