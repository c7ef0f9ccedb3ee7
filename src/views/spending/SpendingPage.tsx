import { useMemo, useRef } from 'react';
import { closePanelAndRefocus } from '../../charts/closePanel';
import { EvidencePanel } from '../../charts/EvidencePanel';
import { ExportButtons } from '../../charts/ExportButtons';
import { citeSources } from '../../charts/exportChart';
import { seriesColor } from '../../charts/seriesPalette';
import { useElementWidth } from '../../charts/useElementWidth';
import { DroppedNotice } from '../../components/DroppedNotice';
import { useDatasetIndex } from '../../data/useDatasetIndex';
import { formatAmount } from '../../model/figureFormat';
import { figureStatusLabel } from '../../model/vocabulary';
import { FigureDetail } from './FigureDetail';
import { SpendingChart } from './SpendingChart';
import { SpendingFilters } from './SpendingFilters';
import { SpendingLegend } from './SpendingLegend';
import { SpendingTable } from './SpendingTable';
import { layoutSpending } from './spendingLayout';
import { describeSpending, spendingCsv, spendingRows } from './spendingRows';
import { selectSpending } from './spendingSeries';
import { useSpendingState } from './useSpendingState';
import './spending.css';

const TITLE = 'Defence spending as a share of GDP: pledges against demands';

export default function SpendingPage() {
  const index = useDatasetIndex();
  const all = useMemo(() => selectSpending(index), [index]);
  const known = useMemo(() => {
    const figures = [...all.series.flatMap((s) => s.marks), ...all.references].map((m) => m.figure.id);
    return { actors: new Set(all.actors.map((a) => a.id)), figures: new Set(figures) };
  }, [all]);
  const { state, dropped, update } = useSpendingState(known);
  const model = useMemo(() => selectSpending(index, state.actors), [index, state.actors]);
  const [frameRef, width] = useElementWidth<HTMLDivElement>(720);
  const layout = useMemo(() => layoutSpending(model, width), [model, width]);
  const svgRef = useRef<SVGSVGElement>(null);
  const open = state.mark ? index.figures.get(state.mark) : undefined;
  const openColor = open ? seriesColor(all.actors.findIndex((a) => a.id === open.actor)) : '';
  const closePanel = () => closePanelAndRefocus(() => update({ mark: null }), `[data-figure="${state.mark}"], tr.is-selected button`);

  if (!all.actors.length)
    return (
      <section className="page" aria-labelledby="spending-title">
        <h1 id="spending-title">Defence spending</h1>
        <p className="empty-state">This dataset has no defence-spending figures.</p>
      </section>
    );
  return (
    <section className="page page--spending" aria-labelledby="spending-title">
      <header className="page__header">
        <h1 id="spending-title">Defence spending: pledges against demands</h1>
        <p className="page__lede">
          What the article says about defence spending as a share of GDP: what is pledged, what is hoped for, and what
          is demanded of others. Choose a mark for the words that give it.
        </p>
      </header>
      <DroppedNotice dropped={dropped} onDismiss={() => update({}, { replace: true })} />
      <SpendingFilters actors={all.actors} chosen={state.actors} onChange={(actors) => update({ actors })} table={state.table} onTable={(table) => update({ table })} />
      <div className={open ? 'spending-layout has-panel' : 'spending-layout'}>
        <figure className="spending-figure" aria-labelledby="spending-chart-title">
          <div className="spending-figure__head">
            <h2 id="spending-chart-title">{TITLE}</h2>
            <ExportButtons chart={svgRef} meta={{ title: TITLE, citation: citeSources(index.dataset.sources) }} csv={() => spendingCsv(model)} />
          </div>
          <div ref={frameRef}>
            {state.table ? (
              <SpendingTable rows={spendingRows(model)} caption={TITLE} selected={state.mark} onOpen={(mark) => update({ mark })} />
            ) : (
              <SpendingChart layout={layout} title={TITLE} summary={describeSpending(model)} selected={state.mark} onOpen={(mark) => update({ mark })} svgRef={svgRef} />
            )}
          </div>
          <SpendingLegend model={model} />
          <figcaption className="spending-figure__note">
            Only figures the article gives are drawn: an actor with no current figure has none.{' '}
            {model.series.some((s) => s.marks.some((m) => m.time.window)) && 'A band is a vague time drawn as a window of years; open its mark for the reasoning. '}
            Source: {citeSources(index.dataset.sources).replace(/^Source: /, '')}
          </figcaption>
        </figure>
        {open && (
          <EvidencePanel title={open.label} subtitle={`${formatAmount(open.quantity)} · ${figureStatusLabel[open.status]}`} onClose={closePanel}>
            <FigureDetail index={index} figure={open} color={openColor} gaps={model.gaps.filter((g) => g.mark.figure === open || g.reference.figure === open)} />
          </EvidencePanel>
        )}
      </div>
    </section>
  );
}
