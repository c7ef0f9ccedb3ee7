/**
 * The saved workspace in a real browser: damaged records, two tabs, a full disk and an aborted save.
 * Each test looks at what the user sees and at the stored records of the datasets left undamaged.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, savedInBrowser, screenshot, settledSave, startApp, type AppSession } from './harness.ts';

let app: AppSession;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

const builtinJson = JSON.parse(readFileSync('data/article.json', 'utf8'));

type TestPage = Page & { errors: string[] };

async function openData(context: BrowserContext): Promise<TestPage> {
  context.setDefaultTimeout(15_000);
  const page = (await context.newPage()) as TestPage;
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  await page.goto(`${app.url}/data`);
  await page.getByRole('heading', { name: 'Your data' }).waitFor();
  await page.getByText('Reading your saved datasets…').waitFor({ state: 'detached' });
  return page;
}

/** Imports the built-in article's file under another title, through the import panel. */
async function importAs(page: Page, title: string) {
  const buffer = Buffer.from(JSON.stringify({ ...builtinJson, title }));
  await page.locator('input[type=file][accept^=".json"]').setInputFiles({ name: `${title}.json`, mimeType: 'application/json', buffer });
  await page.getByRole('status').filter({ hasText: `Imported “${title}”` }).waitFor();
  await settledSave(page);
}


type StoredRecord = { id: string; revision: number; dataset: { title: string } & Record<string, unknown>; texts?: unknown };

/** Every stored dataset record by title, read straight from IndexedDB. */
async function storedByTitle(page: Page): Promise<Record<string, StoredRecord>> {
  const records = await page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('stance-explorer');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('datasets').objectStore('datasets').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
        };
      }),
  );
  return Object.fromEntries((records as StoredRecord[]).map((r) => [r.dataset.title, r]));
}

