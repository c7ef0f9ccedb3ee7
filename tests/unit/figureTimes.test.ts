import { describe, expect, it } from 'vitest';
import { findTimes, timeOfFigure } from '../../src/extract/figureTimes';
import { findQuantities } from '../../src/extract/quantities';

const published = '2025-11-03';
const one = (text: string) => {
  const found = findTimes(text, published);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  const [time] = found;
  expect(text.slice(time!.span.start, time!.span.end)).toBe(time!.phrase);
  return time!;
};

describe('findTimes', () => {
  it.each([
    ['Berlin will reach the goal by 2029.', 'by 2029', { year: 2029, relation: 'by', rule: 'stated-year' }],
    ['The tax took effect in March 2023.', 'in March 2023', { year: 2023, relation: 'in' }],
    ['Quotas apply from 15 January 2026.', 'from 15 January 2026', { year: 2026, relation: 'from' }],
    ['Aid has flowed since 2019.', 'since 2019', { earliest: 2019, latest: 2025, relation: 'since' }],
    ['The plan runs from 2027 to 2031.', 'from 2027 to 2031', { earliest: 2027, latest: 2031, rule: 'year-window' }],
    ['The 2026-29 budget passed.', '2026-29', { earliest: 2026, latest: 2029 }],
    ['Deliveries start in the early 2030s.', 'in the early 2030s', { earliest: 2030, latest: 2033, rule: 'decade' }],
    ['Talks should end by mid-2026.', 'by mid-2026', { year: 2026, relation: 'by' }],
    ['Output peaks in the first half of 2027.', 'in the first half of 2027', { year: 2027 }],
    ['The budget for 2026-27 is tight.', '2026-27', { earliest: 2026, latest: 2027 }],
  ])('%s', (text, phrase, expected) => {
    expect(one(text)).toMatchObject({ phrase, ...expected });
  });

  it.each([
    ['Troops will leave next year.', 'next year', { year: 2026 }],
    ['Exports fell last year.', 'last year', { year: 2024 }],
    ['So far this year, 900 crossed.', 'So far this year', { year: 2025 }],
    ['Cuts begin from next month.', 'from next month', { year: 2025, relation: 'from' }],
    ['It will balance by the end of next year.', 'by the end of next year', { year: 2026, relation: 'by' }],
    ['Emissions halve by the end of the decade.', 'by the end of the decade', { year: 2030, relation: 'by' }],
    ['They will hire within five years.', 'within five years', { earliest: 2025, latest: 2030, rule: 'duration' }],
    ['Costs rise over the next decade.', 'over the next decade', { earliest: 2025, latest: 2035 }],
    ['It was built over the past three years.', 'over the past three years', { earliest: 2022, latest: 2025 }],
    ['Spending is about 2% now.', 'now', { year: 2025, rule: 'now' }],
  ])('resolves "%s" against the publication date', (text, phrase, expected) => {
    const time = one(text);
    expect(time).toMatchObject({ phrase, ...expected });
    expect(time.note).toContain(published);
  });

  it('turns "the next week" of late December into the next year', () => {
    expect(findTimes('Talks resume next week.', '2025-12-29')[0]).toMatchObject({ year: 2026 });
  });

  it('skips relative times when there is no publication date, and keeps stated years', () => {
    expect(findTimes('By 2030, not next year.').map((t) => t.phrase)).toEqual(['By 2030']);
  });

  it('finds no time in numbers that are not years', () => {
    expect(findTimes('In 45 cases, 2,000 troops and 300 tanks moved.', published)).toEqual([]);
  });
});

describe('timeOfFigure', () => {
  const timeFor = (text: string, words: string) => {
    const at = text.indexOf(words);
    const quantities = findQuantities(text).map((q) => q.span);
    return timeOfFigure(text, { start: at, end: at + words.length }, findTimes(text, published), quantities)?.phrase;
  };

  it('takes the nearest time in the sentence, not one that belongs to another figure', () => {
    const text = 'Ireland will spend 1.5% of GDP by 2031, up from 0.8% last year.';
    expect(timeFor(text, '1.5% of GDP')).toBe('by 2031');
    expect(timeFor(text, '0.8%')).toBe('last year');
  });

  it('takes a time before the figure when none follows', () => {
    expect(timeFor('Last year, Oslo gave NOK 2bn in aid.', 'NOK 2bn')).toBe('Last year');
  });

  it('never takes a time from another sentence', () => {
    expect(timeFor('The fund holds €9bn. It will grow by 2030.', '€9bn')).toBeUndefined();
  });
});
