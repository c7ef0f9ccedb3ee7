import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { linearTicks, tickCount, type Tick } from '../../charts/axisGeometry';
import { seriesColor } from '../../charts/seriesPalette';
import { wrapText } from '../../charts/wrapText';
import { axisLabel, tickFormat } from './figureScales';
import { replacedText, type Gap, type ReferenceLine, type SpendingMark, type SpendingModel } from './spendingSeries';

/** Pixels, kept apart from years and percentages so the two are never mixed up. */
export type Px = number & { readonly __px: true };
const px = (n: number) => n as Px;

/** A direct label: one or two lines of text at a point, anchored so it stays inside the plot. */
export interface PlacedLabel {
  x: Px;
  y: Px;
  anchor: 'start' | 'middle' | 'end';
  lines: string[];
}

/** About how wide a character of 12 px chart text is. */
const CHAR_WIDTH = 6.6;
/** About how wide a line of 12 px chart text is. */
const textWidth = (text: string) => text.length * CHAR_WIDTH;

/** Anchors a label centred on `x`, or against the plot's edge when it would run past it. */
export function placeLabel(x: number, y: number, lines: string[], plotWidth: number): PlacedLabel {
  const half = Math.max(0, ...lines.map(textWidth)) / 2;
  if (x - half < 0) return { x: px(0), y: px(y), anchor: 'start', lines };
  if (x + half > plotWidth) return { x: px(plotWidth), y: px(y), anchor: 'end', lines };
  return { x: px(x), y: px(y), anchor: 'middle', lines };
}

const LINE = 14;

/** The box a label covers, in plot px. */
function labelBox(label: PlacedLabel) {
  const w = Math.max(0, ...label.lines.map(textWidth));
  const left = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
  return { left, right: left + w, top: label.y - 10, bottom: label.y - 10 + label.lines.length * LINE };
}

/** Moves labels down, in order, until none covers another already placed. */
export function separateLabels(labels: PlacedLabel[]): PlacedLabel[] {
  const placed: ReturnType<typeof labelBox>[] = [];
  return labels.map((label) => {
    let moved = label;
    for (let tries = 0; tries < 6; tries++) {
      const box = labelBox(moved);
      if (!placed.some((p) => box.left < p.right && box.right > p.left && box.top < p.bottom && box.bottom > p.top)) break;
      moved = { ...moved, y: px(moved.y + LINE) };
    }
    placed.push(labelBox(moved));
    return moved;
  });
}

export interface SpendingLayout {
  width: Px;
  height: Px;
  margin: { top: number; right: number; bottom: number; left: number };
  plot: { width: Px; height: Px };
  xTicks: Tick[];
  yTicks: Tick[];
  /** The y axis' title: the unit ("% of GDP", "GBP", "Observers"). */
  yLabel: string;
  publishedX: Px;
  /** The figures come from articles of more than one date. */
  acrossDates: boolean;
  segments: { key: string; d: string; color: string; dashed: boolean }[];
  marks: { mark: SpendingMark; color: string; cx: Px; cy: Px; band: { x: Px; width: Px } | null; label: PlacedLabel }[];
  references: { reference: ReferenceLine; color: string; y: Px; label: PlacedLabel }[];
  /** From each replaced pledge to the later one that replaces it. */
  connectors: { key: string; d: string; color: string }[];
  gaps: { gap: Gap; x: Px; y1: Px; y2: Px; label: PlacedLabel }[];
}

