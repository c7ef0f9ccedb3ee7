import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinDataset, builtinIndex, builtinTexts } from '../../src/data/builtinDataset';
import { validateDataset } from '../../src/model/validate';
import { layoutDealDiagram, laneOf } from '../../src/views/minerals/mineralsDiagram';
import { mineralsCsv } from '../../src/views/minerals/mineralsCsv';
import { defaultMineralsState, parseMineralsParams, writeMineralsParams } from '../../src/views/minerals/mineralsState';
import { chooseDeal, compareDeal, pairClaimsWithDraft, type TermView } from '../../src/views/minerals/mineralsTerms';
import { runs } from '../propertyRuns';

const comparison = compareDeal(builtinIndex, 'minerals-deal')!;
const ids = (views: TermView[]) => views.map((v) => v.term.id);

describe('claim-vs-draft pairing', () => {
  it('sets the claimed repayment and $500 billion against the fund, and Zelensky’s condition against the draft’s only words', () => {
    const rows = comparison.rows.map((row) => (row.kind === 'charge' ? ['charge', ids(row.charges)] : [ids(row.claims), row.draft?.term.id ?? null]));
    expect(rows).toEqual([
      [['repayment-of-us-aid', 'potential-profits'], 'reconstruction-investment-fund'],
      ['charge', ['exploitation-charge']],
      [['us-security-guarantees-condition'], 'support-for-ukraine-guarantee-efforts'],
    ]);
  });

  it('shows every term of the deal exactly once', () => {
    const shown = comparison.rows.flatMap((row) => (row.kind === 'charge' ? ids(row.charges) : [...ids(row.claims), ...(row.draft ? [row.draft.term.id] : [])]));
    expect(shown.sort()).toEqual(builtinDataset.dealTerms.map((t) => t.id).sort());
  });

  it('gives a claim with no counterpart a row of its own, with no draft side', () => {
    const unpaired = comparison.terms.map((v) => ({ ...v, term: { ...v.term, draftCounterpart: undefined } }));
    const rows = pairClaimsWithDraft(unpaired);
    expect(rows.filter((r) => r.kind === 'versus' && r.draft === null).map((r) => r.kind === 'versus' && ids(r.claims))).toEqual([
      ['repayment-of-us-aid'],
      ['potential-profits'],
      ['us-security-guarantees-condition'],
    ]);
  });

  it('attaches Trump’s $500 billion figure to the term that states it, leaving no money figure unshown', () => {
    const profits = comparison.terms.find((v) => v.term.id === 'potential-profits')!;
    expect(profits.figures.map((f) => f.id)).toEqual(['minerals-deal-500-billion']);
    expect(comparison.otherFigures).toEqual([]);
  });

  it('names the backers as actors, and picks the deal of the selected term', () => {
    expect(comparison.terms.find((v) => v.term.id === 'us-security-guarantees-condition')!.backers.map((a) => a.name)).toEqual(['Volodymyr Zelensky']);
    expect(chooseDeal(builtinIndex, { deal: null, term: 'exploitation-charge' })).toBe('minerals-deal');
    expect(chooseDeal(builtinIndex, defaultMineralsState)).toBe('minerals-deal');
  });

  it('is checked by the validator: a counterpart must be another in-draft term of the same deal', () => {
    const broken = structuredClone(builtinDataset);
    broken.dealTerms[0]!.draftCounterpart = 'potential-profits';
    const result = validateDataset(broken, builtinTexts);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toEqual([{ path: 'dealTerms[0].draftCounterpart', message: '"potential-profits" must be another in-draft term of the same deal' }]);
  });
});

describe('deal diagram', () => {
  it('puts the terms in lanes by what the draft does with them; the guarantee is in the missing lane, its link broken', () => {
    const diagram = layoutDealDiagram(comparison, 900);
    expect(diagram.lanes.map((l) => l.id)).toEqual(['draft', 'claimed', 'missing', 'charged']);
    expect(laneOf('absent-from-draft')).toBe('missing');
    const missing = diagram.links.filter((l) => l.breakAt);
    expect(missing.map((l) => l.termId)).toEqual(['us-security-guarantees-condition']);
    expect(diagram.parties.map((p) => p.title.join(' '))).toEqual(['United States', 'Ukraine']);
  });

  it('says what the fund is for', () => {
    const fund = layoutDealDiagram(comparison, 900).terms.find((t) => t.id === 'reconstruction-investment-fund')!;
    expect(fund.lines.join(' ')).toContain('to rebuild Ukraine’s infrastructure');
  });

  it('keeps every box inside the diagram and apart from the others, at any width', () => {
    fc.assert(
      fc.property(fc.integer({ min: 280, max: 1600 }), (width) => {
        const d = layoutDealDiagram(comparison, width);
        const boxes = [...d.parties, d.deal, ...d.terms];
        for (const b of boxes) {
          expect(b.x).toBeGreaterThanOrEqual(0);
          expect(b.x + b.w).toBeLessThanOrEqual(d.width + 0.5);
          expect(b.y + b.h).toBeLessThanOrEqual(d.height);
        }
        for (const a of boxes)
          for (const b of boxes)
            if (a !== b) expect(a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h).toBe(false);
      }),
      { numRuns: runs(60) },
    );
  });
});

describe('minerals CSV and URL state', () => {
  it('writes every term with its status, backers, counterpart and quote', () => {
    const lines = mineralsCsv(comparison).trim().split('\r\n');
    expect(lines).toHaveLength(1 + builtinDataset.dealTerms.length);
    expect(lines.find((l) => l.startsWith('"potential-profits"'))).toContain('500000000000,"money","USD","","Donald Trump","","reconstruction-investment-fund","minerals-deal-500-billion"');
  });

  it('reads the selected term, drops unknown ids with a report, and writes back only what is set', () => {
    const known = { deals: builtinIndex.deals, dealTerms: builtinIndex.dealTerms };
    expect(parseMineralsParams(new URLSearchParams('term=potential-profits'), known)).toEqual({ state: { deal: null, term: 'potential-profits' }, dropped: [] });
    expect(parseMineralsParams(new URLSearchParams('term=nope&deal=x'), known)).toEqual({
      state: defaultMineralsState,
      dropped: [
        { param: 'deal', value: 'x' },
        { param: 'term', value: 'nope' },
      ],
    });
    expect(writeMineralsParams({ deal: null, term: 'potential-profits' }, new URLSearchParams('other=1')).toString()).toBe('other=1&term=potential-profits');
  });
});
