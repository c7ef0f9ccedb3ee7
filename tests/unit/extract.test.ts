import { describe, expect, it } from 'vitest';
import { extractDataset } from '../../src/extract/extractDataset';

const run = (text: string, published = '2025-03-12') => extractDataset(text, { published, title: 'Test' });
const speakerName = (text: string, quoteWords: string) => {
  const { dataset, quotes } = run(text);
  const quote = quotes.find((q) => q.spans.some((s) => s.exact.includes(quoteWords)));
  return dataset.actors.find((a) => a.id === quote?.speaker)?.name;
};

describe('actors', () => {
  it('merges a titled name, the surname alone and "the <title>" into one person', () => {
    const { dataset } = run('German Chancellor Anna Weber met reporters. Weber was calm. Later the chancellor left.');
    const people = dataset.actors.filter((a) => a.kind === 'person');
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ name: 'Anna Weber', role: 'German Chancellor', country: 'Germany' });
    expect(people[0]!.aliases).toEqual(expect.arrayContaining(['Weber', 'the chancellor']));
  });

  it('finds a state by its name, short form or capital, and says it is a state', () => {
    const { dataset } = run('Officials in Moscow denied it. Russia has not commented.');
    expect(dataset.actors.find((a) => a.name === 'Russia')).toMatchObject({ kind: 'state', aliases: expect.arrayContaining(['Moscow']) });
  });

  it('keeps a lower-case particle in a name', () => {
    expect(run('EU Commissioner Marta van der Berg spoke.').dataset.actors.map((a) => a.name)).toContain('Marta van der Berg');
  });

  it('marks people named only as history', () => {
    const { dataset } = run('The late Queen Mary Stuart hosted them. Prime Minister Tom Reed arrived today.');
    expect(dataset.actors.find((a) => a.name === 'Queen Mary Stuart')?.historical).toBe(true);
    expect(dataset.actors.find((a) => a.name === 'Tom Reed')?.historical).toBe(false);
  });

  it('finds unnamed groups when they speak', () => {
    expect(run('Critics argue the plan is weak.').dataset.actors.map((a) => a.name)).toContain('Critics');
  });
});

describe('quotes and speakers', () => {
  it('reads a quote then "he said", resolving he to the last person named', () => {
    expect(speakerName('President Lena Ortiz spoke first. “We will not give in to this pressure,” she said.', 'give in')).toBe('Lena Ortiz');
  });

  it('reads "X declared" and "said X" after a quote', () => {
    expect(speakerName('“The deal is dead and buried now,” Senator Paul Hart declared.', 'dead')).toBe('Paul Hart');
    expect(speakerName('“The deal is dead and buried now,” said Senator Paul Hart.', 'dead')).toBe('Paul Hart');
  });

  it('reads a quote after a colon', () => {
    expect(speakerName('Minister Joe Banda told the crowd: “Our farms come first, always.”', 'farms')).toBe('Joe Banda');
  });

  it('joins a quote split around its attribution into one quote', () => {
    const { quotes } = run('“We are ready,” Minister Joe Banda said, “and we are not afraid of anyone.”');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.spans).toHaveLength(2);
  });

  it('gives an unattributed quote that follows to the same speaker', () => {
    expect(speakerName('“This is not about money,” Governor Ada Cole said. “It is about trust between us all.”', 'trust')).toBe('Ada Cole');
  });

  it('skips scare quotes', () => {
    expect(run('They want a “backstop” for the force.').quotes).toHaveLength(0);
  });
});

describe('figures', () => {
  const figures = (text: string) => run(text).dataset.figures;

  it('reads a share of GDP with its year, pledged', () => {
    expect(figures('Poland will raise defence spending to 4.5% of GDP by 2026.')[0]).toMatchObject({
      quantity: { unit: 'share-of-gdp', value: 4.5 },
      status: 'pledged',
      time: { year: 2026, phrase: 'by 2026' },
    });
  });

  it('reads a demand, a current figure and a hope', () => {
    expect(figures('President Ann Lee called for allies to spend 5% of GDP on defence.')[0]?.status).toBe('demanded');
    expect(figures('Spain currently spends 1.3% of GDP on defence.')[0]?.status).toBe('current');
    expect(figures('Spain spends 1% of GDP on defence, with a potential rise to 2% later.').map((f) => f.status)).toEqual(['current', 'aspiration']);
  });

  it('scales money and reads a boast as a claim', () => {
    expect(figures('President Ann Lee has boasted of profits reaching $1.5 trillion.')[0]).toMatchObject({ quantity: { unit: 'money', value: 1.5e12, currency: 'USD' }, status: 'claimed' });
  });
});

describe('dates', () => {
  const events = (text: string, published = '2025-03-12') => run(text, published).dataset.events.map((e) => e.date);

  it('resolves a weekday in the future or the past tense against the publication date (a Wednesday)', () => {
    expect(events('Minister Joe Banda will meet them on Friday.')[0]).toMatchObject({ value: '2025-03-14', derivation: 'resolved-weekday' });
    expect(events('Minister Joe Banda arrived on Monday.')[0]).toMatchObject({ value: '2025-03-10', derivation: 'resolved-weekday' });
  });

  it('resolves "last year", "earlier this week" and a stated year, saying how', () => {
    expect(events('He won last year.')[0]).toMatchObject({ value: '2024-01-01', precision: 'year', derivation: 'resolved-relative' });
    expect(events('He spoke earlier this week.')[0]).toMatchObject({ value: '2025-03-10', precision: 'week' });
    expect(events('They met in 2019.')[0]).toMatchObject({ value: '2019-01-01', derivation: 'stated' });
  });

  it('leaves relative dates alone when there is no publication date', () => {
    expect(extractDataset('He won last year.').dataset.events).toHaveLength(0);
  });
});

describe('draft positions', () => {
  it('reads cue phrases into stance and certainty, marked as machine drafted', () => {
    const { dataset } = run('President Ann Lee ruled out new sanctions on steel imports. She hinted that tariffs may fall.');
    expect(dataset.positions.map((p) => [p.stance, p.certainty, p.machineDrafted])).toEqual([
      ['opposes', 'ruled-out', true],
      ['ambiguous', 'hinted', true],
    ]);
  });

  it('prefers the nested conditional over the verb that carries it', () => {
    const { dataset } = run('President Ann Lee has indicated that any deal would be contingent on security guarantees.');
    expect(dataset.positions.map((p) => p.stance)).toEqual(['conditional']);
  });
});

it('writes every evidence span so that it matches the text', () => {
  const text = 'French President Emma Roux said on Tuesday: “We need 3% of GDP for defence by 2030.”\nCritics argue it is too much.';
  const { dataset, texts } = run(text);
  const all = [...dataset.actors, ...dataset.positions, ...dataset.figures, ...dataset.events].flatMap((d) => d.evidence);
  expect(all.length).toBeGreaterThan(0);
  for (const span of all) expect(texts[span.source]!.slice(span.start, span.end)).toBe(span.exact);
});
