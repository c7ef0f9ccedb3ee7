import { useMemo, useRef } from 'react';
import { Link } from 'react-router';
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
import { chooseDeal, compareDeal, describeTerms, hasClaimsAgainstDraft } from './mineralsTerms';
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
        <header className="page__header">
          <h1 id="minerals-title">Deal terms</h1>
        </header>
        <div className="empty-state">
          <p>This dataset records no deal, agreement or treaty, so there are no terms to set side by side.</p>
          <p>
            <Link to="/data">Choose another dataset or draft one from an article</Link>, or read the <Link to="/matrix">positions</Link>.
          </p>
        </div>
      </section>
    );
  const { deal } = comparison;
  const versus = hasClaimsAgainstDraft(comparison);
  const heading = versus ? `${deal.label}: claims against the draft` : `${deal.label}: the terms`;
  const title = versus ? `${deal.label}: the terms, and what the draft holds` : `${deal.label}: the terms`;
  const parties = comparison.parties.map((a) => a.name);
  const between = parties.length > 1 ? ` Between ${parties.slice(0, -1).join(', ')} and ${parties.at(-1)}.` : parties.length ? ` Party: ${parties[0]}.` : '';
  const open = comparison.terms.find((t) => t.term.id === state.term);
  const row = open && comparison.rows.find((r) => r.kind === 'versus' && (r.draft === open || r.claims.includes(open)));
  const related = row?.kind === 'versus' ? (open === row.draft ? row.claims : row.draft ? [row.draft] : []) : [];
  const select = (term: string) => update({ term });
  const closePanel = () => closePanelAndRefocus(() => update({ term: null }), `[data-term-card="${state.term}"]`);

  return (
    <section className="page page--minerals" aria-labelledby="minerals-title">
      <header className="page__header">
        <h1 id="minerals-title">{heading}</h1>
        <p className="page__lede">
          {deal.summary}
          {between} {describeTerms(comparison)}
        </p>
      </header>
      <DroppedNotice dropped={dropped} onDismiss={() => update({}, { replace: true })} />
      {index.dataset.deals.length > 1 && (
        <label className="minerals-deal-choice">
          Deal{' '}
          <select value={deal.id} onChange={(event) => update({ deal: event.target.value, term: null })}>
            {index.dataset.deals.map((d) => {
              const terms = index.dataset.dealTerms.filter((t) => t.deal === d.id).length;
              return (
                <option key={d.id} value={d.id}>
                  {d.label} ({terms} {terms === 1 ? 'term' : 'terms'})
                </option>
              );
            })}
          </select>
        </label>
      )}
      <div className={open ? 'minerals-layout has-panel' : 'minerals-layout'}>
        <div className="minerals-main">
          <section aria-labelledby="terms-title">
            <h2 id="terms-title">{versus ? 'Every term, claim against draft' : 'Every term'}</h2>
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
              Terms as the article reports them
              {diagram.lanes.some((l) => l.id === 'missing') ? '; a crossed, dashed link marks a term asked for but missing from the draft' : ''}.
              {' '}Source: {citeSources(index.dataset.sources).replace(/^Source: /, '')}
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
