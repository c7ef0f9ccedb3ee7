import { describe, expect, it } from 'vitest';
import { mergeArticle, nameKey, proposeActorMatches } from '../../src/model/storyMerge';
import { validateDataset } from '../../src/model/validate';
import { miniDataset, miniText } from '../fixtures/miniDataset';
import { buildStory, storyArticles } from '../fixtures/story/storyDataset';

const textsOf = (texts: Record<string, string>) => new Map(Object.entries(texts));

describe('mergeArticle', () => {
  const story = buildStory();

  it('makes one valid dataset with one source per article, in the order given', () => {
    const checked = validateDataset(story.dataset, textsOf(story.texts));
    expect(checked.ok ? [] : checked.issues).toEqual([]);
    expect(story.dataset.sources.map((s) => s.published.date)).toEqual(['2025-02-26', '2025-04-10', '2025-06-25']);
    expect(new Set(story.dataset.sources.map((s) => s.id)).size).toBe(3);
  });

  it('matches the same person in later articles by name, so each actor is there once', () => {
    expect(story.dataset.actors.map((a) => a.id)).toEqual(['anna-sorensen', 'karl-brandt', 'lina-ortiz', 'tomas-varga']);
    expect(story.steps[1]!.matches.map((m) => [m.incoming, m.existing, m.by])).toEqual([
      ['anna-sorensen', 'anna-sorensen', 'name'],
      ['karl-brandt', 'karl-brandt', 'name'],
      ['lina-ortiz', 'lina-ortiz', 'name'],
    ]);
    const ortiz = story.dataset.actors.find((a) => a.id === 'lina-ortiz')!;
    expect(new Set(ortiz.evidence.map((s) => s.source)).size).toBe(3);
  });

  it('keeps the same quote reported by two sources as one position with two pieces of evidence', () => {
    expect(story.steps[1]!.duplicates).toHaveLength(1);
    const february = story.dataset.positions.filter((p) => p.actor === 'lina-ortiz' && p.stance === 'opposes');
    expect(february).toHaveLength(1);
    expect(february[0]!.evidence.map((s) => s.source)).toEqual(story.dataset.sources.slice(0, 2).map((s) => s.id));
  });

  it('keeps an actor apart when a person says so, under a new unique id', () => {
    const [first, second] = storyArticles;
    const one = mergeArticle(null, first!);
    const two = mergeArticle(one, second!, { 'lina-ortiz': 'apart' });
    const ortizes = two.dataset.actors.filter((a) => a.name === 'Lina Ortiz').map((a) => a.id);
    expect(ortizes).toEqual(['lina-ortiz', 'lina-ortiz-2']);
    // Kept apart, the same quote is by another actor and so is not a duplicate either.
    expect(two.duplicates).toEqual([]);
    expect(two.dataset.positions.filter((p) => p.actor === 'lina-ortiz-2')).toHaveLength(2);
    const checked = validateDataset(two.dataset, textsOf(two.texts));
    expect(checked.ok).toBe(true);
  });

  it('proposes a match by alias when the full names differ', () => {
    const story = miniDataset();
    const article = miniDataset();
    article.actors = [{ ...article.actors[0]!, id: 'alice-b', name: 'Alice Brown', aliases: ['Alice Brown', 'Alice'] }];
    expect(proposeActorMatches(story, article)).toEqual([{ incoming: 'alice-b', existing: 'alice', by: 'alias', on: 'Alice' }]);
  });

  it('renames clashing ids and keeps every reference pointing at the renamed item', () => {
    const mini = { dataset: miniDataset(), texts: { story: miniText } };
    const twice = mergeArticle(mergeArticle(null, mini), mini, { alice: 'apart', bob: 'apart', carol: 'apart', dora: 'apart' });
    const checked = validateDataset(twice.dataset, textsOf(twice.texts));
    expect(checked.ok ? [] : checked.issues).toEqual([]);
    const carol2 = twice.dataset.positions.find((p) => p.actor === 'carol-2')!;
    expect(carol2.conditions).toEqual(['bob-treaty-2']);
    expect(twice.dataset.positions.find((p) => p.id === 'bob-treaty-2')!.actor).toBe('bob-2');
  });

  it('treats names that differ only in case, accents and punctuation as one', () => {
    expect(nameKey('The  Élysée’s')).toBe(nameKey('elysee'));
  });
});
