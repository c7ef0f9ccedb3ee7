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
    expect(result.applied).toHaveLength(1);
    expect((result.value as { schemaVersion: number }).schemaVersion).toBe(SCHEMA_VERSION);
    expect(validateDataset(result.value, miniTexts).ok).toBe(true);
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
