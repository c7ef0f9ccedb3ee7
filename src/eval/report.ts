/** The evaluation as a plain-text table and as JSON figures. */
import type { ExtractorAccuracy } from '../model/extractorAccuracy';
import { categories, precision, recall, type Scores } from './match';

export interface ArticleResult {
  article: string;
  scores: Scores;
}

const HEADINGS: Record<(typeof categories)[number], string> = {
  actors: 'actors',
  quotes: 'quotes+speaker',
  figures: 'figures',
  positions: 'positions',
  stances: 'pos.+stance',
  topics: 'pos.+topic',
};

const percent = (value: number | undefined) => (value === undefined ? '—' : `${Math.round(value * 100)}%`);

/** One row per article and a pooled row: recall and precision for each category. */
export function formatTable(results: ArticleResult[], overall: Scores): string {
  const nameWidth = Math.max('overall'.length, ...results.map((r) => r.article.length));
  const cell = 16;
  const header1 = ''.padEnd(nameWidth) + categories.map((c) => `  ${HEADINGS[c].padEnd(cell - 2)}`).join('');
  const header2 = 'article'.padEnd(nameWidth) + categories.map(() => `  ${'R'.padStart(5)}  ${'P'.padStart(5)}  `).join('');
  const row = (name: string, scores: Scores) =>
    name.padEnd(nameWidth) + categories.map((c) => `  ${percent(recall(scores[c])).padStart(5)}  ${percent(precision(scores[c])).padStart(5)}  `).join('');
  const counts = categories
    .map((c) => {
      const s = overall[c];
      return `${HEADINGS[c]}: ${s.hits}/${s.gold} gold found, ${s.correct}/${s.found} found right`;
    })
    .join('\n');
  const rule = '-'.repeat(header2.trimEnd().length);
  return [header1.trimEnd(), header2.trimEnd(), rule, ...results.map((r) => row(r.article, r.scores).trimEnd()), rule, row('overall', overall).trimEnd(), '', counts].join('\n');
}

/** The pooled figures as the method page shows them (data/extractor-accuracy.json). */
export function accuracySummary(results: ArticleResult[], overall: Scores, measured: Date): ExtractorAccuracy {
  return {
    measured: measured.toISOString().slice(0, 10),
    articles: results.length,
    categories: categories.map((c) => ({ id: c, label: HEADINGS[c], ...overall[c], recall: recall(overall[c]) ?? null, precision: precision(overall[c]) ?? null })),
  };
}

/** The figures as JSON-ready data: counts, recall and precision, per article and pooled. */
export function resultsJson(results: ArticleResult[], overall: Scores) {
  const figures = (scores: Scores) =>
    Object.fromEntries(categories.map((c) => [c, { ...scores[c], recall: recall(scores[c]) ?? null, precision: precision(scores[c]) ?? null }]));
  return {
    articles: results.map((r) => ({ article: r.article, ...figures(r.scores) })),
    overall: figures(overall),
  };
}
