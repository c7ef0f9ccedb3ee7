/**
 * `npm run bench`: builds the app twice (the seed dataset, and a synthetic one ~100× larger, swapped in
 * through the build's datasetAlias plugin), serves each on 127.0.0.1, drives Chromium and prints the figures and the
 * budgets. Everything is written to bench/results.json (git-ignored). The seed build is also served as a
 * static host serves it, for first-paint figures (bench/paint.ts; `npm run bench -- --paint` runs only those).
 *
 * Times on a shared machine are noisy, so the interaction latency is also measured on a plain page (one
 * button that changes one number) in the same run, and given as a ratio to it.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { datasetAlias } from '../build/datasetAlias';
import { buildSite } from '../build/site';
import { views } from '../src/app/views';
import { routesToCheck } from '../tests/browser/routes';
import { CHROMIUM_ARGS, chromiumPath, launchChromium } from '../build/chromium';
import { settledSave } from '../tests/browser/harness';
import type { Dataset } from '../src/model/schema';
import { benchArticleLimit, limitChecks } from './articleLimit';
import { benchExtract, formatExtractBench } from './extract';
import { measurePaint, paintProfileNotes } from './paint';
import { paintChecks } from './paintBudgets';
import type { PaintFigures } from './paintFigures';
import { paintTable } from './paintTable';
import { median, quantile, round } from './stats';

const KB = 1024;
const budgets = {
  firstRouteJsKb: 140,
  filterP95Ms: 100,
  filterP95VsSeed: 10,
  loadValidateIndexMs: 300,
  heapGrowthMb: 5,
};
const COLD_LOADS = 5;
const FILTER_CHANGES = 50;
const HEAP_CHANGES = 500;
const synthetic = { actors: 200, topics: 40, positions: 20000, seed: 1 };
const storyFile = 'bench/.out/story/dataset.json';
/** Mid-story (sources run from 2024-01-01 for two years), so the matrix shows the positions of about half of them. */
const storyAsOf = '2024-12-31';

interface DatasetRun {
  name: 'seed' | 'synthetic';
  datasetFile: string;
  outDir: string;
}


/** The seed build: measured first, held the story to, and served as a static host for the paint figures. */
const seedRun: DatasetRun = { name: 'seed', datasetFile: 'data/article.json', outDir: '/tmp/dist-bench-seed' };

/**
 * The seed is built as it ships, with its pages drawn at build (build/site.ts; the cards are left out, as
 * nothing here measures them); the synthetic dataset as the app alone, drawn in the browser.
 */
async function buildApp(run: DatasetRun) {
  if (run.name === 'seed') await buildSite({ outDir: run.outDir, cardsFrom: false });
  else
    await build({
      configFile: 'vite.config.ts',
      plugins: [datasetAlias(run.datasetFile)],
      logLevel: 'warn',
      build: { outDir: run.outDir, emptyOutDir: true, chunkSizeWarningLimit: 1e9 },
    });
  // The bench pages are built apart from the app, so they cannot change how the app is split into chunks.
  await build({
    configFile: false,
    root: resolve('bench'),
    base: '/bench/',
    logLevel: 'warn',
    build: {
      outDir: join(run.outDir, 'bench'),
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: { input: { plain: resolve('bench/plain.html'), probe: resolve('bench/probe.html') } },
    },
  });
  const dataDir = join(run.outDir, 'bench', 'data');
  mkdirSync(dataDir, { recursive: true });
  copyFileSync(run.datasetFile, join(dataDir, 'dataset.json'));
  const { sources } = JSON.parse(readFileSync(run.datasetFile, 'utf8')) as { sources: { textPath: string }[] };
  copyFileSync(resolve(run.datasetFile, '..', sources[0]!.textPath), join(dataDir, 'article.txt'));
}

async function serve(outDir: string) {
  const server = await preview({ build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'error' });
  const url = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!url) throw new Error('vite preview did not report its address');
  return { url, close: () => server.close() };
}

async function freshPage(browser: Browser, width = 1280, height = 900): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  // tsx names arrow functions with an `__name` helper, which functions sent to the page do not carry.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
  return page;
}

