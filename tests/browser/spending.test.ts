import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { harbourDataset, harbourTexts } from '../fixtures/harbourCompact.ts';
import { axeViolations, screenshot, startApp, type AppSession } from './harness.ts';
import { importDataset } from './importDataset.ts';

type AppPage = Awaited<ReturnType<AppSession['newPage']>>;

let app: AppSession;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

/** Tabs forward until the element with `data-figure=id` has focus (or gives up). */
async function tabTo(page: AppPage, id: string) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.getAttribute('data-figure'))) === id) return;
  }
  assert.fail(`could not reach the mark of ${id} with Tab`);
}

/** Loads a downloaded image file in the page and returns its pixel size (0×0 if it does not open). */
async function openAsImage(page: AppPage, bytes: Buffer, type: string) {
  const src = `data:${type};base64,${bytes.toString('base64')}`;
  return page.evaluate(
    (url) =>
      new Promise<{ width: number; height: number }>((resolve) => {
        const image = new Image();
        image.onload = () => resolve({ width: image.naturalWidth, height: image.naturalHeight });
        image.onerror = () => resolve({ width: 0, height: 0 });
        image.src = url;
      }),
    src,
  );
}

test('focus a mark with the keyboard, read its tooltip, and open its evidence', async () => {
  const page = await app.newPage();
  await page.goto(`${app.url}/spending`);
  await page.getByRole('group', { name: /Defence spending as a share of GDP/ }).first().waitFor();
  await tabTo(page, 'uk-defence-2-5-by-2027');
  const tooltip = page.getByRole('tooltip');
  await tooltip.waitFor();
  const text = await tooltip.innerText();
  assert.match(text, /2\.5% · Pledged/);
  assert.match(text, /by 2027/);
  assert.match(text, /Britain would increase its defense spending to 2\.5% of GDP by 2027/);
  // The focused mark points screen readers at the tooltip.
  const describedBy = await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'));
  assert.equal(describedBy, await tooltip.getAttribute('id'));

  await page.keyboard.press('Enter');
  const panel = page.getByRole('complementary', { name: 'UK defence spending by 2027' });
  await panel.waitFor();
  assert.match(page.url(), /mark=uk-defence-2-5-by-2027/);
  assert.match(await panel.innerText(), /2\.5 points short of 5%/);
  assert.equal(await panel.getByRole('link', { name: 'Show in article' }).getAttribute('href'), '/article?datum=figure:uk-defence-2-5-by-2027');
  await page.keyboard.press('Escape');
  await panel.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-figure')), 'uk-defence-2-5-by-2027');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the vague window, the demand line and the gaps are drawn and labelled', async () => {
  const page = await app.newPage();
  await page.goto(`${app.url}/spending`);
  const chart = page.locator('.chart-frame svg');
  await chart.waitFor();
  const labels = await chart.locator('text').allTextContents();
  for (const expected of ['2.5% by 2027', '2.5 points short of 5%', '2 points short of 5%', '5%: Trump’s demand for NATO defence spending'])
    assert.ok(labels.some((l) => l.includes(expected)), `missing label: ${expected}`);
  assert.ok(labels.join(' ').includes('general election'), 'the window label carries the text’s phrase');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the actor filter and the table live in the URL; unknown ids are dropped with a notice', async () => {
  const page = await app.newPage();
  await page.goto(`${app.url}/spending?actors=donald-trump,nobody&show=table`);
  await page.getByRole('table').waitFor();
  assert.match(await page.getByRole('status').first().innerText(), /actors: “nobody”/);
  const rows = await page.locator('.data-table tbody tr').allInnerTexts();
  assert.equal(rows.length, 1);
  assert.match(rows[0]!, /Donald Trump[\s\S]*Demanded of others[\s\S]*5%/);

  // A click, then the URL: the box is checked once the navigation it starts has landed, which check()
  // (it reads the box straight after the click) can miss on a busy machine.
  await page.getByRole('checkbox', { name: 'Keir Starmer' }).click();
  await page.waitForURL((url) => !url.searchParams.has('actors'));
  // The URL changes first; the box shows the new state once React has drawn it.
  await page.getByRole('checkbox', { name: 'Keir Starmer', checked: true }).waitFor();
  await page.locator('.data-table tbody tr').nth(2).waitFor();
  assert.equal(await page.locator('.data-table tbody tr').count(), 3);
  await page.getByRole('button', { name: 'Chart' }).click();
  await page.locator('.chart-frame svg').waitFor();
  assert.equal(new URL(page.url()).searchParams.get('show'), null);
  await page.goBack();
  await page.getByRole('table').waitFor();
  await page.close();
});

test('exports: the PNG and SVG open as images with the title and citation, the CSV holds every figure', async () => {
  const page = await app.newPage();
  await page.goto(`${app.url}/spending`);
  await page.locator('.chart-frame svg').waitFor();
  const download = async (name: string) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
    return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
  };

  const png = await download('PNG');
  assert.match(png.name, /\.png$/);
  assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const pngSize = await openAsImage(page, png.bytes, 'image/png');
  assert.ok(pngSize.width > 1000 && pngSize.height > 600, `PNG opens at 2× size, got ${JSON.stringify(pngSize)}`);

  const svg = await download('SVG');
  const svgText = svg.bytes.toString('utf8');
  assert.match(svgText, /Defence spending as a share of GDP/);
  assert.match(svgText, /Source: “Keir Starmer’s High-Stakes Mission/);
  assert.ok((await openAsImage(page, svg.bytes, 'image/svg+xml')).width > 0, 'the SVG opens as an image');

  const csv = await download('CSV of the data');
  const csvText = csv.bytes.toString('utf8');
  for (const id of ['uk-defence-2-5-by-2027', 'uk-defence-3-after-election', 'nato-5-percent-demand']) assert.ok(csvText.includes(id), id);
  assert.match(await page.getByRole('status').last().innerText(), /CSV downloaded/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

for (const width of [360, 1280])
  test(`axe finds nothing at ${width} px, with the chart, the panel and the table; screenshots`, async () => {
    const page = await app.newPage({ width });
    await page.goto(`${app.url}/spending?mark=uk-defence-3-after-election`);
    await page.getByRole('complementary').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, `spending-${width}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
    await page.goto(`${app.url}/spending?show=table`);
    await page.getByRole('table').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, `spending-table-${width}`);
    const tableOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(tableOverflow <= 0, `the table makes the page scroll sideways by ${tableOverflow}px`);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

test('another dataset: the metric and unit pickers live in the URL, pounds and euros never share an axis, an unknown unit is dropped', async () => {
  const page = await app.newPage();
  await importDataset(page, app.url, harbourDataset(), harbourTexts);
  await page.goto(`${app.url}/spending`);
  await page.locator('.chart-frame svg').waitFor();
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Figures: Defence spending');
  assert.match(await page.locator('.page__lede').innerText(), /^6 figures on defence spending from 4 actors/);

  await page.getByRole('radio', { name: /British pounds \(GBP\)/ }).check();
  await page.waitForURL((url) => url.searchParams.get('unit') === 'money-gbp');
  await page.getByRole('group', { name: 'Defence spending in British pounds (GBP)' }).waitFor();
  const ticks = await page.locator('.axis--left text').allTextContents();
  assert.ok(ticks.some((t) => t.startsWith('£')) && !ticks.some((t) => t.startsWith('€') || t.endsWith('%')), `one currency on the axis: ${ticks.join(' ')}`);

  await page.getByRole('combobox', { name: 'Figures on' }).selectOption('troops');
  await page.waitForURL((url) => url.searchParams.get('metric') === 'troops' && !url.searchParams.has('unit'));
  await page.locator('[data-figure="latvia-40-observers"]').waitFor();
  await page.goBack();
  await page.getByRole('group', { name: 'Defence spending in British pounds (GBP)' }).waitFor();

  await page.goto(`${app.url}/spending?metric=troops&unit=money-eur`);
  await page.locator('[data-figure="latvia-40-observers"]').waitFor();
  assert.match(await page.getByRole('status').first().innerText(), /unit: “money-eur”/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

for (const width of [360, 1280])
  test(`another dataset at ${width} px: axe finds nothing with the unit picker, an unconfirmed figure open, a reasoned window; screenshots`, async () => {
    const page = await app.newPage({ width });
    await importDataset(page, app.url, harbourDataset(), harbourTexts);
    await page.goto(`${app.url}/spending?mark=finland-3-5-decade`);
    await page.getByRole('complementary').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, `spending-harbour-${width}`);
    await page.goto(`${app.url}/spending?unit=money-eur&mark=estonia-eur-next-year`);
    await page.getByRole('complementary').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
    await screenshot(page, `spending-harbour-eur-${width}`);
    await page.goto(`${app.url}/spending?unit=money-eur&show=table`);
    await page.getByRole('table').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, `spending-harbour-eur-table-${width}`);
    assert.deepEqual(page.errors, []);
    await page.close();
  });
