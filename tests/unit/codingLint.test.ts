import { describe, expect, it } from 'vitest';
import { lintDataset, type LintRule } from '../../src/model/codingLint';
import type { Dataset } from '../../src/model/schema';
import { miniDataset, quote } from '../fixtures/miniDataset';

const rulesOf = (dataset: Dataset) => lintDataset(dataset).map((w) => `${w.rule} ${w.id}`);
const position = (d: Dataset, id: string) => d.positions.find((p) => p.id === id)!;

describe('the coding lint', () => {
  it('finds nothing to say about a dataset coded within its words', () => {
    expect(rulesOf(miniDataset())).toEqual([]);
  });

  const cases: [string, (d: Dataset) => void, `${LintRule} ${string}`][] = [
    [
      'a direct quote whose words hold no quotation mark',
      (d) => (position(d, 'alice-fund').basis = 'direct-quote'),
      'quote-without-quotation alice-fund',
    ],
    [
      'ruled out, on words with no negation',
      (d) => Object.assign(position(d, 'bob-fund'), { stance: 'opposes', certainty: 'ruled-out' }),
      'ruled-out-without-negation bob-fund',
    ],
    [
      'hinted, on words with no hedge',
      (d) => (position(d, 'alice-fund').certainty = 'hinted'),
      'hinted-without-hedge alice-fund',
    ],
    [
      'a position whose words name another actor and not its own',
      (d) => (position(d, 'alice-fund').evidence = [quote('Bob wants a fund too.')]),
      'names-only-another-actor alice-fund',
    ],
    [
      'a firm certainty with no clear stance',
      (d) => (position(d, 'alice-fund').stance = 'none'),
      'firm-but-unclear alice-fund',
    ],
    [
      'the same words coded firm in one position and reported in another of the same actor',
      (d) => (position(d, 'bob-fund-2').evidence = [quote('Bob wants a fund too.')]),
      'same-words-firm-and-reported bob-fund-2',
    ],
    [
      'an inferred position without a note',
      (d) => (position(d, 'alice-fund').reading = 'inferred'),
      'inferred-without-note alice-fund',
    ],
    [
      'a relation coded as happened on words of a possibility',
      (d) => (d.relations[0]!.evidence = [quote('Carol hinted she may back the treaty if Bob agrees.')]),
      'possibility-as-happened alice-bob',
    ],
  ];
  it.each(cases)('warns of %s', (_, breakIt, expected) => {
    const dataset = miniDataset();
    breakIt(dataset);
    expect(rulesOf(dataset)).toEqual([expected]);
  });

  it('counts a negation only as a whole word', () => {
    // The lint reads only `exact`, so made-up words serve here without a text behind them.
    const ruledOutOn = (exact: string) => {
      const dataset = miniDataset();
      Object.assign(position(dataset, 'alice-fund'), { stance: 'opposes', certainty: 'ruled-out', evidence: [{ ...quote('Alice wants a fund.'), exact }] });
      return rulesOf(dataset);
    };
    expect(ruledOutOn('Alice noted another fund, knotted in nothing.')).toEqual(['ruled-out-without-negation alice-fund']);
    expect(ruledOutOn('Alice will not have a fund.')).toEqual([]);
    expect(ruledOutOn('Alice won’t have a fund.')).toEqual([]);
  });

  it('accepts words that name the actor by an alias, and a possibility relation marked possible', () => {
    const dataset = miniDataset();
    dataset.actors.find((a) => a.id === 'alice')!.aliases.push('the leader');
    position(dataset, 'alice-fund').evidence = [quote('Alice wants a fund.'), quote('Bob wants a fund too.')];
    Object.assign(dataset.relations[0]!, { status: 'possible', evidence: [quote('Carol hinted she may back the treaty if Bob agrees.')] });
    expect(rulesOf(dataset)).toEqual([]);
  });

  it('says where each warning is, by JSON path', () => {
    const dataset = miniDataset();
    position(dataset, 'carol-treaty').certainty = 'ruled-out';
    const [warning] = lintDataset(dataset);
    expect(warning).toMatchObject({ path: 'positions[2]', id: 'carol-treaty', rule: 'ruled-out-without-negation' });
  });
});