/** JS and CSS (gzip) each route loads when opened directly, and what it loads beyond the first route. */
async function routeBytes(browser: Browser, url: string, outDir: string) {
  const gz = new Map<string, number>();
  const gzipOf = (path: string) => {
    if (!gz.has(path)) gz.set(path, gzipSync(readFileSync(join(outDir, path))).length);
    return gz.get(path)!;
  };
  const loaded = async (path: string, ready: string) => {
    const page = await freshPage(browser);
    const files = new Set<string>();
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (/\.(js|css)$/.test(pathname)) files.add(pathname.slice(1));
    });
    await page.goto(`${url}${path}`);
    // A route that deep-links a datum of the seed (an article quote) has nothing to show in the synthetic
    // dataset: its bytes are still counted, and the route is reported as not ready rather than ending the run.
    const shown = await page.locator(ready).first().waitFor({ timeout: 30_000 }).then(() => true, () => false);
    if (!shown) console.warn(`  ${path}: "${ready}" did not appear; bytes counted as loaded`);
    await page.waitForLoadState('networkidle');
    await page.context().close();
    return files;
  };
  const first = await loaded('/', 'h1');
  const sum = (files: Iterable<string>, ext: string) => [...files].filter((f) => f.endsWith(ext)).reduce((n, f) => n + gzipOf(f), 0);
  const routes = [];
  for (const route of routesToCheck) {
    const files = route.path === '/' ? first : await loaded(route.path, route.ready);
    const extra = [...files].filter((f) => !first.has(f));
    const lazyExpected = views.some((v) => route.path.split('?')[0]!.replace(/^\//, '').split('/')[0] === v.path.split('/')[0]);
    routes.push({
      route: route.path,
      jsKb: round(sum(files, '.js') / KB),
      cssKb: round(sum(files, '.css') / KB),
      extraJsKb: round(sum(extra, '.js') / KB),
      extraCssKb: round(sum(extra, '.css') / KB),
      lazy: route.path === '/' ? null : lazyExpected ? extra.some((f) => f.endsWith('.js')) : null,
    });
  }
  return routes;
}

/** Navigation start to `ready` in the DOM, then a frame, over cold loads; `open` gives each load its page. */
async function timeToDrawn(open: () => Promise<Page>, href: string, ready: string) {
  const times = [];
  for (let i = 0; i < COLD_LOADS; i++) {
    const page = await open();
    await page.addInitScript((selector) => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector(selector)) return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => ((window as unknown as { __drawn: number }).__drawn = performance.now()), 0));
      });
      observer.observe(document, { childList: true, subtree: true });
    }, ready);
    await page.goto(href);
    await page.waitForFunction(() => (window as unknown as { __drawn?: number }).__drawn, undefined, { timeout: 60_000 });
    times.push(await page.evaluate(() => (window as unknown as { __drawn: number }).__drawn));
    await page.close();
  }
  return { medianMs: round(median(times)), runsMs: times.map((t) => round(t)) };
}

const timeToMatrix = (browser: Browser, url: string) => timeToDrawn(() => freshPage(browser), `${url}/matrix`, '[role="grid"]');

interface ProbeRun {
  ok: boolean;
  parseMs: number;
  validateMs: number;
  indexMs: number;
  totalMs: number;
  issues: string[];
}

async function loadValidateIndex(browser: Browser, url: string) {
  const runs: ProbeRun[] = [];
  for (let i = 0; i < COLD_LOADS; i++) {
    const page = await freshPage(browser);
    await page.goto(`${url}/bench/probe.html`);
    await page.waitForFunction(() => (window as unknown as { __probe?: unknown }).__probe, undefined, { timeout: 60_000 });
    runs.push(await page.evaluate(() => (window as unknown as { __probe: ProbeRun }).__probe));
    await page.context().close();
  }
  if (runs.some((r) => !r.ok)) throw new Error(`the probe rejected the dataset: ${runs.find((r) => !r.ok)!.issues.join('; ')}`);
  const pick = (key: 'parseMs' | 'validateMs' | 'indexMs' | 'totalMs') => round(median(runs.map((r) => r[key])));
  return { parseMs: pick('parseMs'), validateMs: pick('validateMs'), indexMs: pick('indexMs'), totalMs: pick('totalMs') };
}

/**
 * Installs, in the page, a timer for toggle buttons: from the click event's timestamp to the first frame
 * painted after the button's aria-pressed changes (a requestAnimationFrame, then a task after it).
 */
