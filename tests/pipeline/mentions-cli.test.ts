/** The `mentions` command as a user runs it: on the shipped article, on any text file, and with bad input. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MentionIndex } from '../../src/core/model/types.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'src/pipeline/cli/mentions.ts');
// Resolved here, so the command can also be started from a folder outside the project.
const TSX = import.meta.resolve('tsx');

function run(args: string[], cwd = ROOT) {
  const env = { ...process.env };
  delete env.INIT_CWD;
  const result = spawnSync(process.execPath, ['--import', TSX, CLI, ...args], { cwd, env, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mentions-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('mentions --json', () => {
  it('lists the article’s countries, keys sorted, with the excluded headline marked', () => {
    const { status, stdout } = run(['--json']);
    expect(status).toBe(0);
    const index = JSON.parse(stdout) as MentionIndex;
    const codes = Object.keys(index);
    expect(codes).toEqual([...codes].sort());
    expect(codes).toContain('KAZ');
    expect(index.KAZ?.filter((entry) => !entry.excluded)).toHaveLength(25);
    expect(index.ARE).toEqual([
      { line: 1, matches: [{ text: 'الإمارات', start: 63, end: 71 }], excluded: true },
    ]);
  });

  it('reads the shipped article when it is named explicitly', () => {
    expect(JSON.parse(run(['data/articles/kazakhstan-2024/article.ar.txt', '--json']).stdout)).toEqual(
      JSON.parse(run(['--json']).stdout),
    );
  });

  it('reads any text file, one paragraph a line, with offsets into each line', () => {
    const file = join(dir, 'note.txt');
    writeFileSync(file, 'زار وزير الخارجية الهندي بكين\r\nثم توجه إلى روسيا البيضاء.\r\n');
    const { status, stdout } = run([file, '--json']);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      BLR: [{ line: 2, matches: [{ text: 'روسيا البيضاء', start: 12, end: 25 }] }],
      CHN: [{ line: 1, matches: [{ text: 'بكين', start: 25, end: 29 }] }],
      IND: [{ line: 1, matches: [{ text: 'الهندي', start: 18, end: 24 }] }],
    });
  });

  it('marks no line excluded in a copy of the article kept elsewhere', () => {
    const copy = join(dir, 'copy.txt');
    cpSync(join(ROOT, 'data/articles/kazakhstan-2024/article.ar.txt'), copy);
    const index = JSON.parse(run([copy, '--json']).stdout) as MentionIndex;
    expect(index.ARE).toEqual([{ line: 1, matches: [{ text: 'الإمارات', start: 63, end: 71 }] }]);
  });

  it('resolves a relative FILE against the directory it is run from', () => {
    writeFileSync(join(dir, 'short.txt'), 'قطر');
    expect(JSON.parse(run(['short.txt', '--json'], dir).stdout)).toEqual({
      QAT: [{ line: 1, matches: [{ text: 'قطر', start: 0, end: 3 }] }],
    });
  });
});

describe('mentions without --json', () => {
  it('prints each country with its number of paragraphs and its lines', () => {
    const { status, stdout } = run([]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/KAZ {2}Kazakhstan +25 paragraphs {2}lines 2–9, 11–27/);
    expect(stdout).toMatch(
      /ARE {2}United Arab Emirates +0 paragraphs {2}\(line 1: not part of the article\)/,
    );
    expect(stdout).toMatch(/SCO +8 paragraphs/);
  });
});

describe('mentions with bad input', () => {
  it('stops with a one-line error for a missing file', () => {
    const { status, stdout, stderr } = run([join(dir, 'missing.txt'), '--json']);
    expect(status).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('no such file');
    expect(stderr).toContain('missing.txt');
  });

  it('stops with a one-line error for an unknown option', () => {
    const { status, stderr } = run(['--jsn']);
    expect(status).not.toBe(0);
    expect(stderr.trim()).toMatch(/^mentions: unknown option --jsn/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
