/**
 * The card a link preview shows for a view (build/cards.ts draws it): the site's name, the page's
 * heading, the chart as the built view draws it, and where the data comes from. Laid out by card.css.
 */
import type { Source } from '../src/model/schema';
import { formatDay } from '../src/model/formatDay';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The line that says where a card's data comes from: each source's title, publisher and date. */
export function cardCitation(sources: readonly Source[]): string {
  const cite = (s: Source) => `“${s.title}”, ${s.publisher}, ${formatDay(s.published.date)}${s.published.inferred ? ' (date inferred)' : ''}`;
  return `Source: ${sources.map(cite).join('; ')}`;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface CardContent {
  site: string;
  /** The view's name, beside the site's; none for the overview, whose heading is the story itself. */
  view?: string;
  heading: string;
  /** The chart as a PNG. */
  chart: Buffer;
  /** The chart is the top of something longer: its foot fades out rather than stopping short. */
  continues: boolean;
  citation: string;
}

/** The card as a standalone HTML page, its stylesheet and chart inlined. */
export function cardHtml(content: CardContent, css: string): string {
  const kicker = [content.site, content.view].filter(Boolean).map((part) => escapeHtml(part!)).join('<span aria-hidden="true"> · </span>');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(content.heading)}</title><style>${css}</style></head>
<body>
<main class="card">
  <header class="card__head">
    <p class="card__kicker">${kicker}</p>
    <h1 class="card__heading">${escapeHtml(content.heading)}</h1>
  </header>
  <figure class="card__chart${content.continues ? ' card__chart--continues' : ''}"><img src="data:image/png;base64,${content.chart.toString('base64')}" alt=""></figure>
  <footer class="card__source">${escapeHtml(content.citation)}</footer>
</main>
</body>
</html>`;
}
