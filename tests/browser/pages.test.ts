import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Dataset } from '../../src/model/schema.ts';
import { axeViolations, screenshot, startApp, type AppSession } from './harness.ts';

let app: AppSession;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

const data = JSON.parse(readFileSync('data/article.json', 'utf8')) as Dataset;
const pages = [
  { name: 'actor', path: '/actors/donald-trump', heading: data.actors.find((a) => a.id === 'donald-trump')!.name },
  { name: 'topic', path: '/topics/reassurance-force', heading: data.topics.find((t) => t.id === 'reassurance-force')!.label },
  // The days the article's recent events span (its dated events from 20 February to 2 March 2025).
  { name: 'events', path: '/events?event=starmer-flight-to-washington', heading: 'Events, 20 February – 2 March 2025' },
];

for (const { name, path, heading } of pages)
  for (const width of [360, 1280])
    test(`${name} page at ${width}px: shows its data, axe-clean`, async () => {
      const page = await app.newPage({ width });
      await page.goto(`${app.url}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), heading);
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
