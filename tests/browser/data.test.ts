import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, savedInBrowser, waitForInteractive, screenshot, startApp, type AppSession } from './harness.ts';

let app: AppSession;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

const article = readFileSync('tests/fixtures/articles/arctic-defence.txt', 'utf8');

/** A page in its own context: IndexedDB lives as long as the context, across pages and reloads. */
async function openData(context: BrowserContext): Promise<Page & { errors: string[] }> {
  context.setDefaultTimeout(15_000);
  const page = waitForInteractive((await context.newPage()) as Page & { errors: string[] });
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  await page.goto(`${app.url}/data`);
  await page.getByRole('heading', { name: 'Your data' }).waitFor();
  return page;
}

async function draftFromArticle(page: Page) {
  await page.getByLabel('Article text').fill(article);
  await page.getByLabel(/^Title/).fill('Arctic summit');
  await page.getByLabel(/^Published/).fill('2025-03-11');
  await page.getByRole('button', { name: 'Draft the explorer' }).click();
  await page.waitForURL(/\/matrix$/, { timeout: 15_000 });
}

/** Back to /data through the app's own navigation, as a user goes: a page load could cut the draft's save short. */
async function toDataPage(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Your data' }).click();
  await page.getByRole('heading', { name: 'Your data' }).waitFor();
}

test('pasting an article drafts a dataset off the main thread and opens it in the matrix', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await openData(context);
  await draftFromArticle(page);
  await page.getByRole('heading', { name: 'Who stands where' }).waitFor();
  assert.match((await page.locator('.dataset-switcher option:checked').textContent()) ?? '', /Arctic summit/);
  await screenshot(page, 'data-draft-matrix-1280');
  assert.ok(await page.locator('main').getByText('Ingrid Halvorsen', { exact: true }).first().isVisible(), 'an actor of the new article is in the matrix');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a broken file shows every error with its JSON path, and the data on show is unchanged', async () => {
  const context = await app.browser.newContext();
  const page = await openData(context);
  await draftFromArticle(page);
  await toDataPage(page);
  const broken = JSON.parse(readFileSync('data/article.json', 'utf8'));
  broken.positions[0].stance = 'adores';
  broken.actors[2].id = 'Not Kebab';
  await page.locator('input[type=file][accept^=".json"]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  const alert = page.getByRole('alert').filter({ hasText: 'was not imported' });
  await alert.waitFor();
  const text = (await alert.textContent()) ?? '';
  assert.match(text, /positions\[0\]\.stance/);
  assert.match(text, /actors\[2\]\.id/);
  assert.match(text, /Nothing you had has changed/);
  assert.ok(await page.getByRole('radio', { name: /Arctic summit/ }).isChecked(), 'the dataset on show is still the draft');
  assert.equal(await page.getByRole('radio').count(), 2, 'no dataset was added');
  await screenshot(page, 'data-import-errors-1280');
  await context.close();
});

test('an edit survives the page crashing right after it, and a reload', async () => {
  const context = await app.browser.newContext();
  const page = await openData(context);
  await draftFromArticle(page);
  await toDataPage(page);
  const first = page.locator('.review-row').first();
  await first.getByLabel('Stance').selectOption('opposes');
  await first.getByLabel('Certainty').selectOption('hinted');
  // Once the page says the edits are saved, crash the renderer: no unload handlers, no goodbye.
  await savedInBrowser(page);
  const cdp = await context.newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  void cdp.send('Page.crash').catch(() => {}); // never answers: the page is gone
  await crashed;
  const again = await openData(context);
  const row = again.locator('.review-row').first();
  assert.equal(await row.getByLabel('Stance').inputValue(), 'opposes');
  assert.equal(await row.getByLabel('Certainty').inputValue(), 'hinted');
  await again.reload();
  await again.getByRole('heading', { name: 'Your data' }).waitFor();
  assert.equal(await again.locator('.review-row').first().getByLabel('Certainty').inputValue(), 'hinted');
  await again.getByRole('button', { name: 'Undo' }).isDisabled();
  await context.close();
});

test('the data page is axe-clean and works at 360 px and 1280 px', async () => {
  for (const width of [360, 1280]) {
    const context = await app.browser.newContext({ viewport: { width, height: 900 } });
    const page = await openData(context);
    assert.deepEqual(await axeViolations(page), [], `empty workspace at ${width}px`);
    await draftFromArticle(page);
    await toDataPage(page);
    await page.locator('.review-row').first().waitFor();
    assert.deepEqual(await axeViolations(page), [], `with a draft at ${width}px`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no sideways scroll at ${width}px (${overflow}px)`);
    await screenshot(page, `data-${width}`);
    assert.deepEqual(page.errors, []);
    await context.close();
  }
});
