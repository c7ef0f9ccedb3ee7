/**
 * Issue 15, items 4 to 6 in the built app: a saved dataset that no view can draw leaves the header, the
 * navigation and two ways out; a 5 MB paste is refused at once; a paste just under the limit drafts
 * within the caps and says what was left out; a title with a direction override cannot pass as another.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { longArticle } from '../../bench/longArticle.ts';
import { axeViolations, screenshot, startApp, type AppSession } from './harness.ts';

let app: AppSession;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

const WORKSPACE_KEY = 'stance-explorer:workspace';

/**
 * Writes a workspace whose active dataset has `actors: [null, 42]` (as the issue found it) into the
 * app's IndexedDB, from a static file of the same origin so the app is not running while it is written.
 */
async function saveDamagedWorkspace(page: Page) {
  const dataset = JSON.parse(readFileSync('data/article.json', 'utf8'));
  const damaged = { ...dataset, id: 'damaged', title: '\u202Egnp.exe', actors: [null, 42] };
  const workspace = {
    state: { datasets: { damaged: { dataset: damaged, texts: { article: readFileSync('data/article.txt', 'utf8') }, origin: 'imported', savedAt: '2026-01-01T00:00:00.000Z' } }, activeId: 'damaged' },
    version: 1,
  };
  await page.goto(`${app.url}/favicon.svg`);
  await page.evaluate(
    ({ key, value }) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('keyval-store');
        open.onupgradeneeded = () => open.result.createObjectStore('keyval');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('keyval', 'readwrite');
          tx.objectStore('keyval').put(value, key);
          tx.oncomplete = () => done();
          tx.onerror = () => fail(tx.error);
        };
      }),
    { key: WORKSPACE_KEY, value: JSON.stringify(workspace) },
  );
}

async function expectWayOut(page: Page) {
  const alert = page.getByRole('alert').filter({ hasText: 'This view could not be shown' });
  await alert.waitFor();
  assert.match((await alert.textContent()) ?? '', /not what this view expects/);
  assert.match((await alert.textContent()) ?? '', /“\[U\+202E\]gnp\.exe”/, 'the override is shown as a code, so the title cannot read “exe.png”');
  assert.ok(await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Positions' }).isVisible());
  assert.ok(await alert.getByRole('button', { name: 'Show the built-in dataset' }).isVisible());
  assert.equal(await alert.getByRole('link', { name: 'Go to your data' }).getAttribute('href'), '/data');
  const switcher = page.getByRole('combobox', { name: 'Dataset' });
  assert.ok(await switcher.isVisible());
  assert.equal(await switcher.locator('option:checked').textContent(), '\u2068[U+202E]gnp.exe\u2069');
  return alert;
}

test('a saved dataset no view can draw leaves the header, the navigation and two ways out; “Show the built-in dataset” brings a working view back', async () => {
  const page = await app.newPage({ width: 360, height: 800 });
  await saveDamagedWorkspace(page);
  await page.goto(`${app.url}/matrix`);
  await expectWayOut(page);
  await screenshot(page, 'way-out-error-360');
  await page.setViewportSize({ width: 1280, height: 900 });
  await screenshot(page, 'way-out-error-1280');
  assert.deepEqual(await axeViolations(page), []);

  // The damage is still there after a reload, and on /data too: the way out does not depend on the route.
  await page.goto(`${app.url}/data`);
  await expectWayOut(page);

  await page.goto(`${app.url}/matrix`);
  const alert = await expectWayOut(page);
  await alert.getByRole('button', { name: 'Show the built-in dataset' }).click();
  await page.locator('[role="grid"]').waitFor();
  assert.equal(await page.getByRole('alert').filter({ hasText: 'This view could not be shown' }).count(), 0);
  await page.reload();
  await page.locator('[role="grid"]').waitFor();
  const options = await page.getByRole('combobox', { name: 'Dataset' }).locator('option').allTextContents();
  assert.equal(options.length, 2, 'the damaged dataset is still in the workspace, not lost');
  assert.match(options[0]!, /\(built in\)$/);
});

test('the header switcher leaves a broken dataset from any page, with the keyboard', async () => {
  const page = await app.newPage({ width: 360, height: 800 });
  await saveDamagedWorkspace(page);
  await page.goto(`${app.url}/events`);
  await expectWayOut(page);
  await page.screenshot({ path: 'tests/output/screenshots/way-out-header-360.png' });
  const switcher = page.getByRole('combobox', { name: 'Dataset' });
  await switcher.focus();
  await page.keyboard.press('ArrowUp');
  await page.getByRole('heading', { name: 'Timeline' }).or(page.locator('.page h1')).first().waitFor();
  assert.equal(await page.getByRole('alert').filter({ hasText: 'This view could not be shown' }).count(), 0);
  assert.match((await switcher.locator('option:checked').textContent()) ?? '', /\(built in\)$/);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: 'tests/output/screenshots/way-out-header-1280.png' });
});

