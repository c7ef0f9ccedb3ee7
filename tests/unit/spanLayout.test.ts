import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/model/indexDataset';
import { assignLanes, layoutSpans, type Mark } from '../../src/model/spanLayout';
import { listDatums } from '../../src/model/datums';
import { selectReader } from '../../src/views/article/readerMarks';
import { defaultReaderState, parseReaderParams, writeReaderParams } from '../../src/views/article/readerState';
import { datumKey } from '../../src/model/datums';
import { miniDataset, miniText, miniTexts } from '../fixtures/miniDataset';

const mark = (key: string, start: number, end: number): Mark<string> => ({ key, start, end, datum: key });
const keysAt = (layout: ReturnType<typeof layoutSpans<string>>, offset: number) =>
  layout.paragraphs.flatMap((p) => p.segments).find((s) => s.start <= offset && offset < s.end)?.marks.map((m) => m.key).sort();

describe('layoutSpans', () => {
  const text = 'abcdefghij';

  it('keeps both of two overlapping spans, cutting the text where each starts and ends', () => {
    const layout = layoutSpans(text, [mark('a', 1, 6), mark('b', 4, 9)]);
    const segments = layout.paragraphs[0]!.segments;
    expect(segments.map((s) => s.text)).toEqual(['a', 'bcd', 'ef', 'ghi', 'j']);
    expect(segments.map((s) => s.marks.map((m) => m.key))).toEqual([[], ['a'], ['a', 'b'], ['b'], []]);
  });

  it('puts overlapping spans in different lanes and reuses a lane once it is free', () => {
    const placed = assignLanes([mark('a', 0, 5), mark('b', 2, 4), mark('c', 5, 8)]);
    const lane = Object.fromEntries(placed.map((m) => [m.key, m.lane]));
    expect(lane).toEqual({ a: 0, b: 1, c: 0 });
  });

  it('shows a span nested in another, and identical spans of two data, on the same words', () => {
    const layout = layoutSpans(text, [mark('outer', 0, 10), mark('inner', 3, 5), mark('twin', 3, 5)]);
    expect(keysAt(layout, 4)).toEqual(['inner', 'outer', 'twin']);
    expect(layout.laneCount).toBe(3);
  });

  it('splits paragraphs at line breaks and cuts a span that crosses one rather than dropping it', () => {
    const layout = layoutSpans('one two\nthree', [mark('x', 4, 11)]);
    expect(layout.paragraphs.map((p) => p.segments.map((s) => s.text).join(''))).toEqual(['one two', 'three']);
    expect(keysAt(layout, 5)).toEqual(['x']);
    expect(keysAt(layout, 9)).toEqual(['x']);
  });

  it('never loses or invents text, and every covered offset knows every span over it', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(40), fc.integer({ min: 1, max: 15 })), { maxLength: 12 }), (pairs) => {
        const body = 'x'.repeat(40);
        const marks = pairs.map(([s, len], i) => mark(`m${i}`, s, Math.min(40, s + len))).filter((m) => m.end > m.start);
        const layout = layoutSpans(body, marks);
        const segments = layout.paragraphs.flatMap((p) => p.segments);
        expect(segments.map((s) => s.text).join('')).toBe(body);
        for (let offset = 0; offset < 40; offset++) {
          const expected = marks.filter((m) => m.start <= offset && offset < m.end).map((m) => m.key).sort();
          expect(keysAt(layout, offset) ?? []).toEqual(expected);
        }
        for (const s of segments) expect(new Set(s.marks.map((m) => m.lane)).size).toBe(s.marks.length);
      }),
    );
  });
});

describe('selectReader', () => {
  const index = indexDataset(miniDataset(), miniTexts);
  const datums = listDatums(index);
  const view = (change: Partial<typeof defaultReaderState>) => selectReader(index, datums, 'story', { ...defaultReaderState, ...change });
  const marked = (v: ReturnType<typeof view>) => new Set(v.layout.marks.map((m) => datumKey(m.datum.kind, m.datum.id)));

  it('draws every datum with evidence in the source by default', () => {
    expect(view({}).shownDatums).toBe(datums.length);
    expect(marked(view({}))).toContain('position:carol-treaty');
  });

  it('filters highlights by actor and topic as the matrix does, but always shows the deep-linked datum', () => {
    const v = view({ actors: ['bob'], topics: ['treaty'] });
    expect([...marked(v)]).toEqual(['position:bob-treaty']);
    expect(marked(view({ actors: ['bob'], topics: ['treaty'], datum: { kind: 'event', id: 'signing' } }))).toContain('event:signing');
  });

  it('colours by topic group or by actor, with a legend entry for every colour used', () => {
    for (const colourBy of ['topic', 'actor'] as const) {
      const v = view({ colourBy });
      expect(v.colourOf.size).toBeGreaterThan(0);
      for (const entry of v.colourOf.values()) expect(v.legend).toContain(entry);
    }
    const byTopic = view({ colourBy: 'topic' });
    expect(byTopic.colourOf.get('position:alice-treaty')).toBe(byTopic.colourOf.get('position:dora-pact')); // both Diplomacy
    expect(byTopic.colourOf.get('position:alice-treaty')).not.toBe(byTopic.colourOf.get('position:alice-fund'));
  });

  it('finds the words of the text: each mark covers its span', () => {
    const { marks } = view({}).layout;
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(miniText.slice(m.start, m.end)).toBe(m.datum.evidence.find((s) => s.start === m.start)!.exact);
  });
});

describe('reader URL state', () => {
  const index = indexDataset(miniDataset(), miniTexts);
  const known = { actors: index.actors, topics: index.topics, datums: new Set(listDatums(index).map((d) => datumKey(d.kind, d.id))) };

  it('reads a deep link to a datum and drops an unknown one with a notice', () => {
    expect(parseReaderParams(new URLSearchParams('datum=position:bob-treaty'), known).state.datum).toEqual({ kind: 'position', id: 'bob-treaty' });
    const { state, dropped } = parseReaderParams(new URLSearchParams('datum=position:nobody&actors=alice,zed'), known);
    expect(state.datum).toBeNull();
    expect(state.actors).toEqual(['alice']);
    expect(dropped).toEqual([
      { param: 'datum', value: 'position:nobody' },
      { param: 'actors', value: 'zed' },
    ]);
  });

  it('survives write-then-read', () => {
    const state = { colourBy: 'actor' as const, actors: ['bob'], topics: ['fund'], kinds: ['position' as const], datum: { kind: 'figure' as const, id: 'alice-fund-size' } };
    expect(parseReaderParams(writeReaderParams(state), known)).toEqual({ state, dropped: [] });
    expect(writeReaderParams(defaultReaderState).toString()).toBe('');
  });
});