/** Changes one stored record in place, as damage from outside the app would. */
async function damage(page: Page, id: string, how: string) {
  await page.evaluate(
    ({ id, how }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('stance-explorer');
        open.onsuccess = () => {
          const tx = open.result.transaction('datasets', 'readwrite');
          const store = tx.objectStore('datasets');
          const get = store.get(id);
          get.onsuccess = () => {
            const record = get.result;
            if (how === 'texts') delete record.texts;
            if (how === 'actors') record.dataset.actors = [null, 42];
            if (how === 'evidence') record.dataset.positions[0].evidence = null;
            if (how === 'sources') record.dataset.sources = [];
            if (how === 'date') record.dataset.events[0].date = null;
            store.put(record);
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { id, how },
  );
}

/** Waits for `frames` animation frames in the page: long enough for a runaway save loop to show itself. */
const frames = (page: Page, count: number) =>
  page.evaluate(`new Promise((resolve) => { let left = ${count}; const step = () => (left-- > 0 ? requestAnimationFrame(step) : resolve()); step(); })`);

const damages = [
  { title: 'No texts', how: 'texts', reason: /does not carry the text of source "article"/ },
  { title: 'Bad actors', how: 'actors', reason: /actors\[0\]/ },
  { title: 'Null evidence', how: 'evidence', reason: /positions\[0\]\.evidence/ },
  { title: 'No sources', how: 'sources', reason: /sources/ },
  { title: 'Null date', how: 'date', reason: /events\[0\]\.date/ },
];

test('damaged datasets are set aside with what is wrong; every healthy one stays, unchanged, across two reloads', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await openData(context);
  for (const title of ['Healthy one', 'Healthy two', ...damages.map((d) => d.title)]) await importAs(page, title);
  const before = await storedByTitle(page);
  for (const { title, how } of damages) await damage(page, before[title]!.id, how);

  for (const round of [1, 2]) {
    await page.reload();
    await page.getByRole('heading', { name: 'Your data' }).waitFor();
    const setAside = page.getByRole('region', { name: 'Set aside: could not be opened' });
    await setAside.waitFor();
    for (const { title, reason } of damages) {
      const item = setAside.getByRole('listitem').filter({ hasText: title }).first();
      assert.match((await item.textContent()) ?? '', reason, `${title}: the reason is shown (reload ${round})`);
      assert.ok(await item.getByRole('button', { name: 'Export as it is' }).isVisible());
    }
    assert.equal(await setAside.locator('.set-aside__list > li').count(), damages.length, `each damaged dataset listed once (reload ${round})`);
    for (const title of ['Healthy one', 'Healthy two']) assert.ok(await page.getByRole('radio', { name: new RegExp(title) }).isVisible(), `${title} is listed (reload ${round})`);
    for (const { title } of damages) assert.equal(await page.getByRole('radio', { name: new RegExp(title) }).count(), 0, `${title} is not offered to the views`);
    if (round === 1) assert.match((await page.getByRole('alert').first().textContent()) ?? '', /5 saved datasets .* are damaged.*Everything else is here/);
    const after = await storedByTitle(page);
    assert.deepEqual(Object.keys(after).sort(), ['Healthy one', 'Healthy two']);
    assert.deepEqual(after['Healthy one'], before['Healthy one']);
    assert.deepEqual(after['Healthy two'], before['Healthy two']);
  }
  await screenshot(page, 'data-set-aside-1280');
  await page.setViewportSize({ width: 360, height: 800 });
  await screenshot(page, 'data-set-aside-360');
  assert.deepEqual(await axeViolations(page), []);

  const item = page.locator('.set-aside__list > li').filter({ hasText: 'Bad actors' });
  const download = page.waitForEvent('download');
  await item.getByRole('button', { name: 'Export as it is' }).click();
  const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  assert.deepEqual(exported.dataset.actors, [null, 42], 'exported exactly as it was found');
  page.once('dialog', (dialog) => void dialog.accept());
  await item.getByRole('button', { name: 'Remove' }).click();
  await item.waitFor({ state: 'detached' });
  await page.reload();
  await page.locator('.set-aside__list > li').first().waitFor();
  assert.equal(await page.locator('.set-aside__list > li').count(), damages.length - 1, 'a removed copy stays removed');
  await page.goto(`${app.url}/`);
  assert.ok(await page.getByRole('navigation').first().isVisible(), 'the app still opens, with its navigation');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a workspace saved by the earlier version (one idb-keyval record) loads', async () => {
  const context = await app.browser.newContext();
  const page = (await context.newPage()) as TestPage;
  await page.goto(`${app.url}/favicon.svg`); // same origin, without the app running
  const text = readFileSync('data/article.txt', 'utf8');
  const legacy = JSON.stringify({
    state: { datasets: { mine: { dataset: { ...builtinJson, id: 'mine', title: 'Saved before' }, texts: { article: text }, origin: 'copy', savedAt: '2025-01-01T00:00:00.000Z' } }, activeId: 'mine' },
    version: 1,
  });
  await page.evaluate(
    (value) =>
      new Promise<void>((resolve) => {
        const open = indexedDB.open('keyval-store');
        open.onupgradeneeded = () => open.result.createObjectStore('keyval');
        open.onsuccess = () => {
          const tx = open.result.transaction('keyval', 'readwrite');
          tx.objectStore('keyval').put(value, 'stance-explorer:workspace');
          tx.oncomplete = () => (open.result.close(), resolve());
        };
      }),
    legacy,
  );
  const data = await openData(context);
  assert.ok(await data.getByRole('radio', { name: /Saved before/ }).isChecked(), 'the saved dataset is back, and on show');
  await data.reload();
  await data.getByRole('radio', { name: /Saved before/ }).waitFor();
  assert.deepEqual(data.errors, []);
  await context.close();
});

test('two tabs: each sees the other’s changes at once, and neither undoes the other', async () => {
  const context = await app.browser.newContext();
  const a = await openData(context);
  const b = await openData(context);
  await importAs(a, 'Shared');
  await b.getByRole('radio', { name: /Shared/ }).waitFor(); // B hears of it without a reload
  await importAs(b, 'Only in B');
  await a.getByRole('radio', { name: /Only in B/ }).waitFor();

  // Both edit the same dataset, one after the other; then each edits a different one.
  await a.getByRole('radio', { name: /Shared/ }).check();
  await b.getByRole('radio', { name: /Shared/ }).check();
  await a.locator('.review-row').first().getByLabel('Stance').selectOption('opposes');
  await b.locator('.review-row').first().getByLabel('Stance').waitFor();
  await b.waitForFunction(() => (document.querySelector('.review-row select') as HTMLSelectElement | null)?.value === 'opposes');
  await b.locator('.review-row').first().getByLabel('Certainty').selectOption('hinted');
  await a.waitForFunction(() => (document.querySelectorAll('.review-row select')[1] as HTMLSelectElement | undefined)?.value === 'hinted');
  await b.getByRole('radio', { name: /Only in B/ }).check();
  await b.locator('.review-row').first().getByLabel('Stance').selectOption('conditional');
  await a.locator('.review-row').first().getByLabel('Stance').selectOption('ambiguous');

  for (const page of [a, b]) {
    // Leaving before the page says its edits are saved is what the leave-page warning is for.
    await savedInBrowser(page);
    await page.reload();
    await page.getByRole('heading', { name: 'Your data' }).waitFor();
  }
  const stored = await storedByTitle(a);
  const first = (title: string) => (stored[title]!.dataset.positions as { stance: string; certainty: string }[])[0]!;
  assert.equal(first('Shared').certainty, 'hinted', 'B’s edit is kept');
  assert.equal(first('Shared').stance, 'ambiguous', 'A’s later edit is kept');
  assert.equal(first('Only in B').stance, 'conditional');
  assert.deepEqual([...a.errors, ...b.errors], []);
  await context.close();
});

/** Makes every IndexedDB put fail in a way chosen by `mode` once `window.failPuts` is set, counting attempts. */
function failingPuts(mode: 'quota' | 'abort') {
  const put = IDBObjectStore.prototype.put;
  const w = window as unknown as { failPuts?: boolean; putAttempts: number };
  w.putAttempts = 0;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (!w.failPuts) return put.apply(this, args);
    w.putAttempts++;
    if (mode === 'quota') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const request = put.apply(this, args);
    this.transaction.abort();
    return request;
  };
}

for (const { mode, words } of [
  { mode: 'quota' as const, words: /Not saved\. Your browser’s storage is full/ },
  { mode: 'abort' as const, words: /Not saved\. The browser stopped the save before it finished/ },
]) {
  test(`a save that fails (${mode}) fails once, says so in words, keeps the edit and offers export`, async () => {
    const context = await app.browser.newContext();
    await context.addInitScript(failingPuts, mode);
    const page = await openData(context);
    await importAs(page, 'Untouched');
    await importAs(page, 'Edited');
    const before = await storedByTitle(page);
    await page.evaluate(() => ((window as unknown as { failPuts: boolean }).failPuts = true));
    const row = page.locator('.review-row').first();
    await row.getByLabel('Stance').selectOption('opposes');
    const alert = page.getByRole('alert').filter({ hasText: 'Not saved.' });
    await alert.waitFor();
    await frames(page, 30);
    const attempts = () => page.evaluate(() => (window as unknown as { putAttempts: number }).putAttempts);
    assert.equal(await attempts(), 1, 'one attempt, no loop');
    const text = (await alert.textContent()) ?? '';
    assert.match(text, words);
    assert.doesNotMatch(text, /null|undefined/);
    assert.equal(await page.getByRole('alert').filter({ hasText: 'Not saved.' }).count(), 1, 'one message');
    assert.equal(await row.getByLabel('Stance').inputValue(), 'opposes', 'the edit is still shown');
    await screenshot(page, `data-save-failed-${mode}-1280`);

    const download = page.waitForEvent('download');
    await alert.getByRole('button', { name: 'Export “Edited”' }).click();
    const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
    assert.equal(exported.positions[0].stance, 'opposes', 'the export carries the unsaved edit');

    await row.getByLabel('Certainty').selectOption('hinted');
    await frames(page, 30);
    assert.equal(await attempts(), 2, 'the next edit tries once more, and only once');
    await page.evaluate(() => ((window as unknown as { failPuts: boolean }).failPuts = false));
    await alert.getByRole('button', { name: 'Try saving again' }).click();
    await alert.waitFor({ state: 'detached' });
    await savedInBrowser(page);
    await page.reload();
    await page.getByRole('heading', { name: 'Your data' }).waitFor();
    assert.equal(await page.locator('.review-row').first().getByLabel('Stance').inputValue(), 'opposes', 'saved on retry');
    const after = await storedByTitle(page);
    assert.deepEqual(after.Untouched, before.Untouched, 'the other dataset is unchanged');
    assert.deepEqual(page.errors, []);
    await context.close();
  });
}

test('two tabs that edit the same dataset without hearing of each other keep both versions', async () => {
  const context = await app.browser.newContext();
  const a = await openData(context);
  await importAs(a, 'Crossed');
  // B cannot hear A's saves, as when two edits cross: its save must find A's newer revision itself.
  const deaf = await context.newPage();
  await deaf.addInitScript(() => Reflect.deleteProperty(window, 'BroadcastChannel'));
  const b = deaf as TestPage;
  b.errors = [];
  b.on('pageerror', (error) => b.errors.push(error.message));
  await b.goto(`${app.url}/data`);
  await b.getByRole('radio', { name: /Crossed/ }).check();
  await a.locator('.review-row').first().getByLabel('Stance').selectOption('opposes');
  await a.waitForFunction(async () => {
    const open = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('stance-explorer');
      request.onsuccess = () => resolve(request.result);
    });
    const records = await new Promise<{ revision: number }[]>((resolve) => {
      const request = open.transaction('datasets').objectStore('datasets').getAll();
      request.onsuccess = () => resolve(request.result);
    });
    open.close();
    return records.some((r) => r.revision === 2);
  });
  await b.locator('.review-row').first().getByLabel('Certainty').selectOption('hinted');
  const notice = b.getByRole('alert').filter({ hasText: 'changed in another tab' });
  await notice.waitFor();
  assert.match((await notice.textContent()) ?? '', /Both versions are kept: the other tab’s as “Crossed”, yours as “Crossed \(edits from this tab\)”, now on show/);
  assert.ok(await b.getByRole('radio', { name: /Crossed \(edits from this tab\)/ }).isChecked());
  await screenshot(b, 'data-two-tabs-both-kept-1280');
  await a.reload(); // B has no channel to tell A through
  await a.getByRole('radio', { name: /Crossed \(edits from this tab\)/ }).waitFor();
  const stored = await storedByTitle(a);
  const first = (title: string) => (stored[title]!.dataset.positions as { stance: string; certainty: string }[])[0]!;
  assert.deepEqual([first('Crossed').stance, first('Crossed').certainty], ['opposes', 'committed'], 'A’s version as A saved it');
  assert.deepEqual([first('Crossed (edits from this tab)').stance, first('Crossed (edits from this tab)').certainty], ['supports', 'hinted'], 'B’s version as B edited it');
  assert.deepEqual([...a.errors, ...b.errors], []);
  await context.close();
});

