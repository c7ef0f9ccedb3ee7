import { describe, expect, it } from 'vitest';
import { capDraft, type DraftItems } from '../../src/extract/draftCaps';
import { extractDataset } from '../../src/extract/extractDataset';
import { ARTICLE_MAX_CHARS, ARTICLE_MAX_WORDS, articleTooLong, countWords, DRAFT_CAPS } from '../../src/extract/limits';
import type { Actor, Figure, Position, StanceEvent, Topic } from '../../src/model/schema';
import { miniDataset } from '../fixtures/miniDataset';

const words = (n: number) => 'word '.repeat(n).trimEnd();

describe('the size limit of one article', () => {
  it('counts words as runs of non-space, across every kind of white space', () => {
    expect(countWords('  one\ttwo\nthree\u00a0four  ')).toBe(4);
    expect(countWords('')).toBe(0);
  });

  it('accepts an article at the word limit and refuses one word more, saying how long it is and what the limit is', () => {
    expect(articleTooLong(words(ARTICLE_MAX_WORDS))).toBeNull();
    const message = articleTooLong(words(ARTICLE_MAX_WORDS + 1));
    expect(message).toMatch(/^This text is too long for one article: 60,001 words, 300,004 characters\. The limit is 60,000 words or 500,000 characters/);
    expect(message).not.toMatch(/dataset|file/i);
  });

  it('refuses text without spaces by its characters', () => {
    expect(articleTooLong('x'.repeat(ARTICLE_MAX_CHARS + 1))).toMatch(/1 words, 500,001 characters/);
  });

  it('the extractor itself refuses a text over the limit, with the same words', () => {
    expect(() => extractDataset(words(ARTICLE_MAX_WORDS + 1))).toThrow(/too long for one article: 60,001 words/);
  });
});

describe('the caps on what one article drafts', () => {
  const base = miniDataset();
  const span = base.actors[0]!.evidence;
  const actor = (i: number): Actor => ({ ...base.actors[0]!, id: `actor-${i}`, name: `Actor ${i}` });
  const topic = (i: number): Topic => ({ ...base.topics[0]!, id: `topic-${i}` });
  const position = (i: number, a: number, t: number): Position => ({ ...base.positions[0]!, id: `position-${i}`, actor: `actor-${a}`, topic: `topic-${t}` });
  const figure = (i: number, a: number, to: number): Figure => ({ ...base.figures[0]!, id: `figure-${i}`, actor: `actor-${a}`, appliesTo: `actor-${to}` });
  const event = (i: number, a: number[]): StanceEvent => ({ ...base.events[0]!, id: `event-${i}`, actors: a.map((n) => `actor-${n}`), evidence: span });

  const many: DraftItems = {
    actors: Array.from({ length: 400 }, (_, i) => actor(i)),
    topics: Array.from({ length: 100 }, (_, i) => topic(i)),
    positions: Array.from({ length: 2000 }, (_, i) => position(i, i % 400, i % 100)),
    figures: Array.from({ length: 3556 }, (_, i) => figure(i, i % 200, (i + 1) % 400)),
    events: Array.from({ length: 5336 }, (_, i) => event(i, [i % 400, (i + 7) % 400])),
  };

  it('keeps at most the cap of each kind, and every kept reference resolves', () => {
    const { items } = capDraft(many);
    for (const kind of Object.keys(DRAFT_CAPS) as (keyof DraftItems)[]) expect(items[kind].length).toBeLessThanOrEqual(DRAFT_CAPS[kind]);
    const actorIds = new Set(items.actors.map((a) => a.id));
    const topicIds = new Set(items.topics.map((t) => t.id));
    expect(items.positions.every((p) => actorIds.has(p.actor) && topicIds.has(p.topic))).toBe(true);
    expect(items.figures.every((f) => actorIds.has(f.actor) && (f.appliesTo === undefined || actorIds.has(f.appliesTo)))).toBe(true);
    expect(items.events.every((e) => e.actors.every((id) => actorIds.has(id)))).toBe(true);
    expect(items.figures[0]!.id).toBe('figure-0');
  });

  it('says, for each kind that lost items, how many were kept and how many left out', () => {
    const { notices } = capDraft(many);
    expect(notices).toContain('Drafted the first 150 figures; 3,406 more were left out.');
    expect(notices).toContain('Drafted the first 150 events; 5,186 more were left out.');
    expect(notices).toContain('Drafted the first 150 actors; 250 more were left out.');
  });

  it('says “was” when one item was left out', () => {
    const { notices } = capDraft({ ...many, actors: many.actors.slice(0, DRAFT_CAPS.actors + 1) });
    expect(notices).toContain(`Drafted the first ${DRAFT_CAPS.actors} actors; 1 more was left out.`);
  });

  it('says nothing when an article is within the caps', () => {
    const small = { actors: many.actors.slice(0, 3), topics: many.topics.slice(0, 2), positions: [position(0, 0, 0), position(1, 2, 1)], figures: [figure(0, 0, 1)], events: [event(0, [0])] };
    expect(capDraft(small)).toEqual({ items: small, notices: [] });
  });
});
