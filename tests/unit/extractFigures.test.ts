import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromExtraction } from '../../src/eval/fromExtraction';
import { goldSchema } from '../../src/eval/gold';
import { pool, precision, recall, scoreArticle } from '../../src/eval/match';
import { extractDataset } from '../../src/extract/extractDataset';
import { metrics } from '../../src/model/metrics';
import { metricsFileSchema } from '../../src/model/vocabularies';

// Sentences in the manner of the development corpus (wire, analysis, fact sheet, live blog), each drafted on
// its own, published 20 June 2025 so that relative times resolve to known years.
const draft = (text: string) => {
  const { dataset } = extractDataset(text, { published: '2025-06-20', title: 'Test' });
  const name = (id: string | undefined) => dataset.actors.find((a) => a.id === id)?.name;
  return dataset.figures.map((f) => ({ ...f, actorName: name(f.actor), appliesToName: name(f.appliesTo) }));
};
const only = (text: string) => {
  const figures = draft(text);
  expect(figures, text).toHaveLength(1);
  return figures[0]!;
};

describe('figures drafted from news sentences', () => {
  it('keeps money in the currency the article writes, with its scale and span of years', () => {
    expect(only('Australia will spend up to A$368 billion over three decades on the boats.')).toMatchObject({
      quantity: { unit: 'money', value: 368e9, currency: 'AUD' },
      status: 'pledged',
      time: { phrase: 'over three decades', earliest: 2025, latest: 2055 },
      actorName: 'Australia',
      label: 'up to A$368 billion over three decades',
    });
    expect(only('Sweden pledged SEK 600m in humanitarian aid, the foreign ministry said.')).toMatchObject({
      quantity: { unit: 'money', value: 6e8, currency: 'SEK' },
      metric: 'aid',
      status: 'pledged',
      actorName: 'Sweden',
    });
  });

  it('counts a named thing and files it under the metric that names it', () => {
    expect(only('Ethiopia has about 3,000 troops in Somalia under the African Union mission.')).toMatchObject({
      quantity: { unit: 'count', value: 3000, thing: 'troops' },
      metric: 'troops',
      status: 'current',
      actorName: 'Ethiopia',
    });
  });

  it('resolves "next year" against the publication date and reads a backshifted "would" as a pledge', () => {
    expect(only("Estonia's prime minister, Kaja Tamm, said her country would reach 5 percent of GDP on defence next year.")).toMatchObject({
      quantity: { unit: 'share-of-gdp', value: 5 },
      metric: 'defence-spending',
      status: 'pledged',
      time: { phrase: 'next year', year: 2026 },
    });
  });

  it('reads a percentage beside a tariff as a tariff rate, and money beside it under the same metric', () => {
    const figures = draft('The European Union said on Wednesday it would impose tariffs of up to 25% on €21 billion worth of U.S. goods.');
    expect(figures.map((f) => [f.quantity.unit, f.quantity.value, f.metric, f.status])).toEqual([
      ['percent', 25, 'tariffs', 'pledged'],
      ['money', 21e9, 'tariffs', 'pledged'],
    ]);
  });

  it('gives a demand to whoever makes it and says whom it is asked of', () => {
    expect(only("Norway's Foreign Minister Fiona McLeish called on Britain to commit £250m within five years.")).toMatchObject({
      quantity: { unit: 'money', value: 2.5e8, currency: 'GBP' },
      status: 'demanded',
      time: { phrase: 'within five years', earliest: 2025, latest: 2030 },
      actorName: 'Fiona McLeish',
      appliesToName: 'United Kingdom',
    });
  });

  it('tells the giver of money from whom it goes to, and reads what a body says it needs as its demand', () => {
    expect(only('Germany pledged €80m in humanitarian aid for Yemen.')).toMatchObject({ actorName: 'Germany', appliesToName: 'Yemen', metric: 'aid', status: 'pledged' });
    const [pledged, needed] = draft('Germany pledged $2.2bn, well short of the $4.3bn the United Nations says it needs this year.');
    expect(pledged).toMatchObject({ status: 'pledged', actorName: 'Germany' });
    expect(needed).toMatchObject({ status: 'demanded', actorName: 'United Nations', time: { year: 2025 } });
  });

  it('reads a fact in indirect speech as the speaker’s claim, and a projection as a claim', () => {
    expect(only('Senator Jamal Porter said the goods trade deficit with the EU reached $236 billion last year.')).toMatchObject({
      metric: 'trade',
      status: 'claimed',
      time: { phrase: 'last year', year: 2024 },
      actorName: 'Jamal Porter',
    });
    expect(only('Analysts at the Kiel Institute warned that a long dispute would cost Canada C$75 billion.')).toMatchObject({
      quantity: { currency: 'CAD' },
      status: 'claimed',
    });
  });

  it('leaves out a bracketed conversion and spelled-out small numbers that count no metric', () => {
    expect(draft('Donors led by Britain pledged $2.2bn (£1.7bn) in humanitarian aid.').map((f) => f.quantity)).toEqual([{ unit: 'money', value: 2.2e9, currency: 'USD' }]);
    expect(draft('Britain said two sides met three times; its plan rests on two pillars.')).toEqual([]);
    expect(only('Britain will build four submarines.')).toMatchObject({ quantity: { thing: 'submarines' }, metric: 'equipment' });
  });

  it('reads a later bare percentage as the share of GDP the article already gave', () => {
    const figures = draft('NATO allies agreed to spend 5% of GDP on defence by 2035. Spain says the 5% goal is unrealistic.');
    expect(figures.map((f) => [f.quantity.unit, f.quantity.value])).toEqual([
      ['share-of-gdp', 5],
      ['share-of-gdp', 5],
    ]);
  });

  it('names the rule and a confidence on every figure, with evidence that is the text', () => {
    const text = 'Germany pledged €80m in aid. The UN says 19.5 million people in Yemen need assistance, and more than 17 million face hunger.';
    const { dataset } = extractDataset(text, { published: '2025-06-20' });
    expect(dataset.figures.map((f) => f.quantity)).toEqual([
      { unit: 'money', value: 8e7, currency: 'EUR' },
      { unit: 'count', value: 19.5e6, thing: 'people' },
      { unit: 'count', value: 17e6, thing: 'people' },
    ]);
    for (const figure of dataset.figures) {
      expect(figure.draft?.rule).toMatch(/^figure:/);
      expect(figure.draft!.confidence).toBeGreaterThan(0);
      expect(figure.draft!.confidence).toBeLessThanOrEqual(1);
      for (const span of figure.evidence) expect(text.slice(span.start, span.end)).toBe(span.exact);
    }
    expect(dataset.figures[0]!.draft!.rule).toContain('status cue “pledged”');
  });
});

