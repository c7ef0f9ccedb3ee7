/**
 * Edits a person makes to a dataset, as data with a pure `apply(dataset, command) → dataset`, so undo
 * and redo are a stack of datasets and every edit is testable without a DOM. Deleting an actor or a
 * topic deletes what cannot stand without it, so the dataset stays valid.
 */
import { UNASSIGNED_TOPIC_ID } from '../model/codes';
import { isUnconfirmed } from '../model/drafts';
import type { Certainty, Dataset, Position, Span, Stance, Topic } from '../model/schema';
import { slugify } from '../model/slug';

/** Kinds of datum the review screen edits. */
export type EditableKind = 'actor' | 'topic' | 'position' | 'figure' | 'event';
/** Kinds the extractor drafts, each unconfirmed (`machineDrafted`) until a person confirms it. */
export type DraftableKind = Exclude<EditableKind, 'topic'>;

export type DatasetCommand =
  | { type: 'updatePosition'; id: string; changes: { stance?: Stance; certainty?: Certainty; summary?: string } }
  | { type: 'confirm'; kind: DraftableKind; id: string }
  /** Several commands as one step of undo (accept all shown). */
  | { type: 'batch'; commands: DatasetCommand[] }
  | { type: 'delete'; kind: EditableKind; id: string }
  | { type: 'addEvidence'; kind: 'actor' | 'position' | 'figure'; id: string; span: Span }
  | { type: 'addPosition'; position: Position }
  /** Adds a topic (from the codebook, or a person's own) unless its id is taken. */
  | { type: 'addTopic'; topic: Topic }
  /** Files a position under `topic`, adding the topic when the dataset lacks it. */
  | { type: 'moveToTopic'; id: string; topic: Topic };

const collection = { actor: 'actors', topic: 'topics', position: 'positions', figure: 'figures', event: 'events' } as const;

function withoutActor(dataset: Dataset, id: string): Dataset {
  const keep = <T extends { evidence: Span[] }>(items: T[], uses: (item: T) => boolean) => items.filter((item) => !uses(item));
  const positions = keep(dataset.positions, (p) => p.actor === id);
  const gone = new Set(dataset.positions.filter((p) => p.actor === id).map((p) => p.id));
  return {
    ...dataset,
    actors: dataset.actors.filter((a) => a.id !== id),
    positions: positions.map((p) => (p.conditions.some((c) => gone.has(c)) ? { ...p, conditions: p.conditions.filter((c) => !gone.has(c)) } : p)),
    figures: keep(dataset.figures, (f) => f.actor === id).map((f) => (f.appliesTo === id ? { ...f, appliesTo: undefined } : f)),
    relations: keep(dataset.relations, (r) => r.from === id || r.to === id),
    events: dataset.events.map((e) => (e.actors.includes(id) ? { ...e, actors: e.actors.filter((a) => a !== id) } : e)),
    deals: dataset.deals.map((d) => ({ ...d, parties: d.parties.filter((p) => p !== id) })).filter((d) => d.parties.length),
    dealTerms: dataset.dealTerms.map((t) =>
      t.backers.includes(id) || t.contesters.includes(id)
        ? { ...t, backers: t.backers.filter((a) => a !== id), contesters: t.contesters.filter((a) => a !== id) }
        : t,
    ),
  };
}

function withoutPositions(dataset: Dataset, drop: (p: Position) => boolean): Dataset {
  const gone = new Set(dataset.positions.filter(drop).map((p) => p.id));
  return {
    ...dataset,
    positions: dataset.positions
      .filter((p) => !gone.has(p.id))
      .map((p) => (p.conditions.some((c) => gone.has(c)) ? { ...p, conditions: p.conditions.filter((c) => !gone.has(c)) } : p)),
  };
}

