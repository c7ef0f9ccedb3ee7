import { useMemo, useState } from 'react';
import { closePanelAndRefocus } from '../../charts/closePanel';
import { EvidencePanel } from '../../charts/EvidencePanel';
import { StanceLegend } from '../../charts/StanceLegend';
import { ReadingLegend } from '../../charts/ReadingLegend';
import { UnconfirmedLegend } from '../../charts/UnconfirmedMark';
import { isUnconfirmed } from '../../model/drafts';
import { DroppedNotice } from '../../components/DroppedNotice';
import { ReadingToggle } from '../../components/ReadingToggle';
import { useReadingIndex } from '../../components/useReadingIndex';
import { cellKey, cellPositions } from '../../model/indexDataset';
import { selectMatrix } from '../../model/matrixSelectors';
import { AsOfPicker } from './AsOfPicker';
import { matrixHref } from './matrixState';
import { MatrixFilters } from './MatrixFilters';
import { MatrixGrid } from './MatrixGrid';
import { PositionDetail } from './PositionDetail';
import { useMatrixAsOf } from './useMatrixAsOf';
import { useMatrixState } from './useMatrixState';

export default function MatrixPage() {
  const { index: readingIndex, all, inferred } = useReadingIndex();
  const { state, dropped, update } = useMatrixState(all);
  // A story's matrix shows each cell as of a source's date; one source's, every position.
  const asOf = useMatrixAsOf(readingIndex, state.asOf);
  const index = asOf?.index ?? readingIndex;
  const view = useMemo(() => selectMatrix(index, state), [index, state]);
  // On a phone the filters fold away behind a button; this is layout, not shareable state.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const activeFilters = state.actors.length + state.topics.length + state.stances.length + Number(state.hideHistorical);
  const { actors, topics } = index.dataset;
  const open = state.cell;
  const openActor = open && index.actors.get(open.actor);
  const openTopic = open && index.topics.get(open.topic);
  const cellHref = (actor: string, topic: string) => matrixHref({ ...state, cell: { actor, topic } });
  const closePanel = () => closePanelAndRefocus(() => update({ cell: null }), `[data-key="${open && cellKey(open.actor, open.topic)}"]`);

  return (
    <section className="page page--matrix" aria-labelledby="matrix-title">
      <header className="page__header">
        <h1 id="matrix-title">Who stands where</h1>
        <p className="page__lede">
          Each row is an actor, each column a topic. Choose a cell to read the position and the words of the article
          that tell us.
        </p>
      </header>
      <DroppedNotice dropped={dropped} onDismiss={() => update({}, { replace: true })} />
      <button
        type="button"
        className="filters-toggle"
        aria-expanded={filtersOpen}
        aria-controls="matrix-filters"
        onClick={() => setFiltersOpen(!filtersOpen)}
      >
        Filters and sorting{activeFilters ? ` (${activeFilters} active)` : ''}
      </button>
      <div id="matrix-filters" className={filtersOpen ? 'filters-fold is-open' : 'filters-fold'}>
        <MatrixFilters index={index} state={state} update={update} />
      </div>
      <ReadingToggle inferred={{ positions: inferred.positions }} />
      {asOf && (
        <AsOfPicker
          dates={asOf.dates}
          date={asOf.date}
          since={asOf.changed?.since ?? null}
          changedCount={asOf.changed?.cells.size ?? 0}
          onChange={(date) => update({ asOf: date === asOf.dates.at(-1) ? null : date }, { replace: true })}
        />
      )}
      <p className="result-count" role="status">
        Showing {view.rows.length} of {actors.length} actors, {view.columns.length} of {topics.length} topics,{' '}
        {view.positionCount} positions.
      </p>
      <div className={open ? 'matrix-layout has-panel' : 'matrix-layout'}>
        <div className="matrix-layout__main">
          {view.rows.length && view.columns.length ? (
            <MatrixGrid
              view={view}
              whole={{ rows: actors.length, columns: topics.length }}
              selected={open}
              changed={asOf?.changed ?? null}
              onOpen={(actor, topic) => update({ cell: { actor, topic } })}
            />
          ) : (
            <div className="empty-state">
              <p>No position matches these filters.</p>
              <button type="button" onClick={() => update({ actors: [], topics: [], stances: [], hideHistorical: false })}>
                Clear the filters
              </button>
            </div>
          )}
          <StanceLegend />
          {inferred.positions > 0 && <ReadingLegend form="hatch" />}
          {index.dataset.positions.some(isUnconfirmed) && <UnconfirmedLegend />}
        </div>
        {open && openActor && openTopic && (
          <EvidencePanel title={`${openActor.name} on ${openTopic.label}`} subtitle={openTopic.question} onClose={closePanel}>
            <PositionDetail index={index} positions={cellPositions(index, open.actor, open.topic)} cellHref={cellHref} />
          </EvidencePanel>
        )}
      </div>
    </section>
  );
}
