import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import type { Dataset } from '../../src/model/schema';
import { settledSave } from './harness.ts';

/**
 * Imports a dataset through /data as a user would, in the file format the app exports (the texts beside the
 * dataset, each source's sha256 the hash of its text), makes it the one on show, and waits for the save.
 */
export async function importDataset(page: Page, appUrl: string, dataset: Dataset, texts: ReadonlyMap<string, string>) {
  const sources = dataset.sources.map((s) => ({ ...s, sha256: createHash('sha256').update(texts.get(s.id) ?? '').digest('hex') }));
  const file = { ...dataset, sources, texts: Object.fromEntries(texts) };
  await page.goto(`${appUrl}/data`);
  await page.locator('input[type=file][accept^=".json"]').setInputFiles({ name: `${dataset.id}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  const choice = page.getByRole('radio', { name: new RegExp(dataset.title) });
  await choice.waitFor();
  await choice.check();
  await settledSave(page);
}
