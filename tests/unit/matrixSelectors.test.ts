import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateSynthetic } from '../../src/cli/gen-synthetic';
import { stances } from '../../src/model/codes';
import { cellPositions, indexDataset } from '../../src/model/indexDataset';
import { agreementBetween, leadPosition, selectMatrix } from '../../src/model/matrixSelectors';
import { defaultMatrixState } from '../../src/views/matrix/matrixState';
import { miniDataset, miniTexts } from '../fixtures/miniDataset';
import { runs } from '../propertyRuns';

const index = indexDataset(miniDataset(), miniTexts);
const view = (change: Partial<typeof defaultMatrixState>) => selectMatrix(index, { ...defaultMatrixState, ...change });
const rowIds = (change: Partial<typeof defaultMatrixState>) => view(change).rows.map((a) => a.id);

describe('selectMatrix', () => {
  it('shows every actor and topic by default, most positions first', () => {
    const v = view({});
    expect(v.rows.map((a) => a.id)).toEqual(['bob', 'alice', 'carol', 'dora']);
    expect(v.columns.map((t) => t.id)).toEqual(['treaty', 'fund', 'pact']);
    expect(v.positionCount).toBe(7);
  });

  it('filters rows to the chosen actors and columns to the chosen topics', () => {
    const v = view({ actors: ['alice', 'carol'], topics: ['treaty'] });
    expect(v.rows.map((a) => a.id).sort()).toEqual(['alice', 'carol']);
    expect(v.columns.map((t) => t.id)).toEqual(['treaty']);
    expect(v.positionCount).toBe(2);
  });

  it('hides historical actors on request', () => {
    expect(rowIds({ hideHistorical: true })).not.toContain('dora');
  });

  it('keeps only cells, rows and columns holding a chosen stance', () => {
    const v = view({ stances: ['opposes', 'conditional'] });
    expect(v.rows.map((a) => a.id).sort()).toEqual(['bob', 'carol']);
    expect(v.columns.map((t) => t.id)).toEqual(['treaty']);
    expect(v.cell('bob', 'fund')).toBeUndefined();
    expect(v.cell('bob', 'treaty')?.map((p) => p.stance)).toEqual(['opposes']);
  });

  it('gives a cell the filters leave whole as the same array each time, and none for a hidden topic', () => {
    const v = view({});
    expect(v.cell('bob', 'fund')).toBe(view({ stances: [] }).cell('bob', 'fund'));
    expect(view({ topics: ['treaty'] }).cell('bob', 'fund')).toBeUndefined();
  });

  it('sorts by name', () => {
    expect(rowIds({ sort: 'name' })).toEqual(['alice', 'bob', 'carol', 'dora']);
  });

  it('sorts by agreement with the chosen actor, the actor first and those with nothing shared last', () => {
    // Alice agrees with Bob on the fund (1 of 2 shared topics) and with Carol on nothing (0 of 1).
    expect(rowIds({ sort: 'agreement', sortActor: 'alice' })).toEqual(['alice', 'bob', 'carol', 'dora']);
    // Carol disagrees with both on the treaty: the tie goes to the actor with more positions.
    expect(rowIds({ sort: 'agreement', sortActor: 'carol' })).toEqual(['carol', 'bob', 'alice', 'dora']);
  });
});

describe('agreementBetween', () => {
  it('counts shared topics, agreements and disagreements', () => {
    expect(agreementBetween(index, 'alice', 'bob')).toEqual({ shared: ['fund', 'treaty'], agree: ['fund'], disagree: ['treaty'], score: 0.5 });
  });
  it('is null when two actors share no topic', () => {
    expect(agreementBetween(index, 'alice', 'dora').score).toBeNull();
  });
});

describe('leadPosition', () => {
  it('picks the most firmly stated position of a cell', () => {
    expect(leadPosition(cellPositions(index, 'bob', 'fund'))?.id).toBe('bob-fund');
    expect(leadPosition([])).toBeUndefined();
  });
});

describe('selectMatrix against a plain reading of the filters (fast-check)', () => {
  const { dataset, text } = generateSynthetic({ actors: 30, topics: 8, positions: 600, seed: 11 });
  const big = indexDataset(dataset, new Map([['article', text]]));
  const pick = <T>(items: readonly T[]) => fc.subarray([...items]);
  it('shows exactly the positions, rows and columns the filters ask for, rows ordered by what they show', () => {
    fc.assert(
      fc.property(
        pick(dataset.actors.map((a) => a.id)),
        pick(dataset.topics.map((t) => t.id)),
        pick(stances),
        fc.boolean(),
        (actors, topics, chosenStances, hideHistorical) => {
          const state = { ...defaultMatrixState, actors, topics, stances: chosenStances, hideHistorical };
          const v = selectMatrix(big, state);
          const actorOk = (id: string) => (!actors.length || actors.includes(id)) && !(hideHistorical && big.actors.get(id)!.historical);
          const shown = dataset.positions.filter(
            (p) => actorOk(p.actor) && (!topics.length || topics.includes(p.topic)) && (!chosenStances.length || chosenStances.includes(p.stance)),
          );
          expect(v.positionCount).toBe(shown.length);
          const drawn = v.rows.flatMap((a) => v.columns.flatMap((t) => v.cell(a.id, t.id) ?? []));
          expect(new Set(drawn.map((p) => p.id))).toEqual(new Set(shown.map((p) => p.id)));
          if (chosenStances.length) expect(new Set(v.rows.map((a) => a.id))).toEqual(new Set(shown.map((p) => p.actor)));
          const count = (id: string) => shown.filter((p) => p.actor === id).length;
          v.rows.slice(1).forEach((a, i) => expect(count(v.rows[i]!.id)).toBeGreaterThanOrEqual(count(a.id)));
        },
      ),
      { numRuns: runs(150) },
    );
  });
});
