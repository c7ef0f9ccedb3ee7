import { formatDay } from '../../model/formatDay';
import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ReadingLegend } from '../../charts/ReadingLegend';
import { DroppedNotice } from '../../components/DroppedNotice';
import { ReadingToggle } from '../../components/ReadingToggle';
import { useReadingIndex } from '../../components/useReadingIndex';
import { datumKey, datumKindLabel, listDatums } from '../../model/datums';
import { DATUM_PARAM, SOURCE_PARAM } from '../../url/articleLink';
import { datumHref } from '../shared/datumHref';
import { ArticleText } from './ArticleText';
import { PassagePanel } from './PassagePanel';
import { ReaderControls } from './ReaderControls';
import { ReaderLegend } from './ReaderLegend';
import { selectReader } from './readerMarks';
import { SourcePicker } from './SourcePicker';
import { useReaderState } from './useReaderState';
import './reader.css';

export default function ArticlePage() {
  // The reader keeps the whole index: a deep-linked datum shows even when it is our reading and those are hidden.
  const { all: index, reading, inferred } = useReadingIndex();
  const datums = useMemo(() => listDatums(index), [index]);
  const { state, dropped, update } = useReaderState(index, datums);
  const [params, setParams] = useSearchParams();
  const { sources } = index.dataset;
  const source = sources.find((s) => s.id === params.get(SOURCE_PARAM)) ?? sources[0]!;
  // Another article keeps the filters; the datum linked to belongs to the article it was opened in.
  const showSource = (id: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.set(SOURCE_PARAM, id);
      next.delete(DATUM_PARAM);
      return next;
    });
  const view = useMemo(() => selectReader(index, datums, source.id, state, reading), [index, datums, source.id, state, reading]);
  const segments = useMemo(() => view.layout.paragraphs.flatMap((p) => p.segments.filter((s) => s.marks.length)), [view]);
  const target = state.datum && datumKey(state.datum.kind, state.datum.id);
  const targetRef = target ? datums.find((d) => datumKey(d.kind, d.id) === target) : undefined;
  const targetFirst = useMemo(() => {
    const first = target ? segments.findIndex((s) => s.marks.some((m) => datumKey(m.datum.kind, m.datum.id) === target)) : -1;
    return first < 0 ? null : first;
  }, [target, segments]);
  // The deep-linked passage stays in the panel until the user pins another one (for this same link).
  const [userPin, setUserPin] = useState<{ n: number | null; target: string | null } | null>(null);
  const pinned = userPin && userPin.target === target ? userPin.n : targetFirst;
  const setPinned = (n: number | null) => setUserPin({ n, target });
  const [preview, setPreview] = useState<number | null>(null);
  const active = preview ?? pinned;

  // A deep link scrolls to the datum's first passage and moves focus there.
  useEffect(() => {
    if (targetFirst === null) return;
    const el = document.querySelector<HTMLElement>(`[data-segment="${targetFirst}"]`);
    el?.scrollIntoView({ block: 'center' });
    el?.focus({ preventScroll: true });
  }, [targetFirst]);

  return (
    <section className="page page--reader" aria-labelledby="reader-title">
      <header className="page__header">
        {sources.length > 1 ? (
          <>
            <h1 id="reader-title">{source.title}</h1>
            <p className="reader-byline">
              {source.publisher}, <time dateTime={source.published.date}>{formatDay(source.published.date)}</time>
              {source.published.inferred && ' (date inferred)'}
            </p>
          </>
        ) : (
          <h1 id="reader-title">The article, with its evidence</h1>
        )}
        {sources.length > 1 && <SourcePicker sources={sources} source={source} onChange={showSource} />}
        <p className="page__lede">
          Every passage that supports a position, figure, deal term, event, relation or mention of an actor is marked
          by a band under its words. Point at a passage to see what it supports.
        </p>
      </header>
      <DroppedNotice dropped={dropped} onDismiss={() => update({}, { replace: true })} />
      {targetRef && (
        <div className="notice reader-target" role="status">
          <p>
            Showing the words for the {datumKindLabel[targetRef.kind].toLowerCase()} <strong>{targetRef.label}</strong>{' '}
            ({targetRef.evidence.length} {targetRef.evidence.length === 1 ? 'passage' : 'passages'}, outlined).{' '}
            <Link to={datumHref(targetRef.target)}>Back to it in its view</Link>
          </p>
          <button type="button" className="button-quiet" onClick={() => update({ datum: null })}>
            Clear
          </button>
        </div>
      )}
      <ReaderControls index={index} state={state} update={update} />
      <ReadingToggle inferred={inferred} />
      <p className="result-count" role="status">
        Highlighting {view.shownDatums} of {view.totalDatums} data in {segments.length} passages.
      </p>
      <div className="reader-layout">
        <article className="reader-article" aria-label={source.title} onMouseLeave={() => setPreview(null)}>
          {segments.length === 0 && <p className="empty-state">No highlight matches these filters; the text is shown plain.</p>}
          <ArticleText
            layout={view.layout}
            colourOf={view.colourOf}
            target={target}
            active={active}
            onActivate={(n, pin) => (pin ? setPinned(n) : setPreview(n))}
          />
        </article>
        <div className="reader-side">
          <PassagePanel index={index} segment={active === null ? null : segments[active] ?? null} colourOf={view.colourOf} pinned={pinned !== null} onUnpin={() => setPinned(null)} />
          <ReaderLegend legend={view.legend} title={state.colourBy === 'actor' ? 'Colour: actor' : 'Colour: topic group'}>
            {inferred.positions + inferred.relations > 0 && <ReadingLegend form="band" />}
          </ReaderLegend>
        </div>
      </div>
    </section>
  );
}
