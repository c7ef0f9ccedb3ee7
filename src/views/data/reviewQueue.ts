/**
 * The review queue: every unconfirmed machine draft of a dataset as one row, with the words it rests on
 * and the rule and confidence that made it; then filtered and ordered as the URL asks.
 */
import { isUnconfirmed } from '../../model/drafts';
import type { Dataset, Draft } from '../../model/schema';
import { stanceLabel } from '../../model/vocabulary';
import type { DatasetCommand, DraftableKind } from '../../store/datasetEdits';
import type { ReviewState } from './reviewState';

export interface QueueItem {
  /** Unique in the queue: ids are unique only within a kind. */
  key: string;
  kind: DraftableKind;
  id: string;
  /** One line naming the datum, e.g. "Jane Doe on Tariffs: supports". */
  title: string;
  /** The words of the article it rests on (its first evidence span). */
  words: string;
  /** Where those words start in the article, for the article's order. */
  at: number;
  draft?: Draft;
}

export const kindLabel: Record<DraftableKind, string> = { actor: 'Actor', position: 'Position', figure: 'Figure', event: 'Event' };

/** Every unconfirmed draft of the dataset, in the order of the article. */
export function queueItems(dataset: Dataset): QueueItem[] {
  const actorName = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const topicLabel = new Map(dataset.topics.map((t) => [t.id, t.label]));
  const item = (kind: DraftableKind, datum: { id: string; evidence: { exact: string; start: number }[]; draft?: Draft }, title: string): QueueItem => ({
    key: `${kind}:${datum.id}`,
    kind,
    id: datum.id,
    title,
    words: datum.evidence[0]?.exact ?? '',
    at: datum.evidence[0]?.start ?? 0,
    ...(datum.draft ? { draft: datum.draft } : {}),
  });
  const items = [
    ...dataset.actors.filter(isUnconfirmed).map((a) => item('actor', a, a.role ? `${a.name} (${a.role})` : a.name)),
    ...dataset.positions
      .filter(isUnconfirmed)
      .map((p) => item('position', p, `${actorName.get(p.actor) ?? p.actor} on ${topicLabel.get(p.topic) ?? p.topic}: ${stanceLabel[p.stance].toLowerCase()}`)),
    ...dataset.figures.filter(isUnconfirmed).map((f) => item('figure', f, `${f.label} (${actorName.get(f.actor) ?? f.actor})`)),
    ...dataset.events.filter(isUnconfirmed).map((e) => item('event', e, `${e.date.value}: ${e.label}`)),
  ];
  return items.sort((a, b) => a.at - b.at);
}

/** An item without a recorded confidence counts as least sure: nothing vouches for it. */
const confidenceOf = (item: QueueItem) => item.draft?.confidence ?? -1;

/**
 * The rule a filter offers: the first step of a drafted item's rule. A figure's rule names its status,
 * metric and time cues after ' · ' and a position's its topic after '+', which would make almost every
 * item a rule of its own.
 */
export const baseRule = (rule: string) => rule.split(/ · |\+/)[0]!.trim();

/** The items the filters let through, in the order asked for (ties keep the article's order). */
export function shownItems(items: QueueItem[], state: ReviewState): QueueItem[] {
  const shown = items.filter((i) => (!state.kinds.length || state.kinds.includes(i.kind)) && (!state.rule || (i.draft !== undefined && baseRule(i.draft.rule) === state.rule)));
  if (state.order === 'least-sure') return shown.sort((a, b) => confidenceOf(a) - confidenceOf(b));
  if (state.order === 'surest') return shown.sort((a, b) => confidenceOf(b) - confidenceOf(a));
  return shown;
}

/** The rules that drafted the items, each with how many items it drafted, most first. */
export function ruleCounts(items: QueueItem[]): { rule: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    if (!item.draft) continue;
    const rule = baseRule(item.draft.rule);
    counts.set(rule, (counts.get(rule) ?? 0) + 1);
  }
  return [...counts].map(([rule, count]) => ({ rule, count })).sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule));
}

export const acceptCommand = (item: QueueItem): DatasetCommand => ({ type: 'confirm', kind: item.kind, id: item.id });
export const rejectCommand = (item: QueueItem): DatasetCommand => ({ type: 'delete', kind: item.kind, id: item.id });

/** Accepting every item shown, as one command: one step of undo. */
export const acceptAllCommand = (items: QueueItem[]): DatasetCommand => ({ type: 'batch', commands: items.map(acceptCommand) });

/**
 * The item to put the cursor on after the list changed: the same item while it is still shown, else the
 * one that took its place (the next), else the last.
 */
export function cursorAfter(shown: QueueItem[], previous: { key: string; index: number } | null): string | null {
  if (!shown.length) return null;
  if (previous && shown.some((i) => i.key === previous.key)) return previous.key;
  return shown[Math.min(previous?.index ?? 0, shown.length - 1)]!.key;
}

/** Confidence as words a person reads: "72% sure", or that the rule recorded none. */
export const confidenceText = (draft: Draft | undefined) => (draft ? `${Math.round(draft.confidence * 100)}% sure` : 'no confidence recorded');
