/**
 * Every view of the built-in dataset is drawn at build: its page reads before any script has run, and the
 * browser then takes it over without redrawing it or reporting a mismatch.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { screenshot, startApp, waitForInteractive, type AppSession } from './harness.ts';

let app: AppSession;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

/** A page whose own scripts never arrive, as on a slow network before they do. */
async function pageWithoutAppScripts(width = 1280) {
  const context = await app.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
  return page;
}

test('before any script of the app has run, each view shows its heading, its chart and its own title', async () => {
  const views: [string, string, string][] = [
    ['/', 'main h1', 'Keir Starmer’s High-Stakes Mission'],
    ['/matrix', 'main [role="grid"]', 'Positions | '],
    ['/spending', 'main svg', 'Figures | '],
    ['/minerals', 'main h1', 'Deal terms | '],
    ['/article', 'main mark.hl', 'Article | '],
    ['/actors/keir-starmer', 'main h1', 'Keir Starmer | '],
  ];
  for (const [path, selector, title] of views) {
    const page = await pageWithoutAppScripts();
    await page.goto(`${app.url}${path}`);
    assert.ok(await page.locator(selector).first().isVisible(), `${path}: ${selector} is on screen`);
    assert.ok((await page.title()).startsWith(title), `${path}: the title is the page's own (${await page.title()})`);
    if (path === '/matrix') await screenshot(page, 'prerendered-matrix-no-script');
    await page.context().close();
  }
});

test('the browser takes a drawn page over without a mismatch, and it then answers clicks', async () => {
  for (const path of ['/', '/matrix', '/spending', '/minerals', '/article', '/events', '/actors/keir-starmer', '/data']) {
    const page = await app.newPage();
    await page.goto(`${app.url}${path}`);
    assert.deepEqual(page.errors, [], `${path}: no error while taking the page over`);
    await page.close();
  }
  const page = await app.newPage();
  await page.goto(`${app.url}/matrix`);
  await page.locator('.matrix__cell[tabindex="0"]').click();
  await page.getByRole('complementary').locator('mark').first().waitFor();
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("the app's scripts are fetched only after the page has painted, and then take it over", async () => {
  const page = await app.newPage();
  const requested: { url: string; at: number }[] = [];
  page.on('request', (request) => {
    if (/\/assets\/.*\.js$/.test(request.url())) requested.push({ url: request.url(), at: Date.now() });
  });
  const started = Date.now();
  await page.goto(`${app.url}/spending`);
  const paintedAt = started + (await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
  const entry = requested[0]!;
  const appChunks = requested.slice(1);
  assert.match(entry.url, /\/assets\/index-[^/]+\.js$/, 'the entry comes first');
  assert.ok(appChunks.some((r) => /\/assets\/start-/.test(r.url)) && appChunks.some((r) => /\/assets\/SpendingPage-/.test(r.url)), 'the app and its view are fetched');
  // Request times are taken in this process, the paint in the page's clock from its navigation: a little slack.
  for (const r of appChunks) assert.ok(r.at >= paintedAt - 50, `${r.url} was requested ${paintedAt - r.at} ms before the first paint`);
  await page.locator('main svg').first().click();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('text typed into a drawn page before the app has taken it over is kept, and counts', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // The app's chunk waits until the reader has typed, as on a slow link.
  let release = () => undefined as void;
  const typed = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/start-[^/]+\.js$/, async (route) => {
    await typed;
    await route.continue();
  });
  await page.goto(`${app.url}/data`);
  await page.getByLabel('Article text').fill('Ministers met in Oslo on Tuesday.');
  await page.getByLabel(/^Title/).fill('Oslo talks');
  release();
  await page.waitForFunction(() => document.documentElement.dataset.interactive !== undefined);
  const draftButton = page.getByRole('button', { name: 'Draft the explorer' });
  const enabled = await draftButton.click({ trial: true, timeout: 5000 }).then(() => true, () => false);
  assert.ok(enabled, 'the form knows the text typed before it started: Draft is enabled');
  assert.equal(await page.getByLabel('Article text').inputValue(), 'Ministers met in Oslo on Tuesday.');
  assert.equal(await page.getByLabel(/^Title/).inputValue(), 'Oslo talks');
  await context.close();
});

test("a page drawn for another address stays hidden until the browser draws this one's", async () => {
  const page = await pageWithoutAppScripts();
  // The static host answers an address it has no page for with the overview's page.
  await page.goto(`${app.url}/embed/matrix`);
  assert.equal(await page.locator('#root').isVisible(), false, 'the overview drawn at build is not shown as the embed');
  await page.goto(`${app.url}/matrix?actors=donald-trump`);
  assert.equal(await page.locator('#root').isVisible(), false, 'the unfiltered matrix is not shown for a filtered address');
  await page.context().close();
  const live = waitForInteractive(await app.newPage());
  await live.goto(`${app.url}/matrix?actors=donald-trump`);
  assert.ok(await live.locator('#root').isVisible());
  await live.getByRole('grid').waitFor();
  assert.deepEqual(live.errors, []);
  await live.close();
});

test('the theme a reader chose applies before the first paint, not after the scripts', async () => {
  const page = await pageWithoutAppScripts(360);
  await page.addInitScript(() => localStorage.setItem('stance-explorer:theme', 'dark'));
  await page.goto(`${app.url}/matrix`);
  assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark');
  await page.goto(`${app.url}/matrix?theme=light`);
  assert.equal(await page.locator('html').getAttribute('data-theme'), 'light', 'the address wins over the remembered choice');
  assert.ok(await page.locator('#root').isVisible(), 'a theme in the address is no reason to hide the page');
  await page.context().close();
});
