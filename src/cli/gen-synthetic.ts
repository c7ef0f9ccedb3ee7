/**
 * Writes a seeded synthetic dataset, many times larger than one article, for the benchmark:
 *
 *   npm run gen:synthetic -- --actors 200 --topics 40 --positions 20000 --seed 1 [--out bench/.out/synthetic]
 *
 * The text is generated first, one sentence per datum, and every evidence span is anchored in it, so
 * the output passes `npm run validate:data -- <out>/dataset.json`. The same arguments always give the
 * same bytes. The output folder is git-ignored (bench/.gitignore).
 *
 *   npm run gen:synthetic -- --story [--seed 1] [--out bench/.out/story]
 *
 * writes instead a story: 50 sources over two years (syntheticStory.ts), each text beside the JSON.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { spanAt } from '../model/anchor';
import { actorKinds, bases, certainties, figureStatuses, relationKinds, stances, termStatuses } from '../model/codes';
import { SCHEMA_VERSION, type Dataset, type Span } from '../model/schema';
import { sha256Hex } from './hash';
import { syntheticStory } from './syntheticStory';

export interface SyntheticOptions {
  actors: number;
  topics: number;
  positions: number;
  seed: number;
}

/** mulberry32: small, fast and good enough to spread test data; never for anything secret. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick };
}

const givenNames = ['Ada', 'Bram', 'Cleo', 'Dara', 'Emil', 'Fenna', 'Goran', 'Hana', 'Ilse', 'Jonas', 'Kaia', 'Lev', 'Mira', 'Nils', 'Odile', 'Piet'];
const surnames = ['Achterberg', 'Borisova', 'Castell', 'Duarte', 'Eriksen', 'Fontaine', 'Gallo', 'Haas', 'Ivanova', 'Jansen', 'Kowal', 'Lindqvist'];
const subjects = ['tariffs', 'a ceasefire', 'the grain corridor', 'air defence', 'sanctions', 'a minerals deal', 'peacekeepers', 'debt relief', 'the energy link', 'border checks'];
const verbs: Record<(typeof stances)[number], string> = {
  supports: 'backed',
  opposes: 'rejected',
  conditional: 'would accept, on conditions,',
  ambiguous: 'was vague about',
  none: 'said nothing firm on',
};

/** Appends sentences to a growing text and returns the span of each. */
function textWriter(source: string) {
  const parts: string[] = [];
  let length = 0;
  const write = (sentence: string) => {
    parts.push(sentence, ' ');
    const start = length;
    length += sentence.length + 1;
    return { start, end: start + sentence.length };
  };
  return { write, text: () => parts.join(''), source };
}

