/**
 * A dataset far larger than one article, imported as a user would: the matrix draws only what is in
 * view (rows, columns, and each row's marks as one SVG layer), yet reads, filters, moves with the
 * keyboard and passes axe as the small one does.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { generateSynthetic } from '../../src/cli/gen-synthetic.ts';
import { exportDatasetJson } from '../../src/model/importDataset.ts';
import { axeViolations, screenshot, startApp, type AppSession } from './harness.ts';

const size = { actors: 150, topics: 40, positions: 6000, seed: 5 };
let app: AppSession;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

const { dataset, text } = generateSynthetic(size);
const file = { name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(exportDatasetJson(dataset, { article: text })) };

/** Imports the large dataset on the data page, as a user would, and opens the matrix. */
async function importAndOpenMatrix(page: Page) {
  await page.goto(`${app.url}/data`);
  await page.locator('input[type=file][accept^=".json"]').setInputFiles(file);
  await page.getByText(/it is now on show/).waitFor({ timeout: 30_000 });
  await page.getByRole('link', { name: 'Positions' }).click();
  await page.getByRole('grid').waitFor();
}

test('a 150 × 40 dataset is imported, then filtered, walked with the keyboard and opened in the matrix', async () => {
  const page = await app.newPage();
  await importAndOpenMatrix(page);
  const grid = page.getByRole('grid');

  assert.equal(await grid.getAttribute('aria-rowcount'), String(size.actors + 1));
  assert.equal(await grid.getAttribute('aria-colcount'), String(size.topics + 1));
  const drawn = await grid.getByRole('gridcell').count();
  assert.ok(drawn > 50 && drawn < (size.actors * size.topics) / 10, `${drawn} cells drawn`);
  assert.equal(await grid.locator('svg.row-marks').count(), await grid.getByRole('rowheader').count());
  await screenshot(page, 'matrix-large-1280');

  // A stance filter: every drawn mark now says "Opposes", in its label and in the layer of marks.
  await page.getByRole('button', { name: /Opposes/ }).click();
  await page.waitForURL(/stances=opposes/);
  await page.waitForFunction(() => [...document.querySelectorAll('[role="gridcell"]:not(.is-empty)')].every((cell) => /Opposes/.test(cell.getAttribute('aria-label') ?? '')));
  const stancesDrawn = await grid.locator('svg.row-marks path[stroke="var(--stance-opposes)"]').count();
  assert.ok(stancesDrawn > 0, 'the opposes glyphs are drawn');
  assert.equal(await grid.locator('svg.row-marks path[fill="var(--stance-supports)"], svg.row-marks path[stroke="var(--stance-supports)"]').count(), 0, 'no supports glyph is left');

  // The last cell is far outside the drawn part; the keyboard gets there, and Enter opens it.
  await grid.getByRole('gridcell').first().focus();
  await page.keyboard.press('Control+End');
  const focused = page.locator(':focus');
  await page.waitForFunction(() => document.activeElement?.closest('[role="row"]')?.getAttribute('aria-rowindex') !== '2');
  const label = (await focused.getAttribute('aria-label')) ?? '';
  const rowCount = Number(await grid.getAttribute('aria-rowcount'));
  assert.equal(await focused.locator('xpath=..').getAttribute('aria-rowindex'), String(rowCount));
  assert.equal(await focused.getAttribute('aria-colindex'), await grid.getAttribute('aria-colcount'));
  assert.ok(await focused.isVisible(), 'the focused cell is scrolled into view');
  await page.keyboard.press('Enter');
  const [actorName, topicLabel] = label.split(/, |: /);
  await page.getByRole('complementary', { name: `${actorName} on ${topicLabel}` }).waitFor();
  // Opening the panel narrows the grid: the opened cell is kept in sight, clear of the sticky actor column.
  await page.waitForFunction(() => {
    const cell = document.querySelector('[role="gridcell"][aria-selected="true"]')?.getBoundingClientRect();
    const scroller = document.querySelector('.matrix-scroll')?.getBoundingClientRect();
    const actors = document.querySelector('.matrix__corner')?.getBoundingClientRect();
    return cell && scroller && actors && cell.left >= actors.right - 1 && cell.right <= scroller.right + 1 && cell.bottom <= scroller.bottom + 1;
  });
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'matrix-large-open-1280');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the large matrix passes axe on a phone', async () => {
  const page = await app.newPage({ width: 360 });
  await importAndOpenMatrix(page);
  assert.ok(await page.getByText(/Showing 150 of 150 actors/).isVisible());
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'matrix-large-360');
  await page.close();
});
