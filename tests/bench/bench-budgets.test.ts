/** The benchmark's arithmetic: medians with their spread, and which budgets a set of figures meets. */
import { describe, expect, it } from 'vitest';
import { checkBudgets, type BenchFigures } from '../../bench/budgets.ts';
import { column, summarise } from '../../bench/stats.ts';

const withinEveryBudget: BenchFigures = {
  transferBytes: 600_000,
  geometryBytes: 80_000,
  firstIdleRatio: 0.5,
  mapVisibleRatio: 0.2,
  clickToPanelMs: 30,
  clickToPaintMs: 120,
  clickToPaintEmptyMs: 80,
  hoverToPaintMs: 40,
  orgSwitchToPaintMs: 150,
  svgExportMs: 150,
  longestTaskAfterIdleMs: 120,
  ownArticleFirstMatchMs: 60,
};
const statusOf = (figures: BenchFigures) =>
  Object.fromEntries(checkBudgets(figures).map((budget) => [budget.name, budget.status]));

describe('summarise', () => {
  it('gives the median (the mean of the middle two for an even count), min and max', () => {
    expect(summarise([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, runs: 3 });
    expect(summarise([4, 1, 3, 10])).toEqual({ median: 3.5, min: 1, max: 10, runs: 4 });
    expect(summarise([])).toBeNull();
  });

  it('leaves out runs where a figure could not be measured', () => {
    expect(column([{ v: 1 }, { v: null }, { v: Number.NaN }, { v: 2 }], (r) => r.v)).toEqual([1, 2]);
  });
});

describe('checkBudgets', () => {
  it('passes figures within every budget, limits included', () => {
    expect(new Set(Object.values(statusOf(withinEveryBudget)))).toEqual(new Set(['pass']));
    expect(
      Object.values(
        statusOf({
          ...withinEveryBudget,
          firstIdleRatio: 0.6,
          mapVisibleRatio: 0.3,
          clickToPanelMs: 50,
          clickToPaintMs: 200,
        }),
      ),
    ).not.toContain('fail');
  });

  it('fails exactly the budgets that are missed', () => {
    const status = statusOf({
      ...withinEveryBudget,
      firstIdleRatio: 1.3,
      transferBytes: 650_001,
      mapVisibleRatio: 0.31,
      clickToPaintEmptyMs: 201,
    });
    expect(
      Object.entries(status)
        .filter(([, s]) => s === 'fail')
        .map(([name]) => name),
    ).toEqual([
      'transfer to first idle',
      'first idle / baseline',
      'map visible / baseline',
      'click, no passage → paint',
    ]);
  });

  it("holds the first match of a reader's own article to 150 ms", () => {
    expect(statusOf({ ...withinEveryBudget, ownArticleFirstMatchMs: 150 })['own article: first match']).toBe(
      'pass',
    );
    expect(statusOf({ ...withinEveryBudget, ownArticleFirstMatchMs: 151 })['own article: first match']).toBe(
      'fail',
    );
  });

  it('reports an export that could not be timed as not measured, not as a failure', () => {
    expect(statusOf({ ...withinEveryBudget, svgExportMs: null })['SVG export']).toBe('not measured');
    expect(statusOf({ ...withinEveryBudget, mapVisibleRatio: null })['map visible / baseline']).toBe(
      'not measured',
    );
  });
});
