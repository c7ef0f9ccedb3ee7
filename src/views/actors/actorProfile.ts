import type { DatasetIndex } from '../../model/indexDataset';
import type { Actor, Deal, DealTerm, Figure, Position, Relation, Span, StanceEvent } from '../../model/schema';

export interface ActorProfile {
  actor: Actor;
  /** In the dataset's topic order. */
  positions: Position[];
  /** Figures the actor gives, or that apply to them. */
  figures: Figure[];
  deals: Deal[];
  terms: { term: DealTerm; role: 'backs' | 'contests' }[];
  /** In date order. */
  events: StanceEvent[];
  relations: { relation: Relation; other: string; direction: 'from' | 'to' }[];
  /** The actor's own words: evidence of positions the article quotes directly, each passage once. */
  quotes: { positions: Position[]; span: Span }[];
}

function directQuotes(positions: Position[]): ActorProfile['quotes'] {
  const bySpan = new Map<string, ActorProfile['quotes'][number]>();
  for (const position of positions.filter((p) => p.basis === 'direct-quote'))
    for (const span of position.evidence) {
      const key = `${span.source}:${span.start}:${span.end}`;
      const quote = bySpan.get(key);
      if (quote) quote.positions.push(position);
      else bySpan.set(key, { positions: [position], span });
    }
  return [...bySpan.values()].sort((a, b) => a.span.start - b.span.start);
}

/** Everything the dataset says that involves one actor; undefined for an unknown id. */
export function actorProfile(index: DatasetIndex, id: string): ActorProfile | undefined {
  const actor = index.actors.get(id);
  if (!actor) return undefined;
  const d = index.dataset;
  const topicOrder = new Map(d.topics.map((t, i) => [t.id, i]));
  const positions = [...(index.positionsByActor.get(id) ?? [])].sort((a, b) => (topicOrder.get(a.topic) ?? 0) - (topicOrder.get(b.topic) ?? 0));
  return {
    actor,
    positions,
    figures: d.figures.filter((f) => f.actor === id || f.appliesTo === id),
    deals: d.deals.filter((deal) => deal.parties.includes(id)),
    terms: d.dealTerms.flatMap((term) => [
      ...(term.backers.includes(id) ? [{ term, role: 'backs' as const }] : []),
      ...(term.contesters.includes(id) ? [{ term, role: 'contests' as const }] : []),
    ]),
    events: d.events.filter((e) => e.actors.includes(id)).sort((a, b) => a.date.value.localeCompare(b.date.value)),
    relations: d.relations.flatMap((relation) => [
      ...(relation.from === id ? [{ relation, other: relation.to, direction: 'from' as const }] : []),
      ...(relation.to === id && relation.from !== id ? [{ relation, other: relation.from, direction: 'to' as const }] : []),
    ]),
    quotes: directQuotes(positions),
  };
}
