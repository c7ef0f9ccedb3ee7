import { describe, expect, it } from 'vitest';
import { findQuantities, type Quantity } from '../../src/extract/quantities';

const read = (text: string) => findQuantities(text).map((q) => ({ words: text.slice(q.span.start, q.span.end), ...q }));
const only = (text: string): Quantity & { words: string } => {
  const found = read(text);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  return found[0]!;
};

describe('findQuantities: shares of GDP', () => {
  it.each([
    ['Poland already spends 4.1% of GDP on its army.', 4.1, '4.1% of GDP'],
    ['Ministers agreed to 3 percent of gross domestic product.', 3, '3 percent of gross domestic product'],
    ['The levy raises 5 per cent of national income.', 5, '5 per cent of national income'],
    ['Italy spent 1.6% of the country’s GDP last year.', 1.6, '1.6% of the country’s GDP'],
    ['Allies must find 5pc of GDP for their armies.', 5, '5pc of GDP'],
  ])('%s', (text, value, words) => {
    const q = only(text);
    expect(q).toMatchObject({ value, unit: { kind: 'share-of-gdp' }, words, rule: 'share-of-gdp' });
  });

  it('reads a bare percentage as a share of GDP when GDP and spending are named in the sentence or the one before', () => {
    const text = 'Norway spends 2.2% of GDP on defence. The government wants military spending to rise to 3 percent by 2030.';
    const [, second] = read(text);
    expect(second).toMatchObject({ value: 3, unit: { kind: 'share-of-gdp' }, rule: 'share-of-gdp-from-context' });
    expect(second!.confidence).toBeLessThan(0.9);
  });

  it('keeps a tariff a plain percentage even in a sentence about GDP', () => {
    const text = 'Exports are worth 8% of GDP, and the defence budget is unaffected by the 20% tariff.';
    expect(read(text).map((q) => q.unit.kind)).toEqual(['share-of-gdp', 'percent']);
  });

  it('keeps a percentage of something else plain when GDP is not named', () => {
    expect(only('Turnout was 61 percent, and the budget passed.')).toMatchObject({ value: 61, unit: { kind: 'percent' } });
    expect(only('About 40% of the country’s grain goes abroad.')).toMatchObject({ value: 40, unit: { kind: 'percent' }, qualifier: 'about' });
  });
});

describe('findQuantities: money in its own currency', () => {
  it.each([
    ['Tokyo set aside ¥3 trillion for the plan.', 3e12, 'JPY', '¥3 trillion'],
    ['The UK will give £2.2bn.', 2.2e9, 'GBP', '£2.2bn'],
    ['Brussels wants a €800bn fund.', 8e11, 'EUR', '€800bn'],
    ['They raised 800 billion euros.', 8e11, 'EUR', '800 billion euros'],
    ['A loan of US$500 million was signed.', 5e8, 'USD', 'US$500 million'],
    ['Canberra will spend A$368bn.', 3.68e11, 'AUD', 'A$368bn'],
    ['Ottawa offered C$1.25 billion.', 1.25e9, 'CAD', 'C$1.25 billion'],
    ['Stockholm added SEK 450m.', 4.5e8, 'SEK', 'SEK 450m'],
    ['Moscow set aside 2.4 trillion roubles.', 2.4e12, 'RUB', '2.4 trillion roubles'],
    ['Bern gave 300 million Swiss francs.', 3e8, 'CHF', '300 million Swiss francs'],
    ['The fund holds $75,000.', 75000, 'USD', '$75,000'],
    ['Delhi allocated Rs 6.2 lakh crore to defence.', 6.2e12, 'INR', 'Rs 6.2 lakh crore'],
  ])('%s', (text, value, code, words) => {
    expect(only(text)).toMatchObject({ value, unit: { kind: 'currency', code }, words });
  });

  it('never converts: a bare dollar sign is US dollars, held with less confidence than "US$"', () => {
    const [bare, explicit] = findQuantities('It pledged $5m, and US$5m more.');
    expect(bare!.unit).toEqual({ kind: 'currency', code: 'USD' });
    expect(bare!.confidence).toBeLessThan(explicit!.confidence);
  });

  it('asks about a bare "$" in an article that writes its own dollar as "C$" and never "US$"', () => {
    const [local, bare] = findQuantities('Ottawa gave C$2bn; a further $1bn is due.');
    expect(local!.unit).toEqual({ kind: 'currency', code: 'CAD' });
    expect(bare!.unit).toEqual({ kind: 'currency', code: 'USD' });
    expect(bare!.confidence).toBeLessThanOrEqual(0.5);
    expect(findQuantities('Ottawa gave C$2bn and US$1bn; a further $1bn is due.')[2]!.confidence).toBeGreaterThan(0.5);
  });

  it('reads a range as a value with an upper end', () => {
    expect(only('Donors may give between $1bn and $2bn.')).toMatchObject({ value: 1e9, upper: 2e9, words: 'between $1bn and $2bn' });
    expect(only('The bill is put at £3-4bn.')).toMatchObject({ value: 3e9, upper: 4e9, unit: { kind: 'currency', code: 'GBP' } });
  });

  it('reads ranges with the unit on both ends, and codes written against the number', () => {
    expect(only('Spending will sit between 2% and 3% of GDP.')).toMatchObject({ value: 2, upper: 3, unit: { kind: 'share-of-gdp' } });
    expect(only('Up to 1,000-2,000 troops may go.')).toMatchObject({ value: 1000, upper: 2000, unit: { kind: 'count', thing: 'troops' } });
    expect(only('Oslo gave NOK250m.')).toMatchObject({ value: 2.5e8, unit: { kind: 'currency', code: 'NOK' } });
  });

  it('does not read a change "from A to B" as a range', () => {
    expect(read('Aid rose from €2bn to €3bn.').map((q) => [q.value, q.upper])).toEqual([[2e9, undefined], [3e9, undefined]]);
  });

  it('records a rate and the qualifier', () => {
    expect(only('Oil is capped at about $45 a barrel.')).toMatchObject({ value: 45, per: 'barrel', qualifier: 'about' });
    expect(only('Rich states owe at least $100bn a year.')).toMatchObject({ per: 'year', qualifier: 'at least' });
  });

  it('marks a conversion in brackets as restating the figure before it', () => {
    const [first, second] = findQuantities('Japan pledged ¥150bn (about $1bn) on Monday.');
    expect(first!.restates).toBeUndefined();
    expect(second).toMatchObject({ value: 1e9, restates: 0 });
  });
});