async function installLatencyProbe(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __latencies: number[]; __longTasks: number };
    w.__latencies = [];
    w.__longTasks = 0;
    new PerformanceObserver((list) => {
      w.__longTasks += list.getEntries().filter((entry) => entry.duration > 50).length;
    }).observe({ type: 'longtask' });
    document.addEventListener(
      'click',
      (event) => {
        const button = (event.target as Element).closest('button[aria-pressed]');
        if (!button) return;
        const started = event.timeStamp;
        const before = button.getAttribute('aria-pressed');
        const painted = () => requestAnimationFrame(() => setTimeout(() => w.__latencies.push(performance.now() - started), 0));
        const observer = new MutationObserver(() => {
          if (button.isConnected && button.getAttribute('aria-pressed') === before) return;
          observer.disconnect();
          painted();
        });
        observer.observe(button, { attributes: true, attributeFilter: ['aria-pressed'] });
      },
      true,
    );
  });
}

/** Clicks through `buttons` in turn `count` times with real input events, waiting for each paint. */
async function clickAndTime(page: Page, buttons: string[], count: number) {
  await installLatencyProbe(page);
  for (let i = 0; i < count; i++) {
    await page.click(buttons[i % buttons.length]!);
    await page.waitForFunction((n) => (window as unknown as { __latencies: number[] }).__latencies.length >= n, i + 1, { timeout: 60_000 });
  }
  const { latencies, longTasks } = await page.evaluate(() => {
    const w = window as unknown as { __latencies: number[]; __longTasks: number };
    return { latencies: w.__latencies, longTasks: w.__longTasks };
  });
  return { p50Ms: round(quantile(latencies, 0.5)), p95Ms: round(quantile(latencies, 0.95)), longTasks };
}

/** Two stance toggles pressed in the pattern on, on, off, off: the filter goes through four states and back. */
const stanceButton = (n: number) => `.filters__stances button:nth-of-type(${n})`;
const filterButtons = [stanceButton(1), stanceButton(2), stanceButton(1), stanceButton(2)];

async function filterLatency(browser: Browser, url: string) {
  const page = await freshPage(browser);
  await page.goto(`${url}/matrix`);
  await page.locator('[role="grid"]').waitFor({ timeout: 60_000 });
  const result = await clickAndTime(page, filterButtons, FILTER_CHANGES);
  await page.context().close();
  return result;
}

async function plainLatency(browser: Browser, url: string) {
  const page = await freshPage(browser);
  await page.goto(`${url}/bench/plain.html`);
  const result = await clickAndTime(page, ['#plain-toggle'], FILTER_CHANGES);
  await page.context().close();
  return result;
}

/** JS heap after a forced GC, before and after many filter changes (in-page clicks, each awaited to paint). */
async function heapGrowth(browser: Browser, url: string) {
  const page = await freshPage(browser);
  await page.goto(`${url}/matrix`);
  await page.locator('[role="grid"]').waitFor({ timeout: 60_000 });
  const cdp = await page.context().newCDPSession(page);
  const changes = (count: number) =>
    page.evaluate(
      async ({ count, selectors }) => {
        for (let i = 0; i < count; i++) {
          const button = document.querySelector<HTMLButtonElement>(selectors[i % selectors.length]!)!;
          const before = button.getAttribute('aria-pressed');
          button.click();
          while (document.querySelector(selectors[i % selectors.length]!)?.getAttribute('aria-pressed') === before)
            await new Promise((done) => setTimeout(done, 0));
          await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
        }
      },
      { count, selectors: filterButtons },
    );
  const usedAfterGc = async () => {
    for (let i = 0; i < 3; i++) await page.evaluate(() => (window as unknown as { gc: () => void }).gc());
    return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
  };
  // Warm up first, so caches and compiled code that stay for good are not counted as growth.
  await changes(40);
  const before = await usedAfterGc();
  await changes(HEAP_CHANGES);
  const after = await usedAfterGc();
  await page.context().close();
  return { beforeMb: round(before / KB / KB, 2), afterMb: round(after / KB / KB, 2), growthMb: round((after - before) / KB / KB, 2) };
}

/** A page in one browser context that holds the synthetic story as its saved dataset. */
async function storyContext(browser: Browser, url: string) {
  const page = await freshPage(browser);
  const dataset = JSON.parse(readFileSync(storyFile, 'utf8')) as Dataset;
  const texts = Object.fromEntries(dataset.sources.map((s) => [s.id, readFileSync(join(dirname(storyFile), s.textPath), 'utf8')]));
  await page.goto(`${url}/data`);
  const file = Buffer.from(JSON.stringify({ ...dataset, texts }));
  await page.locator('input[type=file][accept^=".json"]').setInputFiles({ name: 'story.json', mimeType: 'application/json', buffer: file });
  await page.getByText(/it is now on show/).waitFor({ timeout: 120_000 });
  await settledSave(page);
  return { open: () => page.context().newPage(), close: () => page.context().close() };
}

