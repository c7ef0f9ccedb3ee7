import { describe, expect, it } from 'vitest';
import { extractDataset } from '../../src/extract/extractDataset';

const actorsOf = (text: string) => extractDataset(text, { published: '2026-04-02', title: 'Test' }).dataset.actors;
const names = (text: string) => actorsOf(text).map((a) => a.name);

describe('actors under all their names, and no false actors', () => {
  it('one person under full name, surname, title and "the <demonym> <title>"', () => {
    const people = actorsOf(
      'Brazilian President Lucia Ferraz flew to Lisbon. Ferraz met bankers. The Brazilian president later said she was pleased.',
    ).filter((a) => a.kind === 'person');
    expect(people).toHaveLength(1);
    expect(people[0]!.aliases).toEqual(expect.arrayContaining(['Lucia Ferraz', 'Ferraz', 'The Brazilian president']));
  });

  it('a byline, a reporting credit and a journalist asking a question are not actors', () => {
    const text =
      'Ports deal signed\n\nBy Nora Quist and Ben Hale\n\nPrime Minister Tom Reed signed the accord.\n\nQUESTION (Ivy Stone, Daily Post): Will it last?\n\n(Reporting by Nora Quist; editing by Liam Fry)\n';
    const found = names(text);
    expect(found).toContain('Tom Reed');
    for (const press of ['Nora Quist', 'Ben Hale', 'Ivy Stone', 'Liam Fry']) expect(found).not.toContain(press);
  });

  it('a state named only as a place is not an actor; a state that acts is', () => {
    const found = names('Ministers met in Belgium on Monday. Norway rejected the plan.');
    expect(found).toContain('Norway');
    expect(found).not.toContain('Belgium');
  });

  it('an organisation named by its head word, with "of" and "and", without the sentence-opening word', () => {
    const found = names('The Ministry of Fisheries said quotas would fall. The Grain and Seed Council warned of losses.');
    expect(found).toEqual(expect.arrayContaining(['Ministry of Fisheries', 'Grain and Seed Council']));
    expect(found.some((n) => n.startsWith('The '))).toBe(false);
  });

  it('an all-capitals heading does not turn a word into an acronym actor', () => {
    expect(names('WHO IS PAYING?\n\nCanada said it would pay.')).not.toContain('World Health Organization');
  });

  it('keeps Mc and Mac names whole', () => {
    expect(names('Senator Ailsa McTavish spoke first.')).toContain('Ailsa McTavish');
  });

  it('knows states beyond the largest ones, by name and capital', () => {
    const somalia = actorsOf('Mogadishu rejected the offer. Somalia wants talks.').find((a) => a.name === 'Somalia');
    expect(somalia?.aliases).toEqual(expect.arrayContaining(['Mogadishu', 'Somalia']));
  });

  it('every actor records the rule that found it', () => {
    const { dataset, drafts } = extractDataset('French President Anne Roux met NATO officials.', { published: '2026-04-02' });
    for (const actor of dataset.actors) expect(drafts[actor.id]?.rule).toMatch(/^actor:/);
  });
});
