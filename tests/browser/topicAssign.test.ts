import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { axeViolations, savedInBrowser, screenshot, startApp, type AppSession } from './harness.ts';

let app: AppSession;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

const article = readFileSync('tests/fixtures/articles/port-tariffs.txt', 'utf8');

async function draftAndReview(page: Page) {
  await page.goto(`${app.url}/data`);
  await page.getByLabel('Article text').fill(article);
  await page.getByLabel(/^Title/).fill('Port tariffs');
  await page.getByLabel(/^Published/).fill('2025-03-11');
  await page.getByRole('button', { name: 'Draft the explorer' }).click();
  await page.waitForURL(/\/matrix$/, { timeout: 15_000 });
  await page.getByRole('navigation').getByRole('link', { name: 'Your data' }).click();
  await page.locator('.review-row').first().waitFor();
}

const rowHead = (row: Locator) => row.locator('.review-row__head');

test('a position moves to a codebook topic and a new one from the keyboard, and the move is saved', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await draftAndReview(page);
  const row = page.locator('.review-row').first();
  const actor = (await row.locator('.review-row__head strong').first().textContent())!;

  // Type-ahead in the closed list picks a codebook topic; Tab to Move; Enter.
  await row.getByRole('combobox', { name: 'Topic' }).focus();
  await page.keyboard.type('Human rights');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const moved = page.locator('.review-row').filter({ hasText: `${actor} on Human rights` });
  await moved.waitFor();
  await moved.getByRole('status').filter({ hasText: 'Moved to Human rights.' }).waitFor();

  // A topic of one's own: open the form, type its name, Enter; then Move.
  await moved.getByRole('button', { name: 'New topic…' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Harbour fees');
  assert.deepEqual(await axeViolations(page), [], 'axe-clean with the new-topic form open');
  await page.keyboard.press('Enter');
  assert.equal(await moved.getByRole('combobox', { name: 'Topic' }).inputValue(), 'harbour-fees');
  await moved.getByRole('button', { name: 'Move' }).press('Enter');
  await page.locator('.review-row').filter({ hasText: `${actor} on Harbour fees` }).waitFor();
  await screenshot(page, 'topic-assign-1280');

  await savedInBrowser(page);
  await page.reload();
  const again = page.locator('.review-row').filter({ hasText: `${actor} on Harbour fees` });
  await again.waitFor();
  assert.match((await rowHead(again).textContent()) ?? '', /on Harbour fees/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the topic control fits a phone and is axe-clean there', async () => {
  const context = await app.browser.newContext({ viewport: { width: 360, height: 800 } });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  await draftAndReview(page);
  const row = page.locator('.review-row').first();
  await row.getByRole('button', { name: 'New topic…' }).click();
  assert.deepEqual(await axeViolations(page), []);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no sideways scroll at 360px (${overflow}px)`);
  await row.scrollIntoViewIfNeeded();
  await screenshot(page, 'topic-assign-360');
  await context.close();
});
