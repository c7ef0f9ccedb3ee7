import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrateDataset } from '../../src/model/migrations';
import { SCHEMA_VERSION } from '../../src/model/schema';
import { validateDataset } from '../../src/model/validate';
import { miniDataset, miniTexts } from '../fixtures/miniDataset';

/** A version 0 draft: no schemaVersion, empty collections left out, positions without conditions. */
function versionZero() {
  const old: Record<string, unknown> = { ...miniDataset() };
  for (const key of ['schemaVersion', 'deals', 'dealTerms', 'events', 'relations']) delete old[key];
  old.figures = [];
  old.positions = miniDataset().positions.map((position) => {
    const copy: Record<string, unknown> = { ...position };
    delete copy.conditions;
    return copy;
  });
  return old;
}

describe('migrateDataset', () => {
  it('brings a version 0 draft up to the current version, so it validates, and says what it changed', () => {
    const result = migrateDataset(versionZero());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.applied).toHaveLength(2);
    expect((result.value as { schemaVersion: number }).schemaVersion).toBe(SCHEMA_VERSION);
    expect(validateDataset(result.value, miniTexts).ok).toBe(true);
  });

  it('brings the built-in dataset as version 1 saved it up to version 2: quantities with units and currencies, readings and statuses', () => {
    const v1 = JSON.parse(readFileSync('tests/fixtures/v1/article.json', 'utf8'));
    const result = migrateDataset(v1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.applied).toEqual([expect.stringMatching(/quantit/)]);
    const checked = validateDataset(result.value, new Map([['article', readFileSync('data/article.txt', 'utf8')]]));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const { figures, dealTerms, positions, relations } = checked.dataset;
    const spending = figures.find((f) => f.metric === 'defence-spending')!;
    expect(spending.quantity).toEqual({ unit: 'share-of-gdp', value: v1.figures.find((f: { id: string }) => f.id === spending.id).value });
    const money = figures.filter((f) => f.metric === 'money');
    expect(money.length).toBeGreaterThan(0);
    for (const figure of money) expect(figure.quantity).toMatchObject({ unit: 'money', currency: 'USD' });
    expect(dealTerms.filter((t) => t.quantity).map((t) => t.quantity!.currency)).toEqual(
      v1.dealTerms.filter((t: { value?: unknown }) => t.value).map(() => 'USD'),
    );
    expect(new Set(positions.map((p) => p.reading))).toEqual(new Set(['stated']));
    expect(new Set(relations.map((r) => r.status))).toEqual(new Set(['happened']));
  });

  it('leaves a current dataset exactly as it is', () => {
    const dataset = miniDataset();
    expect(migrateDataset(dataset)).toEqual({ ok: true, value: dataset, applied: [] });
  });

  it('refuses a dataset from a newer version of the app, saying so', () => {
    expect(migrateDataset({ ...miniDataset(), schemaVersion: SCHEMA_VERSION + 1 })).toEqual({
      ok: false,
      message: expect.stringMatching(/newer version of Stance Explorer/),
    });
  });

  it('passes anything that is not a dataset through for validation to report', () => {
    expect(migrateDataset([1, 2])).toEqual({ ok: true, value: [1, 2], applied: [] });
  });
});
