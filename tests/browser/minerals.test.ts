import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import type { Dataset } from '../../src/model/schema.ts';
import { harbourDataset, harbourTexts } from '../fixtures/harbourCompact.ts';
import { axeViolations, screenshot, startApp, type AppSession } from './harness.ts';
import { importDataset } from './importDataset.ts';

let app: AppSession;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

test('select a term: it is highlighted in the list and the diagram, in the URL, and its evidence opens', async () => {
  const page = await app.newPage();
  await page.goto(`${app.url}/minerals`);
  await page.locator('[data-term-card="reconstruction-investment-fund"]').click();
  const panel = page.getByRole('complementary', { name: 'Reconstruction Investment Fund' });
  await panel.waitFor();
  assert.match(page.url(), /term=reconstruction-investment-fund/);
  assert.equal(await page.locator('[data-term="reconstruction-investment-fund"]').getAttribute('aria-pressed'), 'true');
  assert.match(await panel.locator('mark').innerText(), /jointly managed by the US and Ukraine to rebuild the country’s infrastructure/);
  // The panel lists the claims read against the fund.
  await panel.getByRole('button', { name: 'Potential profits of $500 billion' }).click();
  await page.getByRole('complementary', { name: 'Potential profits of $500 billion' }).waitFor();

  // Keyboard: tab to the missing guarantee in the diagram and open it.
  await page.locator('[data-term="us-security-guarantees-condition"]').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('complementary', { name: 'US security guarantees as a condition' }).waitFor();
  assert.match(page.url(), /term=us-security-guarantees-condition/);
  await page.keyboard.press('Escape');
  await page.getByRole('complementary').waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-term-card')), 'us-security-guarantees-condition');

  await page.goBack();
  await page.getByRole('complementary', { name: 'US security guarantees as a condition' }).waitFor();
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the diagram exports as a PNG and an SVG that open as images', async () => {
  const page = await app.newPage();
  await page.goto(`${app.url}/minerals`);
  await page.locator('.deal-diagram').waitFor();
  for (const [name, type] of [['PNG', 'image/png'], ['SVG', 'image/svg+xml']] as const) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
    const bytes = await readFile((await download.path())!);
    if (type === 'image/svg+xml') {
      assert.match(bytes.toString('utf8'), /Rare earth minerals deal: the terms, and what the draft holds/);
      assert.match(bytes.toString('utf8'), /Source: “Keir Starmer’s High-Stakes Mission/);
    }
    const size = await page.evaluate(
      (url) =>
        new Promise<number>((resolve) => {
          const image = new Image();
          image.onload = () => resolve(image.naturalWidth);
          image.onerror = () => resolve(0);
          image.src = url;
        }),
      `data:${type};base64,${bytes.toString('base64')}`,
    );
    assert.ok(size > 300, `${name} opens as an image (width ${size})`);
  }
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV of the data' }).click()]);
  const text = await readFile((await csv.path())!, 'utf8');
  assert.equal(text.trim().split('\r\n').length, 7);
  assert.deepEqual(page.errors, []);
  await page.close();
});

for (const width of [360, 1280])
  test(`axe finds nothing at ${width} px, with a term open; nothing scrolls sideways; screenshots`, async () => {
    const page = await app.newPage({ width });
    await page.goto(`${app.url}/minerals`);
    await page.locator('.deal-diagram').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, `minerals-${width}`);
    await page.goto(`${app.url}/minerals?term=us-security-guarantees-condition`);
    await page.getByRole('complementary').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
    await screenshot(page, `minerals-term-${width}`);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

/** The harbour compact with a second deal, so the deal picker shows. */
function twoDeals(): Dataset {
  const dataset = harbourDataset();
  const levy = dataset.dealTerms.find((t) => t.id === 'fuel-levy-term')!;
  dataset.deals.push({ id: 'levy-pact', label: 'Fuel levy pact', summary: 'A levy on fuel, on its own.', parties: ['liis-tamm'], evidence: levy.evidence });
  dataset.dealTerms.push({ ...levy, id: 'levy-rate', deal: 'levy-pact', label: 'Levy rate', draftCounterpart: undefined });
  return dataset;
}

for (const width of [360, 1280])
  test(`another dataset at ${width} px: the deal picker lives in the URL, the title is the deal's own; axe finds nothing; screenshots`, async () => {
    const page = await app.newPage({ width });
    await importDataset(page, app.url, twoDeals(), harbourTexts);
    await page.goto(`${app.url}/minerals`);
    await page.locator('.deal-diagram').waitFor();
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Coast guard compact: claims against the draft');
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, `minerals-harbour-${width}`);
    await page.getByRole('combobox', { name: 'Deal' }).selectOption('levy-pact');
    await page.waitForURL((url) => url.searchParams.get('deal') === 'levy-pact');
    await page.getByRole('heading', { level: 1, name: 'Fuel levy pact: the terms' }).waitFor();
    await page.locator('[data-term-card="levy-rate"]').click();
    await page.getByRole('complementary', { name: 'Levy rate' }).waitFor();
    assert.match(await page.getByRole('complementary').innerText(), /8%: Fuel levy rate/);
    assert.deepEqual(await axeViolations(page), []);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
    await screenshot(page, `minerals-harbour-second-deal-${width}`);
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Fuel levy pact: the terms' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Coast guard compact: claims against the draft' }).waitFor();
    assert.deepEqual(page.errors, []);
    await page.close();
  });
