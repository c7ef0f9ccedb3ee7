import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildStory } from '../fixtures/story/storyDataset.ts';
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
  test(`the test story at ${width} px: the reader switches articles from the keyboard, compare as of a date, axe-clean`, async () => {
    const page = await app.newPage({ width, height: 900 });
    await importDataset(page, app.url, story.dataset, texts);

    await page.goto(`${app.url}/article`);
    await page.getByRole('heading', { level: 1, name: /^Veldmark pledges/ }).waitFor();
    const picker = page.getByRole('combobox', { name: /Article/ });
    await picker.focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(/source=/);
    await page.getByRole('heading', { level: 1, name: /^Analysis: Spring thaw/ }).waitFor();
    assert.match(await page.locator('.reader-byline').innerText(), /The Harbour Review, 10 Apr 2025/);
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, `story2-article-${width}`);

    await page.goto(`${app.url}/compare?actors=anna-sorensen,karl-brandt`);
    const card = page.locator('.pair-card');
    await card.getByText('new: no shared topic on 10 Apr 2025').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, `story2-compare-${width}`);
    const asOf = page.getByRole('combobox', { name: 'Agreement as of' });
    await asOf.selectOption('2025-04-10');
    await page.waitForURL(/asOf=2025-04-10/);
    await card.getByText('No topic on which both have a firmly stated position.').waitFor();
    assert.deepEqual(page.errors, []);
    await page.close();
  });
}
