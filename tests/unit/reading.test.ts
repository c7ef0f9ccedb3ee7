import { describe, expect, it } from 'vitest';
import { builtinIndex } from '../../src/data/builtinDataset';
import { listDatums } from '../../src/model/datums';
import { selectMatrix } from '../../src/model/matrixSelectors';
import { summariseDataset } from '../../src/model/overview';
import { indexForReading, readingCount, statedOnly } from '../../src/model/reading';
import { buildRelationGraph } from '../../src/model/relationGraph';
import { parseReadingParam, writeReadingParam } from '../../src/url/readingParam';
import { selectReader } from '../../src/views/article/readerMarks';
import { defaultReaderState } from '../../src/views/article/readerState';
import { defaultMatrixState } from '../../src/views/matrix/matrixState';
import { rowMarks } from '../../src/views/matrix/rowMarks';
import { harbourIndex } from '../fixtures/harbourCompact';
import { miniDataset, miniTexts } from '../fixtures/miniDataset';
import { indexDataset } from '../../src/model/indexDataset';

const datasets = [
  { name: 'the built-in article', index: builtinIndex, positions: 10, relations: 5 },
  { name: 'the harbour compact', index: harbourIndex(), positions: 2, relations: 1 },
];

describe.each(datasets)('our readings in $name', ({ index, positions, relations }) => {
  const { dataset } = index;

  it('are counted apart in the overview, for positions and relations', () => {
    const counts = summariseDataset(index).counts;
    expect(counts.find((c) => c.label === 'positions')).toEqual({ label: 'positions', count: dataset.positions.length, inferred: positions });
    expect(counts.find((c) => c.label === 'relations')).toEqual({ label: 'relations', count: dataset.relations.length, inferred: relations });
    expect(readingCount(dataset.relations)).toEqual({ total: dataset.relations.length, inferred: relations });
  });

  it('are left out of the stated-only index, which keeps every actor, topic and other datum', () => {
    const stated = statedOnly(index);
    expect(stated.dataset.positions).toHaveLength(dataset.positions.length - positions);
    expect(stated.dataset.relations).toHaveLength(dataset.relations.length - relations);
    expect(stated.dataset.positions.every((p) => p.reading === 'stated')).toBe(true);
    expect(stated.dataset.relations.every((r) => r.reading === 'stated')).toBe(true);
    expect(stated.actors.size).toBe(index.actors.size);
    expect(stated.dataset.figures).toBe(dataset.figures);
    // The same stated index each time, so toggling the filter builds it once.
    expect(statedOnly(index)).toBe(stated);
    expect(indexForReading(index, 'all')).toBe(index);
  });

  it('leave the matrix and the relation graph when hidden', () => {
    const all = selectMatrix(index, defaultMatrixState);
    const stated = selectMatrix(indexForReading(index, 'stated'), defaultMatrixState);
    expect(stated.positionCount).toBe(all.positionCount - positions);
    const edges = buildRelationGraph(indexForReading(index, 'stated')).edges;
    expect(edges).toHaveLength(dataset.relations.length - relations);
    expect(buildRelationGraph(index).edges.filter((e) => e.reading === 'inferred')).toHaveLength(relations);
  });

  it('leave the reader’s highlights when hidden, except the datum a link was opened for', () => {
    const datums = listDatums(index);
    const source = dataset.sources[0]!.id;
    const all = selectReader(index, datums, source, defaultReaderState);
    const stated = selectReader(index, datums, source, defaultReaderState, 'stated');
    expect(stated.shownDatums).toBe(all.shownDatums - positions - relations);
    const inferred = dataset.positions.find((p) => p.reading === 'inferred')!;
    const linked = selectReader(index, datums, source, { ...defaultReaderState, datum: { kind: 'position', id: inferred.id } }, 'stated');
    expect(linked.shownDatums).toBe(stated.shownDatums + 1);
  });
});

describe('the reading filter in the URL', () => {
  it('reads reading=stated, and nothing as showing all', () => {
    expect(parseReadingParam(new URLSearchParams('reading=stated'))).toEqual({ state: 'stated', dropped: [] });
    expect(parseReadingParam(new URLSearchParams('actors=a'))).toEqual({ state: 'all', dropped: [] });
  });

  it('drops and reports any other value, showing all', () => {
    expect(parseReadingParam(new URLSearchParams('reading=inferred'))).toEqual({ state: 'all', dropped: [{ param: 'reading', value: 'inferred' }] });
  });

  it('writes only the filter that differs from the default, keeping other params', () => {
    expect(writeReadingParam('stated', new URLSearchParams('actors=a')).toString()).toBe('actors=a&reading=stated');
    expect(writeReadingParam('all', new URLSearchParams('actors=a&reading=stated')).toString()).toBe('actors=a');
    for (const filter of ['all', 'stated'] as const) expect(parseReadingParam(writeReadingParam(filter)).state).toBe(filter);
  });
});

describe('a matrix mark whose lead position is our reading', () => {
  const index = harbourIndex();
  const position = (id: string) => index.positions.get(id)!;

  it('is hatched in its stance’s colour instead of tinted, in the mark’s own box', () => {
    const marks = rowMarks([[position('union-compact-2')], [position('latvia-levy')]], 100);
    expect(marks.hatches.map((h) => h.stance)).toEqual(['opposes']);
    // One tint, for the stated cell only (column 1); the hatched mark is in column 0.
    expect(marks.tints.map((t) => t.stance)).toEqual(['opposes']);
    const start = (d: string) => Number(/^M(-?[\d.]+)/.exec(d)?.[1]);
    expect(start(marks.tints[0]!.d)).toBeGreaterThanOrEqual(100);
    expect(start(marks.hatches[0]!.d)).toBeLessThan(100);
  });

  it('is not hatched when a stated position leads the cell', () => {
    const mini = indexDataset(miniDataset(), miniTexts);
    const stated = mini.dataset.positions[0]!;
    const marks = rowMarks([[stated, { ...stated, id: 'x', certainty: 'hinted', reading: 'inferred', readingNote: 'why' }]], 100);
    expect(marks.hatches).toEqual([]);
  });
});
