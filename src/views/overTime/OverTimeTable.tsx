import { formatDay } from '../../model/formatDay';
import { StanceGlyph } from '../../charts/StanceGlyph';
import type { Statement, Track } from '../../model/overTime';
import { stanceLabel } from '../../model/vocabulary';
import { changeStyle } from './OverTimeChart';
import { changeLabel } from './overTimeSelect';

interface OverTimeTableProps {
  tracks: Track[];
  caption: string;
  names: (track: { actor: string; topic: string }) => { actor: string; topic: string };
  selected: string | null;
  onOpen: (step: string) => void;
}

const Said = ({ statement }: { statement: Statement }) => (
  <>
    <StanceGlyph stance={statement.position.stance} size={14} /> {stanceLabel[statement.position.stance]}, <time dateTime={statement.date}>{formatDay(statement.date)}</time>
  </>
);

/** The same tracks as a table: one row per change (a track of one statement has a row of its own). */
export function OverTimeTable({ tracks, caption, names, selected, onOpen }: OverTimeTableProps) {
  return (
    <div className="over-time-table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="over-time-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Actor</th>
            <th scope="col">Topic</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {tracks.flatMap((track) => {
            const n = names(track);
            if (!track.steps.length)
              return [
                <tr key={`${track.actor}~${track.topic}`}>
                  <th scope="row">{n.actor}</th>
                  <td data-label="Topic">{n.topic}</td>
                  <td data-label="Before">
                    <Said statement={track.statements[0]!} />
                  </td>
                  <td data-label="After" colSpan={2}>No later statement</td>
                </tr>,
              ];
            return track.steps.map((step) => {
              const id = step.to.position.id;
              return (
                <tr key={id} className={selected === id ? 'is-selected' : undefined}>
                  <th scope="row">{n.actor}</th>
                  <td data-label="Topic">{n.topic}</td>
                  <td data-label="Before">
                    <Said statement={step.from} />
                  </td>
                  <td data-label="After">
                    <Said statement={step.to} />
                  </td>
                  <td data-label="Change">
                    <button type="button" className="button-quiet" aria-pressed={selected === id} onClick={() => onOpen(id)}>
                      <span aria-hidden="true">{changeStyle[step.change].symbol} </span>
                      {changeLabel[step.change]}
                      <span className="visually-hidden">: compare the words</span>
                    </button>
                  </td>
                </tr>
              );
            });
          })}
        </tbody>
      </table>
    </div>
  );
}
