import { seriesColor, seriesColors } from '../../charts/seriesPalette';
import { datumKey, type DatumRef } from '../../model/datums';
import type { DatasetIndex } from '../../model/indexDataset';
import type { ReadingFilter } from '../../model/reading';
import { layoutSpans, type Mark, type SpanLayout } from '../../model/spanLayout';
import type { ReaderState } from './readerState';

/** The series hues colour topic groups or the most written-about actors; this neutral, the rest. */
const otherColour = 'var(--series-other)';

/** One entry of the reader's legend: a colour and what it stands for. */
export interface ColourKey {
  key: string;
  label: string;
  colour: string;
  /** Topics or actors the colour covers, named in the legend. */
  members: { kind: 'actor' | 'topic'; id: string; label: string }[];
}

export interface ReaderView {
  layout: SpanLayout<DatumRef>;
  legend: ColourKey[];
  /** Legend entry of each datum, by `datumKey`. */
  colourOf: Map<string, ColourKey>;
  shownDatums: number;
  totalDatums: number;
}

function topicKeys(index: DatasetIndex): { legend: ColourKey[]; keyOf: (d: DatumRef) => string } {
  const groups = [...new Set(index.dataset.topics.map((t) => t.group))];
  const legend: ColourKey[] = groups.map((group, i) => ({
    key: group,
    label: group,
    colour: seriesColor(i),
    members: index.dataset.topics.filter((t) => t.group === group).map((t) => ({ kind: 'topic', id: t.id, label: t.label })),
  }));
  legend.push({ key: '', label: 'No topic (mentions, figures, terms, events, relations)', colour: otherColour, members: [] });
  return { legend, keyOf: (d) => index.topics.get(d.topics[0] ?? '')?.group ?? '' };
}

/** The actors most written about get a colour each; the rest share the neutral. */
function actorKeys(index: DatasetIndex, datums: DatumRef[]): { legend: ColourKey[]; keyOf: (d: DatumRef) => string } {
  const spans = new Map<string, number>();
  for (const d of datums) for (const a of d.actors) spans.set(a, (spans.get(a) ?? 0) + d.evidence.length);
  const top = [...spans.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, seriesColors.length)
    .map(([id]) => id);
  const legend: ColourKey[] = top.map((id, i) => {
    const label = index.actors.get(id)?.name ?? id;
    return { key: id, label, colour: seriesColor(i), members: [{ kind: 'actor', id, label }] };
  });
  legend.push({ key: '', label: 'Other actors', colour: otherColour, members: [] });
  return { legend, keyOf: (d) => (top.includes(d.actors[0] ?? '') ? d.actors[0]! : '') };
}

const matches = (d: DatumRef, state: ReaderState) =>
  (!state.kinds.length || state.kinds.includes(d.kind)) &&
  (!state.actors.length || d.actors.some((a) => state.actors.includes(a))) &&
  (!state.topics.length || d.topics.some((t) => state.topics.includes(t)));

/**
 * The highlights to draw for a reader state and reading filter (`stated` leaves out the evidence of our
 * readings); the deep-linked datum always shows, whatever the filters.
 */
export function selectReader(index: DatasetIndex, datums: DatumRef[], source: string, state: ReaderState, reading: ReadingFilter = 'all'): ReaderView {
  const { legend, keyOf } = state.colourBy === 'actor' ? actorKeys(index, datums) : topicKeys(index);
  const byKey = new Map(legend.map((entry) => [entry.key, entry]));
  const target = state.datum && datumKey(state.datum.kind, state.datum.id);
  const shown = datums.filter((d) => (matches(d, state) && (reading === 'all' || d.reading !== 'inferred')) || datumKey(d.kind, d.id) === target);
  const colourOf = new Map(shown.map((d) => [datumKey(d.kind, d.id), byKey.get(keyOf(d)) ?? legend[legend.length - 1]!]));
  const marks: Mark<DatumRef>[] = shown.flatMap((d) =>
    d.evidence
      .filter((span) => span.source === source)
      .map((span, i) => ({ key: `${datumKey(d.kind, d.id)}#${i}`, start: span.start, end: span.end, datum: d })),
  );
  return {
    layout: layoutSpans(index.texts.get(source) ?? '', marks),
    legend,
    colourOf,
    shownDatums: shown.length,
    totalDatums: datums.length,
  };
}
