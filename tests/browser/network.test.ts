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

const nodePositions = (page: Awaited<ReturnType<AppSession['newPage']>>) =>
  page.locator('.network__node').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('transform')));

test('the graph lays out the same way on every load', async () => {
  const first = await app.newPage();
  await first.goto(`${app.url}/network`);
  await first.locator('.network__node').first().waitFor();
  const second = await app.newPage();
  await second.goto(`${app.url}/network`);
  await second.locator('.network__node').first().waitFor();
  assert.deepEqual(await nodePositions(first), await nodePositions(second));
  await first.close();
  await second.close();
});

test('keyboard through the relations list to a relation’s quotes, and to the reader', async () => {
  const page = await app.newPage();
  await page.goto(`${app.url}/network`);
  const quotes = page.getByRole('button', { name: /^Quotes\W+Volodymyr Zelensky opposes Donald Trump$/ });
  await quotes.focus();
  await page.keyboard.press('Enter');
  assert.match(page.url(), /relation=zelensky-resists-minerals-deal/);
  const panel = page.getByRole('complementary', { name: 'Volodymyr Zelensky opposes Donald Trump' });
  await panel.waitFor();
  await page.keyboard.press('Escape');
  await panel.waitFor({ state: 'detached' });
  // Tab on from the button to its "Show in article" link and follow it.
  await quotes.focus();
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.textContent);
  assert.match(focused ?? '', /Show in article/);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/article\?datum=relation:/);
  await page.locator('mark.is-target').first().waitFor();
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('dragging a node moves it; zoom buttons scale the graph', async () => {
  const page = await app.newPage();
  await page.goto(`${app.url}/network`);
  const node = page.locator('.network__node').first();
  await node.waitFor();
  const before = await node.getAttribute('transform');
  const box = (await node.locator('circle').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 40, { steps: 5 });
  await page.mouse.up();
  assert.notEqual(await node.getAttribute('transform'), before);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  assert.match((await page.locator('.network__svg > g').getAttribute('transform')) ?? '', /scale\(1\.4\)/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

for (const width of [360, 1280])
  test(`the relations view is axe-clean at ${width}px`, async () => {
    const page = await app.newPage({ width });
    await page.goto(`${app.url}/network?relation=starmer-persuades-trump`);
    await page.getByRole('complementary').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, `network-${width}`);
    assert.deepEqual(page.errors, []);
    await page.close();
  });
