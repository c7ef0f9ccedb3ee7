import { describe, expect, it } from 'vitest';
import { statusOfFigure } from '../../src/extract/figureStatus';

const statusIn = (text: string, words: string) => {
  const at = text.indexOf(words);
  return statusOfFigure(text, { start: at, end: at + words.length });
};

describe('statusOfFigure', () => {
  it.each([
    ['Norway pledged $300m to the fund.', '$300m', 'pledged', 'pledged'],
    ['Seoul is committed to 2.5% of GDP.', '2.5% of GDP', 'pledged', 'committed to'],
    ['Rome will spend €12bn on frigates.', '€12bn', 'pledged', 'will spend'],
    ['Warsaw is set to buy 96 helicopters.', '96 helicopters', 'pledged', 'is set to'],
    ['The ministry said it would buy 40 drones.', '40 drones', 'pledged', 'said it would buy'],
    ['Lisbon aims to reach 2% of GDP.', '2% of GDP', 'aspiration', 'aims to'],
    ['The alliance hopes to raise $5bn.', '$5bn', 'aspiration', 'hopes to'],
    ['It is an ambition of 3% of GDP.', '3% of GDP', 'aspiration', 'ambition'],
    ['Kyiv demanded 20 more air-defence systems.', '20 more air-defence systems', 'demanded', 'demanded'],
    ['The envoy called on donors to give $900m.', '$900m', 'demanded', 'called on'],
    ['Farmers urged Ottawa to find C$500m.', 'C$500m', 'demanded', 'urged'],
    ['The agency asked donors for $3.1bn.', '$3.1bn', 'demanded', 'asked donors for'],
    ['Exports are expected to reach 40,000 cars.', '40,000 cars', 'claimed', 'are expected to'],
    ['The agency said it had fed 90,000 families.', '90,000 families', 'claimed', 'said it had'],
    ['The group claimed 300 vessels evade the cap.', '300 vessels', 'claimed', 'claimed'],
    ['The scheme would cost £4bn, economists reckon.', '£4bn', 'claimed', 'would cost'],
    ['Greece spends 3.1% of GDP on its forces.', '3.1% of GDP', 'current', 'spends'],
    ['The army currently has 12,000 reservists.', '12,000 reservists', 'current', 'currently'],
  ])('%s', (text, words, status, cue) => {
    const reading = statusIn(text, words);
    expect(reading).toMatchObject({ status, cue, rule: 'status-cue' });
    expect(text.slice(reading.cueSpan!.start, reading.cueSpan!.end)).toBe(cue);
  });

  it('takes the cue nearest the figure when a sentence holds two figures', () => {
    const text = 'Portugal spends 1.6% of GDP and has pledged 2% of GDP by 2029.';
    expect(statusIn(text, '1.6% of GDP').status).toBe('current');
    expect(statusIn(text, '2% of GDP').status).toBe('pledged');
  });

  it('does not read a cue across a semicolon', () => {
    expect(statusIn('Donors pledged aid; the bill reached $4bn.', '$4bn').status).toBe('current');
  });

  it('says so, with a low confidence, when no cue is found', () => {
    const reading = statusIn('A €2bn facility.', '€2bn');
    expect(reading).toMatchObject({ status: 'current', cue: '', rule: 'status-default' });
    expect(reading.confidence).toBeLessThan(0.5);
  });
});
