/**
 * The test story (tests/fixtures/story) built as a person would: paste the first article on /data and draft
 * it, add the next two articles to it, then follow the story in /over-time, the matrix as of each date and
 * the Figures view.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { storyTexts } from '../fixtures/story/storyDataset.ts';
import { axeViolations, screenshot, startApp, type AppSession } from './harness.ts';

let app: AppSession;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

const dates = ['2025-02-26', '2025-04-10', '2025-06-25'];

test('the three-article story built through /data: tracks over time, the matrix as of each date, figures as a sequence; axe-clean at 360 and 1280 px', async () => {
  const page = await app.newPage({ width: 1280, height: 900 });
  page.setDefaultTimeout(20_000);
  await page.goto(`${app.url}/data`);
  await page.getByRole('heading', { name: 'Your data' }).waitFor();
  await page.getByLabel('Article text').first().fill(storyTexts.pledges);
  await page.getByLabel(/^Title/).fill('Defence pledges');
  await page.getByLabel(/^Published/).first().fill(dates[0]!);
  await page.getByRole('button', { name: 'Draft the explorer' }).click();
  await page.waitForURL(/\/matrix$/, { timeout: 60_000 });
  await page.getByRole('heading', { name: 'Who stands where' }).waitFor();

  for (const [text, date, title] of [
    [storyTexts.spring, dates[1]!, 'Defence pledges (2 sources)'],
    [storyTexts.summit, dates[2]!, 'Defence pledges (3 sources)'],
  ] as const) {
    await page.getByRole('navigation').getByRole('link', { name: 'Your data' }).click();
    const card = page.getByRole('region', { name: 'Add an article to this dataset' });
    await card.getByLabel('Article text').fill(text);
    await card.getByLabel('Published').fill(date);
    await card.getByRole('button', { name: 'Draft and match' }).click();
    await card.getByRole('button', { name: 'Add the article' }).waitFor({ timeout: 60_000 });
    // Every actor matched to one already here is reviewed; the proposed answer, merge, is the one a person checks.
    const matches = card.getByRole('group', { name: /in the new article, and .* already here/ });
    assert.ok((await matches.count()) > 0, 'the actors who appear again are offered as matches');
    for (const match of await matches.all()) await match.getByRole('radio', { name: 'The same actor: merge' }).check();
    if (date === dates[1]) assert.deepEqual(await axeViolations(page), []);
    await card.getByRole('button', { name: 'Add the article' }).click();
    await card.getByText(`Saved as a new dataset, “${title}”`).waitFor();
  }

  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${app.url}/over-time`);
    await page.getByRole('heading', { level: 1, name: 'Who moved, and when' }).waitFor();
    await page.getByText(/across 3 sources/).waitFor();
    const tracks = page.locator('.over-time-track');
    assert.ok((await tracks.count()) > 0, 'the drafted story has tracks');
    console.log(`${width} px: ${await tracks.count()} tracks; page says: ${(await page.locator('.page__lede').first().innerText()).slice(0, 300)}`);
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, `story3-over-time-${width}`);

    for (const date of dates) {
      await page.goto(`${app.url}/matrix?asOf=${date}`);
      const slider = page.getByRole('slider', { name: /Positions as of/ });
      await slider.waitFor();
      assert.match((await slider.getAttribute('aria-valuetext')) ?? '', new RegExp(`source ${dates.indexOf(date) + 1} of 3`));
      assert.ok((await page.getByRole('gridcell').count()) > 0, `the matrix as of ${date} has cells`);
      assert.deepEqual(await axeViolations(page), []);
    }
    await screenshot(page, `story3-matrix-asof-${width}`);

    // Sorensen's 2.5% by 2027 (February) is replaced by her 3.5% by 2035 (June): drawn, and said, as a sequence.
    // (The fixture's April "3 percent by 2030", inside a quote, is not drafted by the extractor, so June's is the next.)
    await page.goto(`${app.url}/spending`);
    await page.locator('.page--spending').waitFor();
    const replaced = page.getByRole('button', { name: /2\.5%, by 2027\..* Said 26 Feb 2025\. Replaced by 3\.5% by 2035 \(25 Jun 2025\)/ }).first();
    await replaced.waitFor();
    assert.ok((await page.locator('.spending-connector').count()) > 0, 'a connector leads from a replaced pledge to the later one');
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, `story3-figures-${width}`);
    await page.getByRole('button', { name: 'Table' }).click();
    await page.getByRole('columnheader', { name: 'Said' }).waitFor();
    await page.getByRole('row', { name: /Anna Sorensen.*replaced by 3\.5% by 2035 \(25 Jun 2025\).*26 Feb 2025/ }).first().waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, `story3-figures-table-${width}`);
  }
  assert.deepEqual(page.errors, []);
  await page.close();
});
