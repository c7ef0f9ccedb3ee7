import type { Actor, Figure, Position, StanceEvent, Topic } from '../model/schema';
import { cappedNotice, DRAFT_CAPS } from './limits';

export interface DraftItems {
  actors: Actor[];
  topics: Topic[];
  positions: Position[];
  figures: Figure[];
  events: StanceEvent[];
}

/**
 * Keeps the first of each kind of drafted item, in the order of the article, within DRAFT_CAPS. Items
 * that name a left-out actor or topic are left out too (a figure only loses the party it applies to),
 * so every reference still resolves. Returns the kept items and one notice per kind that lost any.
 */
export function capDraft(items: DraftItems): { items: DraftItems; notices: string[] } {
  const actors = items.actors.slice(0, DRAFT_CAPS.actors);
  const actorIds = new Set(actors.map((a) => a.id));
  const topicIds = new Set(items.topics.slice(0, DRAFT_CAPS.topics).map((t) => t.id));
  const positions = items.positions.filter((p) => actorIds.has(p.actor) && topicIds.has(p.topic)).slice(0, DRAFT_CAPS.positions);
  const usedTopics = new Set(positions.map((p) => p.topic));
  const topics = items.topics.filter((t) => usedTopics.has(t.id));
  const figures = items.figures
    .filter((f) => actorIds.has(f.actor))
    .slice(0, DRAFT_CAPS.figures)
    .map(({ appliesTo, ...figure }) => (appliesTo && actorIds.has(appliesTo) ? { ...figure, appliesTo } : figure));
  const events = items.events.slice(0, DRAFT_CAPS.events).map((e) => (e.actors.every((id) => actorIds.has(id)) ? e : { ...e, actors: e.actors.filter((id) => actorIds.has(id)) }));
  const kept: DraftItems = { actors, topics, positions, figures, events };
  const notices = (Object.keys(kept) as (keyof DraftItems)[])
    .filter((kind) => kept[kind].length < items[kind].length)
    .map((kind) => cappedNotice(kind, kept[kind].length, items[kind].length - kept[kind].length));
  return { items: kept, notices };
}
