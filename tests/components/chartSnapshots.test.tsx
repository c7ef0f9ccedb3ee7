// @vitest-environment jsdom
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { generateSynthetic } from '../../src/cli/gen-synthetic';
import { cellPositions, indexDataset } from '../../src/model/indexDataset';
import { buildRelationGraph, layoutGraph } from '../../src/model/relationGraph';
import { validateDataset } from '../../src/model/validate';
import { LAYER_HEIGHT } from '../../src/views/matrix/rowMarks';
import { RowMarks } from '../../src/views/matrix/RowMarks';
import { DealDiagram } from '../../src/views/minerals/DealDiagram';
import { layoutDealDiagram } from '../../src/views/minerals/mineralsDiagram';
import { compareDeal } from '../../src/views/minerals/mineralsTerms';
import { NetworkGraph } from '../../src/views/network/NetworkGraph';
import { SpendingChart } from '../../src/views/spending/SpendingChart';
import { layoutSpending } from '../../src/views/spending/spendingLayout';
import { describeSpending } from '../../src/views/spending/spendingRows';
import { selectSpending } from '../../src/views/spending/spendingSeries';
import { harbourDataset, harbourIndex, harbourTexts } from '../fixtures/harbourCompact';
import { svgSnapshot } from '../fixtures/svgSnapshot';

/** Renders a chart in jsdom and gives back its root SVG, serialised for a snapshot. */
function drawn(chart: ReactElement): string {
  const { container } = render(<MemoryRouter>{chart}</MemoryRouter>);
  const svg = container.querySelector('svg');
  if (!svg) throw new Error('the chart drew no SVG');
  return svgSnapshot(svg);
}

const ignore = () => {};

describe('the snapshot serialiser', () => {
  it('rounds numbers to two decimals, renumbers generated ids wherever they are used, and puts one element per line', () => {
    const svg = new DOMParser().parseFromString(
      '<svg aria-describedby="«r7»"><path d="M0.123456,-0.001L10.005,3"/><text id="«r7»" x="1.999">3.5% of «r9»</text></svg>',
      'image/svg+xml',
    ).documentElement as unknown as SVGSVGElement;
    expect(svgSnapshot(svg)).toBe(
      [
        '<svg aria-describedby="id-1" xmlns="http://www.w3.org/2000/svg">',
        '  <path d="M0.12,0L10.01,3"/>',
        '  <text id="id-1" x="2">',
        '    3.5% of id-2',
        '  </text>',
        '</svg>',
        '',
      ].join('\n'),
    );
  });
});

describe('chart snapshots (tests/snapshots/*.svg; open them in a browser to see the charts)', () => {
  it('draws from fixtures that are valid datasets', () => {
    expect(validateDataset(harbourDataset(), harbourTexts)).toMatchObject({ ok: true });
    const { dataset, text } = generateSynthetic({ actors: 6, topics: 5, positions: 40, seed: 3 });
    expect(validateDataset(dataset, new Map([['article', text]]))).toMatchObject({ ok: true });
  });

  it('the spending chart, at 720 px', async () => {
    const model = selectSpending(harbourIndex())!;
    expect(model.series.flatMap((s) => s.marks).length + model.references.length).toBe(4);
    const svg = drawn(<SpendingChart layout={layoutSpending(model, 720)} title="Harbour compact spending" summary={describeSpending(model)} selected={null} onOpen={ignore} />);
    await expect(svg).toMatchFileSnapshot('../snapshots/spending-chart.svg');
  });

  it('the spending chart in euros, its one figure unconfirmed, at 360 px', async () => {
    const model = selectSpending(harbourIndex(), { unit: 'money-eur' })!;
    expect(model.series.flatMap((s) => s.marks.map((m) => m.figure.machineDrafted))).toEqual([true]);
    const svg = drawn(<SpendingChart layout={layoutSpending(model, 360)} title="Harbour compact spending in euros" summary={describeSpending(model)} selected={null} onOpen={ignore} />);
    await expect(svg).toMatchFileSnapshot('../snapshots/spending-chart-eur-360.svg');
  });

  it('the deal diagram, at 760 px and at 360 px', async () => {
    const comparison = compareDeal(harbourIndex(), 'coast-guard-compact');
    expect(comparison?.terms).toHaveLength(4);
    for (const width of [760, 360]) {
      const svg = drawn(<DealDiagram diagram={layoutDealDiagram(comparison!, width)} title="Coast guard compact" selected={null} onSelect={ignore} />);
      await expect(svg).toMatchFileSnapshot(`../snapshots/deal-diagram-${width}.svg`);
    }
  });

  it('the network graph', async () => {
    const layout = layoutGraph(buildRelationGraph(harbourIndex()));
    expect(layout.nodes).toHaveLength(5);
    await expect(drawn(<NetworkGraph layout={layout} selected={null} onSelect={ignore} />)).toMatchFileSnapshot('../snapshots/network-graph.svg');
  });

  it('the matrix marks, one layer per row of a seeded synthetic dataset', async () => {
    const { dataset, text } = generateSynthetic({ actors: 6, topics: 5, positions: 40, seed: 3 });
    const index = indexDataset(dataset, new Map([['article', text]]));
    const columnWidth = 88;
    const svg = drawn(
      <svg width={dataset.topics.length * columnWidth} height={dataset.actors.length * LAYER_HEIGHT}>
        {dataset.actors.map((actor, row) => (
          <g key={actor.id} transform={`translate(0 ${row * LAYER_HEIGHT})`}>
            <RowMarks cells={dataset.topics.map((topic) => cellPositions(index, actor.id, topic.id))} columnWidth={columnWidth} />
          </g>
        ))}
      </svg>,
    );
    await expect(svg).toMatchFileSnapshot('../snapshots/matrix-marks.svg');
  });
});
