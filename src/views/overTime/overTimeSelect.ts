import { formatDay } from '../../model/formatDay';
import { toCsv } from '../../model/csv';
import type { DatasetIndex } from '../../model/indexDataset';
import { buildTracks, datedStatements, sourceDates, type Change, type Statement, type Step, type Track } from '../../model/overTime';
import { stanceLabel } from '../../model/vocabulary';

/** Tracks drawn at once: enough to read, few enough that a story of fifty sources draws at once. */
export const TRACKS_PER_PAGE = 20;

export const changeLabel: Record<Change, string> = { same: 'Same', shifted: 'Shifted', reversed: 'Reversed' };
export const changeMeaning: Record<Change, string> = {
  same: 'the same stance again',
  shifted: 'a change of degree (towards or away from a clear stance)',
  reversed: 'from opposing to supporting (outright or on conditions), or back',
};

/** Everything the view draws from a dataset, worked out once per dataset. */
export interface StoryModel {
  tracks: Track[];
  /** First and last statement date of the whole story. */
  extent: [string, string] | null;
  sourceDates: string[];
  /** Every change, by the id of the position it leads to (unique: a position sits on one track). */
  stepByTarget: Map<string, { track: Track; step: Step }>;
}

export function storyModel(index: DatasetIndex): StoryModel {
  const statements = datedStatements(index);
  const tracks = buildTracks(index, statements);
  const stepByTarget = new Map<string, { track: Track; step: Step }>();
  for (const track of tracks) for (const step of track.steps) stepByTarget.set(step.to.position.id, { track, step });
  const extent: [string, string] | null = statements.length ? [statements[0]!.date, statements.at(-1)!.date] : null;
  return { tracks, extent, sourceDates: sourceDates(index), stepByTarget };
}

/** Tracks that the actor and topic filters keep (empty filters keep all). */
export function filterTracks(tracks: readonly Track[], actors: readonly string[], topics: readonly string[]): Track[] {
  const a = new Set(actors);
  const t = new Set(topics);
  return tracks.filter((track) => (!a.size || a.has(track.actor)) && (!t.size || t.has(track.topic)));
}

export const pageCount = (tracks: number) => Math.max(1, Math.ceil(tracks / TRACKS_PER_PAGE));
export const pageOf = <T,>(items: readonly T[], page: number) => items.slice((page - 1) * TRACKS_PER_PAGE, page * TRACKS_PER_PAGE);


/** "Opposes, 26 Feb 2025": a statement in words. */
export const describeStatement = (s: Statement) => `${stanceLabel[s.position.stance]}, ${formatDay(s.date)}`;

/** The words a screen reader hears for a change. */
export const describeStep = (names: { actor: string; topic: string }, step: Step) =>
  `${names.actor} on ${names.topic}: ${changeLabel[step.change].toLowerCase()}, from ${describeStatement(step.from)} to ${describeStatement(step.to)}`;

/** The changes shown, as CSV: one row per change, with both dates, stances and sources. */
export function overTimeCsv(index: DatasetIndex, tracks: readonly Track[]): string {
  const rows = tracks.flatMap((track) =>
    track.steps.map((step) => ({
      actor: index.actors.get(track.actor)?.name ?? track.actor,
      topic: index.topics.get(track.topic)?.label ?? track.topic,
      change: step.change,
      fromDate: step.from.date,
      fromStance: step.from.position.stance,
      fromSource: step.from.source.title,
      fromWords: step.from.span.exact,
      toDate: step.to.date,
      toStance: step.to.position.stance,
      toSource: step.to.source.title,
      toWords: step.to.span.exact,
    })),
  );
  return toCsv(rows, [
    { key: 'actor', header: 'Actor' },
    { key: 'topic', header: 'Topic' },
    { key: 'change', header: 'Change' },
    { key: 'fromDate', header: 'From date' },
    { key: 'fromStance', header: 'From stance' },
    { key: 'fromSource', header: 'From source' },
    { key: 'fromWords', header: 'From words' },
    { key: 'toDate', header: 'To date' },
    { key: 'toStance', header: 'To stance' },
    { key: 'toSource', header: 'To source' },
    { key: 'toWords', header: 'To words' },
  ]);
}
