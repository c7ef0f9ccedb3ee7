/**
 * Drafts a dataset from plain-text articles: one article gives a dataset of one source; several give one
 * story, one source per article in the order given (each drafted alone, then merged: see storyMerge.ts).
 * Usage: npm run extract -- ARTICLE.txt [MORE.txt...] [--title "..."] [--published YYYY-MM-DD]... [--publisher "..."]... [--out FILE] [--explain]
 * --published and --publisher may be given once per article, in the articles' order.
 * --explain prints to stderr, for each drafted actor, quote and position, the rule that drafted it and its confidence.
 * The dataset goes to stdout (or FILE), with the articles' texts under "texts" so the app can import it;
 * progress and warnings go to stderr. Exits 1 if the draft fails validation, 2 on bad usage.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { extractDataset, type Extraction } from '../extract/extractDataset';
import { articleTooLong } from '../extract/limits';
import { exportDatasetJson } from '../model/importDataset';
import { mergeArticle, type MergeResult } from '../model/storyMerge';
import { validateDataset } from '../model/validate';

const usage =
  'usage: npm run extract -- ARTICLE.txt [MORE.txt...] [--title "..."] [--published YYYY-MM-DD]... [--publisher "..."]... [--out FILE] [--explain]';

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      title: { type: 'string' },
      published: { type: 'string', multiple: true },
      publisher: { type: 'string', multiple: true },
      out: { type: 'string' },
      explain: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const { values, positionals } = parsed;
const published = values.published ?? [];
const publishers = values.publisher ?? [];
if (values.help || positionals.length === 0) {
  console.error(usage);
  process.exit(values.help ? 0 : 2);
}
for (const [flag, given] of [['--published', published], ['--publisher', publishers]] as const)
  if (given.length > 1 && given.length !== positionals.length) {
    console.error(`${flag} is given ${given.length} times for ${positionals.length} articles: give it once per article, or once for all.\n${usage}`);
    process.exit(2);
  }
const forArticle = (list: string[], i: number) => list[list.length === 1 ? 0 : i];

function readArticle(file: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`cannot read ${file}: ${(error as Error).message}`);
    process.exit(2);
  }
  const tooLong = articleTooLong(text);
  if (tooLong) {
    console.error(`${file}: ${tooLong}`);
    process.exit(2);
  }
  return text;
}

function explain(extraction: Extraction) {
  const { dataset } = extraction;
  const line = (what: string, label: string, draft: { rule: string; confidence: number } | undefined) =>
    console.error(`${what.padEnd(9)} ${(draft ? draft.confidence.toFixed(2) : '  — ').padStart(4)}  ${(draft?.rule ?? 'no rule').padEnd(40)} ${label}`);
  for (const actor of dataset.actors) line('actor', actor.name, extraction.drafts[actor.id]);
  for (const quote of extraction.quotes) {
    const speaker = dataset.actors.find((a) => a.id === quote.speaker)?.name ?? '(no speaker)';
    line('quote', `${speaker}: ${(quote.spans[0]?.exact ?? '').replace(/\s+/g, ' ').slice(0, 70)}`, quote.draft);
  }
  for (const position of dataset.positions) line('position', `${position.actor} ${position.stance} on ${position.topic}`, extraction.drafts[position.id]);
  for (const figure of dataset.figures) line('figure', `${figure.actor} ${figure.status} ${figure.metric}: ${figure.label}`, figure.draft);
}

const started = performance.now();
const single = positionals.length === 1;
let story: MergeResult | null = null;
let only: Extraction | undefined;
for (const [i, file] of positionals.entries()) {
  const extraction = extractDataset(readArticle(file), {
    // A story's title is the story's, not the first article's.
    title: single ? values.title : undefined,
    published: forArticle(published, i),
    publisher: forArticle(publishers, i),
    onProgress: (step) => console.error(`… ${single ? '' : `${file}: `}${step}`),
  });
  const { dataset } = extraction;
  for (const warning of extraction.warnings) console.error(`warning: ${single ? '' : `${file}: `}${warning}`);
  for (const notice of extraction.capped) console.error(`note: ${single ? '' : `${file}: `}${notice}`);
  console.error(
    `${single ? '' : `${file}: `}drafted ${dataset.actors.length} actors, ${dataset.positions.length} positions on ${dataset.topics.length} topics, ` +
      `${dataset.figures.length} figures, ${dataset.events.length} events, ${extraction.quotes.length} quotes`,
  );
  if (values.explain) explain(extraction);
  if (single) only = extraction;
  else {
    story = mergeArticle(story, extraction);
    for (const match of story.matches) console.error(`${file}: actor "${match.on}" merged with "${match.existing}" (same ${match.by})`);
    if (story.duplicates.length) console.error(`${file}: ${story.duplicates.length} position(s) repeat a quote already in the story; kept as more evidence`);
  }
}
const result = only ? { dataset: only.dataset, texts: only.texts } : { dataset: story!.dataset, texts: story!.texts };
if (story) result.dataset.title = values.title?.trim() || `A story in ${positionals.length} articles`;
console.error(`done in ${Math.round(performance.now() - started)} ms`);
const checked = validateDataset(result.dataset, new Map(Object.entries(result.texts)));
if (!checked.ok) {
  for (const issue of checked.issues) console.error(`invalid: ${issue.path}: ${issue.message}`);
  process.exit(1);
}
const json = exportDatasetJson(result.dataset, result.texts);
if (values.out) {
  writeFileSync(values.out, json);
  console.error(`wrote ${values.out}`);
} else process.stdout.write(json);
