import { useMemo, useRef } from 'react';
import { closePanelAndRefocus } from '../../charts/closePanel';
import { EvidencePanel } from '../../charts/EvidencePanel';
import { ExportButtons } from '../../charts/ExportButtons';
import { citeSources } from '../../charts/exportChart';
import { useElementWidth } from '../../charts/useElementWidth';
import { DroppedNotice } from '../../components/DroppedNotice';
import { useDatasetIndex } from '../../data/useDatasetIndex';
import { termStatusLabel } from '../../model/vocabulary';
import { DealDiagram } from './DealDiagram';
import { MineralsLegend } from './MineralsLegend';
import { TermComparison } from './TermComparison';
import { TermDetail } from './TermDetail';
import { mineralsCsv } from './mineralsCsv';
import { layoutDealDiagram } from './mineralsDiagram';
import { chooseDeal, compareDeal } from './mineralsTerms';
import { useMineralsState } from './useMineralsState';
import './minerals.css';

export default function MineralsPage() {
  const index = useDatasetIndex();
  const { state, dropped, update } = useMineralsState(index);
  const dealId = chooseDeal(index, state);
  const comparison = useMemo(() => (dealId ? compareDeal(index, dealId) : null), [index, dealId]);
  const [frameRef, width] = useElementWidth<HTMLDivElement>(760);
  const diagram = useMemo(() => (comparison ? layoutDealDiagram(comparison, width) : null), [comparison, width]);
  const svgRef = useRef<SVGSVGElement>(null);

  if (!comparison || !diagram)
    return (
      <section className="page" aria-labelledby="minerals-title">
        <h1 id="minerals-title">Deal terms</h1>
        <p className="empty-state">This dataset records no deal.</p>
      </section>
    );
  const { deal } = comparison;
  const title = `${deal.label}: the terms, and what the draft holds`;
  const open = comparison.terms.find((t) => t.term.id === state.term);
  const row = open && comparison.rows.find((r) => r.kind === 'versus' && (r.draft === open || r.claims.includes(open)));
  const related = row?.kind === 'versus' ? (open === row.draft ? row.claims : row.draft ? [row.draft] : []) : [];
  const select = (term: string) => update({ term });
  const closePanel = () => closePanelAndRefocus(() => update({ term: null }), `[data-term-card="${state.term}"]`);

  return (
    <section className="page page--minerals" aria-labelledby="minerals-title">
      <header className="page__header">
        <h1 id="minerals-title">{deal.label}: claims against the draft</h1>
        <p className="page__lede">{deal.summary}</p>
      </header>
      <DroppedNotice dropped={dropped} onDismiss={() => update({}, { replace: true })} />
      {index.dataset.deals.length > 1 && (
        <label className="minerals-deal-choice">
          Deal{' '}
          <select value={deal.id} onChange={(event) => update({ deal: event.target.value, term: null })}>
            {index.dataset.deals.map((d) => (
              <option key={d.id} value={d.id}>
                {d.label}
              </option>
            ))}
          </select>
        </label>
      )}
      <div className={open ? 'minerals-layout has-panel' : 'minerals-layout'}>
        <div className="minerals-main">
          <section aria-labelledby="terms-title">
            <h2 id="terms-title">Every term, claim against draft</h2>
            {comparison.rows.length ? <TermComparison rows={comparison.rows} selected={state.term} onSelect={select} /> : <p className="empty-state">The article gives no terms of this deal.</p>}
          </section>
          <figure className="minerals-figure" aria-labelledby="diagram-title">
            <div className="minerals-figure__head">
              <h2 id="diagram-title">The deal’s structure</h2>
              <ExportButtons chart={svgRef} meta={{ title, citation: citeSources(index.dataset.sources) }} csv={() => mineralsCsv(comparison)} />
            </div>
            <div ref={frameRef} className="chart-frame">
              <DealDiagram diagram={diagram} title={title} selected={state.term} onSelect={select} svgRef={svgRef} />
            </div>
            <MineralsLegend diagram={diagram} />
            <figcaption className="minerals-figure__note">
              Terms as the article reports them; a crossed, dashed link marks a term asked for but missing from the draft.
              Source: {citeSources(index.dataset.sources).replace(/^Source: /, '')}
            </figcaption>
          </figure>
        </div>
        {open && (
          <EvidencePanel title={open.term.label} subtitle={termStatusLabel[open.term.status]} onClose={closePanel}>
            <TermDetail index={index} view={open} related={related} onSelect={select} />
          </EvidencePanel>
        )}
      </div>
    </section>
  );
}
