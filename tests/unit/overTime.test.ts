import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/model/indexDataset';
import { buildTracks, changeBetween, changedSince, datasetAsOf, datedStatements, positionsAsOf, sourceDates } from '../../src/model/overTime';
import { buildStory } from '../fixtures/story/storyDataset';

const story = buildStory();
const index = indexDataset(story.dataset, new Map(Object.entries(story.texts)));
const statements = datedStatements(index);
const tracks = buildTracks(index, statements);
const track = (actor: string, topic: string) => tracks.find((t) => t.actor === actor && t.topic === topic)!;

describe('changeBetween', () => {
  it('calls a move across from opposing to any support a reversal, within one side a shift', () => {
    expect(changeBetween('opposes', 'conditional')).toBe('reversed');
    expect(changeBetween('supports', 'opposes')).toBe('reversed');
    expect(changeBetween('conditional', 'supports')).toBe('shifted');
    expect(changeBetween('supports', 'ambiguous')).toBe('shifted');
    expect(changeBetween('none', 'opposes')).toBe('shifted');
    expect(changeBetween('opposes', 'opposes')).toBe('same');
  });
});

describe('tracks over time', () => {
  it('dates a statement by the day the text states, else by its publication date', () => {
    const sorensen = track('anna-sorensen', 'own-spending').statements;
    expect(sorensen.map((s) => [s.date, s.stated])).toEqual([
      ['2025-02-26', false],
      ['2025-04-08', true],
      ['2025-06-25', false],
    ]);
  });

  it('labels each change between consecutive statements of the reversal in the story', () => {
    const ortiz = track('lina-ortiz', 'monitoring-mission');
    expect(ortiz.statements.map((s) => s.position.stance)).toEqual(['opposes', 'conditional', 'supports']);
    expect(ortiz.steps.map((s) => s.change)).toEqual(['reversed', 'shifted']);
    expect(track('karl-brandt', 'five-percent').steps.map((s) => s.change)).toEqual(['same', 'same']);
  });

  it('dates a quote reported twice by its earlier source', () => {
    const first = track('lina-ortiz', 'monitoring-mission').statements[0]!;
    expect(first.date).toBe('2025-02-26');
    expect(first.position.evidence).toHaveLength(2);
  });
});

describe('positionsAsOf', () => {
  const dates = sourceDates(index);

  it('gives the latest position per cell as of each source date', () => {
    expect(dates).toEqual(['2025-02-26', '2025-04-10', '2025-06-25']);
    const stanceOn = (date: string) => positionsAsOf(statements, date).get('lina-ortiz~monitoring-mission')?.position.stance;
    expect(dates.map(stanceOn)).toEqual(['opposes', 'conditional', 'supports']);
    expect(positionsAsOf(statements, '2025-01-01').size).toBe(0);
    expect(positionsAsOf(statements, dates[0]!).has('tomas-varga~five-percent')).toBe(false);
  });

  it('says which cells changed since an earlier source, and how', () => {
    expect(changedSince(statements, dates[1]!, dates[0]!)).toEqual(new Map([['lina-ortiz~monitoring-mission', 'reversed']]));
    expect(changedSince(statements, dates[2]!, dates[1]!)).toEqual(
      new Map([
        ['anna-sorensen~five-percent', 'new'],
        ['tomas-varga~five-percent', 'new'],
        ['lina-ortiz~monitoring-mission', 'shifted'],
      ]),
    );
  });
});

describe('datasetAsOf', () => {
  it('keeps in each cell only the positions of its latest day as of the date', () => {
    const april = datasetAsOf(index, statements, '2025-04-10');
    const ortiz = april.positions.filter((p) => p.actor === 'lina-ortiz');
    expect(ortiz.map((p) => p.stance)).toEqual(['conditional']);
    expect(april.positions.some((p) => p.actor === 'tomas-varga')).toBe(false);
    expect(datasetAsOf(index, statements, '2025-06-25').positions).toHaveLength(tracks.length);
  });
});
