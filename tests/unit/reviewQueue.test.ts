import { describe, expect, it } from 'vitest';
import { extractDataset } from '../../src/extract/extractDataset';
import { applyCommand, withoutUnconfirmed } from '../../src/store/datasetEdits';
import { acceptAllCommand, acceptCommand, cursorAfter, queueItems, rejectCommand, ruleCounts, shownItems } from '../../src/views/data/reviewQueue';
import { parseReviewParams, writeReviewParams, type ReviewState } from '../../src/views/data/reviewState';
import type { Dataset } from '../../src/model/schema';
import { miniDataset } from '../fixtures/miniDataset';

/** The mini story with some items drafted by invented rules, some confirmed. */
function drafted(): Dataset {
  const d = miniDataset();
  d.actors[1] = { ...d.actors[1]!, machineDrafted: true, draft: { rule: 'actor:title', confidence: 0.9 } };
  d.positions[1] = { ...d.positions[1]!, machineDrafted: true, draft: { rule: 'position:cue', confidence: 0.4 } };
  d.positions[2] = { ...d.positions[2]!, machineDrafted: true, draft: { rule: 'position:cue+topic:sentence', confidence: 0.7 } };
  d.figures[0] = { ...d.figures[0]!, machineDrafted: true };
  d.events[0] = { ...d.events[0]!, machineDrafted: true, draft: { rule: 'event:date-stated', confidence: 0.8 } };
  d.positions[3] = { ...d.positions[3]!, machineDrafted: false, draft: { rule: 'position:cue', confidence: 0.2 } };
  return d;
}
const all: ReviewState = { order: 'article', kinds: [], rule: null };
const keys = (items: { key: string }[]) => items.map((i) => i.key);

describe('the review queue', () => {
  it('lists every unconfirmed draft, and no confirmed one, in the order of the article', () => {
    const items = queueItems(drafted());
    expect(keys(items)).toEqual(['actor:bob', 'position:bob-treaty', 'position:carol-treaty', 'figure:alice-fund-size', 'event:signing']);
    expect(items.map((i) => i.at)).toEqual([...items.map((i) => i.at)].sort((a, b) => a - b));
  });

  it('gives each item its words, its rule and its confidence', () => {
    const bob = queueItems(drafted()).find((i) => i.key === 'position:bob-treaty')!;
    expect(bob).toMatchObject({ title: 'Bob on Treaty: opposes', words: 'Bob ruled out the treaty.', draft: { rule: 'position:cue', confidence: 0.4 } });
  });

  it('sorts by confidence either way, an item with none counting as least sure', () => {
    const items = queueItems(drafted());
    expect(keys(shownItems(items, { ...all, order: 'least-sure' }))).toEqual(['figure:alice-fund-size', 'position:bob-treaty', 'position:carol-treaty', 'event:signing', 'actor:bob']);
    expect(keys(shownItems(items, { ...all, order: 'surest' }))[0]).toBe('actor:bob');
  });

  it('filters by kind and by rule', () => {
    const items = queueItems(drafted());
    expect(keys(shownItems(items, { ...all, kinds: ['event', 'actor'] }))).toEqual(['actor:bob', 'event:signing']);
    expect(keys(shownItems(items, { ...all, rule: 'position:cue' }))).toEqual(['position:bob-treaty', 'position:carol-treaty']);
    expect(shownItems(items, { ...all, rule: 'no-such-rule' })).toEqual([]);
    expect(ruleCounts(items)[0]).toEqual({ rule: 'position:cue', count: 2 });
  });

  it('accepting confirms the item (and the actor of a position) but keeps its rule; rejecting removes it', () => {
    const d = drafted();
    const [, bobTreaty] = queueItems(d);
    const accepted = applyCommand(d, acceptCommand(bobTreaty!));
    expect(accepted.positions[1]).toMatchObject({ machineDrafted: false, draft: { rule: 'position:cue' } });
    expect(accepted.actors[1]!.machineDrafted).toBe(false);
    const rejected = applyCommand(d, rejectCommand(bobTreaty!));
    expect(rejected.positions.some((p) => p.id === 'bob-treaty')).toBe(false);
    expect(queueItems(rejected)).toHaveLength(4);
  });

  it('accepts all that a filter shows in one command, and leaves the rest', () => {
    const d = drafted();
    const shown = shownItems(queueItems(d), { ...all, kinds: ['position'] });
    const after = applyCommand(d, acceptAllCommand(shown));
    expect(keys(queueItems(after))).toEqual(['figure:alice-fund-size', 'event:signing']);
  });

  it('keeps the cursor at the same place after the item under it leaves', () => {
    const items = queueItems(drafted());
    expect(cursorAfter(items.slice(1), { key: items[0]!.key, index: 0 })).toBe(items[1]!.key);
    expect(cursorAfter(items.slice(0, 2), { key: 'event:signing', index: 4 })).toBe(items[1]!.key);
    expect(cursorAfter(items, { key: items[3]!.key, index: 0 })).toBe(items[3]!.key);
    expect(cursorAfter([], null)).toBeNull();
  });

  it('hides unconfirmed drafts, and what rests on them, for drafts=hide', () => {
    const hidden = withoutUnconfirmed(drafted());
    expect(hidden.actors.map((a) => a.id)).toEqual(['alice', 'carol', 'dora']);
    expect(hidden.positions.map((p) => p.id)).toEqual(['alice-treaty', 'alice-fund', 'dora-pact']);
    expect(hidden.events).toEqual([]);
    expect(queueItems(hidden)).toEqual([]);
  });
});

describe('the review queue’s URL', () => {
  it('writes only what differs from the defaults, and reads it back', () => {
    const state: ReviewState = { order: 'least-sure', kinds: ['position', 'actor'], rule: 'position:cue' };
    const params = writeReviewParams(state, new URLSearchParams('keep=1'));
    expect(params.get('keep')).toBe('1');
    expect(params.get('kind')).toBe('actor,position');
    expect(parseReviewParams(params).state).toEqual({ ...state, kinds: ['actor', 'position'] });
    expect(writeReviewParams(all).toString()).toBe('');
  });

  it('drops and reports an order or kind it does not know', () => {
    const { state, dropped } = parseReviewParams(new URLSearchParams('order=random&kind=actor,deal'));
    expect(state).toEqual({ order: 'article', kinds: ['actor'], rule: null });
    expect(dropped).toEqual([{ param: 'order', value: 'random' }, { param: 'kind', value: 'deal' }]);
  });
});

describe('drafts in the dataset itself', () => {
  it('every drafted actor, position and event carries its rule and confidence and is unconfirmed', () => {
    const text = 'Jane Doe, the foreign minister of Ruritania, said on 3 March 2025 that her government strongly supports the new trade agreement. "We will sign it," she said.';
    const { dataset } = extractDataset(text, { published: '2025-03-04' });
    const drafted = [...dataset.actors, ...dataset.positions, ...dataset.events];
    expect(dataset.actors.length).toBeGreaterThan(0);
    expect(dataset.events.length).toBeGreaterThan(0);
    for (const item of drafted) {
      expect(item.machineDrafted).toBe(true);
      expect(item.draft?.rule).toMatch(/\S/);
      expect(item.draft!.confidence).toBeGreaterThanOrEqual(0);
      expect(item.draft!.confidence).toBeLessThanOrEqual(1);
    }
  });
});
