/**
 * Reads a dataset file a user brings: safe parse → migrate → the source texts → full validation.
 * Every problem comes back with its JSON path; nothing is returned unless all of it is sound.
 */
import { isRecord } from './isRecord';
import { migrateDataset } from './migrations';
import { parseJsonSafely, type SafeJsonOptions } from './safeJson';
import type { Dataset } from './schema';
import { sha256HexAsync } from './sha256';
import { validateDataset, type DatasetIssue } from './validate';

/** Source texts by source id; an exported file carries them under this key, beside the dataset. */
export type SourceTexts = Record<string, string>;

export type ImportResult =
  | { ok: true; dataset: Dataset; texts: SourceTexts; /** Things worth telling the user that did not stop the import. */ notes: string[] }
  | { ok: false; issues: DatasetIssue[] };

export interface ImportOptions extends SafeJsonOptions {
  /** Texts the app already has (the built-in article), found by sha256 when a file carries no text. */
  knownTexts?: Iterable<string>;
}

/** The texts a file carries under `texts`, or issues saying why they cannot be used. */
function readTexts(value: unknown, issues: DatasetIssue[]): SourceTexts {
  if (value === undefined) return {};
  if (!isRecord(value)) {
    issues.push({ path: 'texts', message: 'must be an object of source id → text' });
    return {};
  }
  const texts: SourceTexts = {};
  for (const [id, text] of Object.entries(value)) {
    if (typeof text === 'string') texts[id] = text;
    else issues.push({ path: `texts.${id}`, message: 'must be the source text as a string' });
  }
  return texts;
}

/** Finds each source's text (carried in the file, else a known text with the same sha256) and checks its hash. */
async function matchSources(input: Record<string, unknown>, carried: SourceTexts, known: Iterable<string>, issues: DatasetIssue[]) {
  const texts: SourceTexts = {};
  const knownByHash = new Map<string, string>();
  for (const text of known) knownByHash.set(await sha256HexAsync(text), text);
  const sources: unknown[] = Array.isArray(input.sources) ? input.sources : [];
  for (const [index, source] of sources.entries()) {
    if (!isRecord(source) || typeof source.id !== 'string') continue;
    const text = carried[source.id] ?? (typeof source.sha256 === 'string' ? knownByHash.get(source.sha256) : undefined);
    if (text === undefined) {
      issues.push({
        path: `sources[${index}]`,
        message: `the file does not carry the text of source "${source.id}" (under "texts"), and it is not an article this app knows`,
      });
      continue;
    }
    const actual = await sha256HexAsync(text);
    if (source.sha256 !== actual)
      issues.push({ path: `sources[${index}].sha256`, message: `does not match the text of "${source.id}" (its sha256 is ${actual})` });
    texts[source.id] = text;
  }
  return texts;
}

/** Asynchronous because the texts' hashes are taken by Web Crypto where the page has it (see sha256.ts). */
export async function importDataset(json: string, options: ImportOptions = {}): Promise<ImportResult> {
  const parsed = parseJsonSafely(json, options);
  if (!parsed.ok) return { ok: false, issues: [{ path: '(file)', message: parsed.message }] };
  const notes = parsed.dropped.map((path) => `Ignored the key at ${path}: such keys are never part of a dataset.`);
  return checkDatasetValue(parsed.value, options, notes);
}

/**
 * The checks of an import on a value already parsed (a dataset with its texts under `texts`), as the
 * saved workspace reads its records; `notes` are kept in front of those the checks add.
 */
export async function checkDatasetValue(input: unknown, options: ImportOptions = {}, notes: string[] = []): Promise<ImportResult> {
  if (!isRecord(input)) return { ok: false, issues: [{ path: '(root)', message: 'a dataset must be a JSON object' }] };

  const { texts: carriedValue, ...rest } = input;
  const issues: DatasetIssue[] = [];
  const carried = readTexts(carriedValue, issues);
  const migrated = migrateDataset(rest);
  if (!migrated.ok) return { ok: false, issues: [{ path: 'schemaVersion', message: migrated.message }] };
  notes.push(...migrated.applied.map((step) => `Updated from an older format: ${step}`));

  const value = migrated.value as Record<string, unknown>;
  const texts = await matchSources(value, carried, options.knownTexts ?? [], issues);
  const result = validateDataset(value, new Map(Object.entries(texts)));
  if (!result.ok) issues.push(...result.issues);
  if (issues.length || !result.ok) return { ok: false, issues };
  return { ok: true, dataset: result.dataset, texts, notes };
}

/** The file an export writes: the dataset with its source texts, so importing it gives the same dataset back. */
export function exportDatasetJson(dataset: Dataset, texts: SourceTexts): string {
  const carried: SourceTexts = {};
  for (const source of dataset.sources) if (texts[source.id] !== undefined) carried[source.id] = texts[source.id]!;
  return `${JSON.stringify({ ...dataset, texts: carried }, null, 2)}\n`;
}
