/**
 * The benchmark runs (its timings are too noisy for a test, so only that it works is checked): one visit of the
 * atlas and one of the bare MapLibre page against the build the other end-to-end tests use, over the emulated
 * phone connection it uses by default, and one timing of a reader's own article.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

const REQUIRED = {
  app: [
    'transferBytes',
    'requests',
    'firstIdleMs',
    'mapVisibleMs',
    'clickToPanelMs',
    'clickToPaintMs',
    'clickToPaintEmptyMs',
    'hoverToPaintMs',
    'orgSwitchToPaintMs',
    'svgExportMs',
    'pngExportMs',
    'heapBytes',
    'ownArticleFirstMatchMs',
    'ownArticleRepeatMatchMs',
    'ownArticleUnpreparedMs',
  ],
  baseline: ['transferBytes', 'firstIdleMs', 'mapVisibleMs'],
  ratio: ['firstIdle', 'transfer', 'mapVisible'],
} as const;

describe('npm run bench', () => {
  it(
    'measures both pages once and prints one JSON object with every figure',
    { timeout: 600_000 },
    async () => {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [
          resolve(root, 'node_modules/tsx/dist/cli.mjs'),
          'bench/run.ts',
          '--runs',
          '1',
          '--json',
          '--no-budgets',
          '--dist',
          inject('distDir'),
        ],
        { cwd: root, maxBuffer: 16 * 1024 * 1024 },
      );
      const report = JSON.parse(stdout) as Record<string, Record<string, unknown>>;
      for (const [group, keys] of Object.entries(REQUIRED)) {
        for (const key of keys) {
          const value = report[group]?.[key];
          expect(
            typeof value === 'number' && Number.isFinite(value) && value > 0,
            `${group}.${key} = ${value}`,
          ).toBe(true);
        }
      }
      // The connection is really limited, for the worker's downloads too (the baseline's worker fetches its
      // countries): no page can be idle before its bytes could have arrived at the profile's throughput.
      const network = report.network as { name: string; downloadKbps: number };
      expect(network.name).toBe('phone');
      const bytesPerMs = (network.downloadKbps * 1024) / 8 / 1000;
      for (const page of ['app', 'baseline']) {
        const figures = report[page] as { transferBytes: number; firstIdleMs: number };
        expect(figures.firstIdleMs, page).toBeGreaterThan(figures.transferBytes / bytesPerMs);
      }
      // The atlas ships its geometry as TopoJSON, far smaller than the baseline's GeoJSON.
      expect(report.ratio?.transfer).toBeLessThan(1);
      expect(report.app?.geometryBytes).toBeLessThan(Number(report.app?.transferBytes));
    },
  );
});