/** The dataset after the command; the same object when the command names nothing. */
export function applyCommand(dataset: Dataset, command: DatasetCommand): Dataset {
  switch (command.type) {
    case 'updatePosition': {
      const summary = command.changes.summary?.trim();
      if (command.changes.summary !== undefined && !summary) return dataset; // a summary may not be empty
      const changes = { ...command.changes, ...(summary !== undefined ? { summary } : {}) };
      return { ...dataset, positions: dataset.positions.map((p) => (p.id === command.id ? { ...p, ...changes } : p)) };
    }
    case 'confirm': {
      const name = collection[command.kind];
      const confirmed = { ...dataset, [name]: dataset[name].map((item) => (item.id === command.id ? { ...item, machineDrafted: false } : item)) };
      // A person who confirms what an actor said or claimed confirms that the actor is there.
      const said = command.kind === 'position' ? dataset.positions : command.kind === 'figure' ? dataset.figures : [];
      const speaker = said.find((item) => item.id === command.id)?.actor;
      return speaker ? applyCommand(confirmed, { type: 'confirm', kind: 'actor', id: speaker }) : confirmed;
    }
    case 'delete':
      if (command.kind === 'actor') return withoutActor(dataset, command.id);
      if (command.kind === 'topic')
        return { ...withoutPositions(dataset, (p) => p.topic === command.id), topics: dataset.topics.filter((t) => t.id !== command.id) };
      if (command.kind === 'position') return withoutPositions(dataset, (p) => p.id === command.id);
      return { ...dataset, [collection[command.kind]]: (dataset[collection[command.kind]] as { id: string }[]).filter((i) => i.id !== command.id) };
    case 'addEvidence': {
      const name = collection[command.kind];
      const add = <T extends { id: string; evidence: Span[] }>(items: T[]) =>
        items.map((item) =>
          item.id === command.id && !item.evidence.some((s) => s.start === command.span.start && s.end === command.span.end)
            ? { ...item, evidence: [...item.evidence, command.span].sort((a, b) => a.start - b.start) }
            : item,
        );
      return { ...dataset, [name]: add(dataset[name] as { id: string; evidence: Span[] }[]) };
    }
    case 'batch':
      return command.commands.reduce(applyCommand, dataset);
    case 'addPosition':
      if (dataset.positions.some((p) => p.id === command.position.id)) return dataset;
      return { ...dataset, positions: [...dataset.positions, command.position] };
    case 'addTopic':
      if (dataset.topics.some((t) => t.id === command.topic.id)) return dataset;
      return { ...dataset, topics: [...dataset.topics, command.topic] };
    case 'moveToTopic':
      return moveToTopic(dataset, command.id, command.topic);
  }
}

/** The dataset without its unconfirmed drafts, and without what cannot stand without them (`drafts=hide`). */
export function withoutUnconfirmed(dataset: Dataset): Dataset {
  const kinds = ['actor', 'position', 'figure', 'event'] as const;
  const commands = kinds.flatMap((kind) => dataset[collection[kind]].filter(isUnconfirmed).map((item): DatasetCommand => ({ type: 'delete', kind, id: item.id })));
  return commands.length ? applyCommand(dataset, { type: 'batch', commands }) : dataset;
}

function moveToTopic(dataset: Dataset, id: string, topic: Topic): Dataset {
  const position = dataset.positions.find((p) => p.id === id);
  if (!position || position.topic === topic.id) return dataset;
  const positions = dataset.positions.map((p) => (p.id === id ? { ...p, topic: topic.id } : p));
  const topics = dataset.topics.some((t) => t.id === topic.id) ? dataset.topics : [...dataset.topics, topic];
  // "Unassigned" is a tray, not a topic: once its last position is placed it goes.
  const emptied = position.topic === UNASSIGNED_TOPIC_ID && !positions.some((p) => p.topic === UNASSIGNED_TOPIC_ID);
  return { ...dataset, positions, topics: emptied ? topics.filter((t) => t.id !== UNASSIGNED_TOPIC_ID) : topics };
}

/** A new id for `base` that the collection does not use yet. */
export function freshId(taken: Iterable<{ id: string }>, base: string): string {
  const used = new Set([...taken].map((item) => item.id));
  const slug = slugify(base);
  let id = slug;
  for (let n = 2; used.has(id); n++) id = `${slug}-${n}`;
  return id;
}
