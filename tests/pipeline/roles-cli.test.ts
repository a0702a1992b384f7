/** `npm run roles`: the command a data editor runs to check who holds which role on a date. */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function roles(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile('npx', ['tsx', 'src/pipeline/cli/roles.ts', ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

const counts = (byStatus: Record<string, string[]>) =>
  Object.fromEntries(Object.entries(byStatus).map(([status, codes]) => [status, codes.length]));

describe('roles --json', { timeout: 30_000 }, () => {
  it('on 2024-02-01, the article’s moment, prints 9 SCO members, Belarus among 3 observers', async () => {
    const { code, stdout } = await roles('--as-of', '2024-02-01', '--json');
    expect(code).toBe(0);
    const byOrg = JSON.parse(stdout);
    expect(counts(byOrg.SCO)).toEqual({ member: 9, observer: 3, dialogue_partner: 14 });
    expect(byOrg.SCO.observer).toEqual(['AFG', 'BLR', 'MNG']);
    expect(byOrg.SCO.member).toContain('IRN');
    expect(counts(byOrg.CICA)).toEqual({ member: 28, observer: 10 });
  });

  it('on 2024-07-05, the day after the Astana summit, prints the SCO and CICA line-up', async () => {
    const { code, stdout } = await roles('--as-of', '2024-07-05', '--json');
    expect(code).toBe(0);
    const byOrg = JSON.parse(stdout);
    expect(Object.keys(byOrg)).toEqual(['SCO', 'CICA']);
    expect(Object.keys(byOrg.SCO)).toEqual(['member', 'observer', 'dialogue_partner']);
    expect(counts(byOrg.SCO)).toEqual({ member: 10, observer: 2, dialogue_partner: 14 });
    expect(counts(byOrg.CICA)).toEqual({ member: 28, observer: 10 });
    expect(byOrg.SCO.member).toContain('KAZ');
  });

  it('on 2025-09-02 prints 10 SCO members and 17 partners', async () => {
    const { code, stdout } = await roles('--as-of', '2025-09-02', '--json');
    expect(code).toBe(0);
    expect(counts(JSON.parse(stdout).SCO)).toEqual({ member: 10, partner: 17 });
  });

  it('on 2017-06-10 prints 8 SCO members', async () => {
    const { stdout } = await roles('--as-of=2017-06-10', '--json');
    expect(JSON.parse(stdout).SCO.member).toEqual(['CHN', 'IND', 'KAZ', 'KGZ', 'PAK', 'RUS', 'TJK', 'UZB']);
  });
});

describe('roles as a table', { timeout: 30_000 }, () => {
  it('at the article’s moment Kazakhstan chairs both, and Palestine is named as CICA names it', async () => {
    const { code, stdout } = await roles('--as-of', '2024-02-01');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Chairs: SCO Kazakhstan · CICA Kazakhstan/);
    expect(stdout).toMatch(/^SCO\s+observer\s+3\s+Afghanistan, Belarus, Mongolia$/m);
    expect(stdout).toContain('Palestine');
    expect(stdout).not.toContain('Palestinian Territories');
  });

  it('shows each organisation and status with its count and country names', async () => {
    const { code, stdout } = await roles('--as-of', '2024-07-05');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^SCO\s+member\s+10\s+Belarus, China, India, Iran, Kazakhstan/m);
    expect(stdout).toMatch(/^SCO\s+observer\s+2\s+Afghanistan, Mongolia$/m);
    expect(stdout).toMatch(/^CICA\s+observer\s+10\s+Belarus, Indonesia, Japan/m);
    expect(stdout).toMatch(/Chairs: SCO China · CICA Kazakhstan/);
  });
});

describe('roles with bad input', { timeout: 30_000 }, () => {
  it.each(['2024-13-01', 'yesterday'])(
    'rejects the date %s with exit code 2 and one line on stderr',
    async (date) => {
      const { code, stdout, stderr } = await roles('--as-of', date, '--json');
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toContain(date);
    },
  );

  it('rejects an unknown option with exit code 2', async () => {
    const { code, stderr } = await roles('--asof', '2024-07-05');
    expect(code).toBe(2);
    expect(stderr).toContain('--asof');
  });

  it('reports invalid data with exit code 1, naming file, record and field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-roles-'));
    try {
      cpSync(join(ROOT, 'data'), dir, { recursive: true });
      const path = join(dir, 'memberships.json');
      const text = readFileSync(path, 'utf8');
      writeFileSync(path, text.replace('"country": "IRN",', '"country": "IRX",'));
      const { code, stderr } = await roles('--data', dir, '--as-of', '2024-07-05');
      expect(code).toBe(1);
      expect(stderr).toMatch(
        /memberships\.json: record SCO\/IRX: field country: "IRX" is not an ISO 3166-1 alpha-3/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
