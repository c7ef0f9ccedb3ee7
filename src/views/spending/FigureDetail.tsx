import { EvidenceList } from '../../charts/EvidenceList';
import { formatAmount } from '../../model/figureFormat';
import type { DatasetIndex } from '../../model/indexDataset';
import type { Figure } from '../../model/schema';
import { figureStatusLabel } from '../../model/vocabulary';
import { FigureMarker } from './FigureMarker';
import type { Gap } from './spendingSeries';

interface FigureDetailProps {
  index: DatasetIndex;
  figure: Figure;
  color: string;
  /** Gaps between this figure and the demands (or, for a demand, the figures measured against it). */
  gaps: Gap[];
}

/** One figure with its time, status, gap to the demands, and the words of the article that give it. */
export function FigureDetail({ index, figure, color, gaps }: FigureDetailProps) {
  const name = (id: string | undefined) => (id ? (index.actors.get(id)?.name ?? id) : undefined);
  const time = figure.time;
  return (
    <div className="figure-detail">
      <p className="figure-detail__status">
        <svg width="28" height="22" viewBox="-14 -11 28 22" aria-hidden="true">
          <FigureMarker status={figure.status} color={color} />
        </svg>
        <strong>{formatAmount(figure.quantity)}</strong> {figureStatusLabel[figure.status].toLowerCase()}
        {figure.machineDrafted && <span className="tag">Machine-drafted</span>}
      </p>
      <dl className="facts">
        <dt>Stated by</dt>
        <dd>{name(figure.actor)}</dd>
        {figure.appliesTo && (
          <>
            <dt>{figure.status === 'demanded' ? 'Asked of' : 'For'}</dt>
            <dd>{name(figure.appliesTo)}</dd>
          </>
        )}
        <dt>When</dt>
        <dd>
          {time ? `“${time.phrase}”` : 'The article gives no year.'}
          {time?.earliest !== undefined && time.latest !== undefined && (
            <>
              {' '}
              drawn as {time.earliest}–{time.latest}
              {time.note && <span className="figure-detail__note">{time.note}</span>}
            </>
          )}
        </dd>
        {gaps.length > 0 && (
          <>
            <dt>Gap</dt>
            <dd>
              <ul className="plain-list">
                {gaps.map((g) => (
                  <li key={`${g.mark.figure.id}-${g.reference.figure.id}`}>
                    {figure.status === 'demanded' ? `${g.mark.label}: ${g.label}` : `${g.label} (${g.reference.actor.name}’s demand)`}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <EvidenceList evidence={figure.evidence} datum={{ kind: 'figure', id: figure.id }} />
    </div>
  );
}
