/**
 * Every command's limits on what it reads, as a user meets them: one line on stderr naming the tool and the path,
 * a non-zero exit, and never a hang — a directory, a device, a huge, binary or invalid UTF-8 file, a data folder
 * that is a file or links a data file to /dev/zero, and a view box too small to draw. Usage errors exit 2 in every
 * command.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TEXT_BYTES } from '../../src/pipeline/readInput.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = import.meta.resolve('tsx');

function run(tool: 'mentions' | 'roles' | 'export', args: string[]) {
  const env = { ...process.env };
  delete env.INIT_CWD;
  const result = spawnSync(
    process.execPath,
    ['--import', TSX, join(ROOT, `src/pipeline/cli/${tool}.ts`), ...args],
    {
      cwd: ROOT,
      env,
      encoding: 'utf8',
      // A command that reads /dev/zero or a pipe would never end on its own.
      timeout: 60_000,
    },
  );
  return {
    status: result.status,
    signal: result.signal,
    stdout: result.stdout,
    stderr: result.stderr.trim(),
  };
}

function expectOneLineError(result: ReturnType<typeof run>, tool: string, pattern: RegExp, status = 1) {
  expect(result.signal).toBeNull();
  expect(result.stderr.split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(new RegExp(`^${tool}: `));
  expect(result.stderr).toMatch(pattern);
  expect(result.status).toBe(status);
  expect(result.stdout).toBe('');
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-limits-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('mentions FILE', { timeout: 90_000 }, () => {
  it('a directory is named as a directory', () => {
    expectOneLineError(
      run('mentions', [dir]),
      'mentions',
      /cli-limits-\w+: is a directory, not a text file$/,
    );
  });

  it('a device is named as one and not read', () => {
    expectOneLineError(run('mentions', ['/dev/zero']), 'mentions', /\/dev\/zero: is a character device/);
  });

  it(`a file over the limit (${MAX_TEXT_BYTES / 1024 / 1024} MB) is refused before it is read`, () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, '');
    truncateSync(big, 49 * 1024 * 1024);
    expectOneLineError(
      run('mentions', [big]),
      'mentions',
      /big\.txt: is 49\.0 MB, over the limit of 4\.0 MB$/,
    );
  });

  it('binary data is refused, with the offset of its first NUL byte', () => {
    const binary = join(dir, 'image.png');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    expectOneLineError(
      run('mentions', [binary]),
      'mentions',
      /image\.png: is not a text file \(a NUL byte at byte offset 8\)$/,
    );
  });

  it('invalid UTF-8 is refused, with its byte offset', () => {
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from('Kazakhstan caf\xe9 Astana', 'latin1'));
    expectOneLineError(
      run('mentions', [latin1]),
      'mentions',
      /latin1\.txt: is not valid UTF-8 \(at byte offset 14\)$/,
    );
  });
});

describe('roles --data', { timeout: 90_000 }, () => {
  it('a file is not a data folder', () => {
    expectOneLineError(
      run('roles', ['--data', '/etc/passwd']),
      'roles',
      /\/etc\/passwd: is a file, not a folder$/,
    );
  });

  it('a data file linked to /dev/zero is named, not read', () => {
    const data = join(dir, 'data');
    cpSync(join(ROOT, 'data'), data, { recursive: true });
    rmSync(join(data, 'memberships.json'));
    symlinkSync('/dev/zero', join(data, 'memberships.json'));
    const result = run('roles', ['--data', data]);
    expect(result.signal).toBeNull();
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^roles: invalid data \(1 problem\):/);
    expect(result.stderr).toContain('memberships.json: is a character device, not a text file');
  });
});

describe('export --view', { timeout: 90_000 }, () => {
  it('a box smaller than the minimum span is a usage error, at once', () => {
    const started = performance.now();
    const result = run('export', [
      '--view',
      '10,20,10.000000000001,20.000000000001',
      '--out',
      join(dir, 'x.svg'),
    ]);
    expectOneLineError(result, 'export', /--view must span at least 0\.01° each way/, 2);
    expect(performance.now() - started).toBeLessThan(30_000);
  });
});

describe('usage errors exit 2 in every command', { timeout: 90_000 }, () => {
  for (const tool of ['mentions', 'roles', 'export'] as const) {
    it(tool, () => {
      expectOneLineError(run(tool, ['--no-such-option']), tool, /--no-such-option/, 2);
    });
  }
});
