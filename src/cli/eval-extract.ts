/**
 * Scores the extractor on the development corpus and, apart, on the held-out articles (tests/fixtures/heldout):
 * runs it on every article as `npm run extract` does, matches its output to the gold, prints recall and
 * precision per article and pooled for each set, and writes the figures
 * as JSON; the pooled figures also go to data/extractor-accuracy.json (or --accuracy FILE), which the method
 * page shows. Usage: npm run eval:extract [-- --corpus DIR] [--held-out DIR] [--out FILE] [--accuracy FILE]
 * Exits 1 when a gold file is unsound, 2 on bad usage.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { goldProblems, goldSchema } from '../eval/gold';
import { figureDetails, formatDetails, poolDetails, type FigureDetails } from '../eval/figureDetails';
import { fromExtraction } from '../eval/fromExtraction';
import { pool, scoreArticle } from '../eval/match';
import { accuracySummary, formatTable, resultsJson, type ArticleResult } from '../eval/report';
import { extractDataset } from '../extract/extractDataset';
import { validateDataset } from '../model/validate';

const usage = 'usage: npm run eval:extract [-- --corpus DIR] [--held-out DIR] [--out FILE] [--accuracy FILE]';

let values;
try {
  ({ values } = parseArgs({ options: { corpus: { type: 'string' }, 'held-out': { type: 'string' }, out: { type: 'string' }, accuracy: { type: 'string' }, help: { type: 'boolean' } } }));
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const corpus = values.corpus ?? 'tests/fixtures/corpus';
// The default held-out folder goes with the default corpus only; "--held-out ''" scores none.
const heldOutDir = values['held-out'] ?? (values.corpus ? '' : 'tests/fixtures/heldout');
const out = values.out ?? 'tests/output/eval-extract.json';
const accuracyOut = values.accuracy ?? 'data/extractor-accuracy.json';

/** Every article of a folder scored against its gold; `unsound` when a gold file does not fit its article. */
function scoreFolder(folder: string): { results: ArticleResult[]; details: FigureDetails[]; unsound: boolean } {
  let names: string[];
  try {
    names = readdirSync(folder)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => f.slice(0, -4))
      .sort();
  } catch (error) {
    console.error(`cannot read the corpus ${folder}: ${(error as Error).message}`);
    process.exit(2);
  }
  if (!names.length) {
    console.error(`no articles (*.txt) in ${folder}`);
    process.exit(2);
  }
  const results: ArticleResult[] = [];
  const details: FigureDetails[] = [];
  let unsound = false;
  for (const name of names) {
    const text = readFileSync(join(folder, `${name}.txt`), 'utf8');
    const goldFile = join(folder, `${name}.gold.json`);
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
  return { results, details, unsound };
}

const dev = scoreFolder(corpus);
const { results } = dev;
// The held-out articles are scored apart, so that rules fitted to the corpus show as a gap between the two.
const heldOutFolder = heldOutDir && existsSync(heldOutDir) ? heldOutDir : undefined;
const heldOut = heldOutFolder ? scoreFolder(heldOutFolder) : undefined;
const unsound = dev.unsound || Boolean(heldOut?.unsound);

const overall = pool(results.map((r) => r.scores));
const heldOutOverall = heldOut && pool(heldOut.results.map((r) => r.scores));
const figureReading = poolDetails(dev.details);
console.log(`Development corpus (${corpus})\n\n${formatTable(results, overall)}\n${formatDetails(figureReading)}`);
if (heldOut && heldOutOverall) console.log(`\nHeld-out (${heldOutFolder})\n\n${formatTable(heldOut.results, heldOutOverall)}`);
mkdirSync(dirname(out), { recursive: true });
const heldOutJson = heldOut && heldOutOverall ? { heldOut: { corpus: heldOutFolder, ...resultsJson(heldOut.results, heldOutOverall) } } : {};
writeFileSync(out, `${JSON.stringify({ corpus, ...resultsJson(results, overall), figureDetails: figureReading, ...heldOutJson }, null, 2)}\n`);
console.error(`wrote ${out}`);
if (!unsound) {
  const summary = accuracySummary(results, overall, new Date());
  const heldOutSummary = heldOut && heldOutOverall ? { heldOut: accuracySummary(heldOut.results, heldOutOverall, new Date()) } : {};
  writeFileSync(accuracyOut, `${JSON.stringify({ ...summary, ...heldOutSummary }, null, 2)}\n`);
  console.error(`wrote ${accuracyOut}`);
}
if (unsound) {
  console.error('some gold files are unsound (see above); their articles were not scored');
  process.exit(1);
}
