/**
 * Plain text in, a draft dataset out: every item machine drafted, every item with evidence spans that
 * match the text. Runs the same in Node (the CLI) and in a Web Worker (the app).
 */
import { spanAt } from '../model/anchor';
import { codebook, datasetTopic, unassignedTopic } from '../model/codebookTopics';
import { SCHEMA_VERSION, UNASSIGNED_TOPIC_ID } from '../model/codes';
import type { Actor, Dataset, Figure, Position, Span, StanceEvent, Topic } from '../model/schema';
import { sha256Hex } from '../model/sha256';
import { findActors, type ActorFindings } from './actors';
import { findDates } from './dates';
import { capDraft, type DraftItems } from './draftCaps';
import type { Draft } from './draft';
import { figureActor, figureLabel, findFigures, type FigureFinding, type QuotedWords } from './figures';
import { articleTooLong } from './limits';
import { tag, type Lemma, type Tagged } from './nlp';
import { cuePositions, quotePositions, type DraftPosition } from './positions';
import { findQuotes, type AttributionRule } from './quotes';
import { slugify } from '../model/slug';
import { clip, idMaker, quotedPassages, sentences, squash, type Range } from './text';
import { cueWeights, fileUnderTopic, topicalWords } from './topicCues';

export interface ExtractOptions {
  /** The article's title; default: its first line. */
  title?: string;
  /** Publication date, YYYY-MM-DD; relative dates ("last year", "on Thursday") are resolved against it. */
  published?: string;
  publisher?: string;
  /** Called between steps, with a fraction done, for a progress bar. */
  onProgress?: (step: string, fraction: number) => void;
}

/** A direct quote found, for review and for measuring; it also lands in the dataset as a position's evidence. */
export interface QuoteFinding {
  /** Actor id of the speaker, when one was found. */
  speaker?: string;
  rule?: AttributionRule;
  draft?: Draft;
  spans: Span[];
}

export interface Extraction {
  dataset: Dataset;
  /** The source text, under the dataset's one source id. */
  texts: Record<string, string>;
  quotes: QuoteFinding[];
  /** Which rule drafted each actor and position, and how far to trust it, by the item's id in the dataset. */
  drafts: Record<string, Draft>;
  warnings: string[];
  /** What was left out to keep the draft within the caps of one article, said to the user (empty when nothing was). */
  capped: string[];
}

