/**
 * Fills in evidence spans of a hand-written dataset: for each span it finds `exact` in the source
 * text (the `occurrence`-th match, 0-based, default the first; or the match nearest `start` when the
 * given offsets are stale) and writes start, end, prefix and suffix. Also refreshes each source's
 * sha256. Usage: npm run anchor:data -- data/article.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { anchorQuote } from '../model/anchor';
import { sha256Hex } from './hash';

type Json = Record<string, unknown>;

function isSpanLike(value: unknown): value is Json & { source: string; exact: string } {
  return typeof value === 'object' && value !== null && typeof (value as Json).exact === 'string' && typeof (value as Json).source === 'string';
}

function nearestMatch(text: string, exact: string, near: number): number {
  let best = -1;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best;
}

/** Which occurrence (0-based) of `exact` starts at `start`. */
function countBefore(text: string, exact: string, start: number): number {
  let count = 0;
  for (let at = text.indexOf(exact); at >= 0 && at < start; at = text.indexOf(exact, at + 1)) count++;
  return count;
}

const file = process.argv[2];
if (!file) {
  console.error('usage: anchor-data DATASET.json');
  process.exit(2);
}
const dataset = JSON.parse(readFileSync(file, 'utf8')) as Json;
const texts = new Map<string, string>();
for (const source of dataset.sources as Json[]) {
  const text = readFileSync(resolve(dirname(file), String(source.textPath)), 'utf8');
  texts.set(String(source.id), text);
  source.sha256 = sha256Hex(text);
}

let failures = 0;
function visit(value: unknown, path: string): unknown {
  if (Array.isArray(value)) return value.map((item, i) => visit(item, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return value;
  if (isSpanLike(value)) {
    const text = texts.get(value.source);
    if (text === undefined) {
      console.error(`${path}: unknown source "${value.source}"`);
      failures++;
      return value;
    }
    const occurrence =
      typeof value.occurrence === 'number'
        ? value.occurrence
        : typeof value.start === 'number'
          ? countBefore(text, value.exact, nearestMatch(text, value.exact, value.start))
          : 0;
    const span = anchorQuote(value.source, text, value.exact, occurrence);
    if (!span) {
      console.error(`${path}: quote not found in "${value.source}": "${value.exact}"`);
      failures++;
      return value;
    }
    return span;
  }
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, visit(item, path ? `${path}.${key}` : key)]));
}


const anchored = visit(dataset, '');
if (failures) {
  console.error(`${failures} quote(s) not found; ${file} left unchanged`);
  process.exit(1);
}
writeFileSync(file, `${JSON.stringify(anchored, null, 2)}\n`);
console.error(`anchored every span in ${file}`);
