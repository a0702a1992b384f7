/**
 * The checks every command and the build make before reading a file or folder they were given: it exists, it is a
 * regular file (or a folder), it is no larger than the limit, and it is UTF-8 text. Each failure is one line that
 * names the path, so no command hangs on `/dev/zero` or a pipe, runs out of memory on a huge file, or reads
 * binary data as text.
 */
import { readFileSync, statSync, type Stats } from 'node:fs';
import { displayName } from './displayName.ts';

/** The largest text file `mentions` (and the article pipeline) reads: the article is 14 kB. */
export const MAX_TEXT_BYTES = 4 * 1024 * 1024;
/** The largest data file the build reads: the largest is 31 kB. */
export const MAX_DATA_BYTES = 4 * 1024 * 1024;

/** A file or folder that cannot be read as asked; the message names it. */
export class InputError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${displayName(path)}: ${problem}`);
  }
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

function statOf(path: string): Stats {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(path, 'no such file or directory');
    if (code === 'ENOTDIR') throw new InputError(path, 'a part of the path is not a directory');
    if (code === 'EACCES') throw new InputError(path, 'permission denied');
    if (code === 'ELOOP') throw new InputError(path, 'too many symbolic links');
    throw new InputError(path, (error as Error).message);
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

/** Throws unless `path` (after symbolic links) is a folder. */
export function checkFolder(path: string): void {
  const stats = statOf(path);
  if (!stats.isDirectory())
    throw new InputError(path, `is ${stats.isFile() ? 'a file' : kindOf(stats)}, not a folder`);
}

/**
 * Where the first byte that is not part of valid UTF-8 is, or -1. Overlong forms, surrogates and code points past
 * U+10FFFF are invalid too, as in the WHATWG decoder.
 */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    if (byte < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (byte >= 0xc2 && byte <= 0xdf) length = 2;
    else if (byte >= 0xe0 && byte <= 0xef) {
      length = 3;
      if (byte === 0xe0) lower = 0xa0;
      if (byte === 0xed) upper = 0x9f;
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      length = 4;
      if (byte === 0xf0) lower = 0x90;
      if (byte === 0xf4) upper = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined) return i;
      if (k === 1 ? next < lower || next > upper : next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}

/**
 * Reads a UTF-8 text file after checking that it is a regular file of at most `maxBytes` bytes; a NUL byte or
 * invalid UTF-8 is reported with its byte offset.
 */
export function readTextFile(path: string, { maxBytes }: { maxBytes: number }): string {
  const stats = statOf(path);
  if (!stats.isFile()) throw new InputError(path, `is ${kindOf(stats)}, not a text file`);
  if (stats.size > maxBytes)
    throw new InputError(path, `is ${formatBytes(stats.size)}, over the limit of ${formatBytes(maxBytes)}`);
  const bytes = readFileSync(path);
  if (bytes.length > maxBytes) throw new InputError(path, `is over the limit of ${formatBytes(maxBytes)}`);
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new InputError(path, `is not a text file (a NUL byte at byte offset ${nul})`);
  const invalid = invalidUtf8Offset(bytes);
  if (invalid !== -1) throw new InputError(path, `is not valid UTF-8 (at byte offset ${invalid})`);
  return bytes.toString('utf8');
}
