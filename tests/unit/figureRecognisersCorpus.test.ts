import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreQuantities, scoreStatuses, scoreTimes } from '../../src/eval/figureScores';
import { goldSchema } from '../../src/eval/gold';
import { findQuantities } from '../../src/extract/quantities';

// The recognisers against the development corpus gold. The floors sit a little under today's scores so that
// a change that loses figures fails here; the printed table shows where.
const FLOORS = { quantityRecall: 0.95, quantityPrecision: 0.92, timeRecall: 0.9, timePrecision: 0.8, statusAccuracy: 0.67 };

const dir = 'tests/fixtures/corpus';
const articles = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4))
  .sort()
  .map((name) => ({
    name,
    text: readFileSync(`${dir}/${name}.txt`, 'utf8'),
    gold: goldSchema.parse(JSON.parse(readFileSync(`${dir}/${name}.gold.json`, 'utf8'))),
  }));

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);

describe('figure recognisers on the development corpus', () => {
  it('find quantities by value and unit, with times and statuses, above the floors', () => {
    const total = { gold: 0, found: 0, recalled: 0, correct: 0, tGold: 0, tFound: 0, tCorrect: 0, sGold: 0, sCorrect: 0 };
    const lines = ['article                              q-recall q-precision t-recall t-precision status'];
    for (const { name, text, gold } of articles) {
      // Conversions in brackets restate a figure; the gold annotates each figure once.
      const q = scoreQuantities(text, gold.figures, findQuantities(text).filter((x) => x.restates === undefined));
      const t = scoreTimes(text, gold);
      const s = scoreStatuses(text, gold);
      total.gold += q.gold;
      total.found += q.found;
      total.recalled += q.recalled;
      total.correct += q.correct;
      total.tGold += t.gold;
      total.tFound += t.found;
      total.tCorrect += t.correct;
      total.sGold += s.gold;
      total.sCorrect += s.correct;
      lines.push(
        `${name.padEnd(36)} ${pct(ratio(q.recalled, q.gold))} ${pct(ratio(q.correct, q.found))}     ${pct(ratio(t.correct, t.gold))} ${pct(ratio(t.correct, t.found))}     ${pct(ratio(s.correct, s.gold))}`,
      );
    }
    const scores = {
      quantityRecall: ratio(total.recalled, total.gold),
      quantityPrecision: ratio(total.correct, total.found),
      timeRecall: ratio(total.tCorrect, total.tGold),
      timePrecision: ratio(total.tCorrect, total.tFound),
      statusAccuracy: ratio(total.sCorrect, total.sGold),
    };
    lines.push(
      `${'overall'.padEnd(36)} ${pct(scores.quantityRecall)} ${pct(scores.quantityPrecision)}     ${pct(scores.timeRecall)} ${pct(scores.timePrecision)}     ${pct(scores.statusAccuracy)}`,
    );
    console.log(lines.join('\n'));
    for (const key of Object.keys(FLOORS) as (keyof typeof FLOORS)[]) expect(scores[key], key).toBeGreaterThanOrEqual(FLOORS[key]);
  });
});
