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
/** Emmanuel Macron on US security guarantees: a position that is our reading of the words. */
const macronCell = (page: Page) => page.locator('[data-key="emmanuel-macron~us-security-guarantees"]');
const shownCount = async (page: Page) => Number(/(\d+) positions\./.exec(await page.locator('.result-count').innerText())?.[1]);

test('the matrix toggle hides our readings, the URL keeps it through a reload, and Back brings them back', async () => {
  const page = await app.newPage();
  await page.goto(`${app.url}/matrix`);
  await page.getByRole('grid').waitFor();
  assert.match((await macronCell(page).getAttribute('aria-label')) ?? '', /Supports \(reported by others, our reading\)/);
  const all = await shownCount(page);

  const toggle = page.getByRole('checkbox', { name: /Hide our readings \(10 positions\)/ });
  await toggle.focus();
  await page.keyboard.press('Space');
  await page.waitForURL(/reading=stated/);
  await page.waitForFunction(() => !document.querySelector('.row-marks__hatched'));
  assert.equal(await shownCount(page), all - 10);
  assert.match((await macronCell(page).getAttribute('aria-label')) ?? '', /no recorded position$/);

  await page.reload();
  await page.getByRole('grid').waitFor();
  assert.equal(await toggle.isChecked(), true);
  assert.equal(await shownCount(page), all - 10);

  await page.goBack();
  await page.waitForFunction(() => !location.search.includes('reading'));
  await page.waitForFunction(() => Boolean(document.querySelector('.row-marks__hatched')));
  assert.equal(await shownCount(page), all);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('our readings drawn, and hidden, pass axe at phone and desktop widths', async () => {
  // Each view that draws them, open on one; the matrix at both widths, the others at one each to keep the run short.
  const pages: [string, number][] = [
    ['/matrix?cell=emmanuel-macron~us-security-guarantees', 360],
    ['/matrix?cell=emmanuel-macron~us-security-guarantees', 1280],
    ['/matrix?reading=stated', 360],
    ['/compare?actors=emmanuel-macron,keir-starmer&topic=us-security-guarantees', 360],
    ['/network?relation=macron-persuades-trump', 1280],
    ['/article?datum=position:macron-security-guarantees', 1280],
  ];
  for (const [url, width] of pages) {
    const page = await app.newPage({ width });
    await page.goto(`${app.url}${url}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.deepEqual(await axeViolations(page), [], `${url} at ${width} px`);
    if (url.startsWith('/matrix?cell')) await screenshot(page, `reading-matrix-${width}`);
    await page.close();
  }
});
