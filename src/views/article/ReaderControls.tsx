import { ActorPicker } from '../../components/ActorPicker';
import { TopicChecklist, toggle } from '../../components/TopicChecklist';
import type { DatumKind } from '../../model/datums';
import { datumKindPlural, datumKinds } from '../../model/datums';
import type { DatasetIndex } from '../../model/indexDataset';
import { defaultReaderState, type ColourBy, type ReaderState } from './readerState';

interface ReaderControlsProps {
  index: DatasetIndex;
  state: ReaderState;
  update: (change: Partial<ReaderState>) => void;
}


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
      <TopicChecklist topics={topics} selected={state.topics} onChange={(ids) => update({ topics: ids })} legend="Topics whose evidence shows" />
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