test('a failed read at start-up saves nothing, and the next start finds every dataset', async () => {
  const context = await app.browser.newContext();
  await context.addInitScript(() => {
    if (sessionStorage.getItem('failRead') !== 'yes') return;
    IDBObjectStore.prototype.getAll = () => {
      throw new DOMException('', 'UnknownError');
    };
  });
  const page = await openData(context);
  page.on('dialog', (dialog) => void dialog.accept());
  await importAs(page, 'First');
  await importAs(page, 'Second');
  const before = await storedByTitle(page);
  await page.evaluate(() => sessionStorage.setItem('failRead', 'yes'));
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: 'could not be read' });
  await alert.waitFor();
  assert.match((await alert.textContent()) ?? '', /Nothing stored was changed, and this tab will save nothing/);
  assert.equal(await page.getByRole('radio').count(), 1, 'only the built-in dataset is offered');
  await importAs(page, 'Made meanwhile');
  await page.evaluate(() => sessionStorage.removeItem('failRead'));
  await page.reload();
  await page.getByRole('heading', { name: 'Your data' }).waitFor();
  await page.getByRole('radio', { name: /Second/ }).waitFor();
  assert.ok(await page.getByRole('radio', { name: /First/ }).isVisible());
  assert.equal(await page.getByRole('radio', { name: /Made meanwhile/ }).count(), 0, 'nothing was saved while storage could not be read');
  assert.deepEqual(await storedByTitle(page), before);
  assert.deepEqual(page.errors, []);
  await context.close();
});
