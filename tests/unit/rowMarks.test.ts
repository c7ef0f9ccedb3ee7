import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/model/indexDataset';
import type { Position } from '../../src/model/schema';
import { rowMarks } from '../../src/views/matrix/rowMarks';
import { miniDataset, miniTexts } from '../fixtures/miniDataset';

const index = indexDataset(miniDataset(), miniTexts);
const position = (id: string) => index.positions.get(id)!;
/** The x of each subpath's start (the "M" commands) in path data. */
const starts = (d: string) => [...d.matchAll(/M(-?[\d.]+) /g)].map((m) => Number(m[1]));

describe('rowMarks', () => {
  // Bob: treaty (opposes, ruled out), fund (two positions, the committed one leads); then an empty cell.
  const cells: (Position[] | undefined)[] = [[position('bob-treaty')], [position('bob-fund-2'), position('bob-fund')], undefined];
  const marks = rowMarks(cells, 100);

  it('draws one tint and one glyph per stance, each holding the marks of its cells only', () => {
    expect(marks.tints.map((t) => t.stance)).toEqual(['supports', 'opposes']);
    expect(marks.glyphs.map((g) => g.stance)).toEqual(['supports', 'opposes']);
    const [supports, opposes] = marks.tints.map((t) => starts(t.d));
    // Marks are centred in their column: the 40 px box of column 1 starts at 100 + 30.
    expect(opposes).toEqual([35]);
    expect(supports).toEqual([135]);
  });

  it('frames each mark by the certainty of its lead position, the most firmly stated one', () => {
    expect(marks.frames.map((f) => f.certainty)).toEqual(['committed', 'ruled-out']);
  });

  it('counts the positions of a cell that holds several, and leaves an empty cell blank', () => {
    expect(marks.badges).toEqual([expect.objectContaining({ count: 2 })]);
    expect(marks.badges[0]!.x).toBeGreaterThan(100);
    expect(marks.badges[0]!.x).toBeLessThan(200);
    expect(rowMarks([undefined, []], 100)).toEqual({ tints: [], hatches: [], glyphs: [], frames: [], badgeDiscs: '', badges: [] });
  });

  it('widens the badge for a count of two digits', () => {
    const many = Array.from({ length: 12 }, () => position('bob-fund'));
    const oneDigit = starts(rowMarks([many.slice(0, 2)], 100).badgeDiscs)[0]!;
    const twoDigits = starts(rowMarks([many], 100).badgeDiscs)[0]!;
    expect(twoDigits).toBeLessThan(oneDigit);
  });
});
