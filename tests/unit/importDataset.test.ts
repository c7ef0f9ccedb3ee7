import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportDatasetJson, importDataset } from '../../src/model/importDataset';
import { sha256Hex } from '../../src/model/sha256';
import { miniDataset, miniText } from '../fixtures/miniDataset';

const withHash = () => {
  const dataset = miniDataset();
  dataset.sources[0]!.sha256 = sha256Hex(miniText);
  return dataset;
};
const texts = { story: miniText };

describe('importDataset', () => {
  it('gives back exactly the dataset that was exported, with its text', async () => {
    const dataset = withHash();
    expect(await importDataset(exportDatasetJson(dataset, texts))).toEqual({ ok: true, dataset, texts, notes: [] });
  });

  it('takes the curated dataset file, whose text the app already knows, by its sha256', async () => {
    const result = await importDataset(readFileSync('data/article.json', 'utf8'), { knownTexts: [readFileSync('data/article.txt', 'utf8')] });
    expect(result.ok).toBe(true);
  });

  it('reports every error with its JSON path, not just the first', async () => {
    const dataset = withHash();
    (dataset.positions[0] as { stance: string }).stance = 'loves';
    dataset.actors[1]!.id = 'Not Kebab';
    const result = await importDataset(exportDatasetJson(dataset, texts));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['positions[0].stance', 'actors[1].id']));
  });

  it('says when the file carries no text for a source and the app does not know it', async () => {
    const result = await importDataset(JSON.stringify(withHash()));
    expect(result).toMatchObject({ ok: false, issues: expect.arrayContaining([expect.objectContaining({ path: 'sources[0]', message: expect.stringMatching(/does not carry the text/) })]) });
  });

  it('refuses a carried text that does not match the source’s sha256', async () => {
    const result = await importDataset(exportDatasetJson(withHash(), { story: `${miniText} (edited)` }));
    expect(result).toMatchObject({ ok: false, issues: expect.arrayContaining([expect.objectContaining({ path: 'sources[0].sha256' })]) });
  });

  it('explains a file that is not JSON, or not an object', async () => {
    expect(await importDataset('not json')).toMatchObject({ ok: false, issues: [{ path: '(file)', message: expect.stringMatching(/not valid JSON/) }] });
    expect(await importDataset('[1]')).toMatchObject({ ok: false, issues: [{ path: '(root)' }] });
  });

  it('migrates an older file and notes it', async () => {
    const old: Record<string, unknown> = { ...withHash() };
    delete old.schemaVersion;
    const result = await importDataset(JSON.stringify({ ...old, texts }));
    expect(result).toMatchObject({ ok: true, notes: [expect.stringMatching(/older format: Version 0/), expect.stringMatching(/older format: Version 1/)] });
  });

  it('imports a file saved by version 1, with its US dollars as USD amounts', async () => {
    const v1 = JSON.parse(readFileSync('tests/fixtures/v1/article.json', 'utf8'));
    const result = await importDataset(JSON.stringify({ ...v1, texts: { article: readFileSync('data/article.txt', 'utf8') } }));
    expect(result).toMatchObject({ ok: true, notes: [expect.stringMatching(/older format: Version 1/)] });
    if (result.ok) expect(result.dataset.figures.find((f) => f.quantity.unit === 'money')!.quantity.currency).toBe('USD');
  });

  it('drops prototype-reaching keys and says so', async () => {
    const json = exportDatasetJson(withHash(), texts).replace('{', '{"__proto__": {"admin": true},');
    expect(await importDataset(json)).toMatchObject({ ok: true, notes: [expect.stringMatching(/__proto__/)] });
  });
});
