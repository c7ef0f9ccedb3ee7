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
};

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
