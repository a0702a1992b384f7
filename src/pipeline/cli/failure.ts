/**
 * How every command reports a failure: `tool: message` on stderr, a data error as one line per problem, and the
 * same exit codes everywhere — 0 done, 1 the input or the data is wrong, 2 the command line is wrong.
 */
import { DataError, formatProblem } from '../../core/model/DataError.ts';

export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** A mistake on the command line: reported with the usage and exit code 2. */
export class UsageError extends Error {}

export function reportFailure(tool: string, error: unknown): number {
  if (error instanceof DataError) {
    const count = error.problems.length === 1 ? '1 problem' : `${error.problems.length} problems`;
    console.error(`${tool}: invalid data (${count}):\n${error.problems.map(formatProblem).join('\n')}`);
    return EXIT_FAILED;
  }
  const message = error instanceof Error ? error.message : String(error);
  console.error(`${tool}: ${message.split('\n')[0]}`);
  return error instanceof UsageError ? EXIT_USAGE : EXIT_FAILED;
}