/**
 * The 50-source story, against the plain page in the same run: /over-time drawn (navigation start to the
 * chart, the saved dataset's loading included), and the matrix's filter latency with `asOf` set mid-story.
 */
async function measureStory(browser: Browser, url: string) {
  const story = await storyContext(browser, url);
  try {
    const overTimeDrawn = await timeToDrawn(story.open, `${url}/over-time`, '.over-time-chart > svg');
    const plainDrawn = await timeToDrawn(() => freshPage(browser), `${url}/bench/plain.html`, '#plain-toggle');
    const page = await story.open();
    await page.goto(`${url}/matrix?asOf=${storyAsOf}`);
    await page.locator('[role="grid"]').waitFor({ timeout: 60_000 });
    const asOfFilter = await clickAndTime(page, filterButtons, FILTER_CHANGES);
    return { overTimeDrawn, plainDrawn, asOfFilter };
  } finally {
    await story.close();
  }
}

type StoryResults = Awaited<ReturnType<typeof measureStory>>;

/** The story against the seed build's own figures: its filter p95, and /over-time drawn (one source: the empty state). */
function storyChecks(story: StoryResults, seed: { filterP95Ms: number; overTimeDrawnMs: number }, plain: { p50Ms: number; p95Ms: number }): [string, boolean][] {
  const { overTimeDrawn, plainDrawn, asOfFilter } = story;
  console.log(`\nStory (${storyFile}, asOf ${storyAsOf})`);
  console.log(`  /over-time drawn, median of ${COLD_LOADS}: ${overTimeDrawn.medianMs} ms (${round(overTimeDrawn.medianMs / plainDrawn.medianMs)}× the plain page's ${plainDrawn.medianMs} ms); runs ${overTimeDrawn.runsMs.join(', ')}`);
  console.log(`  matrix filter with asOf, ${FILTER_CHANGES} changes: p50 ${asOfFilter.p50Ms} ms (${round(asOfFilter.p50Ms / plain.p50Ms)}× plain), p95 ${asOfFilter.p95Ms} ms (${round(asOfFilter.p95Ms / plain.p95Ms)}× plain); long tasks ${asOfFilter.longTasks}`);
  return [
    [`story asOf filter p95 ${asOfFilter.p95Ms} ms ≤ ${budgets.filterP95Ms} ms`, asOfFilter.p95Ms <= budgets.filterP95Ms],
    [`story asOf filter p95 ${round(asOfFilter.p95Ms / seed.filterP95Ms)}× the seed's ≤ ${budgets.filterP95VsSeed}×`, asOfFilter.p95Ms <= budgets.filterP95VsSeed * seed.filterP95Ms],
    [
      `story /over-time drawn ${round(overTimeDrawn.medianMs / seed.overTimeDrawnMs)}× the seed's (${seed.overTimeDrawnMs} ms) ≤ ${budgets.filterP95VsSeed}×`,
      overTimeDrawn.medianMs <= budgets.filterP95VsSeed * seed.overTimeDrawnMs,
    ],
  ];
}

async function step<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  console.log(`  ${label}: ${JSON.stringify(result)} (${Math.round((performance.now() - started) / 1000)} s)`);
  return result;
}

/** The seed build's figures the story is held to, and the story's own. */
async function storyOnSeed(browser: Browser, url: string) {
  const filter = await step('filter latency', () => filterLatency(browser, url));
  const plain = await step('plain page latency', () => plainLatency(browser, url));
  const overTime = await step('/over-time drawn', () => timeToDrawn(() => freshPage(browser), `${url}/over-time`, '.over-time-chart > svg, .empty-state'));
  const story = await step('story', () => measureStory(browser, url));
  const checks = storyChecks(story, { filterP95Ms: filter.p95Ms, overTimeDrawnMs: overTime.medianMs }, plain);
  return { seed: { filter, plain, overTime }, story, checks };
}

