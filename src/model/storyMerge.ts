/**
 * A story is one dataset with several sources. Merging adds one article's dataset to it as a new source:
 * actors matched by name and alias (each match proposed, for a person to merge or keep apart), topics by
 * id, ids kept unique, every span pointed at the new source. A datum's date is its source's publication
 * date (or a day the text states; see overTime.ts), so keeping the spans keeps the dates.
 */
import type { Actor, Dataset, Position, Span } from './schema';
import { slugify } from './slug';

type Texts = Record<string, string>;

/** An incoming actor that looks like one already in the story. */
export interface ActorMatch {
  /** The actor's id in the article being added. */
  incoming: string;
  /** The story's actor it matches. */
  existing: string;
  /** Whether the two names are the same, or one is the other's alias. */
  by: 'name' | 'alias';
  /** The shared name, as the incoming article spells it. */
  on: string;
}

/** A person's answer to a proposed match; a match without one is merged. */
export type MatchDecision = 'merge' | 'apart';

export interface MergeResult {
  dataset: Dataset;
  texts: Texts;
  /** The id the article's source has in the story. */
  source: string;
  matches: ActorMatch[];
  /** Incoming positions that repeat a statement already in the story (the same quote): kept as more evidence. */
  duplicates: { incoming: string; existing: string }[];
}

/** Lower-case, without accents, punctuation or a leading "the": names that differ only so are one name. */
export const nameKey = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/^the /, '')
    .trim();

/** The words of a quote without quotation marks, punctuation or case: one outlet's "x," is another's "x." */
const quoteKey = (exact: string) => nameKey(exact);
/** Shorter passages ("she said") are not evidence enough that two reports give the same statement. */
const MIN_QUOTE_KEY = 20;

/** `base`, or `base-2`, `base-3`... whichever `taken` does not hold yet; the id is then taken. */
function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

const slug = (words: string) => slugify(nameKey(words), 'source', 48);

/** The story's actors that the article's actors look like, at most one each, by full name first, then by alias. */
export function proposeActorMatches(story: Dataset, article: Dataset): ActorMatch[] {
  const byName = new Map<string, Actor>();
  const byAlias = new Map<string, Actor>();
  for (const actor of story.actors) {
    byName.set(nameKey(actor.name), actor);
    for (const alias of actor.aliases) if (!byAlias.has(nameKey(alias))) byAlias.set(nameKey(alias), actor);
  }
  const matches: ActorMatch[] = [];
  for (const actor of article.actors) {
    const same = byName.get(nameKey(actor.name));
    if (same && same.kind === actor.kind) {
      matches.push({ incoming: actor.id, existing: same.id, by: 'name', on: actor.name });
      continue;
    }
    const names = [actor.name, ...actor.aliases];
    const alias = names.map((n) => ({ n, actor: byAlias.get(nameKey(n)) ?? byName.get(nameKey(n)) })).find((m) => m.actor && m.actor.kind === actor.kind);
    if (alias?.actor) matches.push({ incoming: actor.id, existing: alias.actor.id, by: 'alias', on: alias.n });
  }
  return matches;
}

const sameSpan = (a: Span, b: Span) => a.source === b.source && a.start === b.start && a.end === b.end;
const addSpans = (to: Span[], spans: Span[]) => {
  for (const span of spans) if (!to.some((s) => sameSpan(s, span))) to.push(span);
};

