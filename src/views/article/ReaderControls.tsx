import { ActorPicker } from '../../components/ActorPicker';
import type { DatumKind } from '../../model/articleLink';
import { datumKindPlural, datumKinds } from '../../model/datums';
import type { DatasetIndex } from '../../model/indexDataset';
import { defaultReaderState, type ColourBy, type ReaderState } from './readerState';

interface ReaderControlsProps {
  index: DatasetIndex;
  state: ReaderState;
  update: (change: Partial<ReaderState>) => void;
}

const toggle = <T,>(values: T[], value: T) => (values.includes(value) ? values.filter((v) => v !== value) : [...values, value]);

const colourLabels: Record<ColourBy, string> = { topic: 'Topic', actor: 'Actor' };

export function ReaderControls({ index, state, update }: ReaderControlsProps) {
  const { actors, topics } = index.dataset;
  const filtered = state.actors.length || state.topics.length || state.kinds.length;
  return (
    <form className="filters reader-controls" aria-label="Colour and filter the highlights" onSubmit={(e) => e.preventDefault()}>
      <fieldset className="reader-controls__colour">
        <legend>Colour by</legend>
        {(Object.keys(colourLabels) as ColourBy[]).map((mode) => (
          <label key={mode} className="segmented">
            <input type="radio" name="colour" value={mode} checked={state.colourBy === mode} onChange={() => update({ colourBy: mode })} />
            {colourLabels[mode]}
          </label>
        ))}
      </fieldset>
      <ActorPicker label="Actors" actors={actors} selected={state.actors} onChange={(ids) => update({ actors: ids })} />
      <details className="filters__topics">
        <summary>
          Topics <span className="filters__count">{state.topics.length ? `${state.topics.length} of ${topics.length}` : 'all'}</span>
        </summary>
        <fieldset>
          <legend className="visually-hidden">Topics whose evidence shows</legend>
          {topics.map((topic) => (
            <label key={topic.id} className="check">
              <input type="checkbox" checked={state.topics.includes(topic.id)} onChange={() => update({ topics: toggle(state.topics, topic.id) })} />
              {topic.label}
            </label>
          ))}
        </fieldset>
      </details>
      <fieldset className="filters__stances">
        <legend>Show</legend>
        {datumKinds.map((kind: DatumKind) => (
          <button key={kind} type="button" className="toggle" aria-pressed={state.kinds.includes(kind)} onClick={() => update({ kinds: toggle(state.kinds, kind) })}>
            {datumKindPlural[kind]}
          </button>
        ))}
      </fieldset>
      <button type="button" className="button-quiet" disabled={!filtered} onClick={() => update({ ...defaultReaderState, colourBy: state.colourBy, datum: state.datum })}>
        Show all highlights
      </button>
    </form>
  );
}
