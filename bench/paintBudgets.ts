import { paintMedian, type PaintFigures } from './paintFigures';

export const paintBudgets = { fcpVsPlain: 2, mobileLcpMs: 2500, cls: 0.1 };

const ms = (n: number | null) => (n === null ? 'none' : `${Math.round(n).toLocaleString('en-GB')} ms`);

/**
 * Each app page, in each profile, held to: a median FCP at most twice the plain page's in the same
 * profile (the machine's own speed cancels out), a median LCP within 2.5 s on mobile, and a median CLS
 * within 0.1. A figure the page never reported fails.
 */
export function paintChecks(figures: PaintFigures[]): [string, boolean][] {
  const checks: [string, boolean][] = [];
  for (const app of figures.filter((f) => !f.plain)) {
    const plain = figures.find((f) => f.plain && f.profile === app.profile);
    const plainFcp = plain ? paintMedian(plain.runs, 'fcpMs') : null;
    const fcp = paintMedian(app.runs, 'fcpMs');
    const limit = plainFcp === null ? null : paintBudgets.fcpVsPlain * plainFcp;
    checks.push([
      `${app.profile} ${app.page} FCP ${ms(fcp)} ≤ ${paintBudgets.fcpVsPlain}× the plain page's ${ms(plainFcp)} (${ms(limit)})`,
      fcp !== null && limit !== null && fcp <= limit,
    ]);
    if (app.profile === 'mobile') {
      const lcp = paintMedian(app.runs, 'lcpMs');
      checks.push([`${app.profile} ${app.page} LCP ${ms(lcp)} ≤ ${ms(paintBudgets.mobileLcpMs)}`, lcp !== null && lcp <= paintBudgets.mobileLcpMs]);
    }
    const cls = paintMedian(app.runs, 'cls');
    checks.push([`${app.profile} ${app.page} CLS ${cls === null ? 'none' : cls.toFixed(3)} ≤ ${paintBudgets.cls}`, cls !== null && cls <= paintBudgets.cls]);
  }
  return checks;
}
