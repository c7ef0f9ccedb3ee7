import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/model/indexDataset';
import { compareActors, suggestedActors } from '../../src/views/compare/compareSelectors';
import { parseCompareParams, writeCompareParams } from '../../src/views/compare/compareState';
import { miniDataset, miniTexts } from '../fixtures/miniDataset';

const index = indexDataset(miniDataset(), miniTexts);

describe('compareActors', () => {
  it('lists only topics where at least one chosen actor has a position, with each lead stance', () => {
    const { rows } = compareActors(index, ['alice', 'bob']);
    expect(rows.map((r) => r.topic.id)).toEqual(['treaty', 'fund']);
    expect(rows[0]!.leads.map((p) => p?.stance)).toEqual(['supports', 'opposes']);
  });

  it('says where they agree, differ, or one has no recorded position', () => {
    const status = Object.fromEntries(compareActors(index, ['alice', 'bob', 'dora']).rows.map((r) => [r.topic.id, r.status]));
    expect(status).toEqual({ treaty: 'differ', fund: 'gap', pact: 'gap' });
    expect(compareActors(index, ['alice', 'bob']).rows.find((r) => r.topic.id === 'fund')!.status).toBe('agree');
  });

  it('scores every pair with agreementBetween: agreements over topics both have a position on', () => {
    const { pairs } = compareActors(index, ['alice', 'bob', 'carol']);
    expect(pairs.map((p) => `${p.a}-${p.b}`)).toEqual(['alice-bob', 'alice-carol', 'bob-carol']);
    expect(pairs[0]!.agreement).toMatchObject({ agree: ['fund'], disagree: ['treaty'], score: 0.5 });
    expect(pairs[1]!.agreement.score).toBe(0);
  });

  it('suggests the actors with the most positions', () => {
    expect(suggestedActors(index)).toEqual(['bob', 'alice']);
  });

  it('breaks a tie in positions by name, not by id', () => {
    const data = miniDataset();
    // Carol gains a second position, tying Alice; renamed, she now comes first by name though not by id.
    data.positions.push({ ...data.positions.find((p) => p.id === 'carol-treaty')!, id: 'carol-fund', topic: 'fund', conditions: [] });
    data.actors = data.actors.map((a) => (a.id === 'carol' ? { ...a, name: 'Abigail' } : a));
    expect(suggestedActors(indexDataset(data, miniTexts))).toEqual(['bob', 'carol']);
  });
});

describe('compare URL state', () => {
  it('keeps at most four known actors and reports the rest', () => {
    const big = indexDataset({ ...miniDataset() }, miniTexts);
    const { state, dropped } = parseCompareParams(new URLSearchParams('actors=alice,zed,bob,carol,dora,alice&topic=nope'), big);
    expect(state.actors).toEqual(['alice', 'bob', 'carol', 'dora']);
    expect(dropped).toEqual([
      { param: 'actors', value: 'zed' },
      { param: 'topic', value: 'nope' },
    ]);
    const five = { actors: new Set(['a', 'b', 'c', 'd', 'e']), topics: new Set<string>() };
    expect(parseCompareParams(new URLSearchParams('actors=a,b,c,d,e'), five).dropped).toEqual([{ param: 'actors', value: 'e' }]);
  });

  it('tells no choice yet (no actors in the URL) from an emptied one (`actors=`)', () => {
    expect(parseCompareParams(new URLSearchParams(''), index).state.actors).toBeNull();
    expect(parseCompareParams(new URLSearchParams('actors='), index).state.actors).toEqual([]);
    expect(writeCompareParams({ actors: null, topic: null }).toString()).toBe('');
    expect(writeCompareParams({ actors: [], topic: null }).toString()).toBe('actors=');
  });

  it('survives write-then-read', () => {
    const state = { actors: ['carol', 'alice'], topic: 'treaty' };
    expect(parseCompareParams(writeCompareParams(state), index).state).toEqual(state);
  });
});
