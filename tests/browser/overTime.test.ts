import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { mergeArticle } from '../../src/model/storyMerge.ts';
import { buildStory, storyArticles, storyTexts } from '../fixtures/story/storyDataset.ts';
import { syntheticStory } from '../../src/cli/syntheticStory.ts';
import { axeViolations, screenshot, startApp, type AppSession } from './harness.ts';
import { importDataset } from './importDataset.ts';

let app: AppSession;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

const story = buildStory();
const texts = new Map(Object.entries(story.texts));

for (const width of [1280, 360]) {
  test(`the test story at ${width} px: /over-time, a reversal with both passages, the matrix as of each date, axe-clean`, async () => {
    const page = await app.newPage({ width, height: 900 });
    await importDataset(page, app.url, story.dataset, texts);

    await page.goto(`${app.url}/over-time`);
    await page.getByRole('heading', { level: 1, name: 'Who moved, and when' }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, `story-over-time-${width}`);

    // Keyboard: tab to the reversal's badge and open it.
    const reversal = page.getByRole('button', { name: /^Lina Ortiz on Monitoring mission: reversed/ });
    await reversal.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('complementary', { name: 'Lina Ortiz on Monitoring mission' });
    await panel.waitFor();
    const before = panel.getByRole('region', { name: 'Before: Opposes' });
    const afterPassage = panel.getByRole('region', { name: 'After: Conditional' });
    assert.match(await before.innerText(), /Caldera will not send troops to the monitoring mission/);
    assert.match(await afterPassage.innerText(), /ready to consider sending observers/);
    assert.match(await before.innerText(), /26 Feb 2025/);
    assert.match(await afterPassage.innerText(), /The Harbour Review/);
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, `story-reversal-${width}`);

    // "Show in article" opens the second source in the reader.
    await afterPassage.getByRole('link', { name: /Show in article/ }).click();
    await page.waitForURL(new RegExp(`/article\\?.*source=${story.dataset.sources[1]!.id}`));
    await page.locator('.reader-article').getByText(/ready to consider/).first().waitFor();

    // The matrix as of each source's date.
    for (const [date, stance] of [['2025-02-26', 'Opposes'], ['2025-04-10', 'Conditional'], ['2025-06-25', 'Supports']] as const) {
      await page.goto(`${app.url}/matrix?asOf=${date}`);
      const cell = page.getByRole('gridcell', { name: /^Lina Ortiz, Monitoring mission/ });
      await cell.waitFor();
      assert.match((await cell.getAttribute('aria-label')) ?? '', new RegExp(`: ${stance} `));
      if (date !== '2025-02-26') {
        assert.deepEqual(await axeViolations(page), []);
        await screenshot(page, `story-matrix-${date}-${width}`);
      }
    }
    // The slider moves the date, from the keyboard.
    const slider = page.getByRole('slider', { name: /Positions as of/ });
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await page.waitForURL(/asOf=2025-04-10/);
    assert.deepEqual(page.errors, []);
    await page.close();
  });
}

test('a story of 50 sources: /over-time draws its first page, and turns a page, within budget', async () => {
  // About a dozen statements per article, as a real story of fifty articles would have.
  const synthetic = syntheticStory({ perSource: 12 });
  const page = await app.newPage({ width: 1280, height: 900 });
  await importDataset(page, app.url, synthetic.dataset, new Map(Object.entries(synthetic.texts)));
  await page.goto(`${app.url}/over-time`);
  await page.locator('.over-time-chart > svg').waitFor();
  // From the start of navigation (loading the app and the saved dataset included) to the chart drawn.
  const drawn = await page.evaluate(() => performance.now());
  const turn = await page.evaluate(async () => {
    const next = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Next')!;
    const t0 = performance.now();
    next.click();
    while (!document.querySelector('.over-time-pages')?.textContent?.includes('Tracks 21–')) await new Promise(requestAnimationFrame);
    return performance.now() - t0;
  });
  console.log(`50-source story (${synthetic.dataset.positions.length} positions): /over-time drawn ${Math.round(drawn)} ms after navigation; next page ${Math.round(turn)} ms`);
  // Loose bounds that catch drawing every track at once, not a tight budget: the machine these run on is shared.
  assert.ok(drawn < 10_000, `drawn in ${drawn} ms`);
  assert.ok(turn < 1000, `page turned in ${turn} ms`);
  assert.equal(await page.locator('.over-time-track').count(), 20);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('on /data, an article added to a one-source dataset: actors matched for review, the repeated quote kept once, a story of two sources', async () => {
  const [first] = storyArticles;
  const one = mergeArticle(null, first!);
  const page = await app.newPage({ width: 1280, height: 900 });
  await importDataset(page, app.url, { ...one.dataset, title: 'Pledges wire' }, new Map(Object.entries(one.texts)));
  const card = page.getByRole('region', { name: 'Add an article to this dataset' });
  await card.getByLabel('Article text').fill(storyTexts.spring);
  await card.getByLabel('Published').fill('2025-04-10');
  await card.getByLabel('Publisher').fill('The Harbour Review');
  await card.getByRole('button', { name: 'Draft and match' }).click();
  await card.getByRole('button', { name: 'Add the article' }).waitFor({ timeout: 60_000 });
  assert.match(await card.getByRole('status').first().innerText(), /1 quote\(s\) are already in the dataset/);
  const ortiz = card.getByRole('group', { name: /“Lina Ortiz” in the new article, and “Lina Ortiz” already here/ });
  assert.equal(await ortiz.getByRole('radio', { name: 'The same actor: merge' }).isChecked(), true);
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, `story-add-article-1280`);
  await card.getByRole('button', { name: 'Add the article' }).click();
  await card.getByText(/Saved as a new dataset, “Pledges wire \(2 sources\)”/).waitFor();
  await page.goto(`${app.url}/over-time`);
  await page.getByText(/across 2 sources/).waitFor();
  assert.deepEqual(page.errors, []);
  await page.close();
});