/** Where everything of the timeline goes in a chart `width` px wide. Narrow charts get shorter labels. */
export function layoutSpending(model: SpendingModel, available: number): SpendingLayout {
  // A frame measured narrower (a phone is 320 px or more; a frame can be caught mid-layout) would leave no plot.
  const width = Math.max(available, 280);
  const narrow = width < 560;
  const height = narrow ? 330 : 390;
  const top = 30;
  const bottom = 44;
  const y = scaleLinear().domain([0, model.yMax]).range([height - top - bottom, 0]);
  const yTicks = linearTicks(y, { count: 6, format: tickFormat(model.scale) });
  // Room at the left for the longest tick ("6%" needs the 40 px it always had; "€800M" more). Tick labels
  // are mostly digits and capitals, wider than the average character of a direct label.
  const margin = { top, right: 16, bottom, left: Math.max(40, 16 + Math.max(0, ...yTicks.map((t) => t.label.length * 7.6))) };
  const plot = { width: px(width - margin.left - margin.right), height: px(height - margin.top - margin.bottom) };
  const x = scaleLinear().domain(model.xDomain).range([0, plot.width]);
  const path = line<{ x: number; value: number }>()
    .x((p) => x(p.x))
    .y((p) => y(p.value));
  const colorOf = new Map(model.series.map((s) => [s.actor.id, seriesColor(s.colorIndex)]));
  const actorColor = (id: string) => colorOf.get(id) ?? seriesColor(model.actors.findIndex((a) => a.id === id));

  const maxLabel = Math.min(plot.width * 0.55, 300);
  const placedMarks = model.series.flatMap((series) =>
    series.marks.map((mark) => {
      const cx = px(x(mark.time.x));
      const cy = px(y(mark.figure.quantity.value));
      const band = mark.time.window ? { x: px(x(mark.time.window.earliest)), width: px(x(mark.time.window.latest) - x(mark.time.window.earliest)) } : null;
      const chars = Math.floor(maxLabel / CHAR_WIDTH);
      const replaced = replacedText(mark, narrow);
      // The same figure given again by a later article sits on the first: one label says it for both.
      const repeat = series.marks.some((m) => m !== mark && m.label === mark.label && m.figure.quantity.value === mark.figure.quantity.value && series.marks.indexOf(m) < series.marks.indexOf(mark));
      const lines = repeat ? [] : [...wrapText(mark.label, chars), ...(replaced ? wrapText(replaced, chars) : [])];
      // Below the mark, unless that would run into the time axis (a small value): then above it.
      const below = cy + 26 + (lines.length - 1) * LINE + 4 <= plot.height;
      return { mark, color: actorColor(series.actor.id), cx, cy, band, label: placeLabel(cx, below ? cy + 26 : cy - 18 - (lines.length - 1) * LINE, lines, plot.width) };
    }),
  );
  const separated = separateLabels([...placedMarks].sort((a, b) => a.cx - b.cx).map((m) => m.label));
  const sortedMarks = [...placedMarks].sort((a, b) => a.cx - b.cx);
  const marks = placedMarks.map((m) => ({ ...m, label: separated[sortedMarks.indexOf(m)]! }));
  const references = model.references.map((reference) => {
    const ry = px(y(reference.figure.quantity.value));
    const text = textWidth(reference.label) < plot.width - 8 ? reference.label : reference.label.split(':')[0] + ' demanded';
    return { reference, color: actorColor(reference.actor.id), y: ry, label: { x: plot.width, y: px(ry - 7), anchor: 'end' as const, lines: [text] } };
  });
  // A gap label goes beside its bracket, on whichever side (and at whichever height along it) covers least
  // of the marks (counted thrice: a hidden mark is worse than a hidden word), their labels and earlier gap labels.
  type Box = ReturnType<typeof labelBox>;
  const taken: { box: Box; weight: number }[] = [
    ...marks.map((m) => ({ box: { left: m.cx - 13, right: m.cx + 13, top: m.cy - 13, bottom: m.cy + 13 }, weight: 3 })),
    ...marks.map((m) => ({ box: labelBox(m.label), weight: 1 })),
  ];
  const overlap = (a: Box, b: Box) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
  const covered = (box: Box) => taken.reduce((sum, t) => sum + overlap(box, t.box) * t.weight, 0);
  const gaps = model.gaps.map((gap) => {
    const placed = marks.find((m) => m.mark === gap.mark)!;
    const gx = placed.cx + 16 + model.references.indexOf(gap.reference) * 10;
    const y1 = px(y(gap.mark.figure.quantity.value));
    const y2 = px(y(gap.reference.figure.quantity.value));
    const text = narrow ? gap.shortLabel : gap.label;
    const middle = (y1 + y2) / 2 + 4;
    const room = Math.max(0, Math.abs(y2 - y1) / 2 - LINE);
    const candidates = [0, -room, room].flatMap((dy) => [
      { x: px(gx + 6), y: px(middle + dy), anchor: 'start' as const, lines: [text] },
      { x: px(gx - 6), y: px(middle + dy), anchor: 'end' as const, lines: [text] },
    ]);
    const fitting = candidates.filter((c) => {
      const box = labelBox(c);
      return box.left >= 0 && box.right <= plot.width;
    });
    // The first spot that covers nothing, else the one that covers least (a stable sort keeps the order above).
    const label = [...fitting].sort((a, b) => covered(labelBox(a)) - covered(labelBox(b)))[0] ?? candidates[1]!;
    taken.push({ box: labelBox(label), weight: 1 });
    return { gap, x: px(gx), y1, y2, label };
  });

  return {
    width: px(width),
    height: px(height),
    margin,
    plot,
    xTicks: linearTicks(x, { count: tickCount(plot.width, narrow ? 48 : 70), format: String, integers: true }),
    yTicks,
    yLabel: axisLabel(model.scale),
    publishedX: px(x(model.published)),
    acrossDates: model.acrossDates,
    segments: model.series.flatMap((series) =>
      series.segments.map((s, i) => ({ key: `${series.actor.id}-${i}`, d: path([s.from, s.to]) ?? '', color: actorColor(series.actor.id), dashed: s.dashed })),
    ),
    marks,
    references,
    connectors: marks.flatMap(({ mark, color, cx, cy }) =>
      (mark.replacedBy?.marks ?? []).flatMap((later) => {
        const to = marks.find((m) => m.mark === later)!;
        // A gentle arc, ending short of the later mark so the arrowhead sits at its ring.
        const length = Math.hypot(to.cx - cx, to.cy - cy);
        if (length < 24) return [];
        const end = { x: to.cx - ((to.cx - cx) / length) * 13, y: to.cy - ((to.cy - cy) / length) * 13 };
        const start = { x: cx + ((to.cx - cx) / length) * 11, y: cy + ((to.cy - cy) / length) * 11 };
        const bend = { x: (start.x + end.x) / 2, y: Math.min(start.y, end.y) - 18 };
        return [{ key: `${mark.figure.id}-${later.figure.id}`, d: `M${start.x} ${start.y}Q${bend.x} ${bend.y} ${end.x} ${end.y}`, color }];
      }),
    ),
    gaps,
  };
}
