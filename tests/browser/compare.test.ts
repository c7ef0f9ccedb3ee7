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
  test(`compare from the URL at ${width}px: columns, pair scores, and a topic’s evidence`, async () => {
    const page = await app.newPage({ width });
    await page.goto(`${app.url}/compare?actors=keir-starmer,donald-trump,emmanuel-macron`);
    const table = page.getByRole('table');
    await table.waitFor();
    const headers = await table.locator('thead th').allInnerTexts();
    assert.deepEqual(headers.map((h) => h.trim()), ['Topic', 'Keir Starmer', 'Donald Trump', 'Emmanuel Macron', 'Together']);
    assert.equal(await page.locator('.pair-card').count(), 3);
    // By default only firm statements count; the switch counts the rest and keeps it in the link.
    assert.match(await page.locator('.pair-card').first().innerText(), /agree on 1 of 2 shared topics[\s\S]*From 4 statements/);
    await page.getByRole('checkbox', { name: /Count hedged, reported and inferred positions too/ }).check();
    await page.waitForURL(/agreement=all/);
    assert.match(await page.locator('.pair-card').first().innerText(), /agree on 1 of 5 shared topics[\s\S]*From 10 statements/);

    await page.locator('.pair-card').first().getByRole('button', { name: 'US distance from Putin' }).click();
    assert.match(page.url(), /topic=distance-from-putin/);
    const panel = page.getByRole('complementary', { name: 'US distance from Putin' });
    await panel.waitFor();
    assert.ok((await panel.getByRole('link', { name: 'Show in article' }).count()) >= 3);
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, `compare-${width}`);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

test('the first visit compares the two actors with the most positions; choosing writes the URL, and the link reopens it', async () => {
  const page = await app.newPage();
  await page.goto(`${app.url}/compare`);
  const table = page.getByRole('table');
  await table.waitFor();
  const headers = await table.locator('thead th').allInnerTexts();
  assert.deepEqual(headers.map((h) => h.trim()), ['Topic', 'Donald Trump', 'Keir Starmer', 'Together']);
  assert.equal(new URL(page.url()).search, '', 'the URL stays clean until the user chooses');
  assert.deepEqual(await axeViolations(page), []);

  await page.getByRole('button', { name: 'Remove Keir Starmer' }).click();
  await page.getByText('Add at least one more actor to compare with Donald Trump.').waitFor();
  const picker = page.getByRole('combobox', { name: /Actors/ });
  await picker.fill('Zelensky');
  await picker.press('Enter');
  assert.match(decodeURIComponent(page.url()), /actors=donald-trump,volodymyr-zelensky/);
  await page.reload();
  await page.getByRole('columnheader', { name: 'Volodymyr Zelensky' }).waitFor();
  assert.deepEqual(page.errors, []);
  await page.close();
});