/** A dataset and its one source text; spans get their prefix/suffix once the text is complete. */
export function generateSynthetic(options: SyntheticOptions): { dataset: Dataset; text: string } {
  const { actors: actorCount, topics: topicCount, positions: positionCount } = options;
  if (actorCount < 2 || topicCount < 1 || positionCount < 0) throw new Error('need at least 2 actors and 1 topic');
  const rng = random(options.seed);
  // The id the built-in dataset's text is keyed by, so a synthetic dataset can stand in for it in bench builds.
  const writer = textWriter('article');
  const pending: { start: number; end: number }[] = [];
  const evidence = (sentence: string): Span[] => {
    const at = writer.write(sentence);
    const span = { source: 'article', start: at.start, end: at.end, exact: '', prefix: '', suffix: '' };
    pending.push(span);
    return [span];
  };

  writer.write(`Synthetic report ${options.seed}: ${actorCount} actors, ${topicCount} topics, ${positionCount} positions.`);
  const actors: Dataset['actors'] = Array.from({ length: actorCount }, (_, i) => {
    const name = `${rng.pick(givenNames)} ${rng.pick(surnames)} ${i + 1}`;
    return {
      id: `actor-${i + 1}`,
      name,
      kind: rng.pick(actorKinds),
      role: `Delegate for region ${1 + rng.int(30)}`,
      aliases: [name],
      historical: rng.next() < 0.1,
      evidence: evidence(`${name} joined the talks.`),
    };
  });
  const topics: Dataset['topics'] = Array.from({ length: topicCount }, (_, i) => {
    const subject = rng.pick(subjects);
    return { id: `topic-${i + 1}`, label: `Issue ${i + 1}: ${subject}`, question: `Should the talks settle issue ${i + 1} on ${subject}?`, group: `Group ${1 + (i % 6)}` };
  });

  const positions: Dataset['positions'] = Array.from({ length: positionCount }, (_, i) => {
    const actor = rng.pick(actors);
    const topic = rng.pick(topics);
    const stance = rng.pick(stances);
    const sentence = `${actor.name} ${verbs[stance]} ${topic.label.toLowerCase()} (statement ${i + 1}).`;
    return {
      id: `position-${i + 1}`,
      actor: actor.id,
      topic: topic.id,
      stance,
      certainty: rng.pick(certainties),
      basis: rng.pick(bases),
      reading: 'stated',
      summary: sentence,
      // Only earlier positions, so conditions never form a loop onto themselves.
      conditions: i > 0 && rng.next() < 0.05 ? [`position-${1 + rng.int(i)}`] : [],
      evidence: evidence(sentence),
    };
  });

  const few = (n: number) => Math.max(1, Math.round(n));
  const figures: Dataset['figures'] = Array.from({ length: few(actorCount / 4) }, (_, i) => {
    const actor = rng.pick(actors);
    const value = 1 + rng.int(50) / 10;
    return {
      id: `figure-${i + 1}`,
      actor: actor.id,
      metric: 'defence-spending',
      label: `Spending pledge ${i + 1}`,
      quantity: { unit: 'share-of-gdp', value },
      time: { year: 2025 + rng.int(10), phrase: 'by the target year' },
      status: rng.pick(figureStatuses),
      evidence: evidence(`${actor.name} named ${value} percent of GDP (figure ${i + 1}).`),
    };
  });
  const deals: Dataset['deals'] = Array.from({ length: few(topicCount / 10) }, (_, i) => ({
    id: `deal-${i + 1}`,
    label: `Accord ${i + 1}`,
    summary: `A draft accord, number ${i + 1}.`,
    parties: [rng.pick(actors).id, rng.pick(actors).id].filter((id, j, all) => all.indexOf(id) === j),
    evidence: evidence(`Accord ${i + 1} was drafted.`),
  }));
  const dealTerms: Dataset['dealTerms'] = Array.from({ length: few(topicCount / 2) }, (_, i) => ({
    id: `term-${i + 1}`,
    deal: rng.pick(deals).id,
    label: `Clause ${i + 1}`,
    description: `Clause ${i + 1} of the draft.`,
    status: rng.pick(termStatuses),
    backers: [rng.pick(actors).id],
    contesters: [],
    evidence: evidence(`Clause ${i + 1} was debated.`),
  }));
  const events: Dataset['events'] = Array.from({ length: few(actorCount / 10) }, (_, i) => {
    const day = String(1 + (i % 28)).padStart(2, '0');
    return {
      id: `event-${i + 1}`,
      date: { value: `2025-02-${day}`, precision: 'day', derivation: 'stated', note: `stated as 2025-02-${day}` },
      label: `Meeting ${i + 1}`,
      actors: [rng.pick(actors).id],
      evidence: evidence(`Meeting ${i + 1} took place on 2025-02-${day}.`),
    };
  });
  const relations: Dataset['relations'] = Array.from({ length: few(actorCount / 2) }, (_, i) => {
    const from = actors[i % actorCount]!;
    const to = actors[(i + 1 + rng.int(actorCount - 1)) % actorCount]!;
    const kind = rng.pick(relationKinds);
    return {
      id: `relation-${i + 1}`,
      from: from.id,
      to: to.id,
      kind,
      status: 'happened',
      reading: 'stated',
      summary: `${from.name} ${kind} ${to.name}.`,
      evidence: evidence(`${from.name} ${kind} ${to.name} (relation ${i + 1}).`),
    };
  });

  const text = writer.text();
  for (const span of pending) Object.assign(span, spanAt('article', text, span.start, span.end));
  const dataset: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    id: `synthetic-${options.seed}`,
    title: `Synthetic dataset (${actorCount} actors, ${topicCount} topics, ${positionCount} positions, seed ${options.seed})`,
    sources: [
      {
        id: 'article',
        title: `Synthetic report ${options.seed}`,
        publisher: 'Stance Explorer benchmark',
        published: { date: '2025-02-26', inferred: false },
        textPath: 'article.txt',
        sha256: sha256Hex(text),
      },
    ],
    actors,
    topics,
    positions,
    figures,
    deals,
    dealTerms,
    events,
    relations,
  };
  return { dataset, text };
}

/** Writes `dataset.json` and `article.txt` into `outDir`; returns the dataset file's path. */
export function writeSynthetic(options: SyntheticOptions, outDir: string): string {
  const { dataset, text } = generateSynthetic(options);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'article.txt'), text);
  const file = join(outDir, 'dataset.json');
  writeFileSync(file, JSON.stringify(dataset));
  return file;
}

/** Writes the story's `dataset.json` and one text per source into `outDir`; returns the dataset file's path. */
export function writeStory(seed: number, outDir: string): string {
  const { dataset, texts } = syntheticStory({ seed });
  mkdirSync(outDir, { recursive: true });
  for (const source of dataset.sources) writeFileSync(join(outDir, source.textPath), texts[source.id]!);
  const file = join(outDir, 'dataset.json');
  writeFileSync(file, JSON.stringify(dataset));
  return file;
}

const isMain = process.argv[1] && resolve(process.argv[1]).endsWith('gen-synthetic.ts');
if (isMain) {
  const { values } = parseArgs({
    options: {
      actors: { type: 'string', default: '200' },
      topics: { type: 'string', default: '40' },
      positions: { type: 'string', default: '20000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      story: { type: 'boolean', default: false },
    },
  });
  const options = { actors: Number(values.actors), topics: Number(values.topics), positions: Number(values.positions), seed: Number(values.seed) };
  if (Object.values(options).some((n) => !Number.isInteger(n))) {
    console.error('--actors, --topics, --positions and --seed must be whole numbers');
    process.exit(2);
  }
  const file = values.story ? writeStory(options.seed, values.out ?? 'bench/.out/story') : writeSynthetic(options, values.out ?? 'bench/.out/synthetic');
  console.log(`wrote ${file}`);
}