async function measure(browser: Browser, run: DatasetRun) {
  console.log(`\n[${run.name}] building into ${run.outDir}…`);
  await buildApp(run);
  const server = await serve(run.outDir);
  try {
    console.log(`[${run.name}] measuring at ${server.url}…`);
    const routes = await step('route bytes', () => routeBytes(browser, server.url, run.outDir));
    const matrixDrawn = await step('matrix drawn', () => timeToMatrix(browser, server.url));
    const load = await step('load + validate + index', () => loadValidateIndex(browser, server.url));
    const filter = await step('filter latency', () => filterLatency(browser, server.url));
    const plain = await step('plain page latency', () => plainLatency(browser, server.url));
    const heap = await step('heap growth', () => heapGrowth(browser, server.url));
    // The largest dataset the app accepts from an article is drafted in the app, so it is measured once, on the seed build.
    const limit = run.name === 'seed' ? await step('article at the limit', () => benchArticleLimit(browser, server.url)) : null;
    const story = run.name === 'seed' ? await storyOnSeed(browser, server.url) : null;
    return { routes, matrixDrawn, load, filter, plain, heap, limit, story };
  } finally {
    await server.close();
  }
}

function generateStory() {
  const done = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/gen-synthetic.ts', '--story', '--out', dirname(storyFile)], { stdio: 'inherit' });
  if (done.status !== 0) throw new Error('gen:synthetic --story failed');
}

/** `npm run bench -- --story`: only the story's entries, on the seed build, with the seed figures they are held to. */
async function benchStoryOnly(browser: Browser) {
  await buildApp(seedRun);
  const server = await serve(seedRun.outDir);
  try {
    const { checks } = await storyOnSeed(browser, server.url);
    console.log('\nBudgets');
    for (const [label, ok] of checks) console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${label}`);
    return checks.every(([, ok]) => ok);
  } finally {
    await server.close();
  }
}

/** Prints the paint table and returns its budget lines. */
function paintReport(figures: PaintFigures[]): [string, boolean][] {
  console.log(`\n${paintTable(figures, paintProfileNotes).join('\n')}`);
  return paintChecks(figures);
}

/** `npm run bench -- --paint`: only the first-paint figures, on the seed build. */
async function benchPaintOnly(browser: Browser) {
  await buildApp(seedRun);
  const checks = paintReport(await measurePaint(browser, seedRun.outDir, console.log));
  console.log('\nBudgets');
  for (const [label, ok] of checks) console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${label}`);
  return checks.every(([, ok]) => ok);
}

function generateSynthetic(): string {
  const out = 'bench/.out/synthetic';
  const args = ['--import', 'tsx', 'src/cli/gen-synthetic.ts', ...Object.entries(synthetic).flatMap(([k, v]) => [`--${k}`, String(v)]), '--out', out];
  const done = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (done.status !== 0) throw new Error('gen:synthetic failed');
  return join(out, 'dataset.json');
}

type Results = Awaited<ReturnType<typeof measure>>;

