/**
 * Reading the saved workspace: every dataset record is checked as an import is (schema, references,
 * spans, the texts' hashes); a damaged one is moved aside under a key of its own, with what is wrong,
 * and nothing else is touched. A workspace saved by an earlier version (one idb-keyval record) is
 * copied in, record by record, the first time; the old record itself is left as it was.
 */
import { isRecord } from '../model/isRecord';
import { parseJsonSafely } from '../model/safeJson';
import type { DatasetIssue } from '../model/validate';
import { revisionOf, type SetAsideRecord, type WorkspaceDb } from './workspaceDb';
import type { SavedDataset, SetAsideDataset } from './workspaceSlice';

export interface LoadedWorkspace {
  datasets: Record<string, SavedDataset>;
  /** The stored revision each dataset was read at. */
  revisions: Map<string, number>;
  activeId: string | null;
  setAside: SetAsideDataset[];
  /** What to tell the user about what was read, or null. */
  message: string | null;
}

export type CheckedRecord = { ok: true; saved: SavedDataset } | { ok: false; issues: DatasetIssue[] };

const ORIGINS: readonly SavedDataset['origin'][] = ['extracted', 'imported', 'copy'];
const LEGACY_MAX_BYTES = 200 * 1024 * 1024;

/** Checks one stored record as an import checks a file; zod is loaded only when there is something to check. */
export async function checkRecord(record: unknown): Promise<CheckedRecord> {
  if (!isRecord(record)) return { ok: false, issues: [{ path: '(record)', message: 'is not a saved dataset' }] };
  const { checkDatasetValue } = await import('../model/importDataset');
  const value = isRecord(record.dataset) ? { ...record.dataset, texts: record.texts } : record.dataset;
  const result = await checkDatasetValue(value);
  if (!result.ok) return result;
  const origin = ORIGINS.find((o) => o === record.origin) ?? 'imported';
  const savedAt = typeof record.savedAt === 'string' ? record.savedAt : new Date(0).toISOString();
  return { ok: true, saved: { dataset: result.dataset, texts: result.texts, origin, savedAt } };
}

export function toSetAside(entry: SetAsideRecord, key: number | null): SetAsideDataset {
  const dataset = isRecord(entry.record) && isRecord(entry.record.dataset) ? entry.record.dataset : undefined;
  return {
    key,
    id: entry.id,
    title: typeof dataset?.title === 'string' ? dataset.title : null,
    setAt: entry.setAsideAt,
    issues: entry.issues,
    record: entry.record,
  };
}

/** Copies an earlier version's workspace in as records; they are checked afterwards like any other. */
async function migrateLegacy(db: WorkspaceDb): Promise<void> {
  const { workspace, damaged } = await db.readLegacy();
  const setAsideAt = new Date().toISOString();
  if (damaged !== undefined)
    await db.setAside({ id: 'workspace', setAsideAt, issues: [{ path: '(workspace)', message: 'was set aside as damaged by an earlier version of this app' }], record: damaged });
  let activeId: string | null = null;
  if (workspace !== undefined) {
    const parsed = typeof workspace === 'string' ? parseJsonSafely(workspace, { maxBytes: LEGACY_MAX_BYTES }) : undefined;
    const state = parsed?.ok && isRecord(parsed.value) && isRecord(parsed.value.state) ? parsed.value.state : undefined;
    if (!state || !isRecord(state.datasets)) {
      const message = parsed && !parsed.ok ? parsed.message : 'has no datasets where a saved workspace keeps them';
      await db.setAside({ id: 'workspace', setAsideAt, issues: [{ path: '(workspace)', message }], record: workspace });
    } else {
      for (const [id, entry] of Object.entries(state.datasets)) {
        if (isRecord(entry)) await db.putDataset({ id, dataset: entry.dataset, texts: entry.texts, origin: entry.origin, savedAt: entry.savedAt }, 0);
        else await db.setAside({ id, setAsideAt, issues: [{ path: '(record)', message: 'is not a saved dataset' }], record: entry });
      }
      if (typeof state.activeId === 'string') activeId = state.activeId;
    }
  }
  await db.putIndex({ activeId, migratedFromKeyval: true });
}

function damagedMessage(names: string[]): string {
  const list = names.map((name) => `“${name}”`).join(', ');
  const what = names.length === 1 ? `One saved dataset, ${list}, is damaged and was not opened` : `${names.length} saved datasets (${list}) are damaged and were not opened`;
  const it = names.length === 1 ? 'It is' : 'They are';
  return `${what}. ${it} set aside, unchanged, under Your data, with what is wrong: export as it is, or remove. Everything else is here.`;
}

/** Reads, checks and sets aside; throws only when storage itself cannot be read, so that nothing is then saved over it. */
export async function loadWorkspace(db: WorkspaceDb): Promise<LoadedWorkspace> {
  let read = await db.readAll();
  if (!read.index) {
    await migrateLegacy(db);
    read = await db.readAll();
  }
  const datasets: Record<string, SavedDataset> = {};
  const revisions = new Map<string, number>();
  const setAside = read.setAside.map((entry) => toSetAside(entry, entry.key ?? null));
  const damaged: string[] = [];
  for (const record of read.records) {
    const id = isRecord(record) && typeof record.id === 'string' ? record.id : String((record as { id?: unknown })?.id);
    const checked = await checkRecord(record);
    if (checked.ok) {
      datasets[id] = checked.saved;
      revisions.set(id, revisionOf(record));
      continue;
    }
    const entry: SetAsideRecord = { id, setAsideAt: new Date().toISOString(), issues: checked.issues, record };
    // Should the move itself fail, the record stays where it is and is listed all the same.
    const key = await db.setAside(entry, id).catch(() => null);
    const listed = toSetAside(entry, key);
    setAside.push(listed);
    damaged.push(listed.title ?? id);
  }
  const wanted = read.index?.activeId;
  return {
    datasets,
    revisions,
    activeId: typeof wanted === 'string' && datasets[wanted] ? wanted : null,
    setAside,
    message: damaged.length ? damagedMessage(damaged) : null,
  };
}
