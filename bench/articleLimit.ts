/**
 * The largest dataset the app accepts from an article: a paste at the word limit, drafted in the app
 * (its Web Worker) within the caps, then /spending, /matrix and /events opened from the navigation. For
 * each view: click to drawn (the view's mark in the DOM, then a frame), and the longest task in the
 * two seconds after, which is how long the page could not answer a key or a click.
 */
import type { Browser, Page } from 'playwright-core';
import { ARTICLE_MAX_WORDS } from '../src/extract/limits';
import { longArticle } from './longArticle';

export const LIMIT_BUDGETS = { draftMs: 60_000, openMs: 2_000, longestTaskMs: 500 };

const VIEWS = [
  { path: '/spending', link: 'Defence spending', ready: 'main h1' },
  { path: '/matrix', link: 'Positions', ready: '[role="grid"]' },
  { path: '/events', link: 'Timeline', ready: 'main h1' },
] as const;

export interface LimitBench {
  words: number;
  draftMs: number;
  capped: string;
  views: { path: string; openMs: number; longestTaskMs: number }[];
}

const longTaskProbe = `(() => {
  window.__tasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__tasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask' });
})()`;

async function openView(page: Page, view: (typeof VIEWS)[number]) {
  const clicked = await page.evaluate<number>('performance.now()');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: view.link, exact: true }).click();
  await page.locator(view.ready).first().waitFor({ timeout: 60_000 });
  const drawn = await page.evaluate<number>('new Promise((done) => requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0)))');
  await page.waitForTimeout(2_000);
  const longest = await page.evaluate<number>(`Math.max(0, ...window.__tasks.filter((t) => t.start >= ${clicked}).map((t) => t.duration))`);
  return { path: view.path, openMs: Math.round(drawn - clicked), longestTaskMs: Math.round(longest) };
}

export async function benchArticleLimit(browser: Browser, url: string): Promise<LimitBench> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
  const page = await context.newPage();
  try {
    await page.goto(`${url}/data`);
    await page.evaluate(longTaskProbe);
    const text = longArticle(ARTICLE_MAX_WORDS);
    await page.evaluate((value) => navigator.clipboard.writeText(value), text);
    await page.getByLabel('Article text').focus();
    await page.keyboard.press('ControlOrMeta+V');
    await page.waitForFunction((length) => document.querySelector('textarea')?.value.length === length, text.length, { timeout: 60_000 });
    await page.getByLabel(/^Published/).fill('2025-02-26');
    const started = Date.now();
    await page.getByRole('button', { name: 'Draft the explorer' }).click();
    const notice = page.getByRole('status').filter({ hasText: 'with parts left out' });
    await notice.waitFor({ timeout: 300_000 });
    const draftMs = Date.now() - started;
    const capped = ((await notice.textContent()) ?? '').match(/Drafted the first[^.]*\.[^.]*\./g)?.join(' ') ?? '';
    const views = [];
    for (const view of VIEWS) views.push(await openView(page, view));
    return { words: ARTICLE_MAX_WORDS, draftMs, capped, views };
  } finally {
    await context.close();
  }
}

export function limitChecks(r: LimitBench): [string, boolean][] {
  return [
    [`paste at the limit (${r.words.toLocaleString('en-GB')} words) drafted in ${r.draftMs} ms ≤ ${LIMIT_BUDGETS.draftMs} ms`, r.draftMs <= LIMIT_BUDGETS.draftMs],
    ...r.views.map((v): [string, boolean] => [
      `${v.path} on that draft: drawn ${v.openMs} ms ≤ ${LIMIT_BUDGETS.openMs} ms, longest task ${v.longestTaskMs} ms ≤ ${LIMIT_BUDGETS.longestTaskMs} ms`,
      v.openMs <= LIMIT_BUDGETS.openMs && v.longestTaskMs <= LIMIT_BUDGETS.longestTaskMs,
    ]),
  ];
}

/** Alone: `npx vite build && npx tsx bench/articleLimit.ts` measures the built app in dist/. */
if (process.argv[1]?.endsWith('articleLimit.ts')) {
  const { launchChromium, serveBuiltApp } = await import('../tests/browser/harness');
  const server = await serveBuiltApp();
  const browser = await launchChromium();
  try {
    const result = await benchArticleLimit(browser, server.url);
    console.log(JSON.stringify(result, null, 2));
    for (const [label, ok] of limitChecks(result)) console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${label}`);
  } finally {
    await browser.close();
    await server.close();
  }
}
