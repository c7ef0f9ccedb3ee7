/**
 * Brings a dataset written by an older version of the app up to {@link SCHEMA_VERSION}, one step at a
 * time, before it is validated. Each step takes the plain JSON of version n and returns version n + 1;
 * none of them trusts its input's shape, since validation comes after.
 */
import { datasetCollections, SCHEMA_VERSION } from './codes';
import { isRecord } from './isRecord';

type Json = Record<string, unknown>;

interface Migration {
  /** What the step changes, for the import report. */
  description: string;
  up: (input: Json) => Json;
}

/** `migrations[n]` turns version n into version n + 1. */
const migrations: Record<number, Migration> = {
  0: {
    description:
      'Version 0 drafts had no schemaVersion, could leave out empty collections and positions without conditions; ' +
      'the missing collections and conditions are added empty.',
    up: (input) => {
      const out: Json = { ...input, schemaVersion: 1 };
      for (const name of datasetCollections) if (out[name] === undefined) out[name] = [];
      if (Array.isArray(out.positions))
        out.positions = out.positions.map((position) =>
          isRecord(position) && position.conditions === undefined ? { ...position, conditions: [] } : position,
        );
      return out;
    },
  },
  1: {
    description:
      'Version 1 held a figure as a value with one of two units (percent-of-gdp, usd); version 2 holds a quantity ' +
      '(a share of GDP, a percentage, money in a named currency, or a count), so figures and deal terms are ' +
      'rewritten as quantities (US dollars as USD). Positions and relations are marked as stated, and relations ' +
      'as having happened, which is what version 1 meant by them.',
    up: (input) => {
      const out: Json = { ...input, schemaVersion: 2 };
      const mapItems = (name: string, change: (item: Json) => Json) => {
        const items = out[name];
        if (Array.isArray(items)) out[name] = items.map((item) => (isRecord(item) ? change(item) : item));
      };
      // Only what has the version 1 shape is rewritten; anything else is left for validation to report.
      mapItems('figures', (figure) => {
        if (!('value' in figure) && !('unit' in figure)) return figure;
        const { value, unit, ...rest } = figure;
        return { ...rest, quantity: quantityFromV1(value, unit) };
      });
      mapItems('dealTerms', (term) => {
        const { value, ...rest } = term;
        return isRecord(value) ? { ...rest, quantity: quantityFromV1(value.amount, value.unit) } : term;
      });
      mapItems('positions', (position) => ({ reading: 'stated', ...position }));
      mapItems('relations', (relation) => ({ status: 'happened', reading: 'stated', ...relation }));
      return out;
    },
  },
};

/** A version 1 value and unit as a version 2 quantity; an unknown unit is kept for validation to report. */
function quantityFromV1(value: unknown, unit: unknown): Json {
  if (unit === 'percent-of-gdp') return { unit: 'share-of-gdp', value };
  if (unit === 'usd') return { unit: 'money', value, currency: 'USD' };
  return { unit, value };
}

export type MigrationResult =
  | { ok: true; value: unknown; /** Descriptions of the steps applied, oldest first. */ applied: string[] }
  | { ok: false; message: string };

/** The version a saved dataset claims: a missing schemaVersion means version 0. */
function versionOf(input: Json): number | undefined {
  if (input.schemaVersion === undefined) return 0;
  return typeof input.schemaVersion === 'number' && Number.isInteger(input.schemaVersion) ? input.schemaVersion : undefined;
}

/** Migrates a dataset's JSON to the current version; anything that is not an object passes through for validation to report. */
export function migrateDataset(input: unknown): MigrationResult {
  if (!isRecord(input)) return { ok: true, value: input, applied: [] };
  const from = versionOf(input);
  if (from === undefined) return { ok: true, value: input, applied: [] };
  if (from > SCHEMA_VERSION)
    return {
      ok: false,
      message: `This dataset was made by a newer version of Stance Explorer (schema version ${from}; this app reads up to ${SCHEMA_VERSION}). Update the app to open it.`,
    };
  let value = input;
  const applied: string[] = [];
  for (let version = from; version < SCHEMA_VERSION; version++) {
    const step = migrations[version];
    if (!step) return { ok: false, message: `No migration from schema version ${version}.` };
    value = step.up(value);
    applied.push(step.description);
  }
  return { ok: true, value, applied };
}
