/**
 * First paint of the built site served as a static host serves it (tests/browser/staticHost.ts): FCP, LCP
 * and CLS of the plain page and of the app's first routes, over cold loads (a fresh browser context
 * each, so an empty cache), on a desktop profile and on a throttled mobile one.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { serveStaticHost } from '../tests/browser/staticHost';
import { cumulativeLayoutShift, type LayoutShift } from './layoutShift';
import type { PaintFigures, PaintProfile, PaintRun } from './paintFigures';

export const PAINT_LOADS = 5;
/**
 * The figures are read once the page has painted content, the network has gone idle, and then no paint,
 * layout shift or long task has been reported for QUIET_MS: with the CPU slowed, the app may still be
 * running its scripts after the network is idle, and a page busy in a long task cannot be called quiet.
 */
const QUIET_MS = 1000;
const MAX_QUIET_CHECKS = 30;
const FIRST_PAINT_TIMEOUT_MS = 20_000;

export const paintPages = [
  { page: 'plain page', path: '/bench/plain.html', plain: true },
  { page: '/', path: '/', plain: false },
  { page: '/matrix', path: '/matrix', plain: false },
  { page: '/spending', path: '/spending', plain: false },
  { page: '/minerals', path: '/minerals', plain: false },
  { page: '/article', path: '/article', plain: false },
];

interface Profile {
  context: BrowserContextOptions;
  /** CPU slowdown and network conditions, as DevTools' "Slow 4G" preset sends them over CDP. */
  throttle?: { cpuRate: number; latencyMs: number; downloadBytesPerSecond: number; uploadBytesPerSecond: number };
}

export const paintProfiles: Record<PaintProfile, Profile> = {
  desktop: { context: { viewport: { width: 1280, height: 900 } } },
  mobile: {
    context: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 2.625, isMobile: true, hasTouch: true },
    throttle: { cpuRate: 4, latencyMs: 562.5, downloadBytesPerSecond: 180_000, uploadBytesPerSecond: 84_375 },
  },
};

export const paintProfileNotes: Record<PaintProfile, string> = {
  desktop: '1280×900, no throttling',
  mobile: '412×823 at 2.625×, touch, CPU 4× slower, Slow 4G (562.5 ms latency, 180,000 B/s down, 84,375 B/s up)',
};

interface PaintRecord {
  fcpMs: number | null;
  lcpMs: number | null;
  shifts: LayoutShift[];
  entries: number;
}

/**
 * Runs in the page before its own scripts: records paint entries as they come (buffered, so none is
 * missed), and counts every entry, long tasks included, so the bench can tell when the page has settled.
 */
function observePaint() {
  const record: PaintRecord = { fcpMs: null, lcpMs: null, shifts: [], entries: 0 };
  (window as unknown as { __paint: PaintRecord }).__paint = record;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      record.entries += 1;
      if (entry.name === 'first-contentful-paint') record.fcpMs = entry.startTime;
    }
  }).observe({ type: 'paint', buffered: true });
  // Each new entry is a larger element; the last one, read once the page is settled, is the LCP.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      record.entries += 1;
      record.lcpMs = entry.startTime;
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as unknown as LayoutShift[]) {
      record.entries += 1;
      record.shifts.push({ startTime: entry.startTime, value: entry.value, hadRecentInput: entry.hadRecentInput });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    record.entries += list.getEntries().length;
  }).observe({ type: 'longtask', buffered: true });
}

const readRecord = (page: Page) => page.evaluate(() => (window as unknown as { __paint: PaintRecord }).__paint);

async function coldLoad(browser: Browser, href: string, profile: Profile): Promise<PaintRun> {
  const context = await browser.newContext(profile.context);
  try {
    // tsx names arrow functions with an `__name` helper, which functions sent to the page do not carry.
    await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    await context.addInitScript(observePaint);
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') console.error(`  console error on ${href}: ${message.text()}`);
    });
    page.on('requestfailed', (request) => console.error(`  request failed on ${href}: ${request.url()} ${request.failure()?.errorText ?? ''}`));
    if (profile.throttle) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.throttle.cpuRate });
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: profile.throttle.latencyMs,
        downloadThroughput: profile.throttle.downloadBytesPerSecond,
        uploadThroughput: profile.throttle.uploadBytesPerSecond,
      });
    }
    await page.goto(href, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForLoadState('networkidle', { timeout: 120_000 });
    // Polled on a timer, not on animation frames, which a page that has not painted may not be producing.
    const painted = await page
      .waitForFunction(() => (window as unknown as { __paint: PaintRecord }).__paint.fcpMs !== null, undefined, { timeout: FIRST_PAINT_TIMEOUT_MS, polling: 250 })
      .then(() => true, () => false);
    if (!painted) {
      const state = await page.evaluate(() => ({
        visibility: document.visibilityState,
        paint: performance.getEntriesByType('paint').map((entry) => `${entry.name} ${Math.round(entry.startTime)} ms`),
        textChars: document.body.innerText.length,
      }));
      console.warn(`  ${href}: no first contentful paint ${FIRST_PAINT_TIMEOUT_MS / 1000} s after the network went idle: ${JSON.stringify(state)}`);
    }
    let seen = (await readRecord(page)).entries;
    for (let i = 0; i < MAX_QUIET_CHECKS; i++) {
      await page.waitForTimeout(QUIET_MS);
      const now = (await readRecord(page)).entries;
      if (now === seen) break;
      seen = now;
    }
    const record = await readRecord(page);
    return { fcpMs: record.fcpMs, lcpMs: record.lcpMs, cls: cumulativeLayoutShift(record.shifts) };
  } finally {
    await context.close();
  }
}

/**
 * Every page in every profile, PAINT_LOADS times. The pages take turns within each round, so a spell of
 * load on the shared machine falls on all of them rather than on one.
 */
export async function measurePaint(browser: Browser, siteDir: string, log: (line: string) => void = () => undefined): Promise<PaintFigures[]> {
  const host = await serveStaticHost({}, siteDir);
  try {
    const figures: PaintFigures[] = [];
    for (const [profile, settings] of Object.entries(paintProfiles) as [PaintProfile, Profile][]) {
      const rows: PaintFigures[] = paintPages.map(({ page, plain }) => ({ profile, page, plain, runs: [] }));
      for (let round = 0; round < PAINT_LOADS; round++) {
        for (const [i, { path }] of paintPages.entries()) rows[i]!.runs.push(await coldLoad(browser, `${host.url}${path}`, settings));
        log(`  paint ${profile}: round ${round + 1} of ${PAINT_LOADS}`);
      }
      figures.push(...rows);
    }
    return figures;
  } finally {
    await host.close();
  }
}
