import type { DatumKind } from './articleLink';
import { cellKey, type DatasetIndex } from './indexDataset';
import type { Span } from './schema';
import { stanceLabel } from './vocabulary';

/** Any datum that carries evidence, reduced to what the reader and the links need. */
export interface DatumRef {
  kind: DatumKind;
  id: string;
  /** One line that names the datum, e.g. "Keir Starmer on Backstop: Supports". */
  label: string;
  /** Actors the datum involves, first the one it is about. */
  actors: string[];
  /** Topics the datum is about (only positions have one). */
  topics: string[];
  evidence: Span[];
  /** Where the datum lives in the explorer (its view, not the reader). */
  href: string;
}

export const datumKindLabel: Record<DatumKind, string> = {
  actor: 'Mention',
  position: 'Position',
  figure: 'Figure',
  deal: 'Deal',
  dealTerm: 'Deal term',
  event: 'Event',
  relation: 'Relation',
};

/** Plural names, for filters and counts. */
export const datumKindPlural: Record<DatumKind, string> = {
  actor: 'Mentions of actors',
  position: 'Positions',
  figure: 'Figures',
  deal: 'Deals',
  dealTerm: 'Deal terms',
  event: 'Events',
  relation: 'Relations',
};

export const datumKinds = Object.keys(datumKindLabel) as DatumKind[];

export const datumKey = (kind: DatumKind, id: string) => `${kind}:${id}`;

export const actorHref = (id: string) => `/actors/${encodeURIComponent(id)}`;
export const topicHref = (id: string) => `/topics/${encodeURIComponent(id)}`;

/** Every datum of the dataset with evidence, in a stable order (by kind, then dataset order). */
export function listDatums(index: DatasetIndex): DatumRef[] {
  const d = index.dataset;
  const name = (id: string) => index.actors.get(id)?.name ?? id;
  return [
    ...d.positions.map((p) => ({
      kind: 'position' as const,
      id: p.id,
      label: `${name(p.actor)} on ${index.topics.get(p.topic)?.label ?? p.topic}: ${stanceLabel[p.stance]}`,
      actors: [p.actor],
      topics: [p.topic],
      evidence: p.evidence,
      href: `/matrix?cell=${encodeURIComponent(cellKey(p.actor, p.topic))}`,
    })),
    ...d.figures.map((f) => ({
      kind: 'figure' as const,
      id: f.id,
      label: f.label,
      actors: f.appliesTo && f.appliesTo !== f.actor ? [f.actor, f.appliesTo] : [f.actor],
      topics: [],
      evidence: f.evidence,
      // Spending figures have their own chart; other figures (money) are read on their actor's page.
      href: f.metric === 'defence-spending' ? `/spending?mark=${encodeURIComponent(f.id)}` : `${actorHref(f.actor)}#figure-${f.id}`,
    })),
    ...d.deals.map((deal) => ({
      kind: 'deal' as const,
      id: deal.id,
      label: deal.label,
      actors: deal.parties,
      topics: [],
      evidence: deal.evidence,
      href: `/minerals?deal=${encodeURIComponent(deal.id)}`,
    })),
    ...d.dealTerms.map((term) => {
      const actors = [...term.backers, ...term.contesters];
      return {
        kind: 'dealTerm' as const,
        id: term.id,
        label: term.label,
        actors,
        topics: [],
        evidence: term.evidence,
        href: `/minerals?deal=${encodeURIComponent(term.deal)}&term=${encodeURIComponent(term.id)}`,
      };
    }),
    ...d.events.map((e) => ({
      kind: 'event' as const,
      id: e.id,
      label: e.label,
      actors: e.actors,
      topics: [],
      evidence: e.evidence,
      href: `/events?event=${encodeURIComponent(e.id)}`,
    })),
    ...d.relations.map((r) => ({
      kind: 'relation' as const,
      id: r.id,
      label: `${name(r.from)} ${r.kind.replace(/-/g, ' ')} ${name(r.to)}`,
      actors: [r.from, r.to],
      topics: [],
      evidence: r.evidence,
      href: `/network?relation=${encodeURIComponent(r.id)}`,
    })),
    ...d.actors.map((a) => ({
      kind: 'actor' as const,
      id: a.id,
      label: a.name,
      actors: [a.id],
      topics: [],
      evidence: a.evidence,
      href: actorHref(a.id),
    })),
  ];
}

