/**
 * Drafts a dataset from a plain-text article.
 * Usage: npm run extract -- ARTICLE.txt [--title "..."] [--published YYYY-MM-DD] [--publisher "..."] [--out FILE] [--explain]
 * --explain prints to stderr, for each drafted actor, quote and position, the rule that drafted it and its confidence.
 * The dataset goes to stdout (or FILE), with the article's text under "texts" so the app can import it;
 * progress and warnings go to stderr. Exits 1 if the draft fails validation, 2 on bad usage.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { extractDataset } from '../extract/extractDataset';
import { articleTooLong } from '../extract/limits';
import { exportDatasetJson } from '../model/importDataset';
import { validateDataset } from '../model/validate';

const usage = 'usage: npm run extract -- ARTICLE.txt [--title "..."] [--published YYYY-MM-DD] [--publisher "..."] [--out FILE] [--explain]';

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { title: { type: 'string' }, published: { type: 'string' }, publisher: { type: 'string' }, out: { type: 'string' }, explain: { type: 'boolean' }, help: { type: 'boolean' } },
  });
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (values.help || positionals.length !== 1) {
  console.error(usage);
  process.exit(values.help ? 0 : 2);
}

const file = positionals[0]!;
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
const started = performance.now();
const extraction = extractDataset(text, {
  title: values.title,
  published: values.published,
  publisher: values.publisher,
  onProgress: (step) => console.error(`… ${step}`),
});
const { dataset, texts } = extraction;
const checked = validateDataset(dataset, new Map(Object.entries(texts)));
for (const warning of extraction.warnings) console.error(`warning: ${warning}`);
for (const notice of extraction.capped) console.error(`note: ${notice}`);
console.error(
  `drafted ${dataset.actors.length} actors, ${dataset.positions.length} positions on ${dataset.topics.length} topics, ` +
    `${dataset.figures.length} figures, ${dataset.events.length} events, ${extraction.quotes.length} quotes ` +
    `in ${Math.round(performance.now() - started)} ms`,
);
if (values.explain) {
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
if (!checked.ok) {
  for (const issue of checked.issues) console.error(`invalid: ${issue.path}: ${issue.message}`);
  process.exit(1);
}
const json = exportDatasetJson(dataset, texts);
if (values.out) {
  writeFileSync(values.out, json);
  console.error(`wrote ${values.out}`);
} else process.stdout.write(json);
