/**
 * Lays evidence spans over a text so that none is lost where they overlap: the text is cut at every
 * span boundary into segments, and each segment knows every mark that covers it. Each mark also gets
 * a lane (the first free one, like tracks in a genome browser), so overlapping marks can be drawn
 * as parallel bands rather than one hiding the other.
 */

/** One evidence span of one datum, placed on the text. */
export interface Mark<D = unknown> {
  /** Unique within a layout, e.g. `position:starmer-backstop#0`. */
  key: string;
  start: number;
  end: number;
  datum: D;
}

export interface PlacedMark<D = unknown> extends Mark<D> {
  /** 0-based band in which the mark is drawn; marks that overlap never share a lane. */
  lane: number;
}

export interface Segment<D = unknown> {
  start: number;
  end: number;
  text: string;
  /** Every mark covering this segment, in lane order. */
  marks: PlacedMark<D>[];
}

export interface Paragraph<D = unknown> {
  start: number;
  end: number;
  segments: Segment<D>[];
}

export interface SpanLayout<D = unknown> {
  paragraphs: Paragraph<D>[];
  marks: PlacedMark<D>[];
  /** Most lanes any segment needs. */
  laneCount: number;
}

/** Gives each mark the lowest lane free at its start; longer marks first on a tie so they sit underneath. */
export function assignLanes<D>(marks: readonly Mark<D>[]): PlacedMark<D>[] {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end || a.key.localeCompare(b.key));
  const laneEnds: number[] = [];
  return sorted.map((mark) => {
    let lane = laneEnds.findIndex((end) => end <= mark.start);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = mark.end;
    return { ...mark, lane };
  });
}

/** Blank lines and line breaks split paragraphs; a mark that crosses one is cut there, not dropped. */
function paragraphRanges(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) ranges.push({ start: m.index, end: m.index + m[0].length });
  return ranges;
}

/** Cuts `text` into paragraphs of segments; marks outside the text are clipped to it. */
export function layoutSpans<D>(text: string, marks: readonly Mark<D>[]): SpanLayout<D> {
  const placed = assignLanes(
    marks
      .map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(text.length, m.end) }))
      .filter((m) => m.end > m.start),
  );
  let laneCount = 0;
  const paragraphs = paragraphRanges(text).map(({ start, end }) => {
    const inside = placed.filter((m) => m.start < end && m.end > start);
    const cuts = new Set([start, end]);
    for (const m of inside) {
      if (m.start > start) cuts.add(m.start);
      if (m.end < end) cuts.add(m.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const segments: Segment<D>[] = [];
    for (let i = 0; i < points.length - 1; i++) {
      const s = points[i]!;
      const e = points[i + 1]!;
      const covering = inside.filter((m) => m.start <= s && m.end >= e).sort((a, b) => a.lane - b.lane);
      for (const m of covering) laneCount = Math.max(laneCount, m.lane + 1);
      segments.push({ start: s, end: e, text: text.slice(s, e), marks: covering });
    }
    return { start, end, segments };
  });
  return { paragraphs, marks: placed, laneCount };
}
