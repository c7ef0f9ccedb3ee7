/**
 * Times the extractor on a 2,000-word article (our article and the test articles, repeated, cut at
 * 2,000 words, line breaks kept): the first, cold call (compromise builds its lexicon) and the median
 * of warm calls. Run alone with `npx tsx bench/extract.ts`, or call benchExtract() from bench/run.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractDataset } from '../src/extract/extractDataset';

export function benchExtract(runs = 15): { words: number; coldMs: number; medianMs: number; minMs: number } {
  const base = ['data/article.txt', 'tests/fixtures/articles/arctic-defence.txt', 'tests/fixtures/articles/port-tariffs.txt']
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  let text = base;
  while ((text.match(/\S+/g) ?? []).length <= 2000) text += `\n${base}`;
  text = text.slice(0, [...text.matchAll(/\S+/g)][2000]!.index);
  const time = () => {
    const start = performance.now();
    extractDataset(text, { published: '2025-02-26' });
    return performance.now() - start;
  };
  const coldMs = time();
  const warm = Array.from({ length: runs }, time).sort((a, b) => a - b);
  return { words: 2000, coldMs, medianMs: warm[Math.floor(runs / 2)]!, minMs: warm[0]! };
}

if (process.argv[1] && resolve(process.argv[1]).endsWith('extract.ts')) {
  const r = benchExtract();
  console.log(`extract ${r.words} words: cold ${r.coldMs.toFixed(0)} ms, warm median ${r.medianMs.toFixed(0)} ms (min ${r.minMs.toFixed(0)} ms); budget 200 ms`);
}