export const SOURCE_ID = 'article';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string | undefined): value is string {
  if (!value || !ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A span over `range` with white space trimmed off both ends; undefined when nothing is left. */
function spanOf(text: string, range: Range): Span | undefined {
  let { start, end } = range;
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? spanAt(SOURCE_ID, text, start, end) : undefined;
}

const spans = (text: string, ranges: Range[]) =>
  ranges
    .map((r) => spanOf(text, r))
    .filter((s): s is Span => s !== undefined)
    .filter((s, i, all) => all.findIndex((o) => o.start === s.start && o.end === s.end) === i);

function safeTag(text: string, warnings: string[]): Tagged {
  try {
    return tag(text);
  } catch (error) {
    warnings.push(`The language tagger failed (${(error as Error).message}); people were found by title and name only, and positions were left unassigned to topics.`);
    return { people: [], pastTense: [], lemmas: [] };
  }
}

/** Drafts a dataset from `input`; throws, with the limits in words, when the text is too long for one article. */
export function extractDataset(input: string, options: ExtractOptions = {}): Extraction {
  const tooLong = articleTooLong(input);
  if (tooLong) throw new Error(tooLong);
  const progress = options.onProgress ?? (() => {});
  const warnings: string[] = [];
  // One line-ending convention, so offsets mean the same on every platform.
  const text = input.replace(/\r\n?/g, '\n');
  if (text !== input) warnings.push('Windows line endings were converted to \\n; offsets refer to the converted text.');
  const published = isRealDate(options.published) ? options.published : undefined;
  if (options.published && !published) warnings.push(`“${options.published}” is not a date (YYYY-MM-DD); it was ignored.`);
  if (!published) warnings.push('No publication date: relative dates ("last year", "on Thursday") were not resolved.');
  const firstLine = squash(text.split('\n').find((line) => line.trim()) ?? '');
  const title = squash(options.title ?? '') || clip(firstLine, 120) || 'Untitled article';

  progress('Reading sentences', 0.05);
  const sentenceList = sentences(text);
  const passages = quotedPassages(text);
  progress('Tagging words', 0.1);
  const tagged = safeTag(text, warnings);
  progress('Finding actors', 0.5);
  const found = findActors(text, tagged, passages.map((p) => p.outer), sentenceList);
  progress('Finding quotes', 0.6);
  const quotes = findQuotes(text, passages, found, sentenceList);
  progress('Finding figures and dates', 0.7);
  const figureFindings = findFigures(text, sentenceList, published);
  warnings.push(...figureFindings.warnings);
  const dates = findDates(text, sentenceList, published, tagged.pastTense);
  progress('Drafting positions', 0.8);
  const drafts = [...cuePositions(text, sentenceList, found, passages.map((p) => p.outer)), ...quotePositions(text, quotes, sentenceList)];

  const actorIds = new Map<string, string>();
  const built = buildActors(text, found, actorIds);
  const { topics: draftedTopics, positions: draftedPositions, positionDrafts } = buildPositions(text, drafts, found, actorIds, tagged.lemmas, sentenceList);
  const { items, notices: capped } = capDraft({
    actors: built,
    topics: draftedTopics,
    positions: draftedPositions,
    figures: buildFigures(text, figureFindings.figures, found, quotes, sentenceList, actorIds, warnings),
    events: buildEvents(text, dates, sentenceList, found, actorIds),
  });
  const provenance: Record<string, Draft> = { ...positionDrafts };
  for (const figure of items.figures) if (figure.draft) provenance[figure.id] = figure.draft;
  for (const actor of found.actors.values()) {
    const id = actorIds.get(actor.key);
    if (id) provenance[id] = actor.draft;
  }
  const { actors, topics, positions, figures, events } = withProvenance(items, provenance);
  const quoteFindings: QuoteFinding[] = quotes.map((q) => ({
    speaker: q.speaker ? actorIds.get(q.speaker) : undefined,
    rule: q.rule,
    ...(q.draft ? { draft: q.draft } : {}),
    spans: spans(text, q.parts),
  }));
  const unattributed = quoteFindings.filter((q) => !q.speaker).length;
  if (unattributed) warnings.push(`${unattributed} quote(s) have no speaker the rules could find; they are left out of the positions.`);
  progress('Done', 1);

  const id = slugify(title, 'draft');
  const dataset: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    id,
    title,
    sources: [
      {
        id: SOURCE_ID,
        title,
        publisher: squash(options.publisher ?? '') || 'Unknown publisher',
        published: published
          ? { date: published, inferred: false }
          : { date: new Date().toISOString().slice(0, 10), inferred: true, note: 'No publication date was given; the day of extraction stands in for it.' },
        textPath: `${id}.txt`,
        sha256: sha256Hex(text),
      },
    ],
    actors,
    topics,
    positions,
    figures,
    deals: [],
    dealTerms: [],
    events,
    relations: [],
  };
  return { dataset, texts: { [SOURCE_ID]: text }, quotes: quoteFindings, drafts: provenance, warnings, capped };
}

/**
 * Every drafted item carries, in the dataset itself, the rule that made it and a confidence, and stays
 * unconfirmed until a person confirms it; `provenance` fills in the items whose builder did not.
 */
function withProvenance(items: DraftItems, provenance: Record<string, Draft>): DraftItems {
  const mark = <T extends { id: string; draft?: Draft }>(item: T) => {
    const draft = item.draft ?? provenance[item.id];
    return { ...item, ...(draft ? { draft } : {}), machineDrafted: true };
  };
  return {
    ...items,
    actors: items.actors.map(mark),
    positions: items.positions.map(mark),
    figures: items.figures.map(mark),
    events: items.events.map((event) => mark({ ...event, draft: event.draft ?? dateDraft(event.date.derivation) })),
  };
}

/** How far a date rule is to be trusted: a stated date most, one resolved from a weekday least. */
function dateDraft(derivation: StanceEvent['date']['derivation']): Draft {
  const confidence = { stated: 0.8, 'resolved-relative': 0.6, 'resolved-weekday': 0.5, 'outside-knowledge': 0.4 }[derivation];
  return { rule: `event:date-${derivation}`, confidence };
}

function buildActors(text: string, found: ActorFindings, ids: Map<string, string>): Actor[] {
  const nextId = idMaker();
  const out: Actor[] = [];
  for (const actor of found.actors.values()) {
    const outside = actor.mentions.filter((m) => !m.inQuote);
    const evidence = spans(text, (outside.length ? outside : actor.mentions).slice(0, 2));
    if (!evidence.length) continue;
    const id = nextId(actor.name, 'actor');
    ids.set(actor.key, id);
    const aliases = [...actor.aliases].map(squash).filter(Boolean);
    out.push({
      id,
      name: actor.name,
      kind: actor.kind,
      role: actor.role,
      ...(actor.country ? { country: actor.country } : {}),
      aliases: [...new Set([actor.name, ...aliases])],
      historical: actor.historical,
      evidence,
    });
  }
  return out;
}

const codebookOrder = new Map(codebook.topics.map((topic, index) => [topic.id, { topic, index }]));

function buildPositions(text: string, drafts: DraftPosition[], found: ActorFindings, ids: Map<string, string>, allWords: Lemma[], sentenceList: Range[]) {
  const lemmas = topicalWords(text, allWords);
  const article = cueWeights(lemmas);
  const nextPosition = idMaker();
  const topics = new Map<string, Topic>();
  const positions = new Map<string, Position>();
  const positionDrafts: Record<string, Draft> = {};
  for (const draft of drafts) {
    const actor = ids.get(draft.actor);
    const evidence = spans(text, draft.evidence);
    if (!actor || !evidence.length) continue;
    const filing = fileUnderTopic(lemmas, draft.evidence, sentenceList, article);
    const entry = codebookOrder.get(filing.topic);
    const topic = entry ? datasetTopic(entry.topic) : unassignedTopic;
    topics.set(topic.id, topic);
    const rule = { ...draft.draft, rule: `${draft.draft.rule}+${filing.rule}` };
    // Unplaced positions of one actor need not be about one thing, so only the same words merge them.
    const key = topic.id === UNASSIGNED_TOPIC_ID ? `${actor}~${topic.id}~${draft.stance}~${evidence[0]!.start}` : `${actor}~${topic.id}~${draft.stance}`;
    const existing = positions.get(key);
    if (existing) {
      for (const span of evidence) if (!existing.evidence.some((s) => s.start === span.start && s.end === span.end)) existing.evidence.push(span);
      if (draft.basis === 'direct-quote') existing.basis = 'direct-quote';
      // The same position found again: the surer of the two rules stands for it.
      if (rule.confidence > positionDrafts[existing.id]!.confidence) positionDrafts[existing.id] = rule;
      continue;
    }
    const actorName = found.actors.get(draft.actor)!.name;
    const id = nextPosition(`${actor} ${topic.id}`, 'position');
    positionDrafts[id] = rule;
    positions.set(key, {
      id,
      actor,
      topic: topic.id,
      stance: draft.stance,
      certainty: draft.certainty,
      basis: draft.basis,
      reading: 'stated',
      summary: clip(`${actorName}${draft.cue ? ` (“${draft.cue}”)` : ''}: ${evidence.map((s) => s.exact).join(' … ')}`, 240),
      conditions: [],
      evidence,
      machineDrafted: true,
    });
  }
  // Codebook order, so that a group's topics sit together; the unassigned last.
  const order = (topic: Topic) => codebookOrder.get(topic.id)?.index ?? codebookOrder.size;
  return { topics: [...topics.values()].sort((a, b) => order(a) - order(b)), positions: [...positions.values()], positionDrafts };
}

function buildFigures(
  text: string,
  findings: FigureFinding[],
  found: ActorFindings,
  quotes: QuotedWords[],
  sentenceList: Range[],
  ids: Map<string, string>,
  warnings: string[],
): Figure[] {
  const nextId = idMaker();
  const out: Figure[] = [];
  let unowned = 0;
  for (const finding of findings) {
    const owner = figureActor(text, finding, found, quotes, sentenceList);
    const actor = owner.actor ? ids.get(owner.actor) : undefined;
    const appliesTo = owner.appliesTo ? ids.get(owner.appliesTo) : undefined;
    const evidence = spans(text, [finding.clause]);
    if (!actor || !evidence.length) {
      unowned++;
      continue;
    }
    const label = clip(figureLabel(text, finding), 120);
    out.push({
      id: nextId(`${finding.metric} ${label}`, 'figure'),
      actor,
      ...(appliesTo && appliesTo !== actor ? { appliesTo } : {}),
      metric: finding.metric,
      label,
      quantity: finding.quantity,
      ...(finding.time ? { time: finding.time } : {}),
      status: finding.status,
      evidence,
      machineDrafted: true,
      draft: { rule: finding.draft.rule, confidence: Math.min(finding.draft.confidence, Math.round((owner.confidence + 0.2) * 100) / 100) },
    });
  }
  if (unowned) warnings.push(`${unowned} figure(s) were left out: the text names no actor they could belong to.`);
  return out;
}

function buildEvents(text: string, dates: ReturnType<typeof findDates>, sentenceList: Range[], found: ActorFindings, ids: Map<string, string>): StanceEvent[] {
  const nextId = idMaker();
  return dates.flatMap((d) => {
    const sentence = sentenceList.find((s) => s.start <= d.phrase.start && d.phrase.start < s.end) ?? d.phrase;
    const evidence = spans(text, [sentence]);
    if (!evidence.length) return [];
    const actors = [...new Set(found.mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end).map((m) => ids.get(m.actor)))].filter(
      (id): id is string => id !== undefined,
    );
    const label = clip(text.slice(sentence.start, sentence.end), 110);
    return [{ id: nextId(`${d.date.value} ${label.split(' ').slice(0, 5).join(' ')}`, 'event'), date: d.date, label, actors, evidence }];
  });
}
