/**
 * Printing a view (under print emulation, at A4 width): the view itself, its legend and the source
 * citation, without the site's navigation, dataset switcher, filters or buttons; the reader's evidence
 * stays visible without colour.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { screenshot, startApp, type AppSession } from './harness.ts';

let app: AppSession;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

/** A4 at 96 px per inch. */
const A4_WIDTH = 794;

const views: [name: string, path: string, legend: string][] = [
  ['matrix', '/matrix', '.legend'],
  ['spending', '/spending', '.legend'],
  ['minerals', '/minerals', '.legend'],
  ['article', '/article', '.reader-legend'],
];

for (const [name, path, legend] of views) {
  test(`printing ${name} keeps the view, its legend and citation, and drops navigation, filters and buttons`, async () => {
    const page = await app.newPage({ width: A4_WIDTH });
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${app.url}${path}`);
    await page.locator('main h1').waitFor();
    await page.locator(legend).first().waitFor();

    assert.equal(await page.getByRole('navigation', { name: 'Views' }).isVisible(), false, 'no navigation');
    assert.equal(await page.locator('.dataset-switcher').isVisible(), false, 'no dataset switcher');
    assert.equal(await page.locator('.filters').first().isVisible().catch(() => false), false, 'no filters');
    // The deal's term cards are its content (buttons on screen, to open a term), so they are printed.
    const controls = await page.locator('main :is(button, select, input):visible:not([data-term-card])').count();
    assert.equal(controls, 0, 'no buttons or form controls');
    assert.ok(await page.locator(legend).first().isVisible(), 'the legend is printed');
    const footer = page.locator('.app-footer');
    assert.ok(await footer.isVisible(), 'the citation is printed');
    assert.match(await footer.innerText(), /Source: Keir Starmer’s High-Stakes Mission in Washington/);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= A4_WIDTH, `nothing runs off the page sideways (${width} px)`);
    await screenshot(page, `print-${name}`);
    assert.deepEqual(page.errors, []);
    await page.close();
  });
}

test('the printed matrix is whole, with its marks over their cells', async () => {
  const page = await app.newPage({ width: A4_WIDTH });
  await page.emulateMedia({ media: 'print' });
  await page.goto(`${app.url}/matrix`);
  await page.getByRole('grid').waitFor();
  const scroll = await page.locator('.matrix-scroll').evaluate((el) => ({ height: el.scrollHeight, shown: el.clientHeight }));
  assert.ok(scroll.height <= scroll.shown, 'no row is cut off at a screen height');
  // Each row's layer of marks spans exactly its cells, however the grid is zoomed for paper.
  const misfits = await page.evaluate(() =>
    [...document.querySelectorAll('tbody tr[role="row"]')].flatMap((row) => {
      const marks = row.querySelector('svg.row-marks')?.getBoundingClientRect();
      const cells = [...row.querySelectorAll('[role="gridcell"]')].map((cell) => cell.getBoundingClientRect());
      const first = cells[0];
      const last = cells[cells.length - 1];
      if (!marks || !first || !last) return ['a row without marks or cells'];
      return Math.abs(marks.left - first.left) > 1 || Math.abs(marks.right - last.right) > 1 ? [row.querySelector('th')?.textContent ?? '?'] : [];
    }),
  );
  assert.deepEqual(misfits, []);
  await page.close();
});

test('the printed article underlines every passage with evidence in black, twice where evidence overlaps', async () => {
  const page = await app.newPage({ width: A4_WIDTH });
  await page.emulateMedia({ media: 'print' });
  await page.goto(`${app.url}/article`);
  await page.locator('mark.hl').first().waitFor();
  const marks = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('mark.hl')].map((mark) => {
      const style = getComputedStyle(mark);
      return { stacked: mark.dataset.datums!.split(' ').length > 1, line: style.textDecorationLine, kind: style.textDecorationStyle, colour: style.textDecorationColor, band: style.backgroundImage };
    }),
  );
  assert.ok(marks.length > 50);
  assert.ok(marks.some((m) => m.stacked), 'the article has overlapping evidence');
  for (const mark of marks) {
    assert.equal(mark.line, 'underline');
    assert.equal(mark.kind, mark.stacked ? 'double' : 'solid');
    assert.equal(mark.colour, 'rgb(0, 0, 0)');
    assert.equal(mark.band, 'none', 'no colour band, which paper in black and white would lose');
  }
  assert.ok(await page.getByText(/In print, each passage with evidence is underlined/).isVisible(), 'the legend says how to read the lines');
  await page.close();
});
