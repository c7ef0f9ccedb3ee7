import { describe, expect, it } from 'vitest';
import { paintChecks } from '../../bench/paintBudgets';
import { paintMedian, type PaintFigures, type PaintProfile, type PaintRun } from '../../bench/paintFigures';
import { paintTable } from '../../bench/paintTable';
import { median, quantile } from '../../bench/stats';

const runs = (fcp: number[], lcp: (number | null)[] = fcp, cls: number[] = fcp.map(() => 0)): PaintRun[] =>
  fcp.map((fcpMs, i) => ({ fcpMs, lcpMs: lcp[i]!, cls: cls[i]! }));
const figures = (profile: PaintProfile, page: string, r: PaintRun[]): PaintFigures => ({ profile, page, plain: page === 'plain page', runs: r });

describe('bench statistics', () => {
  it('takes the middle value, or interpolates between the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(quantile([10, 20, 30, 40, 50], 0.95)).toBe(48);
    expect(median([])).toBeNaN();
  });

  it('leaves out runs that never reported a figure', () => {
    expect(paintMedian(runs([100, 200, 300], [null, 400, 500]), 'lcpMs')).toBe(450);
    expect(paintMedian(runs([100], [null]), 'lcpMs')).toBeNull();
  });
});

describe('paint budgets', () => {
  const all = [
    figures('desktop', 'plain page', runs([40, 50, 60])),
    figures('desktop', '/', runs([90, 100, 110], [90, 100, 110], [0, 0.05, 0.2])),
    figures('mobile', 'plain page', runs([600, 700, 800])),
    figures('mobile', '/matrix', runs([1500, 1600, 1700], [2400, 2600, 2700], [0.2, 0.3, 0])),
  ];

  it('holds FCP to twice the plain page in the same profile, LCP to 2.5 s on mobile only, CLS to 0.1', () => {
    expect(paintChecks(all)).toEqual([
      ["desktop / FCP 100 ms ≤ 2× the plain page's 50 ms (100 ms)", true],
      ['desktop / CLS 0.050 ≤ 0.1', true],
      ["mobile /matrix FCP 1,600 ms ≤ 2× the plain page's 700 ms (1,400 ms)", false],
      ['mobile /matrix LCP 2,600 ms ≤ 2,500 ms', false],
      ['mobile /matrix CLS 0.200 ≤ 0.1', false],
    ]);
  });

  it('fails a figure the page never reported', () => {
    const checks = paintChecks([figures('mobile', 'plain page', runs([600])), figures('mobile', '/', runs([500], [null]))]);
    expect(checks).toContainEqual(['mobile / LCP none ≤ 2,500 ms', false]);
  });
});

describe('paint table', () => {
  it('gives each page its median, FCP as a multiple of the plain page, and every run', () => {
    const lines = paintTable(
      [figures('desktop', 'plain page', runs([40, 50, 60])), figures('desktop', '/', runs([90, 100, 110], [90, 100, 110], [0, 0.05, 0.2]))],
      { desktop: '1280×900' },
    );
    expect(lines).toEqual([
      'Paint: median of 3 cold loads, each run in brackets',
      '  desktop: 1280×900',
      'profile │ page       │ FCP ms                         │ LCP ms             │ CLS',
      '────────┼────────────┼────────────────────────────────┼────────────────────┼────────────────────────────',
      'desktop │ plain page │ 50 (40, 50, 60)                │ 50 (40, 50, 60)    │ 0.000 (0.000, 0.000, 0.000)',
      'desktop │ /          │ 100, 2.0× plain (90, 100, 110) │ 100 (90, 100, 110) │ 0.050 (0.000, 0.050, 0.200)',
    ]);
  });
});
