import type { z } from 'zod';
import { datasetCollections } from './codes';
import { exactGuard } from './exactCheck';
import { datasetSchema, type Dataset, type Span } from './schema';

/** One thing wrong with a dataset, with the JSON path where it is. */
export interface DatasetIssue {
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; issues: DatasetIssue[] };

/** `['positions', 3, 'evidence', 0]` → `positions[3].evidence[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out ? `${out}.${name}` : name;
  }, '') || '(root)';
}

function zodIssues(error: z.ZodError): DatasetIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/** Says yes only to a dataset zod would accept and copy unchanged (see exactCheck.ts). */
const isExactDataset = exactGuard(datasetSchema);

/** Checks the schema, then everything the schema cannot: unique ids, references, spans (their offsets and their text). */
export function validateDataset(input: unknown, texts: ReadonlyMap<string, string>): ValidationResult {
  let dataset: Dataset;
  // An exactly valid dataset is used as it is, sparing zod's copy (see exactCheck.ts for why). Anything
  // else goes through zod, for its issues and paths.
  if (isExactDataset(input)) dataset = input;
  else {
    const parsed = datasetSchema.safeParse(input);
    if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) };
    dataset = parsed.data;
  }
  const issues = checkIntegrity(dataset, texts);
  return issues.length ? { ok: false, issues } : { ok: true, dataset };
}

type Collection = (typeof datasetCollections)[number];

/** Integrity rules over a dataset that already matches the schema. */
export function checkIntegrity(dataset: Dataset, texts: ReadonlyMap<string, string>): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const report = (path: string, message: string) => issues.push({ path, message });

  // Each collection's ids, with where each was first used; they also answer "is this id known?".
  const firstIndex = (name: Collection) => {
    const seen = new Map<string, number>();
    const items = dataset[name];
    for (let index = 0; index < items.length; index++) {
      const id = items[index]!.id;
      const first = seen.get(id);
      if (first !== undefined) report(`${name}[${index}].id`, `duplicate id "${id}" (first used at ${name}[${first}])`);
      else seen.set(id, index);
    }
    return seen;
  };
  const known = Object.fromEntries(datasetCollections.map((name) => [name, firstIndex(name)])) as Record<Collection, Map<string, number>>;

  // Paths are spelled out only for an issue, from the collection, the item's index and the field, not built
  // for every check: a large dataset makes hundreds of thousands of checks and has few issues.
  const refer = (id: string, target: Collection, what: string, name: Collection, index: number, field: string, item?: number) => {
    if (!known[target].has(id)) report(`${name}[${index}].${field}${item === undefined ? '' : `[${item}]`}`, `unknown ${what} "${id}"`);
  };
  const referAll = (ids: string[], target: Collection, what: string, name: Collection, index: number, field: string) => {
    for (let item = 0; item < ids.length; item++) refer(ids[item]!, target, what, name, index, field, item);
  };

  const spanPath = (name: Collection, index: number, item: number, field: string) => `${name}[${index}].evidence[${item}].${field}`;
  const checkEvidence = (name: Collection, index: number, evidence: Span[]) => {
    for (let item = 0; item < evidence.length; item++) {
      const span = evidence[item]!;
      const ordered = span.end > span.start;
      const fits = span.end - span.start === span.exact.length;
      if (!ordered) report(spanPath(name, index, item, 'end'), 'end must be greater than start');
      if (!fits) report(spanPath(name, index, item, 'exact'), 'end - start must equal the length of exact');
      if (!ordered || !fits) continue;
      if (!known.sources.has(span.source)) {
        report(spanPath(name, index, item, 'source'), `unknown source "${span.source}"`);
        continue;
      }
      const text = texts.get(span.source);
      if (text === undefined) {
        report(spanPath(name, index, item, 'source'), `no text loaded for source "${span.source}"`);
        continue;
      }
      if (span.end > text.length) {
        report(spanPath(name, index, item, 'end'), `end ${span.end} is past the end of the text (${text.length})`);
        continue;
      }
      // Compared in place (start is a non-negative integer and the span fits in the text, so this is
      // text.slice(start, end) === exact); the slice is made only for the message. Likewise prefix and suffix:
      // slicing the text around every span made validation grow with text × spans.
      if (!text.startsWith(span.exact, span.start)) {
        const actual = text.slice(span.start, span.end);
        report(spanPath(name, index, item, 'exact'), `"${span.exact}" is not the text at ${span.start}-${span.end}, which reads "${actual}"`);
        continue;
      }
      if (span.prefix.length > span.start || !text.startsWith(span.prefix, span.start - span.prefix.length))
        report(spanPath(name, index, item, 'prefix'), 'prefix does not match the text before the span');
      if (!text.startsWith(span.suffix, span.end)) report(spanPath(name, index, item, 'suffix'), 'suffix does not match the text after the span');
    }
  };

  dataset.actors.forEach((actor, i) => checkEvidence('actors', i, actor.evidence));
  const { positions } = dataset;
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i]!;
    refer(position.actor, 'actors', 'actor', 'positions', i, 'actor');
    refer(position.topic, 'topics', 'topic', 'positions', i, 'topic');
    for (let j = 0; j < position.conditions.length; j++) {
      const id = position.conditions[j]!;
      refer(id, 'positions', 'position', 'positions', i, 'conditions', j);
      if (id === position.id) report(`positions[${i}].conditions[${j}]`, 'a position cannot depend on itself');
    }
    checkEvidence('positions', i, position.evidence);
  }
  dataset.figures.forEach((figure, i) => {
    refer(figure.actor, 'actors', 'actor', 'figures', i, 'actor');
    if (figure.appliesTo) refer(figure.appliesTo, 'actors', 'actor', 'figures', i, 'appliesTo');
    checkEvidence('figures', i, figure.evidence);
  });
  dataset.deals.forEach((deal, i) => {
    referAll(deal.parties, 'actors', 'actor', 'deals', i, 'parties');
    checkEvidence('deals', i, deal.evidence);
  });
  dataset.dealTerms.forEach((term, i) => {
    refer(term.deal, 'deals', 'deal', 'dealTerms', i, 'deal');
    referAll(term.backers, 'actors', 'actor', 'dealTerms', i, 'backers');
    referAll(term.contesters, 'actors', 'actor', 'dealTerms', i, 'contesters');
    if (term.draftCounterpart) {
      // The first term with that id, as a duplicate id is reported above.
      const first = known.dealTerms.get(term.draftCounterpart);
      const counterpart = first === undefined ? undefined : dataset.dealTerms[first];
      if (!counterpart) report(`dealTerms[${i}].draftCounterpart`, `unknown deal term "${term.draftCounterpart}"`);
      else if (counterpart.deal !== term.deal || counterpart.status !== 'in-draft' || counterpart.id === term.id)
        report(`dealTerms[${i}].draftCounterpart`, `"${counterpart.id}" must be another in-draft term of the same deal`);
    }
    checkEvidence('dealTerms', i, term.evidence);
  });
  dataset.events.forEach((event, i) => {
    referAll(event.actors, 'actors', 'actor', 'events', i, 'actors');
    checkEvidence('events', i, event.evidence);
  });
  dataset.relations.forEach((relation, i) => {
    refer(relation.from, 'actors', 'actor', 'relations', i, 'from');
    refer(relation.to, 'actors', 'actor', 'relations', i, 'to');
    checkEvidence('relations', i, relation.evidence);
  });
  return issues;
}
