/**
 * Shared set-up for browser tests: the built app served by `vite preview` on 127.0.0.1, driven by
 * playwright-core in Debian's Chromium (build/chromium.ts). Tests never skip when Chromium is missing:
 * they fail and say how to install it.
 */
import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { PRERENDERED_META } from '../../src/app/prerendered.ts';
import { launchChromium } from '../../build/chromium.ts';

export { launchChromium };

/**
 * Serves the built app (dist/, or DIST_DIR when set, built by `vite build` before the tests) on a free
 * loopback port.
 */
export async function serveBuiltApp(): Promise<{ url: string; close: () => Promise<void> }> {
  const outDir = process.env.DIST_DIR ?? 'dist';
  if (!existsSync(join(outDir, 'index.html'))) throw new Error(`${outDir}/ is missing: run \`vite build\` before the browser tests.`);
  const server: PreviewServer = await preview({
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'error',
  });
  const url = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!url) throw new Error('vite preview did not report its address');
  return { url, close: () => server.close() };
}

/**
 * Makes page.goto and page.reload return once the app answers clicks and keys. A page drawn at build is
 * on screen, links and buttons included, before the browser has taken it over (src/app/start.tsx marks the
 * moment with data-interactive); a test that clicked sooner would click a picture of the page.
 */
export function waitForInteractive<P extends Page>(page: P): P {
  const settle = () =>
    page
      .waitForFunction((meta) => !document.querySelector(`meta[name="${meta}"]`) || document.documentElement.dataset.interactive !== undefined, PRERENDERED_META, { timeout: 15_000 })
      .then(() => undefined, () => undefined);
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (...args) => {
    const response = await goto(...args);
    await settle();
    return response;
  };
  page.reload = async (...args) => {
    const response = await reload(...args);
    await settle();
    return response;
  };
  return page;
}

export interface AppSession {
  url: string;
  browser: Browser;
  /** A fresh page that records uncaught errors and console errors. */
  newPage: (options?: { width?: number; height?: number }) => Promise<Page & { errors: string[] }>;
  close: () => Promise<void>;
}

export async function startApp(): Promise<AppSession> {
  const server = await serveBuiltApp();
  const browser = await launchChromium();
  return {
    url: server.url,
    browser,
    newPage: async ({ width = 1280, height = 900 } = {}) => {
      // A context per page: axe needs one, and each test starts with empty storage.
      const context = await browser.newContext({ viewport: { width, height } });
      const page = waitForInteractive((await context.newPage()) as Page & { errors: string[] });
      // Closing a page ends its context; once the browser itself is closing that may fail, harmlessly.
      page.on('close', () => void context.close().catch(() => undefined));
      page.errors = [];
      page.on('pageerror', (error) => page.errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') page.errors.push(message.text());
      });
      return page;
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** axe violations on the page, as readable lines (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`,
  );
}

const SCREENSHOTS = 'tests/output/screenshots';

/** Saves a full-page screenshot for review (tests/output is not committed). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Waits until the data page says its edits are saved, or why they are not: it says so in the same render
 * that shows an edit, so a reload or a page load after this cannot cut a write short.
 */
export async function settledSave(page: Page): Promise<void> {
  await page.locator('.save-status[data-saving="false"]').waitFor();
}

/** Waits until the data page says, in words, that its edits are saved. */
export async function savedInBrowser(page: Page): Promise<void> {
  await page.getByText('Every change is saved in this browser as you make it.').waitFor();
}
