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
  /** When it was said and in which source, when the figures come from more than one date. */
  said?: string;
  /** "replaced by 3% by 2030 (10 Apr 2025)", or empty. */
  replaced?: string;
}

/** One figure with its time, status, gap to the demands, and the words of the article that give it. */
export function FigureDetail({ index, figure, color, gaps, said, replaced }: FigureDetailProps) {
  const name = (id: string | undefined) => (id ? (index.actors.get(id)?.name ?? id) : undefined);
  const time = figure.time;
  return (
    <div className="figure-detail">
      <p className="figure-detail__status">
        <svg width="30" height="30" viewBox="-15 -15 30 30" aria-hidden="true">
          <FigureMarker status={figure.status} color={color} unconfirmed={figure.machineDrafted} />
        </svg>
        <strong>{formatAmount(figure.quantity)}</strong> {figureStatusLabel[figure.status].toLowerCase()}
        {figure.machineDrafted && <span className="tag">Unconfirmed draft</span>}
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
              {time.note && (
                <span className="figure-detail__note">
                  <strong>How the window was reasoned: </strong>
                  {time.note}
                </span>
              )}
            </>
          )}
        </dd>
        {said && (
          <>
            <dt>Said</dt>
            <dd>{said}</dd>
          </>
        )}
        {replaced && (
          <>
            <dt>Replaced</dt>
            <dd>{replaced.replace(/^replaced /, '')}</dd>
          </>
        )}
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
      {figure.machineDrafted && (
        <p className="figure-detail__unconfirmed">
          Drafted by machine{figure.draft ? ` (rule “${figure.draft.rule}”, ${Math.round(figure.draft.confidence * 100)}% sure)` : ''} and not yet
          confirmed by a person: check it against the words below.
        </p>
      )}
      <EvidenceList evidence={figure.evidence} datum={{ kind: 'figure', id: figure.id }} />
    </div>
  );
}
