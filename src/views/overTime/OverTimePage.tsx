import { formatDay } from '../../model/formatDay';
import { useMemo, useRef } from 'react';
import { Link } from 'react-router';
import { closePanelAndRefocus } from '../../charts/closePanel';
import { EvidencePanel } from '../../charts/EvidencePanel';
import { ExportButtons } from '../../charts/ExportButtons';
import { citeSources } from '../../charts/exportChart';
import { useElementWidth } from '../../charts/useElementWidth';
import { DroppedNotice } from '../../components/DroppedNotice';
import { useDatasetIndex } from '../../data/useDatasetIndex';
import type { DatasetIndex } from '../../model/indexDataset';
import { useUrlState } from '../../url/useUrlState';
import { ChangeDetail } from './ChangeDetail';
import { OverTimeChart } from './OverTimeChart';
import { OverTimeFilters } from './OverTimeFilters';
import { OverTimeLegend } from './OverTimeLegend';
import { OverTimeTable } from './OverTimeTable';
import { layoutOverTime } from './overTimeLayout';
import { filterTracks, overTimeCsv, pageCount, pageOf, storyModel, TRACKS_PER_PAGE } from './overTimeSelect';
import { parseOverTimeParams, writeOverTimeParams } from './overTimeState';
import './overTime.css';

/** The story drawn: its own component, so the chart's width is measured on the element it mounts with. */
function StoryOverTime({ index }: { index: DatasetIndex }) {
  const model = useMemo(() => storyModel(index), [index]);
  const known = useMemo(
    () => ({ actors: new Set(model.tracks.map((t) => t.actor)), topics: new Set(model.tracks.map((t) => t.topic)), steps: model.stepByTarget }),
    [model],
  );
  const { state, dropped, update } = useUrlState(known, parseOverTimeParams, writeOverTimeParams);
  const shown = useMemo(() => filterTracks(model.tracks, state.actors, state.topics), [model, state.actors, state.topics]);
  const pages = pageCount(shown.length);
  const page = Math.min(state.page, pages);
  const pageTracks = useMemo(() => pageOf(shown, page), [shown, page]);
  const [frameRef, width] = useElementWidth<HTMLDivElement>(720);
  const layout = useMemo(
    () => (model.extent ? layoutOverTime(pageTracks, model.extent, model.sourceDates, width) : null),
    [pageTracks, model, width],
  );
  const svgRef = useRef<SVGSVGElement>(null);
  const names = (track: { actor: string; topic: string }) => ({
    actor: index.actors.get(track.actor)?.name ?? track.actor,
    topic: index.topics.get(track.topic)?.label ?? track.topic,
  });
  const { sources } = index.dataset;
  if (!layout) return null;


  const open = state.step ? model.stepByTarget.get(state.step) : undefined;
  const openNames = open && names(open.track);
  const closePanel = () => closePanelAndRefocus(() => update({ step: null }), `[data-step="${state.step}"], tr.is-selected button`);
  const steps = shown.reduce((n, t) => n + t.steps.length, 0);
  const title = `Positions over time, ${formatDay(model.sourceDates[0]!)} to ${formatDay(model.sourceDates.at(-1)!)}`;
  const citation = citeSources(sources);
  const first = (page - 1) * TRACKS_PER_PAGE + 1;

  return (
    <section className="page page--over-time" aria-labelledby="over-time-title">
      <header className="page__header">
        <h1 id="over-time-title">Who moved, and when</h1>
        <p className="page__lede">
          Each line is one actor on one topic across {sources.length} sources. Choose a badge between two statements to read the two
          passages side by side.
        </p>
      </header>
      <DroppedNotice dropped={dropped} onDismiss={() => update({}, { replace: true })} />
      <OverTimeFilters actors={index.dataset.actors.filter((a) => known.actors.has(a.id))} topics={index.dataset.topics.filter((t) => known.topics.has(t.id))} state={state} update={update} />
      <p className="result-count" role="status">
        {shown.length} of {model.tracks.length} tracks, {steps} changes.
      </p>
      <div className={open ? 'over-time-layout has-panel' : 'over-time-layout'}>
        <figure className="over-time-figure" aria-labelledby="over-time-chart-title">
          <div className="over-time-figure__head">
            <h2 id="over-time-chart-title">{title}</h2>
            <ExportButtons chart={svgRef} meta={{ title, citation }} csv={() => overTimeCsv(index, shown)} />
          </div>
          <div ref={frameRef}>
            {!shown.length ? (
              <div className="empty-state">
                <p>No track matches these filters.</p>
                <button type="button" onClick={() => update({ actors: [], topics: [], page: 1 })}>
                  Clear the filters
                </button>
              </div>
            ) : state.table ? (
              <OverTimeTable tracks={pageTracks} caption={title} names={names} selected={state.step} onOpen={(step) => update({ step })} />
            ) : (
              <OverTimeChart layout={layout} title={title} names={names} selected={state.step} onOpen={(step) => update({ step })} svgRef={svgRef} />
            )}
          </div>
          {pages > 1 && (
            <nav className="over-time-pages" aria-label="Pages of tracks">
              <button type="button" className="button-quiet" disabled={page <= 1} onClick={() => update({ page: page - 1 })}>
                Previous
              </button>
              <span>
                Tracks {first}–{first + pageTracks.length - 1} of {shown.length}
              </span>
              <button type="button" className="button-quiet" disabled={page >= pages} onClick={() => update({ page: page + 1 })}>
                Next
              </button>
            </nav>
          )}
          <OverTimeLegend />
          <figcaption className="over-time-figure__note">
            A statement is dated by the day the text says it was made, else by its article’s publication date. {citation}
          </figcaption>
        </figure>
        {open && openNames && (
          <EvidencePanel title={`${openNames.actor} on ${openNames.topic}`} subtitle={index.topics.get(open.track.topic)?.question} onClose={closePanel}>
            <ChangeDetail step={open.step} />
          </EvidencePanel>
        )}
      </div>
    </section>
  );
}

/** A dataset of one source has nothing to follow over time: say how to make a story. */
function SingleSource({ sources }: { sources: number }) {
  return (
    <section className="page" aria-labelledby="over-time-title">
      <header className="page__header">
        <h1 id="over-time-title">Over time</h1>
      </header>
      <div className="empty-state">
        <p>
          This dataset has {sources === 1 ? 'one source' : 'no position'}: there is nothing to follow over time yet. A story needs two or more
          articles, each with its publication date.
        </p>
        <p>
          On <Link to="/data">Your data</Link>, choose an editable dataset and use “Add an article to this dataset” for each later article. Or
          draft them all at once with <code>npm run extract -- A.txt B.txt C.txt --published YYYY-MM-DD …</code> (one <code>--published</code> per
          article, in the same order) and import the file there.
        </p>
      </div>
    </section>
  );
}

export default function OverTimePage() {
  const index = useDatasetIndex();
  const { sources, positions } = index.dataset;
  // Keyed by dataset, so a switch of dataset starts the story view afresh.
  return sources.length < 2 || !positions.length ? <SingleSource sources={sources.length} /> : <StoryOverTime key={index.dataset.id} index={index} />;
}
