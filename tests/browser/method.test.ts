import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { axeViolations, screenshot, startApp, type AppSession } from './harness.ts';

let app: AppSession;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

for (const width of [360, 1280])
  test(`the method page at ${width}px: codes with examples, the accuracy tables, axe-clean`, async () => {
    const page = await app.newPage({ width });
    await page.goto(`${app.url}/method`);
    await page.getByRole('heading', { level: 1, name: 'How the data is coded' }).waitFor();
    // Two tables: the development corpus, and apart the held-out articles.
    await page.getByRole('table', { name: /^Accuracy measured/ }).waitFor();
    await page.getByRole('table', { name: /held-out/ }).waitFor();
    assert.ok((await page.getByRole('link', { name: 'Show in article' }).count()) > 10);
    // Nothing wider than the screen but the table, which scrolls in its own box.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, `method-${width}`);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

test('an example on the method page opens its words in the article', async () => {
  const page = await app.newPage();
  await page.goto(`${app.url}/method#codes`);
  await page.locator('#reading-inferred').getByRole('link', { name: 'Show in article' }).click();
  await page.waitForURL(/\/article\?datum=/);
  await page.locator('mark.is-target').first().waitFor();
  assert.deepEqual(page.errors, []);
  await page.close();
});
