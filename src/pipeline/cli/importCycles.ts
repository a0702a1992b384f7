/**
 * Fails when any module imports itself through others: `npm run --silent lint:cycles [-- DIR…]` (default: src).
 * Exit codes: 0 no cycle, 1 a cycle (each listed with its files), 2 the command line is wrong.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { findCycles, importsOf, sourceFiles } from '../importGraph.ts';
import { reportFailure, UsageError } from './failure.ts';

function main(argv: string[]): number {
  const dirs = argv.length > 0 ? argv : ['src'];
  for (const dir of dirs) {
    if (dir.startsWith('-')) throw new UsageError(`unknown option ${dir} (usage: lint:cycles [DIR…])`);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`${dir} is not a folder`);
  }
  const files = dirs.flatMap((dir) => sourceFiles(resolve(dir)));
  const graph = new Map(files.map((file) => [file, importsOf(file, readFileSync(file, 'utf8'))]));
  const cycles = findCycles(graph);
  for (const cycle of cycles) {
    const files = cycle.map((file) => relative(process.cwd(), file));
    console.error(`lint:cycles: these files import each other: ${files.join(', ')}`);
  }
  if (cycles.length === 0) console.log(`lint:cycles: no import cycle among ${files.length} files`);
  return cycles.length === 0 ? 0 : 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.exitCode = reportFailure('lint:cycles', error);
}
