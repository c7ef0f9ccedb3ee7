// Measures the figure recognisers against the libraries they were chosen over, on the development corpus
// gold: recall and precision, and warm milliseconds on the corpus's first 2,000 words. The libraries are not
// dependencies of the app; install them for the run only:
//   npm i --no-save @microsoft/recognizers-text-number-with-unit@1.3.1 @microsoft/recognizers-text-number@1.3.1 chrono-node@2.10.3 compromise-dates@3.9.0
//   npx tsx bench/compare-recognisers.mjs
import { readdirSync, readFileSync } from 'node:fs';
import { recognizeCurrency, recognizeDimension } from '@microsoft/recognizers-text-number-with-unit';
import { recognizeNumber, recognizePercentage } from '@microsoft/recognizers-text-number';
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import dates from 'compromise-dates';
import { scoreQuantities } from '../src/eval/figureScores.ts';
import { goldSchema, locate } from '../src/eval/gold.ts';
import { findTimes, timeOfFigure } from '../src/extract/figureTimes.ts';
import { findQuantities } from '../src/extract/quantities.ts';

const dir = 'tests/fixtures/corpus';
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const articles = files.map((f) => ({ text: readFileSync(`${dir}/${f}`, 'utf8'), gold: goldSchema.parse(JSON.parse(readFileSync(`${dir}/${f.replace('.txt', '.gold.json')}`, 'utf8'))) }));
const words2000 = articles.map((a) => a.text).join('\n\n').split(/(?<=\s)/).slice(0, 2000).join('');
const OF_GDP = /^\s+of\s+(?:[\p{L}’'.-]+\s+){0,3}?(?:GDP|gross domestic product)/iu;
const PLURAL = /^\s+([a-z]+s|people)\b/;

function warmMs(fn, ...args) {
  fn(...args);
  const runs = [0, 1, 2].map(() => {
    const t = performance.now();
    fn(...args);
    return performance.now() - t;
  });
  return runs.sort((a, b) => a - b)[1];
}

// The Microsoft recognisers backtrack badly on long inputs (56 s for 2,000 words at once): fed a paragraph at a time.
const perParagraph = (fn) => (text) =>
  [...text.matchAll(/[^\n]+/g)].flatMap((m) => fn(m[0]).map((r) => ({ ...r, span: { start: r.span.start + m.index, end: r.span.end + m.index } })));
const UNIT_CODES = { Pound: 'GBP', 'British pound': 'GBP', Dollar: 'USD', Euro: 'EUR', Yen: 'JPY', Ruble: 'RUB' };
function microsoft(text, withCounts = false) {
  const out = [];
  for (const r of recognizeCurrency(text, 'en-us')) {
    const code = r.resolution.isoCurrency ?? UNIT_CODES[r.resolution.unit];
    if (code && r.resolution.value) out.push({ value: Number(r.resolution.value), unit: { kind: 'currency', code }, span: { start: r.start, end: r.end + 1 } });
  }
  for (const r of recognizePercentage(text, 'en-us'))
    out.push({ value: Number(String(r.resolution.value).replace('%', '')), unit: { kind: OF_GDP.test(text.slice(r.end + 1, r.end + 60)) ? 'share-of-gdp' : 'percent' }, span: { start: r.start, end: r.end + 1 } });
  for (const r of recognizeDimension(text, 'en-us'))
    if (r.resolution.value) out.push({ value: Number(r.resolution.value), unit: { kind: 'count', thing: String(r.resolution.unit) }, span: { start: r.start, end: r.end + 1 } });
  if (withCounts)
    for (const r of recognizeNumber(text, 'en-us')) {
      const after = text.slice(r.end + 1, r.end + 40).match(PLURAL);
      if (after && !/^(years|months|days|weeks|percent)$/.test(after[1])) out.push({ value: Number(r.resolution.value), unit: { kind: 'count', thing: after[1] }, span: { start: r.start, end: r.end + 1 + after[0].length } });
    }
  return out;
}
const SYMBOL = { $: 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY' };
function compromise(text) {
  const doc = nlp(text);
  const out = [];
  const money = doc.money();
  money.json({ offset: true }).forEach((m, i) => {
    const sym = m.text.match(/[$£€¥]/)?.[0];
    const num = money.eq(i).numbers().get()[0];
    if (sym && num !== undefined) out.push({ value: num, unit: { kind: 'currency', code: SYMBOL[sym] }, span: { start: m.offset.start, end: m.offset.start + m.offset.length } });
  });
  for (const m of doc.percentages().json({ offset: true })) {
    const end = m.offset.start + m.offset.length;
    out.push({ value: m.number.num, unit: { kind: OF_GDP.test(text.slice(end, end + 60)) ? 'share-of-gdp' : 'percent' }, span: { start: m.offset.start, end } });
  }
  for (const m of doc.numbers().json({ offset: true })) {
    if (!m.number || /[$£€¥%]/.test(m.text) || /percent/.test(m.number.unit)) continue;
    const end = m.offset.start + m.offset.length;
    const after = text.slice(end, end + 40).match(PLURAL);
    const thing = m.number.unit || after?.[1];
    if (thing) out.push({ value: m.number.num, unit: { kind: 'count', thing }, span: { start: m.offset.start, end: end + (after?.[0].length ?? 0) } });
  }
  return out;
}
const rules = (text) => findQuantities(text).filter((q) => q.restates === undefined);

console.log('quantities (value + unit)');
for (const [name, fn] of [['rules', rules], ['microsoft', perParagraph((t) => microsoft(t))], ['microsoft + count rule', perParagraph((t) => microsoft(t, true))], ['compromise', compromise]]) {
  let gold = 0, found = 0, recalled = 0, correct = 0;
  for (const { text, gold: g } of articles) {
    const s = scoreQuantities(text, g.figures, fn(text));
    gold += s.gold; found += s.found; recalled += s.recalled; correct += s.correct;
  }
  console.log(`  ${name.padEnd(24)} recall ${(recalled / gold).toFixed(3)} (${recalled}/${gold})  precision ${(correct / found).toFixed(3)} (${correct}/${found})  ${warmMs(fn, words2000).toFixed(1)} ms/2,000 words`);
}

nlp.plugin(dates);
const asTime = (phrase, start, year) => ({ phrase, span: { start, end: start + phrase.length }, year, relation: 'in', rule: 'now', confidence: 1 });
const viaChrono = (text, published) => chrono.en.parse(text, new Date(`${published}T12:00:00Z`)).map((r) => asTime(r.text, r.index, r.start.get('year') ?? undefined));
const viaCompromise = (text, published) =>
  nlp(text).dates({ today: published, timezone: 'UTC' }).json({ offset: true }).map((d) => asTime(d.text.replace(/[.,;]$/, ''), d.offset.start, d.dates?.start ? Number(d.dates.start.slice(0, 4)) : undefined));
const norm = (s) => s.toLowerCase().trim();
console.log('times of the gold figures (phrase, and year where the gold gives one)');
for (const [name, fn] of [['rules', findTimes], ['chrono-node', viaChrono], ['compromise-dates', viaCompromise]]) {
  let gold = 0, found = 0, correct = 0;
  for (const { text, gold: g } of articles) {
    const times = fn(text, g.published);
    const spans = findQuantities(text).map((q) => q.span);
    for (const figure of g.figures) {
      const at = locate(text, figure.exact, figure.occurrence);
      const t = timeOfFigure(text, at, times, spans.filter((s) => !(s.start < at.end && at.start < s.end)));
      if (figure.time) gold++;
      if (t) found++;
      if (t && figure.time && (norm(t.phrase).includes(norm(figure.time.phrase)) || norm(figure.time.phrase).includes(norm(t.phrase))) && (figure.time.year === undefined || figure.time.year === t.year)) correct++;
    }
  }
  console.log(`  ${name.padEnd(24)} recall ${(correct / gold).toFixed(3)} (${correct}/${gold})  precision ${(correct / found).toFixed(3)} (${correct}/${found})  ${warmMs(fn, words2000, '2026-05-01').toFixed(1)} ms/2,000 words`);
}
