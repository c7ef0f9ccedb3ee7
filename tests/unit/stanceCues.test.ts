import { describe, expect, it } from 'vitest';
import { extractDataset } from '../../src/extract/extractDataset';
import { readStance } from '../../src/extract/stance';

/** The stance of the one position drafted for the named actor. */
const stanceOf = (text: string, name: string) => {
  const { dataset, drafts } = extractDataset(text, { published: '2026-04-02', title: 'Test' });
  const actor = dataset.actors.find((a) => a.name === name)!;
  const position = dataset.positions.find((p) => p.actor === actor.id);
  return { stance: position?.stance, certainty: position?.certainty, draft: position && drafts[position.id] };
};

describe('stance read from the words', () => {
  it.each([
    ['Senator Paul Greer backed the bill on Tuesday.', 'supports'],
    ['Senator Paul Greer endorsed the border accord.', 'supports'],
    ['Senator Paul Greer welcomed the border accord.', 'supports'],
    ['Senator Paul Greer agreed to the new quota system.', 'supports'],
    ['Senator Paul Greer rejected the border accord outright.', 'opposes'],
    ['Senator Paul Greer opposed the new quota system.', 'opposes'],
    ['Senator Paul Greer vetoed the spending package.', 'opposes'],
    ['Senator Paul Greer blocked the spending package.', 'opposes'],
    ['Senator Paul Greer refused to sign the spending package.', 'opposes'],
  ])('%s -> %s', (text, stance) => {
    expect(stanceOf(text, 'Paul Greer').stance).toBe(stance);
  });

  it('"did not rule out" is hedged, not opposed', () => {
    expect(stanceOf('Senator Paul Greer did not rule out a second vote on the package.', 'Paul Greer')).toMatchObject({ stance: 'ambiguous', certainty: 'hinted' });
  });

  it('"refused to say he was committed" is no clear position', () => {
    expect(stanceOf('Senator Paul Greer refused to say he was committed to the spending package.', 'Paul Greer').stance).toBe('none');
  });

  it('a hedge ("hinted", "signalled", "could") reads as ambiguous', () => {
    expect(stanceOf('Senator Paul Greer hinted at a compromise on the package.', 'Paul Greer').stance).toBe('ambiguous');
    expect(stanceOf('Senator Paul Greer signalled flexibility on the quota system.', 'Paul Greer').stance).toBe('ambiguous');
    expect(readStance('“We could look at it again next year,”')?.stance).toBe('ambiguous');
  });

  it.each(['contingent on', 'only if', 'provided that', 'as long as'])('a condition ("%s") makes the stance conditional', (cue) => {
    const text = `Senator Paul Greer said "we will vote for the package ${cue} the farm subsidies stay in it".`;
    expect(stanceOf(text, 'Paul Greer').stance).toBe('conditional');
  });

  it('a plain "if" makes a quote conditional, but "asked if" does not', () => {
    expect(readStance('“If the banks agree, we will sign on Friday.”')?.stance).toBe('conditional');
    expect(readStance('She asked if we will sign on Friday.')?.stance).toBe('supports');
  });

  it('indirect speech ("X said that …") is a position when its words show a stance, and not otherwise', () => {
    expect(stanceOf('Senator Paul Greer said that his party would never accept the new levy.', 'Paul Greer').stance).toBe('opposes');
    expect(stanceOf('Senator Paul Greer said the committee meets on Thursdays.', 'Paul Greer').stance).toBeUndefined();
  });

  it('"declined to comment" is no clear position, and "X\'s office" speaks for X', () => {
    expect(stanceOf('The Ministry of Fisheries declined to comment on the quota figures.', 'Ministry of Fisheries').stance).toBe('none');
    expect(stanceOf('Senator Paul Greer spoke on Monday. Greer\'s office declined to comment on the levy.', 'Paul Greer').stance).toBe('none');
  });

  it('pledges, wants and proposals are support', () => {
    expect(stanceOf('Norway pledged $40m for the reconstruction fund.', 'Norway').stance).toBe('supports');
    expect(stanceOf('Norway wants the fund to cover schools as well.', 'Norway').stance).toBe('supports');
    expect(stanceOf('Norway is proposing a joint patrol of the strait.', 'Norway').stance).toBe('supports');
  });

  it('"backed X but said Y" gives two positions for the one subject', () => {
    const { dataset } = extractDataset('Norway backed the price cap but said it would never accept a ban on gas.', { published: '2026-04-02' });
    expect(dataset.positions.map((p) => p.stance).sort()).toEqual(['opposes', 'supports']);
  });

  it('evaluative words are weak evidence, used only when no verb decides', () => {
    expect(readStance('“This levy is reckless and it is illegal.”')).toMatchObject({ stance: 'opposes', draft: { rule: 'stance:evaluative-negative' } });
    expect(readStance('“Today is a historic day for the two nations.”')).toMatchObject({ stance: 'supports', certainty: 'reported' });
    expect(readStance('“We reject this reckless levy.”')?.draft.rule).toBe('stance:opposition');
  });

  it('"A and B rejected …": each actor of a coordinated subject takes the position', () => {
    const { dataset } = extractDataset('Norway, Finland and Denmark rejected the fishing quota on Monday.', { published: '2026-04-02' });
    const names = dataset.positions.map((p) => dataset.actors.find((a) => a.id === p.actor)?.name).sort();
    expect(names).toEqual(['Denmark', 'Finland', 'Norway']);
    expect(new Set(dataset.positions.map((p) => p.stance))).toEqual(new Set(['opposes']));
  });

  it('a negated verb of support reads as opposed, not supported', () => {
    expect(readStance('“We do not support this treaty in its present form.”')?.stance).toBe('opposes');
  });

  it('support and opposition joined by "but" read as mixed', () => {
    expect(readStance('“We will sign it, but we will not pay for it.”')).toMatchObject({ stance: 'ambiguous', draft: { rule: 'stance:mixed' } });
  });

  it('every drafted position records a rule and a confidence between 0 and 1', () => {
    const { draft } = stanceOf('Senator Paul Greer rejected the border accord outright.', 'Paul Greer');
    expect(draft?.rule).toMatch(/^position:cue\+stance:/);
    expect(draft!.confidence).toBeGreaterThan(0);
    expect(draft!.confidence).toBeLessThanOrEqual(1);
  });
});
