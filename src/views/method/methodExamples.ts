import { bases, certainties, figureStatuses, readings, relationStatuses, stances, dateDerivations, datePrecisions } from '../../model/codes';
import type { DatumKind } from '../../model/datums';
import { formatQuantity } from '../../model/figureFormat';
import type { DatasetIndex } from '../../model/indexDataset';
import type { Figure, Position, Relation, Span, StanceEvent, Topic } from '../../model/schema';
import { basisLabel, certaintyLabel, figureStatusLabel, stanceLabel } from '../../model/vocabulary';
import {
  basisMeaning,
  certaintyMeaning,
  derivationLabel,
  derivationMeaning,
  figureStatusMeaning,
  precisionMeaning,
  readingLabel,
  readingMeaning,
  relationStatusLabel,
  relationStatusMeaning,
  stanceMeaning,
} from './codeMeanings';

/** A datum of the dataset on show that illustrates a code, with the words it rests on. */
export interface CodeExample {
  kind: DatumKind;
  id: string;
  title: string;
  summary: string;
  /** Why we read it so, for an inferred datum; or how a date was reached. */
  note?: string;
  span: Span;
}

export interface CodeEntry {
  value: string;
  label: string;
  meaning: string;
  /** How many data of the dataset carry the value. */
  count: number;
  example: CodeExample | null;
}

export interface CodeFamily {
  id: string;
  title: string;
  /** What the family codes, e.g. "positions". */
  of: string;
  entries: CodeEntry[];
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const kindWords = (kind: string) => kind.replace(/-/g, ' ');

/** The first datum that carries a value: one the words state when there is one, so the example is plain. */
function pick<T extends { reading?: string }>(items: readonly T[], has: (item: T) => boolean): T | undefined {
  const all = items.filter(has);
  return all.find((item) => item.reading !== 'inferred') ?? all[0];
}

function family<V extends string, T>(
  id: string,
  title: string,
  of: string,
  values: readonly V[],
  label: Record<V, string>,
  meaning: Record<V, string>,
  items: readonly T[],
  valueOf: (item: T) => V,
  example: (item: T) => CodeExample,
  prefer: (items: readonly T[], has: (item: T) => boolean) => T | undefined = (all, has) => all.find(has),
): CodeFamily {
  return {
    id,
    title,
    of,
    entries: values.map((value) => {
      const has = (item: T) => valueOf(item) === value;
      const chosen = prefer(items, has);
      return { value, label: label[value], meaning: meaning[value], count: items.filter(has).length, example: chosen ? example(chosen) : null };
    }),
  };
}

/** Examples from the dataset on show, built the same way for every kind of datum. */
export function exampleMakers(index: DatasetIndex) {
  const name = (id: string) => index.actors.get(id)?.name ?? id;
  const topicLabel = (id: string) => index.topics.get(id)?.label ?? id;
  const position = (p: Position): CodeExample => ({
    kind: 'position',
    id: p.id,
    title: `${name(p.actor)} on ${topicLabel(p.topic)}: ${stanceLabel[p.stance]} · ${certaintyLabel[p.certainty]} · ${basisLabel[p.basis]}`,
    summary: p.summary,
    note: p.readingNote,
    span: p.evidence[0]!,
  });
  const relation = (r: Relation): CodeExample => ({
    kind: 'relation',
    id: r.id,
    title: `${name(r.from)} ${kindWords(r.kind)} ${name(r.to)} (${relationStatusLabel[r.status].toLowerCase()})`,
    summary: r.summary,
    note: r.readingNote,
    span: r.evidence[0]!,
  });
  const figure = (f: Figure): CodeExample => ({
    kind: 'figure',
    id: f.id,
    title: `${f.label}: ${formatQuantity(f.quantity)}${f.time ? `, ${f.time.phrase}` : ''} (${figureStatusLabel[f.status].toLowerCase()})`,
    summary: `${name(f.actor)}${f.appliesTo ? `, of ${name(f.appliesTo)}` : ''}`,
    note: f.time?.note,
    span: f.evidence[0]!,
  });
  const event = (e: StanceEvent): CodeExample => ({
    kind: 'event',
    id: e.id,
    title: `${e.label}: ${e.date.value} (${e.date.precision})`,
    summary: derivationLabel[e.date.derivation],
    note: e.date.note,
    span: e.evidence[0]!,
  });
  return { position, relation, figure, event };
}

/** Every code of the contract, its meaning, how often the dataset uses it, and an example from it. */
export function codeFamilies(index: DatasetIndex): CodeFamily[] {
  const { positions, relations, figures } = index.dataset;
  const make = exampleMakers(index);
  type Read = { kind: 'position'; datum: Position } | { kind: 'relation'; datum: Relation };
  const readable: Read[] = [...positions.map((datum) => ({ kind: 'position' as const, datum })), ...relations.map((datum) => ({ kind: 'relation' as const, datum }))];
  const readExample = (item: Read) => (item.kind === 'position' ? make.position(item.datum) : make.relation(item.datum));
  return [
    family('stance', 'Stance', 'positions', stances, stanceLabel, stanceMeaning, positions, (p) => p.stance, make.position, pick),
    family('certainty', 'Certainty', 'positions', certainties, certaintyLabel, certaintyMeaning, positions, (p) => p.certainty, make.position, pick),
    family('basis', 'Basis: how we know', 'positions', bases, basisLabel, basisMeaning, positions, (p) => p.basis, make.position, pick),
    family('reading', 'Reading: stated or inferred', 'positions and relations', readings, readingLabel, readingMeaning, readable, (r) => r.datum.reading, readExample),
    family('relation-status', 'Relation status', 'relations', relationStatuses, relationStatusLabel, relationStatusMeaning, relations, (r) => r.status, make.relation, pick),
    family('figure-status', 'Figure status', 'figures', figureStatuses, figureStatusLabel, figureStatusMeaning, figures, (f) => f.status, make.figure),
  ];
}

/** How the dataset's event dates were derived, and how precise they are, with an example of each. */
export function dateFamilies(index: DatasetIndex): CodeFamily[] {
  const { events } = index.dataset;
  const make = exampleMakers(index);
  const precisionLabel = Object.fromEntries(datePrecisions.map((p) => [p, capitalise(p)])) as Record<(typeof datePrecisions)[number], string>;
  return [
    family('derivation', 'How a date was reached', 'events', dateDerivations, derivationLabel, derivationMeaning, events, (e) => e.date.derivation, make.event),
    family('precision', 'How precise it is', 'events', datePrecisions, precisionLabel, precisionMeaning, events, (e) => e.date.precision, make.event),
  ];
}

/** Figures whose time is a window (an earliest and a latest year) rather than a year. */
export const windowFigures = (index: DatasetIndex) => index.dataset.figures.filter((f) => f.time && (f.time.earliest !== undefined || f.time.latest !== undefined));

export interface CodebookGroup {
  group: string;
  topics: { topic: Topic; positions: number; actors: number }[];
}

/** The dataset's topics by group, in the order the groups first appear, with how much is coded on each. */
export function codebookGroups(index: DatasetIndex): CodebookGroup[] {
  const groups = new Map<string, CodebookGroup>();
  for (const topic of index.dataset.topics) {
    const onTopic = index.dataset.positions.filter((p) => p.topic === topic.id);
    const entry = { topic, positions: onTopic.length, actors: new Set(onTopic.map((p) => p.actor)).size };
    const group = groups.get(topic.group);
    if (group) group.topics.push(entry);
    else groups.set(topic.group, { group: topic.group, topics: [entry] });
  }
  return [...groups.values()];
}
