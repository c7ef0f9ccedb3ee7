import { describe, expect, test } from 'vitest';
import { slugify } from '../../src/model/slug';

describe('slugify', () => {
  test('folds accents and drops apostrophes, so a name gives the same id wherever it is made', () => {
    expect(slugify('Pedro Sánchez')).toBe('pedro-sanchez');
    expect(slugify('Starmer’s “backstop” plan')).toBe('starmers-backstop-plan');
  });

  test('falls back when no letter or digit is left, and never ends in a hyphen when cut', () => {
    expect(slugify('—', 'source')).toBe('source');
    expect(slugify('a '.repeat(40), 'x', 8)).toBe('a-a-a-a');
  });
});
