import { describe, expect, it } from 'vitest';
import { goldProblems, locate, type Gold } from '../../src/eval/gold';

const text = 'Ana Ruiz said the fund was “too small”. Ruiz wants €5bn. The fund, Ruiz said, is small.';
const gold: Gold = {
  style: 'wire',
  published: '2026-01-01',
  actors: [{ name: 'Ana Ruiz', kind: 'person', aliases: ['Ana Ruiz', 'Ruiz'] }],
  quotes: [{ speaker: 'Ana Ruiz', exact: 'too small' }],
  figures: [{ exact: '€5bn', value: 5e9, unit: { kind: 'currency', code: 'EUR' }, metric: 'money', status: 'demanded', actor: 'Ana Ruiz' }],
  positions: [{ actor: 'Ana Ruiz', topic: 'defence-fund', stance: 'opposes', exact: 'Ruiz', occurrence: 3 }],
};

describe('locate', () => {
  it('finds the nth occurrence, and nothing past the last', () => {
    expect(locate(text, 'Ruiz', 2)).toEqual({ start: text.indexOf('Ruiz wants'), end: text.indexOf('Ruiz wants') + 4 });
    expect(locate(text, 'Ruiz', 4)).toBeUndefined();
    expect(locate(text, 'absent')).toBeUndefined();
  });
});

describe('goldProblems', () => {
  it('finds none in sound gold', () => {
    expect(goldProblems(gold, text)).toEqual([]);
  });

  it('names each place where words are missing or a name refers to no actor', () => {
    const bad: Gold = {
      ...gold,
      quotes: [{ speaker: 'Ruiz', exact: 'too big', continued: ['later'] }],
      positions: [{ ...gold.positions[0]!, occurrence: 4 }],
    };
    expect(goldProblems(bad, text)).toEqual([
      'quotes[0].exact: “too big” is not in the article',
      'quotes[0].continued[0]: “later” is not in the article',
      'quotes[0].speaker: “Ruiz” is not a gold actor',
      'positions[0].exact: “Ruiz” (occurrence 4) is not in the article',
    ]);
  });
});