/** Only a passage in quotation marks is the speaker's own words; attributions ("the minister said") repeat in every report. */
const isQuoted = (exact: string) => /^["“‘'«„]/.test(exact);

/** A story's position by the same actor that quotes the same words as `position`, if there is one. */
function sameStatement(positions: Position[], position: Position): Position | undefined {
  const quoted = position.evidence.filter((s) => isQuoted(s.exact));
  const keys = new Set(quoted.map((s) => quoteKey(s.exact)).filter((k) => k.length >= MIN_QUOTE_KEY));
  if (!keys.size) return undefined;
  return positions.find((p) => p.actor === position.actor && p.evidence.some((s) => isQuoted(s.exact) && keys.has(quoteKey(s.exact))));
}

/**
 * Adds `article` (a dataset of one source, with its text) to `story` (null to start one), as a new source.
 * `decisions` answers proposed matches by incoming actor id; unanswered matches are merged. Pure: neither
 * input is changed.
 */
export function mergeArticle(
  story: { dataset: Dataset; texts: Texts } | null,
  article: { dataset: Dataset; texts: Texts },
  decisions: Record<string, MatchDecision> = {},
): MergeResult {
  const base: Dataset = story
    ? structuredClone(story.dataset)
    : { ...structuredClone(article.dataset), sources: [], actors: [], topics: [], positions: [], figures: [], deals: [], dealTerms: [], events: [], relations: [] };
  const texts: Texts = { ...story?.texts };
  const taken = (items: { id: string }[]) => new Set(items.map((i) => i.id));

  const [incomingSource] = article.dataset.sources;
  if (!incomingSource || article.dataset.sources.length !== 1) throw new Error('an article to add must have exactly one source');
  const source = uniqueId(slug(`${incomingSource.published.date} ${incomingSource.publisher}`), taken(base.sources));
  base.sources.push({ ...incomingSource, id: source, textPath: `${base.id}/${source}.txt` });
  texts[source] = article.texts[incomingSource.id] ?? '';
  const respan = (spans: Span[]) => spans.map((s) => ({ ...s, source }));

  const matches = story ? proposeActorMatches(base, article.dataset) : [];
  const actorIds = new Map<string, string>();
  const actorTaken = taken(base.actors);
  for (const actor of article.dataset.actors) {
    const match = matches.find((m) => m.incoming === actor.id);
    const existing = match && decisions[actor.id] !== 'apart' ? base.actors.find((a) => a.id === match.existing) : undefined;
    if (existing) {
      actorIds.set(actor.id, existing.id);
      existing.aliases = [...new Set([...existing.aliases, actor.name, ...actor.aliases])];
      addSpans(existing.evidence, respan(actor.evidence));
      continue;
    }
    const id = uniqueId(actor.id, actorTaken);
    actorIds.set(actor.id, id);
    base.actors.push({ ...structuredClone(actor), id, evidence: respan(actor.evidence) });
  }
  const actor = (id: string) => actorIds.get(id) ?? id;

  for (const topic of article.dataset.topics) if (!base.topics.some((t) => t.id === topic.id)) base.topics.push({ ...topic });

  // Ids first, so that conditions can point at positions merged or renamed further on.
  const positionIds = new Map<string, string>();
  const duplicates: MergeResult['duplicates'] = [];
  const added: Position[] = [];
  const positionTaken = taken(base.positions);
  for (const incoming of article.dataset.positions) {
    const position: Position = { ...structuredClone(incoming), actor: actor(incoming.actor), evidence: respan(incoming.evidence) };
    const same = sameStatement(base.positions, position);
    if (same) {
      addSpans(same.evidence, position.evidence);
      positionIds.set(incoming.id, same.id);
      duplicates.push({ incoming: incoming.id, existing: same.id });
      continue;
    }
    position.id = uniqueId(incoming.id, positionTaken);
    positionIds.set(incoming.id, position.id);
    added.push(position);
  }
  for (const position of added) position.conditions = position.conditions.map((id) => positionIds.get(id) ?? id);
  base.positions.push(...added);

  const figureTaken = taken(base.figures);
  for (const figure of article.dataset.figures)
    base.figures.push({
      ...structuredClone(figure),
      id: uniqueId(figure.id, figureTaken),
      actor: actor(figure.actor),
      ...(figure.appliesTo ? { appliesTo: actor(figure.appliesTo) } : {}),
      evidence: respan(figure.evidence),
    });

  const dealIds = new Map<string, string>();
  const dealTaken = taken(base.deals);
  for (const deal of article.dataset.deals) {
    const id = uniqueId(deal.id, dealTaken);
    dealIds.set(deal.id, id);
    base.deals.push({ ...structuredClone(deal), id, parties: deal.parties.map(actor), evidence: respan(deal.evidence) });
  }
  const termIds = new Map<string, string>();
  const termTaken = taken(base.dealTerms);
  for (const term of article.dataset.dealTerms) termIds.set(term.id, uniqueId(term.id, termTaken));
  for (const term of article.dataset.dealTerms)
    base.dealTerms.push({
      ...structuredClone(term),
      id: termIds.get(term.id)!,
      deal: dealIds.get(term.deal) ?? term.deal,
      backers: term.backers.map(actor),
      contesters: term.contesters.map(actor),
      ...(term.draftCounterpart ? { draftCounterpart: termIds.get(term.draftCounterpart) ?? term.draftCounterpart } : {}),
      evidence: respan(term.evidence),
    });

  const eventTaken = taken(base.events);
  for (const event of article.dataset.events)
    base.events.push({ ...structuredClone(event), id: uniqueId(event.id, eventTaken), actors: [...new Set(event.actors.map(actor))], evidence: respan(event.evidence) });

  const relationTaken = taken(base.relations);
  for (const relation of article.dataset.relations)
    base.relations.push({ ...structuredClone(relation), id: uniqueId(relation.id, relationTaken), from: actor(relation.from), to: actor(relation.to), evidence: respan(relation.evidence) });

  return { dataset: base, texts, source, matches, duplicates };
}