function report(seed: Results, syn: Results, paint: PaintFigures[]) {
  const ratio = (app: number, plain: number) => (plain > 0 ? `${round(app / plain)}×` : 'n/a');
  const rows: [string, string, string][] = [];
  const add = (label: string, s: string, y: string) => rows.push([label, s, y]);
  for (const [i, r] of seed.routes.entries()) {
    const y = syn.routes[i]!;
    const fmt = (x: typeof r) => `${x.jsKb} KB JS, ${x.cssKb} KB CSS${x.route === '/' ? '' : ` (+${x.extraJsKb} KB JS beyond /)`}`;
    add(`route ${r.route} (gzip)`, fmt(r), fmt(y));
  }
  add('matrix drawn, median of 5 cold loads', `${seed.matrixDrawn.medianMs} ms`, `${syn.matrixDrawn.medianMs} ms`);
  const lvi = (l: Results["load"]) => `${l.totalMs} ms (of which index ${l.indexMs}; alone: parse ${l.parseMs}, validate ${l.validateMs})`;
  add('import (parse, validate) + index, in page', lvi(seed.load), lvi(syn.load));
  const lat = (r: Results) => `p50 ${r.filter.p50Ms} ms (${ratio(r.filter.p50Ms, r.plain.p50Ms)}), p95 ${r.filter.p95Ms} ms (${ratio(r.filter.p95Ms, r.plain.p95Ms)})`;
  add(`filter change → paint, ${FILTER_CHANGES} changes (× plain page)`, lat(seed), lat(syn));
  add('plain page: click → paint', `p50 ${seed.plain.p50Ms} ms, p95 ${seed.plain.p95Ms} ms`, `p50 ${syn.plain.p50Ms} ms, p95 ${syn.plain.p95Ms} ms`);
  add('long tasks (> 50 ms) during the filter changes', String(seed.filter.longTasks), String(syn.filter.longTasks));
  add(`JS heap growth after ${HEAP_CHANGES} filter changes + GC`, `${seed.heap.growthMb} MB`, `${syn.heap.growthMb} MB`);

  const widths = [0, 1, 2].map((c) => Math.max(...[['', 'seed', 'synthetic'], ...rows].map((row) => row[c]!.length)));
  const line = (row: string[]) => row.map((cell, c) => cell.padEnd(widths[c]!)).join(' │ ');
  console.log(`\n${line(['', 'seed', `synthetic (${synthetic.actors}×${synthetic.topics}, ${synthetic.positions} positions)`])}`);
  console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
  for (const row of rows) console.log(line(row));

  const firstJs = seed.routes.find((r) => r.route === '/')!.jsKb;
  const notLazy = seed.routes.filter((r) => r.lazy === false).map((r) => r.route);
  const checks: [string, boolean][] = [
    [`first-route JS ${firstJs} KB gzip ≤ ${budgets.firstRouteJsKb} KB (seed)`, firstJs <= budgets.firstRouteJsKb],
    [`other view routes lazy-loaded${notLazy.length ? ` (not: ${notLazy.join(', ')})` : ''}`, notLazy.length === 0],
    [`synthetic filter p95 ${syn.filter.p95Ms} ms ≤ ${budgets.filterP95Ms} ms`, syn.filter.p95Ms <= budgets.filterP95Ms],
    [
      `synthetic filter p95 ${ratio(syn.filter.p95Ms, seed.filter.p95Ms)} the seed's ≤ ${budgets.filterP95VsSeed}×`,
      syn.filter.p95Ms <= budgets.filterP95VsSeed * seed.filter.p95Ms,
    ],
    [`synthetic load+validate+index ${syn.load.totalMs} ms ≤ ${budgets.loadValidateIndexMs} ms`, syn.load.totalMs <= budgets.loadValidateIndexMs],
    [`heap growth ${seed.heap.growthMb} MB (seed), ${syn.heap.growthMb} MB (synthetic) ≤ ${budgets.heapGrowthMb} MB`, Math.max(seed.heap.growthMb, syn.heap.growthMb) <= budgets.heapGrowthMb],
    ...(seed.limit ? limitChecks(seed.limit) : []),
    ...(seed.story?.checks ?? []),
    ...paintReport(paint),
  ];
  if (seed.limit) console.log(`\nArticle at the limit: ${seed.limit.capped}`);
  console.log('\nBudgets');
  for (const [label, ok] of checks) console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${label}`);
  return checks.every(([, ok]) => ok);
}

/** One part of the bench alone (`--paint`, `--story`), in its own browser; the exit code says whether its budgets held. */
async function runPart(part: (browser: Browser) => Promise<boolean>) {
  const browser = await launchChromium();
  try {
    process.exitCode = (await part(browser)) ? 0 : 1;
  } finally {
    await browser.close();
  }
}

async function main() {
  chromiumPath();
  if (process.argv.includes('--paint')) return runPart(benchPaintOnly);
  generateStory();
  if (process.argv.includes('--story')) return runPart(benchStoryOnly);
  // First, before any build or browser shares the CPU with it.
  const extract = benchExtract();
  const extractLines = formatExtractBench(extract);
  console.log(extractLines.figures);
  const syntheticFile = generateSynthetic();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'], headless: true });
  try {
    const seed = await measure(browser, seedRun);
    const syn = await measure(browser, { name: 'synthetic', datasetFile: syntheticFile, outDir: '/tmp/dist-bench-synthetic' });
    console.log('\n[seed] first paint, served as a static host serves it…');
    const paint = await measurePaint(browser, seedRun.outDir, console.log);
    const passed = report(seed, syn, paint) && extract.passed;
    console.log(`  ${extract.passed ? 'PASS' : 'FAIL'}  ${extractLines.budget}\n\n${extractLines.figures}`);
    writeFileSync('bench/results.json', `${JSON.stringify({ date: new Date().toISOString(), budgets, syntheticOptions: synthetic, passed, seed, synthetic: syn, paint, extract }, null, 2)}\n`);
    console.log('\nWrote bench/results.json');
    process.exitCode = passed ? 0 : 1;
  } finally {
    await browser.close();
  }
}

await main();
