/**
 * Checks the production build before it ships (see src/pipeline/build/distCheck.ts for what is checked).
 *
 *   npm run check:dist -- [--dist DIR]
 *
 * Exit codes: 0 the build passes, 1 it does not (every problem is listed), 2 the command line is wrong.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkDist } from '../build/distCheck.ts';

const USAGE = 'usage: check:dist [--dist DIR]';
const DEFAULT_DIST = resolve(import.meta.dirname, '../../../dist');

function main(argv: string[]): number {
  let dist: string;
  try {
    const { values } = parseArgs({ args: argv, options: { dist: { type: 'string' } }, strict: true });
    dist = resolve(values.dist ?? DEFAULT_DIST);
  } catch (error) {
    process.stderr.write(`check:dist: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const report = checkDist(dist);
  const size = `${report.files} files, ${(report.bytes / 1e6).toFixed(2)} MB`;
  if (report.problems.length === 0) {
    process.stdout.write(`check:dist: ${dist}: ${size}, no problem\n`);
    return 0;
  }
  process.stderr.write(
    `check:dist: ${dist}: ${size}, ${report.problems.length} problem(s):\n` +
      report.problems.map((problem) => `  ${problem}\n`).join(''),
  );
  return 1;
}

process.exitCode = main(process.argv.slice(2));