describe('the metric vocabulary', () => {
  it('passes its schema, and every metric with cues can be told apart by them', () => {
    expect(metricsFileSchema.safeParse(metrics).success).toBe(true);
    const cues = metrics.flatMap((m) => m.cues);
    expect(new Set(cues).size, 'a cue belongs to one metric only').toBe(cues.length);
  });

  it('refuses a metric without cues or with a cue that is not lower-case words', () => {
    const [first, ...rest] = metrics;
    const noCues: Partial<typeof first> = { ...first! };
    delete noCues.cues;
    expect(metricsFileSchema.safeParse([noCues, ...rest]).success).toBe(false);
    expect(metricsFileSchema.safeParse([{ ...first!, cues: ['Troops!'] }, ...rest]).success).toBe(false);
  });
});

describe('figures drafted from the development corpus', () => {
  it('finds at least 90% of the gold figures by value and unit, at least 90% of those it drafts right', () => {
    const dir = 'tests/fixtures/corpus';
    const scores = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => {
        const text = readFileSync(`${dir}/${f}`, 'utf8');
        const gold = goldSchema.parse(JSON.parse(readFileSync(`${dir}/${f.replace(/\.txt$/, '.gold.json')}`, 'utf8')));
        return scoreArticle(text, gold, fromExtraction(extractDataset(text, { published: gold.published })));
      });
    const { figures } = pool(scores);
    expect(recall(figures)).toBeGreaterThanOrEqual(0.9);
    expect(precision(figures)).toBeGreaterThanOrEqual(0.9);
  });
});
