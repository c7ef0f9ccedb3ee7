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

  it('scores every pair from firm statements by default, with the number of statements behind the score', () => {
    const { pairs } = compareActors(index, ['alice', 'bob', 'carol']);
    expect(pairs.map((p) => `${p.a}-${p.b}`)).toEqual(['alice-bob', 'alice-carol', 'bob-carol']);
    // Bob's reported "wants a fund too" does not count: two statements on the treaty, two on the fund.
    expect(pairs[0]!.agreement).toMatchObject({ agree: ['fund'], disagree: ['treaty'], score: 0.5, statements: 4, leftOut: [] });
    // Carol only hinted: the treaty is left out, and there is no score.
    expect(pairs[1]!.agreement).toMatchObject({ score: null, statements: 0, leftOut: ['treaty'] });
  });

  it('counts hedged, reported and inferred statements when asked', () => {
    const { pairs } = compareActors(index, ['alice', 'bob', 'carol'], 'all');
    expect(pairs[0]!.agreement).toMatchObject({ score: 0.5, statements: 5 });
    expect(pairs[1]!.agreement).toMatchObject({ disagree: ['treaty'], score: 0, statements: 2, leftOut: [] });
  });

  it('leaves out an inferred position, however firmly put, unless asked', () => {
    const data = miniDataset();
    Object.assign(data.positions.find((p) => p.id === 'alice-fund')!, { reading: 'inferred', readingNote: 'our reading' });
    const pair = (count?: 'all') => compareActors(indexDataset(data, miniTexts), ['alice', 'bob'], count).pairs[0]!.agreement;
    expect(pair()).toMatchObject({ shared: ['treaty'], leftOut: ['fund'] });
    expect(pair('all').shared).toEqual(['fund', 'treaty']);
  });

  it('says when a score rests on one reported statement', () => {
    const data = miniDataset();
    // Bob's only statement on a topic he shares with Alice is the reported one.
    data.positions = data.positions.filter((p) => p.id !== 'bob-fund' && p.id !== 'bob-treaty');
    const pair = (count?: 'all') => compareActors(indexDataset(data, miniTexts), ['alice', 'bob'], count).pairs[0]!.agreement;
    expect(pair('all').restsOnOneReported?.id).toBe('bob-fund-2');
    expect(pair('all').score).toBe(1);
    expect(pair()).toMatchObject({ score: null, restsOnOneReported: null });
    // With a firm statement beside it, the score no longer rests on the report alone.
    expect(compareActors(index, ['alice', 'bob'], 'all').pairs[0]!.agreement.restsOnOneReported).toBeNull();
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
    expect(writeCompareParams({ actors: null, topic: null, count: 'firm' }).toString()).toBe('');
    expect(writeCompareParams({ actors: [], topic: null, count: 'firm' }).toString()).toBe('actors=');
  });

  it('keeps the firm-only count out of the URL and reads agreement=all; drops any other value', () => {
    expect(parseCompareParams(new URLSearchParams('agreement=all'), index).state.count).toBe('all');
    expect(writeCompareParams({ actors: null, topic: null, count: 'all' }).toString()).toBe('agreement=all');
    const odd = parseCompareParams(new URLSearchParams('agreement=most'), index);
    expect(odd.state.count).toBe('firm');
    expect(odd.dropped).toEqual([{ param: 'agreement', value: 'most' }]);
  });

  it('keeps asOf only when it is one of the sources\' dates, and reports any other', () => {
    const story = { actors: new Set<string>(), topics: new Set<string>(), dates: new Set(['2025-02-26', '2025-04-10']) };
    expect(parseCompareParams(new URLSearchParams('asOf=2025-02-26'), story).state.asOf).toBe('2025-02-26');
    const odd = parseCompareParams(new URLSearchParams('asOf=2025-03-01'), story);
    expect(odd.state.asOf).toBeUndefined();
    expect(odd.dropped).toEqual([{ param: 'asOf', value: '2025-03-01' }]);
    expect(writeCompareParams({ actors: null, topic: null, count: 'firm', asOf: '2025-02-26' }).toString()).toBe('asOf=2025-02-26');
  });

  it('survives write-then-read', () => {
    const state = { actors: ['carol', 'alice'], topic: 'treaty', count: 'all' as const };
    expect(parseCompareParams(writeCompareParams(state), index).state).toEqual(state);
  });
});
