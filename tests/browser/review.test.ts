import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations, savedInBrowser, screenshot, startApp, type AppSession } from './harness.ts';

let app: AppSession;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

const article = readFileSync('tests/fixtures/articles/arctic-defence.txt', 'utf8');

async function draft(page: Page) {
  await page.goto(`${app.url}/data`);
  await page.getByLabel('Article text').fill(article);
  await page.getByLabel(/^Title/).fill('Arctic summit');
  await page.getByLabel(/^Published/).fill('2025-03-11');
  await page.getByRole('button', { name: 'Draft the explorer' }).click();
  await page.waitForURL(/\/matrix$/, { timeout: 15_000 });
}

const queue = (page: Page) => page.getByRole('list', { name: 'Unconfirmed drafts' });
const heading = (page: Page) => page.getByRole('heading', { name: /^Review queue: \d+ unconfirmed/ });
const queued = async (page: Page) => Number(/(\d+) unconfirmed/.exec((await heading(page).textContent()) ?? '')![1]);


test('paste, review from the keyboard, reload: the decisions stay; every view marks what is still unconfirmed', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await draft(page);
  await page.getByRole('heading', { name: 'Who stands where' }).waitFor();
  await page.locator('.matrix__cell').first().waitFor();

  // The matrix draws drafted positions with the dashed mark and says so in words; drafts=hide leaves them out.
  assert.ok((await page.locator('.matrix__cell.is-unconfirmed').count()) > 0, 'drafted cells carry the unconfirmed mark');
  assert.match((await page.locator('.matrix__cell.is-unconfirmed').first().getAttribute('aria-label')) ?? '', /unconfirmed draft/);
  await screenshot(page, `review-matrix-1280`);
  await page.getByRole('button', { name: 'Hide unconfirmed drafts' }).click();
  await page.waitForURL(/drafts=hide/);
  assert.equal(await page.locator('.matrix__cell.is-unconfirmed').count(), 0);
  await page.getByRole('navigation').getByRole('link', { name: 'Your data' }).click();

  const before = await queued(page);
  assert.ok(before > 5, `a queue of drafts (${before})`);
  const rows = queue(page).getByRole('listitem');
  assert.match((await rows.first().textContent()) ?? '', /Rule \S+ · (\d+% sure|no confidence recorded)/);
  // Keys only: into the queue, accept the first, move on, reject the next.
  await page.getByRole('button', { name: /^Accept all \d+ shown/ }).focus();
  await page.keyboard.press('j');
  const first = (await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '';
  assert.match(first, /, unconfirmed: /);
  await page.keyboard.press('a');
  await page.getByRole('status').filter({ hasText: /^Accepted / }).waitFor();
  await page.keyboard.press('j');
  const second = (await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '';
  await page.keyboard.press('x');
  await page.getByRole('status').filter({ hasText: /^Rejected / }).waitFor();
  const after = await queued(page);
  assert.ok(after <= before - 2, `two fewer drafts to review (${before} → ${after})`);
  // Keys in a field of the queue are the field's, never a decision.
  await page.getByLabel('Order').focus();
  await page.keyboard.press('a');
  await page.keyboard.press('x');
  await page.keyboard.press('Delete');
  assert.equal(await queued(page), after);

  await savedInBrowser(page);
  await page.reload();
  await heading(page).waitFor();
  assert.equal(await queued(page), after, 'the decisions survive a reload');
  const labels = await queue(page).getByRole('listitem').evaluateAll((items) => items.map((i) => i.getAttribute('aria-label')?.replace(/^\w+ \d+ of \d+/, '')));
  for (const decided of [first, second]) assert.ok(!labels.includes(decided.replace(/^\w+ \d+ of \d+/, '')), `decided item gone: ${decided}`);

  await page.goto(`${app.url}/article`);
  await page.locator('mark.is-unconfirmed').first().waitFor();
  await screenshot(page, `review-article-1280`);
  await page.goto(`${app.url}/data`);
  // Order by confidence goes into the URL.
  await page.getByLabel('Order').selectOption('least-sure');
  await page.waitForURL(/order=least-sure/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the review queue is axe-clean and fits at 360 px and 1280 px', async () => {
  for (const width of [360, 1280]) {
    const context = await app.browser.newContext({ viewport: { width, height: 900 } });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    await draft(page);
    await page.getByRole('navigation').getByRole('link', { name: 'Your data' }).click();
    await heading(page).waitFor();
    await page.getByRole('button', { name: /^Accept all \d+ shown/ }).focus();
    await page.keyboard.press('j');
    assert.deepEqual(await axeViolations(page), [], `/data with a review queue at ${width}px`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no sideways scroll at ${width}px (${overflow}px)`);
    await heading(page).scrollIntoViewIfNeeded();
    await page.evaluate(() => document.querySelector('.review-queue')?.scrollIntoView());
    await screenshot(page, `review-${width}`);
    await page.goto(`${app.url}/events`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.deepEqual(await axeViolations(page), [], `/events with unconfirmed drafts at ${width}px`);
    await screenshot(page, `review-events-${width}`);
    await context.close();
  }
});
