import { isAbsolute, relative } from 'node:path';

/** How errors name a file: from the working directory when inside it (`data/memberships.json`), else in full. */
export function displayName(path: string): string {
  const fromCwd = relative(process.cwd(), path);
  return fromCwd && !fromCwd.startsWith('..') && !isAbsolute(fromCwd) ? fromCwd.split('\\').join('/') : path;
}
