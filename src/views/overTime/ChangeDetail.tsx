import { formatDay } from '../../model/formatDay';
import { Link } from 'react-router';
import { EvidenceQuote } from '../../charts/EvidenceQuote';
import { StanceGlyph } from '../../charts/StanceGlyph';
import type { Statement, Step } from '../../model/overTime';
import { certaintyLabel, stanceLabel } from '../../model/vocabulary';
import { articleHref } from '../../url/articleLink';
import { changeLabel, changeMeaning } from './overTimeSelect';

function Passage({ statement, heading }: { statement: Statement; heading: string }) {
  const { position, source, span } = statement;
  const otherPassages = position.evidence.filter((s) => s.source !== source.id).length;
  return (
    <section className="change-passage" aria-label={`${heading}: ${stanceLabel[position.stance]}`}>
      <h3 className="change-passage__heading">
        {heading} <StanceGlyph stance={position.stance} size={14} /> {stanceLabel[position.stance]}
        <span className="change-passage__certainty"> · {certaintyLabel[position.certainty]}</span>
      </h3>
      <p className="change-passage__when">
        <time dateTime={statement.date}>{formatDay(statement.date)}</time>{' '}
        <span className="tag">{statement.stated ? 'day stated in the text' : 'publication date'}</span>
      </p>
      <p className="change-passage__source">
        {source.title}, <em>{source.publisher}</em>, {formatDay(source.published.date)}
      </p>
      <EvidenceQuote span={span} />
      <p>
        <Link to={articleHref('position', position.id, source.id)} className="evidence-quote__show">
          Show in article <span className="visually-hidden">({source.publisher}, {formatDay(source.published.date)})</span>
        </Link>
      </p>
      {otherPassages > 0 && (
        <p className="change-passage__also">Also reported in {otherPassages === 1 ? 'one other passage' : `${otherPassages} other passages`}.</p>
      )}
    </section>
  );
}

/** A change between two statements: what it is, and the two passages that show it, side by side. */
export function ChangeDetail({ step }: { step: Step }) {
  return (
    <div className="change-detail">
      <p className={`change-detail__label is-${step.change}`}>
        <strong>{changeLabel[step.change]}</strong>: {changeMeaning[step.change]}.
      </p>
      <div className="change-detail__pair">
        <Passage statement={step.from} heading="Before" />
        <Passage statement={step.to} heading="After" />
      </div>
    </div>
  );
}
