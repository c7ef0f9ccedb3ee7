import { describe, expect, it } from 'vitest';
import { builtinIndex } from '../../src/data/builtinDataset';
import { listDatums, type DatumRef } from '../../src/model/datums';
import { parseEventsParams } from '../../src/views/events/eventsState';
import { parseMatrixParams } from '../../src/views/matrix/matrixState';
import { parseMineralsParams } from '../../src/views/minerals/mineralsState';
import { parseNetworkParams } from '../../src/views/network/networkState';
import { datumHref } from '../../src/views/shared/datumHref';
import { parseSpendingParams, shownScale, spendingKnownIds } from '../../src/views/spending/spendingState';
import { scaleKeyOf } from '../../src/views/spending/figureScales';

const index = builtinIndex;
const datums = listDatums(index);
const spendingKnown = spendingKnownIds(index.dataset.figures);

/** What the view a link leads to reads from it: the path, and the state its own parser finds in the query. */
function opened(href: string) {
  const url = new URL(href, 'http://x');
  const p = url.searchParams;
  switch (url.pathname) {
    case '/matrix':
      return parseMatrixParams(p, index);
    case '/spending':
      return parseSpendingParams(p, spendingKnown);
    case '/minerals':
      return parseMineralsParams(p, index);
    case '/events':
      return parseEventsParams(p, index.events);
    case '/network':
      return parseNetworkParams(p, index.relations);
    default:
      return { path: url.pathname, hash: url.hash };
  }
}

const kinds = (kind: DatumRef['kind']) => datums.filter((d) => d.kind === kind);

describe('links to where a datum lives', () => {
  it('opens each position’s cell in the matrix', () => {
    for (const d of kinds('position')) {
      const p = index.dataset.positions.find((x) => x.id === d.id)!;
      expect(opened(datumHref(d.target))).toEqual({ state: expect.objectContaining({ cell: { actor: p.actor, topic: p.topic } }), dropped: [] });
    }
  });

  it('opens each figure on the figures chart, showing its own metric and unit', () => {
    expect(new Set(kinds('figure').map((d) => index.figures.get(d.id)!.metric)).size).toBeGreaterThan(1);
    for (const d of kinds('figure')) {
      const f = index.dataset.figures.find((x) => x.id === d.id)!;
      const { state, dropped } = opened(datumHref(d.target)) as ReturnType<typeof parseSpendingParams>;
      expect({ state, dropped }).toEqual({ state: expect.objectContaining({ mark: f.id }), dropped: [] });
      expect(shownScale(state, spendingKnown)).toEqual({ metric: f.metric, unit: scaleKeyOf(f.quantity) });
    }
  });

  it('opens each deal term, with its deal, in the minerals view', () => {
    const terms = kinds('dealTerm');
    expect(terms.length).toBeGreaterThan(0);
    for (const d of terms) {
      const term = index.dataset.dealTerms.find((x) => x.id === d.id)!;
      expect(opened(datumHref(d.target))).toEqual({ state: { deal: term.deal, term: term.id }, dropped: [] });
    }
    for (const d of kinds('deal')) expect(opened(datumHref(d.target))).toEqual({ state: { deal: d.id, term: null }, dropped: [] });
  });

  it('opens each event on the timeline and each relation in the network', () => {
    for (const d of kinds('event')) expect(opened(datumHref(d.target))).toEqual({ state: { event: d.id }, dropped: [] });
    for (const d of kinds('relation')) expect(opened(datumHref(d.target))).toEqual({ state: { relation: d.id }, dropped: [] });
  });

  it('keeps the separators of a cell readable', () => {
    const d = kinds('position')[0]!;
    expect(datumHref(d.target)).toMatch(/^\/matrix\?cell=[^%]+~[^%]+$/);
  });
});
