import { ActorPicker } from '../../components/ActorPicker';
import { TopicChecklist, toggle } from '../../components/TopicChecklist';
import { StanceGlyph } from '../../charts/StanceGlyph';
import { stances } from '../../model/codes';
import type { DatasetIndex } from '../../model/indexDataset';
import type { SortKey } from '../../model/matrixSelectors';
import type { Stance } from '../../model/schema';
import { stanceLabel } from '../../model/vocabulary';
import { defaultMatrixState, type MatrixState } from './matrixState';

interface MatrixFiltersProps {
  index: DatasetIndex;
  state: MatrixState;
  update: (change: Partial<MatrixState>) => void;
}


const sortLabels: Record<SortKey, string> = {
  positions: 'Most positions first',
  name: 'Name (A–Z)',
  agreement: 'Agreement with…',
};

export function MatrixFilters({ index, state, update }: MatrixFiltersProps) {
  const { actors, topics } = index.dataset;
  const isDefault = JSON.stringify({ ...state, cell: null }) === JSON.stringify(defaultMatrixState);
  return (
    <form className="filters" aria-label="Filter and sort the matrix" onSubmit={(event) => event.preventDefault()}>
      <ActorPicker label="Actors" actors={actors} selected={state.actors} onChange={(ids) => update({ actors: ids })} />

      <TopicChecklist topics={topics} selected={state.topics} onChange={(ids) => update({ topics: ids })} legend="Topics to show" />

      <fieldset className="filters__stances">
        <legend>Stances</legend>
        {stances.map((stance: Stance) => (
          <button
            key={stance}
            type="button"
            className="toggle"
            aria-pressed={state.stances.includes(stance)}
            onClick={() => update({ stances: toggle(state.stances, stance) })}
          >
            <StanceGlyph stance={stance} size={14} /> {stanceLabel[stance]}
          </button>
        ))}
      </fieldset>

      <label className="check">
        <input type="checkbox" checked={state.hideHistorical} onChange={(event) => update({ hideHistorical: event.target.checked })} />
        Hide historical actors
      </label>

      <div className="filters__sort">
        <label>
          Sort rows
          <select value={state.sort} onChange={(event) => update({ sort: event.target.value as SortKey })}>
            {(Object.keys(sortLabels) as SortKey[]).map((key) => (
              <option key={key} value={key}>
                {sortLabels[key]}
              </option>
            ))}
          </select>
        </label>
        {state.sort === 'agreement' && (
          <label>
            Compared with
            <select value={state.sortActor ?? ''} onChange={(event) => update({ sortActor: event.target.value || null })}>
              <option value="">Choose an actor</option>
              {actors
                .filter((a) => index.positionsByActor.has(a.id))
                .map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
            </select>
          </label>
        )}
      </div>
      <button type="button" className="button-quiet" disabled={isDefault} onClick={() => update({ ...defaultMatrixState, cell: state.cell })}>
        Reset filters
      </button>
    </form>
  );
}
