/**
 * Scores the extractor on the development corpus: runs it on every article as `npm run extract` does,
 * matches its output to the gold, prints recall and precision per article and pooled, and writes the figures
 * as JSON; the pooled figures also go to data/extractor-accuracy.json (or --accuracy FILE), which the method
 * page shows. Usage: npm run eval:extract [-- --corpus DIR] [--out FILE] [--accuracy FILE]
 * Exits 1 when a gold file is unsound, 2 on bad usage.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { goldProblems, goldSchema } from '../eval/gold';
import { figureDetails, formatDetails, poolDetails, type FigureDetails } from '../eval/figureDetails';
import { fromExtraction } from '../eval/fromExtraction';
import { pool, scoreArticle } from '../eval/match';
import { accuracySummary, formatTable, resultsJson, type ArticleResult } from '../eval/report';
import { extractDataset } from '../extract/extractDataset';
import { validateDataset } from '../model/validate';

const usage = 'usage: npm run eval:extract [-- --corpus DIR] [--out FILE] [--accuracy FILE]';

let values;
try {
  ({ values } = parseArgs({ options: { corpus: { type: 'string' }, out: { type: 'string' }, accuracy: { type: 'string' }, help: { type: 'boolean' } } }));
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const corpus = values.corpus ?? 'tests/fixtures/corpus';
const out = values.out ?? 'tests/output/eval-extract.json';
const accuracyOut = values.accuracy ?? 'data/extractor-accuracy.json';

let names: string[];
try {
  names = readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
} catch (error) {
  console.error(`cannot read the corpus ${corpus}: ${(error as Error).message}`);
  process.exit(2);
}
if (!names.length) {
  console.error(`no articles (*.txt) in ${corpus}`);
  process.exit(2);
}

const results: ArticleResult[] = [];
const details: FigureDetails[] = [];
let unsound = false;
for (const name of names) {
  const text = readFileSync(join(corpus, `${name}.txt`), 'utf8');
  const goldFile = join(corpus, `${name}.gold.json`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(goldFile, 'utf8'));
  } catch (error) {
    console.error(`${goldFile}: ${(error as Error).message}`);
    unsound = true;
    continue;
  }
  const parsed = goldSchema.safeParse(raw);
  const problems = parsed.success
    ? goldProblems(parsed.data, text)
    : parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
  if (!parsed.success || problems.length) {
    for (const problem of problems) console.error(`${goldFile}: ${problem}`);
    unsound = true;
    continue;
  }
  const extraction = extractDataset(text, { published: parsed.data.published });
  const checked = validateDataset(extraction.dataset, new Map(Object.entries(extraction.texts)));
  if (!checked.ok) console.error(`warning: ${name}: the draft fails validation (${checked.issues.length} issues), scored all the same`);
  results.push({ article: name, scores: scoreArticle(text, parsed.data, fromExtraction(extraction)) });
  details.push(figureDetails(text, parsed.data, extraction));
}

const overall = pool(results.map((r) => r.scores));
const figureReading = poolDetails(details);
console.log(`${formatTable(results, overall)}\n${formatDetails(figureReading)}`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ corpus, ...resultsJson(results, overall), figureDetails: figureReading }, null, 2)}\n`);
console.error(`wrote ${out}`);
if (!unsound) {
  writeFileSync(accuracyOut, `${JSON.stringify(accuracySummary(results, overall, new Date()), null, 2)}\n`);
  console.error(`wrote ${accuracyOut}`);
}
if (unsound) {
  console.error('some gold files are unsound (see above); their articles were not scored');
  process.exit(1);
}
