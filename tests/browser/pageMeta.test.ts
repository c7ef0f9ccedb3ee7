/** Each page names itself to the tab, search engines and link previews, and says so again after navigation. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startApp, type AppSession } from './harness.ts';

let app: AppSession;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

test('the title, description, canonical link and card tags (with the card image where a view has one) follow the page on show', async () => {
  const page = await app.newPage();
  await page.goto(`${app.url}/?theme=dark`);
  await page.locator('main h1').waitFor();
  const head = () =>
    page.evaluate(() => ({
      title: document.title,
      description: document.querySelector('meta[name="description"]')?.getAttribute('content'),
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
      ogTitle: document.querySelector('meta[property="og:title"]')?.getAttribute('content'),
      twitterCard: document.querySelector('meta[name="twitter:card"]')?.getAttribute('content'),
      ogImage: document.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? null,
    }));
  const overview = await head();
  assert.match(overview.title, /^Keir Starmer’s High-Stakes Mission.* \| Stance Explorer$/);
  assert.equal(overview.canonical, `${app.url}/`, 'the canonical address leaves out the theme');
  assert.equal(overview.twitterCard, 'summary_large_image');
  assert.equal(overview.ogImage, `${app.url}/cards/overview.png`);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Positions' }).click();
  await page.getByRole('grid').waitFor();
  await page.waitForFunction(() => document.title.startsWith('Positions | '));
  const matrix = await head();
  assert.equal(matrix.ogTitle, matrix.title);
  assert.notEqual(matrix.description, overview.description);
  assert.equal(matrix.canonical, `${app.url}/matrix`);
  assert.equal(matrix.ogImage, `${app.url}/cards/matrix.png`);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Article' }).click();
  await page.waitForFunction(() => document.title.startsWith('Article | '));
  const article = await head();
  assert.equal(article.twitterCard, 'summary', 'a view without a card asks for the small preview');
  assert.equal(article.ogImage, null, 'and no longer names the last page’s card');
  assert.deepEqual(page.errors, []);
  await page.close();
});
