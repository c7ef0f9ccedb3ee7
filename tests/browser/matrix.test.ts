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

type Page = Awaited<ReturnType<AppSession['newPage']>>;
const rowNames = (page: Page) => page.locator('.matrix__actor-name').allTextContents();

/** The rows once the matrix has drawn them: a pick changes the URL a frame before React redraws. */
async function rowsBecome(page: Page, expected: string[]) {
  await page.waitForFunction(
    (names) => [...document.querySelectorAll('.matrix__actor-name')].map((el) => el.textContent).join('|') === names,
    expected.join('|'),
  ).catch(() => undefined);
  assert.deepEqual(await rowNames(page), expected);
}

test('from the overview to the matrix, filter two actors, reload, and read a quote with the keyboard', async () => {
  const page = await app.newPage();
  await page.goto(`${app.url}/`);
  await page.getByRole('link', { name: /Compare positions in the matrix/ }).click();
  await page.getByRole('grid', { name: 'Positions of actors on topics' }).waitFor();
  assert.equal((await rowNames(page)).length, 25);

  const picker = page.getByRole('combobox', { name: 'Actors' });
  await picker.fill('Starmer');
  await picker.press('Enter');
  await picker.fill('Zelensky');
  await picker.press('Enter');
  await rowsBecome(page, ['Keir Starmer', 'Volodymyr Zelensky']);
  assert.match(page.url(), /actors=keir-starmer,volodymyr-zelensky/);

  await page.reload();
  await page.getByRole('grid').waitFor();
  assert.deepEqual(await rowNames(page), ['Keir Starmer', 'Volodymyr Zelensky']);

  // Back steps through filter changes.
  await page.goBack();
  await page.getByRole('grid').waitFor();
  await rowsBecome(page, ['Keir Starmer']);
  await page.goForward();
  await page.getByRole('grid').waitFor();

  // Keyboard only: tab into the grid, move to Starmer × lasting peace, open it.
  await page.locator('.matrix__cell[tabindex="0"]').focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
  assert.match(focused ?? '', /^Keir Starmer, Lasting peace, not a ceasefire: Supports/);
  await page.keyboard.press('Enter');
  const panel = page.getByRole('complementary', { name: 'Keir Starmer on Lasting peace, not a ceasefire' });
  await panel.waitFor();
  assert.match((await panel.locator('mark').allInnerTexts()).join(' '), /we need a lasting peace, not a ceasefire/);
  assert.match(page.url(), /cell=keir-starmer~lasting-peace/);

  await page.keyboard.press('Escape');
  await panel.waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-key') === 'keir-starmer~lasting-peace');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('an unknown actor in the URL is dropped with a notice, never a crash', async () => {
  const page = await app.newPage();
  await page.goto(`${app.url}/matrix?actors=keir-starmer,nobody-at-all&cell=nobody~x`);
  await page.getByText('Part of this link was ignored').waitFor();
  assert.deepEqual(await rowNames(page), ['Keir Starmer']);
  assert.match(await page.locator('.notice').innerText(), /nobody-at-all/);
  await page.close();
});

test('the matrix and an open cell pass axe, at phone and desktop widths', async () => {
  for (const width of [360, 1280]) {
    const page = await app.newPage({ width });
    await page.goto(`${app.url}/matrix?cell=donald-trump~us-security-guarantees`);
    await page.getByRole('complementary').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, `matrix-open-cell-${width}`);
    await page.close();
  }
});

test('at 1280 px every topic header keeps its words whole and all topics fit without sideways scrolling', async () => {
  const page = await app.newPage({ width: 1280 });
  await page.goto(`${app.url}/matrix`);
  await page.getByRole('grid').waitFor();
  const headers = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.matrix__topic span')].map((label) => {
      const text = label.querySelector('a')?.firstChild;
      const words: { word: string; lines: number }[] = [];
      if (text instanceof Text) {
        // A word drawn on two lines has one box per line.
        for (const match of text.data.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(text, match.index);
          range.setEnd(text, match.index + match[0].length);
          words.push({ word: match[0], lines: range.getClientRects().length });
        }
      }
      const overflows = label.scrollHeight > label.clientHeight + 1 || label.scrollWidth > label.clientWidth + 1;
      return { label: label.textContent, words, overflows };
    }),
  );
  assert.equal(headers.length, 13, 'every topic of the built-in dataset has a header');
  for (const { label, words, overflows } of headers) {
    assert.ok(words.length > 0, `${label} has words`);
    assert.deepEqual(words.filter((w) => w.lines !== 1), [], `no word of “${label}” is broken across lines`);
    assert.equal(overflows, false, `“${label}” fits its header`);
  }
  const scroll = await page.locator('.matrix-scroll').evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  assert.ok(scroll.scrollWidth <= scroll.clientWidth, `the grid does not scroll sideways (${scroll.scrollWidth} > ${scroll.clientWidth})`);
  await screenshot(page, 'matrix-1280');
  await page.close();
});
