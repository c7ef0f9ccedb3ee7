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

test('a deep link scrolls the reader to the datum’s words, outlines them and moves focus there', async () => {
  const page = await app.newPage({ width: 1280, height: 800 });
  await page.goto(`${app.url}/article?datum=relation:starmer-warns-about-putin`);
  const target = page.locator('mark.is-target').first();
  await target.waitFor();
  const focused = await page.evaluate(() => document.activeElement?.classList.contains('is-target'));
  assert.equal(focused, true);
  const box = await target.boundingBox();
  assert.ok(box && box.y > 0 && box.y < 800, `the linked passage is in view (y=${box?.y})`);
  assert.ok(((await page.evaluate(() => window.scrollY)) ?? 0) > 500, 'the page scrolled down to it');
  const panel = page.getByRole('complementary', { name: /This passage supports/ });
  assert.match(await panel.innerText(), /Keir Starmer criticises Vladimir Putin/);
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'reader-deeplink-1280');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('"Show in article" in the matrix opens the reader at that position', async () => {
  const page = await app.newPage();
  await page.goto(`${app.url}/matrix?cell=keir-starmer~us-backstop`);
  await page.getByRole('link', { name: 'Show in article' }).first().click();
  await page.waitForURL(/\/article\?datum=position:starmer-us-backstop/);
  await page.locator('mark.is-target').first().waitFor();
  // And back to its view from the reader.
  await page.getByRole('link', { name: 'Back to it in its view' }).click();
  await page.waitForURL(/\/matrix\?cell=keir-starmer~us-backstop/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('an unknown datum gets a visible notice; colour switch and filters go into the URL', async () => {
  const page = await app.newPage({ width: 360, height: 780 });
  await page.goto(`${app.url}/article?datum=figure:nothing-here`);
  await page.getByText('Part of this link was ignored.').waitFor();
  await page.getByRole('radio', { name: 'Actor' }).click();
  await page.waitForURL(/colour=actor/);
  await page.getByRole('button', { name: 'Relations' }).click();
  await page.waitForURL(/kinds=relation/);
  const hidden = await page.evaluate(() => [...document.querySelectorAll('mark.hl')].filter((m) => !/relation:/.test(m.getAttribute('data-datums') ?? '')).length);
  assert.equal(hidden, 0);
  // Tapping a highlight lists what it supports in the bottom sheet.
  await page.locator('mark.hl').first().click();
  await page.getByRole('complementary', { name: /This passage supports/ }).getByRole('link').first().waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'reader-filtered-360');
  assert.deepEqual(page.errors, []);
  await page.close();
});

for (const width of [360, 1280])
  test(`the reader is axe-clean at ${width}px`, async () => {
    const page = await app.newPage({ width });
    await page.goto(`${app.url}/article`);
    await page.locator('mark.hl').first().waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, `reader-${width}`);
    assert.deepEqual(page.errors, []);
    await page.close();
  });
