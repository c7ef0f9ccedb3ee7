import { useMemo, useRef } from 'react';
import { Link } from 'react-router';
import { closePanelAndRefocus } from '../../charts/closePanel';
import { EvidencePanel } from '../../charts/EvidencePanel';
import { ExportButtons } from '../../charts/ExportButtons';
import { citeSources } from '../../charts/exportChart';
import { seriesColor } from '../../charts/seriesPalette';
import { useElementWidth } from '../../charts/useElementWidth';
import { DroppedNotice } from '../../components/DroppedNotice';
import { useDatasetIndex } from '../../data/useDatasetIndex';
import { formatAmount } from '../../model/figureFormat';
import { metricLabel } from '../../model/metrics';
import { figureStatusLabel } from '../../model/vocabulary';
import { FigureDetail } from './FigureDetail';
import { chartTitle } from './figureScales';
import { SpendingChart } from './SpendingChart';
import { SpendingFilters } from './SpendingFilters';
import { SpendingLegend } from './SpendingLegend';
import { SpendingTable } from './SpendingTable';
import { layoutSpending } from './spendingLayout';
import { describeSpending, spendingCaption, spendingCsv, spendingLede, spendingRows } from './spendingRows';
import { replacedText, selectSpending } from './spendingSeries';
import { formatDay } from '../../model/formatDay';
import { shownScale, spendingKnownIds } from './spendingState';
import { useSpendingState } from './useSpendingState';
import './spending.css';

export default function SpendingPage() {
  const index = useDatasetIndex();
  const known = useMemo(() => spendingKnownIds(index.dataset.figures), [index]);
  const { state, dropped, update } = useSpendingState(known);
  const { metric, unit } = shownScale(state, known);
  const model = useMemo(() => selectSpending(index, { metric, unit, actors: state.actors }), [index, metric, unit, state.actors]);
  const [frameRef, width] = useElementWidth<HTMLDivElement>(720);
  const layout = useMemo(() => (model ? layoutSpending(model, width) : null), [model, width]);
  const svgRef = useRef<SVGSVGElement>(null);

  if (!model || !layout)
    return (
      <section className="page" aria-labelledby="spending-title">
        <header className="page__header">
          <h1 id="spending-title">Figures</h1>
        </header>
        <div className="empty-state">
          <p>This dataset has no figures: no amount, share, rate or count that the article states.</p>
          <p>
            <Link to="/data">Choose another dataset or draft one from an article</Link>, or read the <Link to="/matrix">positions</Link>.
          </p>
        </div>
      </section>
    );

  const open = state.mark ? index.figures.get(state.mark) : undefined;
  const openColor = open ? seriesColor(Math.max(0, model.actors.findIndex((a) => a.id === open.actor))) : '';
  const closePanel = () => closePanelAndRefocus(() => update({ mark: null }), `[data-figure="${state.mark}"], tr.is-selected button`);
  const title = chartTitle(model.metric, model.scale);
  const openMark = open ? model.series.flatMap((s) => s.marks).find((m) => m.figure === open) : undefined;
  const openSaid = open && model.acrossDates ? model.said.get(open.id) : undefined;
  const citation = citeSources(index.dataset.sources);

  return (
    <section className="page page--spending" aria-labelledby="spending-title">
      <header className="page__header">
        <h1 id="spending-title">Figures: {metricLabel(model.metric)}</h1>
        <p className="page__lede">{spendingLede(model)} Choose a mark for the words that give it.</p>
      </header>
      <DroppedNotice dropped={dropped} onDismiss={() => update({}, { replace: true })} />
      <SpendingFilters
        metrics={model.metrics}
        metric={model.metric}
        onMetric={(next) => update({ metric: next, unit: null, actors: [], mark: null })}
        scales={model.scales}
        scale={model.scale}
        onScale={(next) => update({ metric: state.metric ?? (state.mark ? model.metric : null), unit: next, actors: [], mark: null })}
        actors={model.actors}
        chosen={state.actors}
        onChange={(actors) => update({ actors })}
        table={state.table}
        onTable={(table) => update({ table })}
      />
      <div className={open ? 'spending-layout has-panel' : 'spending-layout'}>
        <figure className="spending-figure" aria-labelledby="spending-chart-title">
          <div className="spending-figure__head">
            <h2 id="spending-chart-title">{title}</h2>
            <ExportButtons chart={svgRef} meta={{ title, citation }} csv={() => spendingCsv(model)} />
          </div>
          <div ref={frameRef}>
            {state.table ? (
              <SpendingTable rows={spendingRows(model)} caption={title} selected={state.mark} onOpen={(mark) => update({ mark })} />
            ) : (
              <SpendingChart layout={layout} title={title} summary={describeSpending(model)} selected={state.mark} onOpen={(mark) => update({ mark })} svgRef={svgRef} />
            )}
          </div>
          <SpendingLegend model={model} />
          <figcaption className="spending-figure__note">
            {spendingCaption(model)} Source: {citation.replace(/^Source: /, '')}
          </figcaption>
        </figure>
        {open && (
          <EvidencePanel title={open.label} subtitle={`${formatAmount(open.quantity)} · ${figureStatusLabel[open.status]}`} onClose={closePanel}>
            <FigureDetail index={index} figure={open} color={openColor} gaps={model.gaps.filter((g) => g.mark.figure === open || g.reference.figure === open)}
              said={openSaid ? `${formatDay(openSaid.date)}, in ${openSaid.source.title}` : undefined}
              replaced={openMark ? replacedText(openMark) : undefined}
            />
          </EvidencePanel>
        )}
      </div>
    </section>
  );
}
