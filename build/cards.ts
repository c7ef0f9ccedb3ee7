/**
 * Link-preview cards: for each view in `cardViews` (src/app/routeMeta.ts), a 1200 × 630 PNG at
 * dist/cards/<name>.png showing the site's name, the page's heading, the chart as the built view draws it
 * (its embed, light theme, at twice the pixels) and the source of the data, so a link pasted into a chat
 * shows the chart and says where it comes from. Run after `vite build`: `npm run build:cards`.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { preview } from 'vite';
import { cardViews, SITE_NAME } from '../src/app/routeMeta';
import { views } from '../src/app/views';
import { datasetSchema } from '../src/model/schema';
import { CARD_HEIGHT, CARD_WIDTH, cardCitation, cardHtml } from './cardTemplate';
import { launchChromium } from './chromium';

/** Where a view's chart is, and the width of window it is drawn for (the card scales it to fit). */
interface ChartCapture {
  /** The element whose top and sides bound the picture. */
  top: string;
  /** The element whose bottom ends it: a long table ends after its first rows. */
  bottom: string;
  viewportWidth: number;
  /** The picture is the top of something longer (the card fades its foot out). */
  continues?: boolean;
}

const captures: Record<string, ChartCapture> = {
  overview: { top: '.stat-list', bottom: '.stat-list', viewportWidth: 900 },
  matrix: { top: 'table.matrix', bottom: 'table.matrix tr[aria-rowindex="6"]', viewportWidth: 1400, continues: true },
  // The first group of the legend names whose line is whose.
  spending: { top: '.spending-figure .chart-frame svg', bottom: '.spending-figure .legend__group', viewportWidth: 1000 },
  minerals: { top: 'svg.deal-diagram', bottom: 'svg.deal-diagram', viewportWidth: 1400 },
};

/** Room left around the chart, so no stroke at its edge is cut. */
const MARGIN = 8;
const HEADING_LINES = 2;
const MIN_HEADING_PX = 34;
/** Below this the chart would no longer read at the size a chat shows a card. */
const MIN_CHART_PX = 260;

/** The page's heading and its chart, as a PNG, from the view's embed in the built app at `origin`. */
async function captureChart(browser: Browser, origin: string, path: string, capture: ChartCapture): Promise<{ heading: string; chart: Buffer }> {
  const context = await browser.newContext({
    // Tall enough that the whole chart is drawn without scrolling.
    viewport: { width: capture.viewportWidth, height: 3000 },
    deviceScaleFactor: 2,
    colorScheme: 'light',
    reducedMotion: 'reduce',
    // For the one style below: the page's policy admits only its own stylesheets.
    bypassCSP: true,
  });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/embed/${path}?theme=light`);
    // The card sets the chart on white, as the site's chart panels are.
    await page.addStyleTag({ content: ':root { background: #fff; }' });
    await page.locator(capture.bottom).first().waitFor();
    await page.evaluate(() => document.fonts.ready);
    const heading = (await page.locator('main h1').first().innerText()).trim();
    const boxes = async () => [await page.locator(capture.top).first().boundingBox(), await page.locator(capture.bottom).first().boundingBox()] as const;
    // Charts measure their frame after the first paint and draw again: wait until the picture holds still.
    let [top, bottom] = await boxes();
    for (let tries = 0; tries < 20; tries++) {
      await page.waitForTimeout(150);
      const [nextTop, nextBottom] = await boxes();
      const still = JSON.stringify([top, bottom]) === JSON.stringify([nextTop, nextBottom]);
      [top, bottom] = [nextTop, nextBottom];
      if (still) break;
    }
    if (!top || !bottom) throw new Error(`The chart of /${path} is not drawn.`);
    const x = Math.max(0, top.x - MARGIN);
    const y = Math.max(0, top.y - MARGIN);
    const clip = { x, y, width: Math.min(capture.viewportWidth - x, top.width + 2 * MARGIN), height: bottom.y + bottom.height + MARGIN - y };
    return { heading, chart: await page.screenshot({ clip, animations: 'disabled', caret: 'hide' }) };
  } finally {
    await context.close();
  }
}

/** Shrinks the heading until it takes at most two lines; fails when the card still overflows or leaves the chart too little room. */
async function fitCard(page: Page, name: string) {
  // No functions are declared inside: tsx would wrap them in a helper the page does not have.
  const fit = await page.evaluate(
    ({ lines, minSize }) => {
      const heading = document.querySelector<HTMLElement>('.card__heading')!;
      let size = parseFloat(getComputedStyle(heading).fontSize);
      while (Math.round(heading.offsetHeight / parseFloat(getComputedStyle(heading).lineHeight)) > lines && size > minSize) {
        size -= 2;
        heading.style.fontSize = `${size}px`;
      }
      const card = document.querySelector<HTMLElement>('.card')!;
      return {
        lines: Math.round(heading.offsetHeight / parseFloat(getComputedStyle(heading).lineHeight)),
        overflow: card.scrollHeight > card.clientHeight || document.querySelector('.card__source')!.getBoundingClientRect().bottom > card.clientHeight,
        chart: document.querySelector('.card__chart img')!.getBoundingClientRect().height,
      };
    },
    { lines: HEADING_LINES, minSize: MIN_HEADING_PX },
  );
  if (fit.lines > HEADING_LINES || fit.overflow || fit.chart < MIN_CHART_PX)
    throw new Error(`The ${name} card does not fit: heading of ${fit.lines} lines, chart ${fit.chart}px high${fit.overflow ? ', text cut off' : ''}.`);
}

/**
 * Draws the cards of the app built in `distDir` into `distDir`/cards, with the citation of the sources
 * of the dataset in `datasetFile` (the one the build shows), and returns the files written.
 */
export async function buildCards(distDir: string, datasetFile = 'data/article.json'): Promise<{ file: string; bytes: number }[]> {
  const { sources } = datasetSchema.pick({ sources: true }).parse(JSON.parse(readFileSync(datasetFile, 'utf8')));
  const citation = cardCitation(sources);
  const css = readFileSync(fileURLToPath(new URL('./card.css', import.meta.url)), 'utf8');
  const server = await preview({ build: { outDir: distDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'error' });
  const origin = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  const browser = await launchChromium();
  const written: { file: string; bytes: number }[] = [];
  try {
    if (!origin) throw new Error('vite preview did not report its address');
    mkdirSync(join(distDir, 'cards'), { recursive: true });
    const cardPage = await (await browser.newContext({ viewport: { width: CARD_WIDTH, height: CARD_HEIGHT }, colorScheme: 'light' })).newPage();
    for (const [path, name] of cardViews) {
      const capture = captures[name];
      if (!capture) throw new Error(`No chart is named for the ${name} card.`);
      const { heading, chart } = await captureChart(browser, origin, path, capture);
      const view = path ? views.find((r) => r.path === path)?.label : undefined;
      await cardPage.setContent(cardHtml({ site: SITE_NAME, view, heading, chart, citation, continues: capture.continues ?? false }, css));
      await cardPage.evaluate(() => document.fonts.ready);
      await fitCard(cardPage, name);
      const file = join(distDir, 'cards', `${name}.png`);
      writeFileSync(file, await cardPage.screenshot({ animations: 'disabled' }));
      written.push({ file, bytes: statSync(file).size });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const distDir = process.argv[2] ?? 'dist';
  for (const { file, bytes } of await buildCards(distDir)) console.log(`${file}: ${Math.round(bytes / 1024)} KB`);
}
