/** The limits the atlas is held to. Sizes in bytes (1 kB = 1000 B, as build tools report them). */

/** The longest a reader waits for the countries of their own 200 KB article after "Show on the map". */
export const OWN_ARTICLE_TARGET_MS = 150;

export interface BenchFigures {
  transferBytes: number;
  geometryBytes: number;
  firstIdleRatio: number;
  /** Null when no frames were recorded for one of the pages. */
  mapVisibleRatio: number | null;
  clickToPanelMs: number;
  clickToPaintMs: number;
  clickToPaintEmptyMs: number;
  hoverToPaintMs: number;
  orgSwitchToPaintMs: number;
  svgExportMs: number | null;
  longestTaskAfterIdleMs: number;
  /** Matching a reader's own article of 200 KB, after "Show on the map" (see ownArticleMeasure.ts). */
  ownArticleFirstMatchMs: number | null;
}

export interface BudgetResult {
  name: string;
  limit: number;
  unit: 'B' | 'ms' | '×';
  /** The median measured, or null when it could not be measured. */
  value: number | null;
  /** Missed budgets fail the run; unmeasured ones are reported but not failed. */
  status: 'pass' | 'fail' | 'not measured';
}

const BUDGETS: {
  name: string;
  limit: number;
  unit: BudgetResult['unit'];
  pick: (f: BenchFigures) => number | null;
}[] = [
  { name: 'transfer to first idle', limit: 650_000, unit: 'B', pick: (f) => f.transferBytes },
  { name: 'geometry transfer', limit: 120_000, unit: 'B', pick: (f) => f.geometryBytes },
  { name: 'first idle / baseline', limit: 0.6, unit: '×', pick: (f) => f.firstIdleRatio },
  { name: 'map visible / baseline', limit: 0.3, unit: '×', pick: (f) => f.mapVisibleRatio },
  { name: 'click → panel', limit: 50, unit: 'ms', pick: (f) => f.clickToPanelMs },
  { name: 'click → next paint', limit: 200, unit: 'ms', pick: (f) => f.clickToPaintMs },
  { name: 'click, no passage → paint', limit: 200, unit: 'ms', pick: (f) => f.clickToPaintEmptyMs },
  { name: 'hover → tooltip painted', limit: 200, unit: 'ms', pick: (f) => f.hoverToPaintMs },
  { name: 'organisation switch → paint', limit: 200, unit: 'ms', pick: (f) => f.orgSwitchToPaintMs },
  { name: 'SVG export', limit: 500, unit: 'ms', pick: (f) => f.svgExportMs },
  { name: 'longest task after idle', limit: 200, unit: 'ms', pick: (f) => f.longestTaskAfterIdleMs },
  {
    name: 'own article: first match',
    limit: OWN_ARTICLE_TARGET_MS,
    unit: 'ms',
    pick: (f) => f.ownArticleFirstMatchMs,
  },
];

export function checkBudgets(figures: BenchFigures): BudgetResult[] {
  return BUDGETS.map(({ name, limit, unit, pick }) => {
    const value = pick(figures);
    const status = value === null ? 'not measured' : value <= limit ? 'pass' : 'fail';
    return { name, limit, unit, value, status };
  });
}
