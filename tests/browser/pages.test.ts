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

const pages = [
  { name: 'actor', path: '/actors/donald-trump', heading: 'Donald Trump' },
  { name: 'topic', path: '/topics/reassurance-force', heading: 'Reassurance force in Ukraine' },
  { name: 'events', path: '/events?event=starmer-flight-to-washington', heading: 'The days around the visit' },
];

for (const { name, path, heading } of pages)
  for (const width of [360, 1280])
    test(`${name} page at ${width}px: shows its data, axe-clean`, async () => {
      const page = await app.newPage({ width });
      await page.goto(`${app.url}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      assert.match(await page.getByRole('heading', { level: 1 }).innerText(), new RegExp(heading.split(' ')[0]!));
      assert.ok((await page.getByRole('link', { name: 'Show in article' }).count()) > 0);
      assert.deepEqual(await axeViolations(page), []);
      await screenshot(page, `${name}-${width}`);
      assert.deepEqual(page.errors, []);
      await page.close();
    });

test('from the matrix to an actor, on to a relation and back to its words', async () => {
  const page = await app.newPage();
  await page.goto(`${app.url}/matrix`);
  await page.getByRole('link', { name: 'Volodymyr Zelensky' }).click();
  await page.getByRole('heading', { level: 1, name: 'Volodymyr Zelensky' }).waitFor();
  await page.getByRole('region', { name: /^Relations/ }).getByRole('link', { name: 'in the network' }).first().click();
  await page.waitForURL(/\/network\?relation=/);
  await page.getByRole('complementary').getByRole('link', { name: 'Show in article' }).first().click();
  await page.locator('mark.is-target').first().waitFor();
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the events timeline opens at a linked event, with its date precision and derivation', async () => {
  const page = await app.newPage();
  await page.goto(`${app.url}/events?event=starmer-flight-to-washington`);
  const card = page.locator('#event-starmer-flight-to-washington');
  await card.waitFor();
  assert.match((await card.getAttribute('class')) ?? '', /is-selected/);
  assert.match((await card.textContent()) ?? '', /Exact day/);
  assert.match((await card.textContent()) ?? '', /Weekday resolved against the publication date/);
  await page.goto(`${app.url}/actors/nobody-at-all`);
  await page.getByRole('heading', { name: 'No such actor' }).waitFor();
  assert.deepEqual(page.errors, []);
  await page.close();
});