describe('findQuantities: counts of named things', () => {
  it.each([
    ['Russia has massed 71,000 troops on the border.', 71000, 'troops'],
    ['The navy will buy 12 submarines.', 12, 'submarines'],
    ['Five warships sailed at dawn.', 5, 'warships'],
    ['Two divisions were moved north.', 2, 'divisions'],
    ['Floods displaced 1.2 million people.', 1.2e6, 'people'],
    ['The plan adds 800 more border guards.', 800, 'border guards'],
  ])('%s', (text, value, thing) => {
    expect(only(text)).toMatchObject({ value, unit: { kind: 'count', thing }, rule: 'count' });
  });

  it('reads no count from years, durations, dates or adjectives', () => {
    expect(read('In 2024 the talks took three years and 14 days, ending on 3 March.')).toEqual([]);
    expect(read('It is a ten-year plan along a 40-kilometre border.')).toEqual([]);
    expect(read('Two of the envoys left; one country stayed.')).toEqual([]);
  });

  it('reads no count from a number that names something, nor money from a weight', () => {
    expect(read('Washington raised Section 232 tariffs and Article 5 applies.')).toEqual([]);
    expect(read('Police found 500 pounds of explosives.').map((q) => q.unit.kind)).not.toContain('currency');
    expect(only('The EU’s 27 member states agreed.')).toMatchObject({ value: 27, unit: { kind: 'count', thing: 'member states' } });
  });
});

describe('findQuantities: figures read from the rest of the article', () => {
  it('reads a bare percentage equal to a share of GDP stated elsewhere as that share restated', () => {
    const text = 'The 5% goal is new. Allies agreed to spend 5% of GDP by 2035. Tariffs of 5% stay.';
    expect(read(text).map((q) => [q.words, q.unit.kind, q.rule])).toEqual([
      ['5%', 'share-of-gdp', 'share-of-gdp-restated'],
      ['5% of GDP', 'share-of-gdp', 'share-of-gdp'],
      ['5%', 'percent', 'percent'],
    ]);
  });

  it('gives a number whose noun is left out the thing of the count before it, but not a time or a measure', () => {
    const text = 'Some 19.5 million people need aid, and more than 17 million face hunger. 1,000 people died in 24 hours, and 300 fled 20 km.';
    expect(read(text).map((q) => [q.words, q.value, q.unit.kind === 'count' ? q.unit.thing : q.unit.kind, q.rule])).toEqual([
      ['Some 19.5 million people', 19.5e6, 'people', 'count'],
      ['more than 17 million', 17e6, 'people', 'count-elided'],
      ['1,000 people', 1000, 'people', 'count'],
      ['300', 300, 'people', 'count-elided'],
    ]);
  });

  it('reads a counted noun after adjectives joined by a comma', () => {
    expect(only('It will buy 12 conventionally armed, nuclear-powered submarines.')).toMatchObject({ value: 12, unit: { kind: 'count', thing: 'conventionally armed nuclear-powered submarines' } });
  });
});
