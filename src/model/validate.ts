import type { z } from 'zod';
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
  // An exactly valid dataset is used as it is: zod's copy of it would be equal, and making it was most of
  // the time spent validating a large dataset. Anything else goes through zod, for its issues and paths.
  if (isExactDataset(input)) dataset = input;
  else {
    const parsed = datasetSchema.safeParse(input);
    if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) };
    dataset = parsed.data;
  }
  const issues = checkIntegrity(dataset, texts);
  return issues.length ? { ok: false, issues } : { ok: true, dataset };
}

const collections = [
  'sources',
  'actors',
  'topics',
  'positions',
  'figures',
  'deals',
  'dealTerms',
  'events',
  'relations',
] as const;

/** Integrity rules over a dataset that already matches the schema. */
export function checkIntegrity(dataset: Dataset, texts: ReadonlyMap<string, string>): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const report = (path: string, message: string) => issues.push({ path, message });

  for (const name of collections) {
    const seen = new Map<string, number>();
    dataset[name].forEach((item, index) => {
      const first = seen.get(item.id);
      if (first !== undefined) report(`${name}[${index}].id`, `duplicate id "${item.id}" (first used at ${name}[${first}])`);
      else seen.set(item.id, index);
    });
  }

  const ids = (name: (typeof collections)[number]) => new Set(dataset[name].map((item) => item.id));
  const actorIds = ids('actors');
  const topicIds = ids('topics');
  const positionIds = ids('positions');
  const dealIds = ids('deals');
  const sourceIds = ids('sources');
  // Paths are spelled out only for an issue: building one per check made validating a large dataset slow.
  type Path = () => string;
  const refer = (path: Path, id: string, known: Set<string>, what: string) => {
    if (!known.has(id)) report(path(), `unknown ${what} "${id}"`);
  };

  const checkEvidence = (path: Path, evidence: Span[]) =>
    evidence.forEach((span, index) => {
      const at = () => `${path()}.evidence[${index}]`;
      const ordered = span.end > span.start;
      if (!ordered) report(`${at()}.end`, 'end must be greater than start');
      if (span.end - span.start !== span.exact.length) report(`${at()}.exact`, 'end - start must equal the length of exact');
      if (!ordered || span.end - span.start !== span.exact.length) return;
      if (!sourceIds.has(span.source)) return report(`${at()}.source`, `unknown source "${span.source}"`);
      const text = texts.get(span.source);
      if (text === undefined) return report(`${at()}.source`, `no text loaded for source "${span.source}"`);
      if (span.end > text.length) return report(`${at()}.end`, `end ${span.end} is past the end of the text (${text.length})`);
      const actual = text.slice(span.start, span.end);
      if (actual !== span.exact)
        return report(`${at()}.exact`, `"${span.exact}" is not the text at ${span.start}-${span.end}, which reads "${actual}"`);
      // Compared in place: slicing the text around every span made validation grow with text × spans.
      if (span.prefix.length > span.start || !text.startsWith(span.prefix, span.start - span.prefix.length))
        report(`${at()}.prefix`, 'prefix does not match the text before the span');
      if (!text.startsWith(span.suffix, span.end)) report(`${at()}.suffix`, 'suffix does not match the text after the span');
    });

  dataset.actors.forEach((actor, i) => checkEvidence(() => `actors[${i}]`, actor.evidence));
  dataset.positions.forEach((position, i) => {
    const at = () => `positions[${i}]`;
    refer(() => `${at()}.actor`, position.actor, actorIds, 'actor');
    refer(() => `${at()}.topic`, position.topic, topicIds, 'topic');
    position.conditions.forEach((id, j) => {
      refer(() => `${at()}.conditions[${j}]`, id, positionIds, 'position');
      if (id === position.id) report(`${at()}.conditions[${j}]`, 'a position cannot depend on itself');
    });
    checkEvidence(at, position.evidence);
  });
  dataset.figures.forEach((figure, i) => {
    refer(() => `figures[${i}].actor`, figure.actor, actorIds, 'actor');
    if (figure.appliesTo) refer(() => `figures[${i}].appliesTo`, figure.appliesTo, actorIds, 'actor');
    checkEvidence(() => `figures[${i}]`, figure.evidence);
  });
  dataset.deals.forEach((deal, i) => {
    deal.parties.forEach((id, j) => refer(() => `deals[${i}].parties[${j}]`, id, actorIds, 'actor'));
    checkEvidence(() => `deals[${i}]`, deal.evidence);
  });
  dataset.dealTerms.forEach((term, i) => {
    refer(() => `dealTerms[${i}].deal`, term.deal, dealIds, 'deal');
    term.backers.forEach((id, j) => refer(() => `dealTerms[${i}].backers[${j}]`, id, actorIds, 'actor'));
    term.contesters.forEach((id, j) => refer(() => `dealTerms[${i}].contesters[${j}]`, id, actorIds, 'actor'));
    if (term.draftCounterpart) {
      const counterpart = dataset.dealTerms.find((t) => t.id === term.draftCounterpart);
      if (!counterpart) report(`dealTerms[${i}].draftCounterpart`, `unknown deal term "${term.draftCounterpart}"`);
      else if (counterpart.deal !== term.deal || counterpart.status !== 'in-draft' || counterpart.id === term.id)
        report(`dealTerms[${i}].draftCounterpart`, `"${counterpart.id}" must be another in-draft term of the same deal`);
    }
    checkEvidence(() => `dealTerms[${i}]`, term.evidence);
  });
  dataset.events.forEach((event, i) => {
    event.actors.forEach((id, j) => refer(() => `events[${i}].actors[${j}]`, id, actorIds, 'actor'));
    checkEvidence(() => `events[${i}]`, event.evidence);
  });
  dataset.relations.forEach((relation, i) => {
    refer(() => `relations[${i}].from`, relation.from, actorIds, 'actor');
    refer(() => `relations[${i}].to`, relation.to, actorIds, 'actor');
    checkEvidence(() => `relations[${i}]`, relation.evidence);
  });
  return issues;
}
