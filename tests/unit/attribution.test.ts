import { describe, expect, it } from 'vitest';
import { extractDataset } from '../../src/extract/extractDataset';

const run = (text: string) => extractDataset(text, { published: '2026-04-02', title: 'Test' });
/** The speaker's name and the rule that attributed the quote holding `words`. */
const attributed = (text: string, words: string) => {
  const { dataset, quotes } = run(text);
  const quote = quotes.find((q) => q.spans.some((s) => s.exact.includes(words)));
  return { speaker: dataset.actors.find((a) => a.id === quote?.speaker)?.name, rule: quote?.draft?.rule, confidence: quote?.draft?.confidence, found: quote !== undefined };
};

describe('quote attribution', () => {
  it('"…," X said, with curly or straight marks', () => {
    const curly = 'Trade Minister Lena Ortiz met farmers on Monday. “We will not abandon the growers of this valley,” Ortiz said.';
    expect(attributed(curly, 'abandon the growers')).toMatchObject({ speaker: 'Lena Ortiz', rule: 'quote:after' });
    const straight = 'Trade Minister Lena Ortiz met farmers on Monday. "We will not abandon the growers of this valley," Ortiz said.';
    expect(attributed(straight, 'abandon the growers')).toMatchObject({ speaker: 'Lena Ortiz', rule: 'quote:after' });
  });

  it('"…," said X, the title after the name', () => {
    const text = 'Ports reopened. "The backlog will clear within the month, we think," said Tobias Brandt, the German transport minister.';
    expect(attributed(text, 'backlog will clear').speaker).toBe('Tobias Brandt');
  });

  it('X told reporters: "…"', () => {
    const text = 'Prime Minister Hana Novak spoke in Prague. Novak told reporters: "Our budget will carry this without new borrowing."';
    expect(attributed(text, 'without new borrowing')).toMatchObject({ speaker: 'Hana Novak', rule: 'quote:before' });
  });

  it('according to X', () => {
    const text = 'Ambassador Ruth Okafor arrived late. The talks were "stuck on the wording of one clause", according to Okafor.';
    expect(attributed(text, 'stuck on the wording')).toMatchObject({ speaker: 'Ruth Okafor', rule: 'quote:according-to' });
  });

  it("a spokesperson's words go to the body they speak for", () => {
    const text = 'A spokesman for the World Bank said the loan was "not a bailout but a bridge" for the economy.';
    expect(attributed(text, 'not a bailout').speaker).toBe('World Bank');
  });

  it('"X\'s spokeswoman said": the words are X\'s', () => {
    const text = 'Chancellor Greta Lund left early. Lund\'s spokeswoman said the chancellor "will not sign anything this week".';
    expect(attributed(text, 'will not sign').speaker).toBe('Greta Lund');
  });

  it('"X added" and "X warned" after a quote', () => {
    expect(attributed('Admiral Rui Costa toured the port. "The fleet is ready for any order," Costa added.', 'fleet is ready').speaker).toBe('Rui Costa');
    expect(attributed('Admiral Rui Costa toured the port. "Nobody should test us at sea," Costa warned.', 'test us at sea').speaker).toBe('Rui Costa');
  });

  it('a partial quote inside a sentence, with the verb of saying before it', () => {
    const text = 'Senator Paul Greer called the proposal "dead on arrival" in a statement on Tuesday.';
    expect(attributed(text, 'dead on arrival')).toMatchObject({ speaker: 'Paul Greer', rule: 'quote:sentence' });
  });

  it('indirect speech with a quoted clause: X said that …', () => {
    const text = 'Finance Minister Omar Haddad said that the deficit would "fall below three percent" next year.';
    expect(attributed(text, 'fall below three percent').speaker).toBe('Omar Haddad');
  });

  it('a quote split by its attribution is one quote with two spans', () => {
    const text = 'President Mara Lind spoke. “We are ready,” she said, “but not at any price.”';
    const { quotes } = run(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.spans.map((s) => s.exact)).toEqual(['“We are ready,”', '“but not at any price.”']);
  });

  it('a quote running over two paragraphs, the second opened with a quote mark', () => {
    const text = 'General Ivo Petrov addressed the cadets.\n\n“The border is quiet tonight. We intend to keep it so.\n\n“Nobody here wants a war,” Petrov said.';
    const { quotes, dataset } = run(text);
    expect(quotes).toHaveLength(1);
    expect(dataset.actors.find((a) => a.id === quotes[0]!.speaker)?.name).toBe('Ivo Petrov');
  });

  it('the next quote with no attribution of its own goes on in the same voice', () => {
    const text = '“The tariff is a tax on our own families,” said Governor Alan Price. “It will be gone by summer.”';
    expect(attributed(text, 'gone by summer')).toMatchObject({ speaker: 'Alan Price', rule: 'quote:continued' });
  });

  it('a press-release paragraph after "X said:" is X\'s quote', () => {
    const text = 'The two governments signed the accord today.\n\nHealth Secretary Joan Mercer said:\n\nThis accord means shorter waits for every patient in the region.\n';
    expect(attributed(text, 'shorter waits')).toMatchObject({ speaker: 'Joan Mercer', rule: 'quote:block' });
  });

  it('transcript turns go to the person the label names; a reporter\'s question is no quote', () => {
    const text =
      'Remarks by Foreign Minister Elif Demir and Envoy Carl Moss\n\nMINISTER DEMIR: We have agreed a text on the exchange of prisoners.\n\nQUESTION (Radio Nord): Will it hold?\n\nENVOY MOSS: I believe it will hold if both sides keep their word.\n';
    expect(attributed(text, 'exchange of prisoners')).toMatchObject({ speaker: 'Elif Demir', rule: 'quote:transcript' });
    expect(attributed(text, 'keep their word').speaker).toBe('Carl Moss');
    expect(attributed(text, 'Will it hold').found).toBe(false);
  });

  it('"X called it “…” and said …": the second quote keeps the sentence\'s subject, not the name after "said"', () => {
    const text = 'Trade Secretary Nina Vos called the levy "a mistake" and said Berlin would answer "in kind and in time".';
    expect(attributed(text, 'in kind and in time').speaker).toBe('Nina Vos');
  });

  it('a name set off after a role ("Oxfam\'s country director, Lena Hart, said") is the speaker', () => {
    const text = 'Aid groups were split. Oxfam\'s country director, Lena Hart, said the pledges were "far short of what families need".';
    expect(attributed(text, 'far short').speaker).toBe('Lena Hart');
  });

  it('"Somalia: “…”", the live-blog form', () => {
    const text = '14:05 - Somalia: "We will not trade our coastline for promises."';
    expect(attributed(text, 'trade our coastline').speaker).toBe('Somalia');
  });

  it('drops scare quotes that nobody is said to have said', () => {
    const text = 'Critics of the so-called "peace dividend" have grown louder since the budget.';
    expect(run(text).quotes).toHaveLength(0);
  });

  it('every attributed quote records its rule and a confidence between 0 and 1', () => {
    const text = 'Prime Minister Hana Novak spoke. "We will sign this week," Novak said. Her rival called it "a stunt".';
    for (const quote of run(text).quotes.filter((q) => q.speaker)) {
      expect(quote.draft?.rule).toMatch(/^quote:/);
      expect(quote.draft!.confidence).toBeGreaterThan(0);
      expect(quote.draft!.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('titles and pronouns resolved to a named person', () => {
  it('"he" is the person most recently named before it', () => {
    const text = 'Defence Minister Karl Berg met Foreign Minister Ana Ruiz. Later Ruiz left. "The deal is done, and it is a good deal," she said.';
    expect(attributed(text, 'deal is done').speaker).toBe('Ana Ruiz');
  });

  it('"she" skips a more recent person known to be "he" (from Mr, Sir, Lord, King...)', () => {
    const text = 'Ms Ana Ruiz met Mr Karl Berg in Oslo. "We found common ground on the fisheries," she said.';
    expect(attributed(text, 'common ground').speaker).toBe('Ana Ruiz');
  });

  it('"the minister" points back at the person introduced with a minister\'s title', () => {
    const text = 'Foreign Minister Ana Ruiz arrived in Lima with Governor Tom Hale. "We came to listen, not to lecture," the minister said.';
    expect(attributed(text, 'came to listen')).toMatchObject({ speaker: 'Ana Ruiz' });
  });

  it('"the Russian president" is the person introduced as Russian President', () => {
    const text = 'Russian President Ivan Sokolov met French President Paul Girard. "Nothing has been decided about the pipeline yet," the Russian president said.';
    expect(attributed(text, 'Nothing has been decided').speaker).toBe('Ivan Sokolov');
  });
});

describe('attribution and stance on prose no rule was written for', () => {
  /** The stance of the position whose evidence holds `words`, with its actor's name. */
  const positionAt = (text: string, words: string) => {
    const { dataset } = run(text);
    return dataset.positions
      .filter((p) => p.evidence.some((e) => e.exact.includes(words)))
      .map((p) => ({ actor: dataset.actors.find((a) => a.id === p.actor)?.name, stance: p.stance }));
  };

  it('a relative clause between the subject and "said" names nobody who speaks', () => {
    const text = 'NATO, which Finland joined two years ago, said its soldiers would stay "until the job is done, and not a day less."';
    expect(attributed(text, 'until the job is done').speaker).toBe('NATO');
  });

  it('"the foreign minister" points back at a person whose title opened with a state\'s name', () => {
    const text = 'Ghana Foreign Minister Ama Boateng spoke first. "We will keep the border open to traders," the foreign minister said.';
    expect(attributed(text, 'keep the border open').speaker).toBe('Ama Boateng');
  });

  it('"its foreign ministry" and an unowned spokesperson speak for the body named just before', () => {
    const ministry = 'Chile has stayed out of the dispute. Its foreign ministry said it "hopes both sides will return to the table soon."';
    expect(attributed(ministry, 'return to the table').speaker).toBe('Chile');
    const spokesperson = 'The World Bank did not comment on the loan on Friday. A bank spokesperson said the board "will decide on the loan in May."';
    expect(attributed(spokesperson, 'decide on the loan').speaker).toBe('World Bank');
  });

  it('"X\'s adviser, Y, said": Y speaks, not X', () => {
    const text = 'Prime Minister Hana Novak stayed in Prague. Novak\'s chief adviser, Petra Lisk, said the plan was "far from final, whatever you read."';
    expect(attributed(text, 'far from final').speaker).toBe('Petra Lisk');
  });

  it('a partial quote inside a sentence keeps the sentence\'s speaker, not a body named after it', () => {
    const text = 'A spokesman for the African Union said the bloc "fully backs" the European Union plan and urged both sides "to keep talking".';
    expect(attributed(text, 'fully backs').speaker).toBe('African Union');
    expect(attributed(text, 'to keep talking').speaker).toBe('African Union');
  });

  it('a body no list knows is found when it speaks', () => {
    const text = 'Amnesty International said the deal "falls far short of what the law demands of both states."';
    expect(attributed(text, 'falls far short').speaker).toBe('Amnesty International');
  });

  it('reported speech is the speaker\'s position, with the condition it states', () => {
    const text = 'Defence Minister Lars Berg visited the base. He said Norway\'s support for the plan was contingent on a vote in parliament.';
    expect(positionAt(text, 'contingent on')).toContainEqual({ actor: 'Lars Berg', stance: 'conditional' });
  });

  it('"had not ruled out" hedges, and "as long as necessary" is no condition', () => {
    expect(positionAt('Finance Minister Rosa Lind had not ruled out new taxes on the banks.', 'ruled out')).toContainEqual({ actor: 'Rosa Lind', stance: 'ambiguous' });
    expect(positionAt('Foreign Minister Ivo Petrov said Bulgaria would keep its troops in the mission as long as necessary.', 'keep its troops')).not.toContainEqual(
      expect.objectContaining({ stance: 'conditional' }),
    );
  });
});
