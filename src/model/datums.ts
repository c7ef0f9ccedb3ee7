import type { DatasetIndex } from './indexDataset';
import type { Reading, Span } from './schema';
import { stanceLabel } from './vocabulary';

/** Kinds of datum that carry evidence, as they appear in "show in article" links. */
export type DatumKind = 'actor' | 'position' | 'figure' | 'deal' | 'dealTerm' | 'event' | 'relation';

/**
 * Where a datum lives in the explorer, said as data: the view and what it opens there. The model does
 * not know the views' URLs; views/shared/datumHref.ts turns a target into a link with each view's own
 * link builder, so a renamed parameter changes every link to it.
 */
export type DatumTarget =
  | { view: 'matrix'; actor: string; topic: string }
  | { view: 'spending'; figure: string }
  | { view: 'minerals'; deal: string; term?: string }
  | { view: 'events'; event: string }
  | { view: 'network'; relation: string }
  | { view: 'actor'; actor: string; anchor?: string };

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
  target: DatumTarget;
  /** A machine draft no person has confirmed yet. */
  machineDrafted?: boolean;
  /** Positions and relations: whether the words state it or it is our reading of them, and then why. */
  reading?: Reading;
  readingNote?: string;
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

/** Every datum of the dataset with evidence, in a stable order (by kind, then dataset order). */
export function listDatums(index: DatasetIndex): DatumRef[] {
  const d = index.dataset;
  const name = (id: string) => index.actors.get(id)?.name ?? id;
  return [
    ...d.positions.map((p): DatumRef => ({
      kind: 'position' as const,
      id: p.id,
      label: `${name(p.actor)} on ${index.topics.get(p.topic)?.label ?? p.topic}: ${stanceLabel[p.stance]}`,
      actors: [p.actor],
      topics: [p.topic],
      evidence: p.evidence,
      target: { view: 'matrix', actor: p.actor, topic: p.topic },
      machineDrafted: p.machineDrafted,
      reading: p.reading,
      readingNote: p.readingNote,
    })),
    ...d.figures.map((f): DatumRef => ({
      kind: 'figure' as const,
      id: f.id,
      label: f.label,
      actors: f.appliesTo && f.appliesTo !== f.actor ? [f.actor, f.appliesTo] : [f.actor],
      topics: [],
      evidence: f.evidence,
      // The figures chart draws every metric in every unit, opening on the figure's own.
      target: { view: 'spending', figure: f.id },
      machineDrafted: f.machineDrafted,
    })),
    ...d.deals.map((deal): DatumRef => ({
      kind: 'deal' as const,
      id: deal.id,
      label: deal.label,
      actors: deal.parties,
      topics: [],
      evidence: deal.evidence,
      target: { view: 'minerals', deal: deal.id },
    })),
    ...d.dealTerms.map((term): DatumRef => {
      const actors = [...term.backers, ...term.contesters];
      return {
        kind: 'dealTerm' as const,
        id: term.id,
        label: term.label,
        actors,
        topics: [],
        evidence: term.evidence,
        target: { view: 'minerals', deal: term.deal, term: term.id },
      };
    }),
    ...d.events.map((e): DatumRef => ({
      kind: 'event' as const,
      id: e.id,
      label: e.label,
      actors: e.actors,
      topics: [],
      evidence: e.evidence,
      target: { view: 'events', event: e.id },
      machineDrafted: e.machineDrafted,
    })),
    ...d.relations.map((r): DatumRef => ({
      kind: 'relation' as const,
      id: r.id,
      label: `${name(r.from)} ${r.kind.replace(/-/g, ' ')} ${name(r.to)}`,
      actors: [r.from, r.to],
      topics: [],
      evidence: r.evidence,
      target: { view: 'network', relation: r.id },
      reading: r.reading,
      readingNote: r.readingNote,
    })),
    ...d.actors.map((a): DatumRef => ({
      kind: 'actor' as const,
      id: a.id,
      label: a.name,
      actors: [a.id],
      topics: [],
      evidence: a.evidence,
      target: { view: 'actor', actor: a.id },
      machineDrafted: a.machineDrafted,
    })),
  ];
}