/** Pastes `text` into the focused field as a user would: through the system clipboard and Ctrl+V. */
async function paste(page: Page, field: ReturnType<Page['getByLabel']>, text: string) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await field.focus();
  await page.keyboard.press('ControlOrMeta+V');
}

/**
 * Milliseconds until the page paints its next frame: a page that stopped answering never does (the
 * call then fails on the page's timeout). A string: tsx's helpers do not exist in the page.
 */
const nextFrameMs = (page: Page) =>
  page.evaluate<number>('new Promise((done) => { const asked = performance.now(); requestAnimationFrame(() => done(performance.now() - asked)); })');

test('a 5 MB paste is refused at once with the article limit, and the app keeps answering', async () => {
  const page = await app.newPage();
  await page.goto(`${app.url}/data`);
  const textarea = page.getByLabel('Article text');
  await textarea.waitFor();
  const huge = 'The minister said the fund would grow. '.repeat(Math.ceil((5 * 1024 * 1024) / 40));
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
  await page.evaluate((value) => navigator.clipboard.writeText(value), huge);
  await textarea.focus();
  const started = Date.now();
  await page.keyboard.press('ControlOrMeta+V');
  const alert = page.getByRole('alert').filter({ hasText: 'too long for one article' });
  await alert.waitFor({ timeout: 10_000 });
  const refusedMs = Date.now() - started;
  const message = (await alert.textContent()) ?? '';
  assert.match(message, /: 917,504 words, 5,111,808 characters\. The limit is 60,000 words or 500,000 characters/);
  assert.doesNotMatch(message, /dataset/i, 'the article wording, not the dataset-import wording');
  assert.equal(await textarea.inputValue(), '', 'the text is refused whole');
  assert.ok(await page.getByRole('button', { name: 'Draft the explorer' }).isDisabled());
  console.log(`  next frame after the refusal in ${Math.round(await nextFrameMs(page))} ms`);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Positions' }).click();
  await page.locator('[role="grid"]').waitFor({ timeout: 10_000 });
  console.log(`  5 MB paste refused in ${refusedMs} ms`);
  assert.deepEqual(page.errors, []);
});

test('a paste just under the limit drafts within the caps, says what was left out, and every view opens', async () => {
  const page = await app.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(`${app.url}/data`);
  const text = longArticle(59_900);
  const field = page.getByLabel('Article text');
  await paste(page, field, text);
  await page.waitForFunction((length) => document.querySelector('textarea')!.value.length === length, text.length, { timeout: 60_000 });
  await page.getByLabel(/^Title/).fill('Long read');
  await page.getByLabel(/^Published/).fill('2025-02-26');
  const started = Date.now();
  await page.getByRole('button', { name: 'Draft the explorer' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'with parts left out' });
  await notice.waitFor({ timeout: 120_000 });
  const draftMs = Date.now() - started;
  const said = (await notice.textContent()) ?? '';
  assert.match(said, /Drafted the first 150 figures; [\d,]+ more were left out\./);
  assert.match(said, /Drafted the first 150 events; [\d,]+ more were left out\./);
  // The view only: a full-page shot re-lays the field's 370,000 characters at every step and takes minutes.
  await notice.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'tests/output/screenshots/way-out-capped-draft-1280.png' });
  await notice.getByRole('link', { name: 'Open it in the positions matrix' }).click();
  await page.locator('[role="grid"]').waitFor();
  for (const [path, ready] of [['/spending', 'main h1'], ['/events', 'main h1'], ['/matrix', '[role="grid"]']] as const) {
    const opened = Date.now();
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: path === '/spending' ? 'Defence spending' : path === '/events' ? 'Timeline' : 'Positions' }).click();
    await page.locator(ready).first().waitFor();
    const frame = await nextFrameMs(page);
    console.log(`  ${path} opened in ${Date.now() - opened} ms, next frame ${Math.round(frame)} ms later`);
  }
  console.log(`  59,900-word paste drafted in ${draftMs} ms`);
  assert.deepEqual(page.errors, []);
});
