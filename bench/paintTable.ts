import { paintMedian, type PaintFigures, type PaintMetric } from './paintFigures';

const figure = (metric: PaintMetric, n: number | null) => (n === null ? '–' : metric === 'cls' ? n.toFixed(3) : String(Math.round(n)));

/** One cell: the median, its ratio to the plain page's for FCP, and every run in brackets. */
function cell(figures: PaintFigures, metric: PaintMetric, plain: PaintFigures | undefined): string {
  const value = paintMedian(figures.runs, metric);
  const base = plain && metric === 'fcpMs' && !figures.plain ? paintMedian(plain.runs, metric) : null;
  const ratio = value !== null && base ? `, ${(value / base).toFixed(1)}× plain` : '';
  return `${figure(metric, value)}${ratio} (${figures.runs.map((run) => figure(metric, run[metric])).join(', ')})`;
}

/** The paint figures as a table: a row per profile and page, the plain page first in each profile. */
export function paintTable(all: PaintFigures[], profiles: Record<string, string>): string[] {
  const header = ['profile', 'page', 'FCP ms', 'LCP ms', 'CLS'];
  const rows = all.map((f) => {
    const plain = all.find((p) => p.plain && p.profile === f.profile);
    return [f.profile, f.page, cell(f, 'fcpMs', plain), cell(f, 'lcpMs', plain), cell(f, 'cls', plain)];
  });
  const widths = header.map((_, c) => Math.max(...[header, ...rows].map((row) => row[c]!.length)));
  const line = (row: string[]) => row.map((text, c) => text.padEnd(widths[c]!)).join(' │ ').trimEnd();
  const runs = Math.max(0, ...all.map((f) => f.runs.length));
  return [
    `Paint: median of ${runs} cold loads, each run in brackets`,
    ...Object.entries(profiles).map(([name, description]) => `  ${name}: ${description}`),
    line(header),
    widths.map((w) => '─'.repeat(w)).join('─┼─'),
    ...rows.map(line),
  ];
}
