import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { certainties, stances } from '../../model/codes';
import { articleHref } from '../../url/articleLink';
import { certaintyLabel, stanceLabel } from '../../model/vocabulary';
import type { Position, Topic } from '../../model/schema';
import { DataText } from '../../components/DataText';
import { useAppStore } from '../../store/appStore';
import type { SavedDataset } from '../../store/workspaceSlice';
import { draftedFirst, reviewCounts } from './reviewItems';
import { SaveStatus } from './SaveStatus';
import { SelectionEvidence } from './SelectionEvidence';
import { TopicAssign } from './TopicAssign';

function PositionRow({ position, actor, topic, topics }: { position: Position; actor: string; topic: string; topics: Topic[] }) {
  const edit = useAppStore((s) => s.edit);
  const ids = useId();
  return (
    <li className={position.machineDrafted ? 'review-row is-drafted' : 'review-row'}>
      <p className="review-row__head">
        <strong>{actor}</strong> on <strong>{topic}</strong>
        {position.machineDrafted && <span className="tag tag--drafted">machine drafted, unconfirmed</span>}
      </p>
      <div className="review-row__fields">
        <label>
          Stance
          <select value={position.stance} onChange={(e) => edit({ type: 'updatePosition', id: position.id, changes: { stance: e.target.value as Position['stance'] } })}>
            {stances.map((s) => (
              <option key={s} value={s}>
                {stanceLabel[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Certainty
          <select value={position.certainty} onChange={(e) => edit({ type: 'updatePosition', id: position.id, changes: { certainty: e.target.value as Position['certainty'] } })}>
            {certainties.map((c) => (
              <option key={c} value={c}>
                {certaintyLabel[c]}
              </option>
            ))}
          </select>
        </label>
        <label className="review-row__summary" htmlFor={`${ids}-summary`}>
          Summary
        </label>
        <textarea
          id={`${ids}-summary`}
          key={position.summary}
          defaultValue={position.summary}
          rows={2}
          onBlur={(e) => e.target.value !== position.summary && edit({ type: 'updatePosition', id: position.id, changes: { summary: e.target.value } })}
        />
      </div>
      <TopicAssign position={position} topics={topics} edit={edit} />
      <div className="review-row__actions">
        {position.machineDrafted && (
          <button type="button" className="button-quiet" onClick={() => edit({ type: 'confirm', kind: 'position', id: position.id })}>
            Confirm
          </button>
        )}
        <Link to={articleHref('position', position.id)}>Show in article</Link>
        <button type="button" className="button-quiet button-danger" onClick={() => edit({ type: 'delete', kind: 'position', id: position.id })}>
          Delete
        </button>
      </div>
    </li>
  );
}

const REVIEW_PAGE = 50;

function ShowMore({ shown, total, noun, onMore }: { shown: number; total: number; noun: string; onMore: () => void }) {
  if (total <= shown) return null;
  return (
    <p className="review-more">
      Showing the first {shown} of {total} {noun}, drafted ones first.{' '}
      <button type="button" className="button-quiet" onClick={onMore}>
        Show {Math.min(REVIEW_PAGE, total - shown)} more
      </button>
    </p>
  );
}

/** Review of the dataset on show: edit positions, confirm or delete drafted items, undo and redo. */
export function ReviewPanel({ saved }: { saved: SavedDataset }) {
  const ids = useId();
  const { dataset } = saved;
  const edit = useAppStore((s) => s.edit);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  const canUndo = useAppStore((s) => s.past.length > 0);
  const canRedo = useAppStore((s) => s.future.length > 0);
  const actors = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const topics = new Map(dataset.topics.map((t) => [t.id, t.label]));
  const counts = reviewCounts(dataset);
  // Rows come a page at a time: every position row holds three lists (one of them the whole codebook),
  // and thousands at once would stall the page.
  const [shownPositions, setShownPositions] = useState(REVIEW_PAGE);
  const [shownFigures, setShownFigures] = useState(REVIEW_PAGE);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z' || target.closest('input, textarea')) return;
      event.preventDefault();
      if (event.shiftKey) redo();
      else undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  return (
    <section className="data-card data-card--wide" aria-labelledby={`${ids}-title`}>
      <div className="review-header">
        <h2 id={`${ids}-title`}>Review “<DataText text={dataset.title} />”</h2>
        <div role="group" aria-label="History">
          <button type="button" className="button-quiet" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
            Undo
          </button>
          <button type="button" className="button-quiet" onClick={redo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z">
            Redo
          </button>
        </div>
      </div>
      <p className="data-card__hint" role="status">
        {counts.drafted} of {counts.total} positions and figures are machine drafted and await a person’s check.
      </p>
      <SaveStatus />
      <h3>Positions ({dataset.positions.length})</h3>
      {dataset.positions.length ? (
        <ul className="review-list">
          {draftedFirst(dataset.positions)
            .slice(0, shownPositions)
            .map((p) => (
              <PositionRow key={p.id} position={p} actor={actors.get(p.actor) ?? p.actor} topic={topics.get(p.topic) ?? p.topic} topics={dataset.topics} />
            ))}
        </ul>
      ) : (
        <p className="empty">No positions yet: select words in the text below to start one.</p>
      )}
      <ShowMore shown={shownPositions} total={dataset.positions.length} noun="positions" onMore={() => setShownPositions((n) => n + REVIEW_PAGE)} />
      <h3>Figures ({dataset.figures.length})</h3>
      <ul className="review-list">
        {draftedFirst(dataset.figures).slice(0, shownFigures).map((f) => (
          <li key={f.id} className={f.machineDrafted ? 'review-row is-drafted' : 'review-row'}>
            <p className="review-row__head">
              <strong>{f.label}</strong> ({f.status}, {actors.get(f.actor) ?? f.actor})
              {f.machineDrafted && <span className="tag tag--drafted">machine drafted, unconfirmed</span>}
            </p>
            <div className="review-row__actions">
              {f.machineDrafted && (
                <button type="button" className="button-quiet" onClick={() => edit({ type: 'confirm', kind: 'figure', id: f.id })}>
                  Confirm
                </button>
              )}
              <Link to={articleHref('figure', f.id)}>Show in article</Link>
              <button type="button" className="button-quiet button-danger" onClick={() => edit({ type: 'delete', kind: 'figure', id: f.id })}>
                Delete
              </button>
            </div>
          </li>
        ))}
      </ul>
      <ShowMore shown={shownFigures} total={dataset.figures.length} noun="figures" onMore={() => setShownFigures((n) => n + REVIEW_PAGE)} />
      <h3>Actors ({dataset.actors.length})</h3>
      <ul className="review-chips">
        {dataset.actors.map((a) => (
          <li key={a.id}>
            {a.name}
            <button type="button" className="chip-remove" aria-label={`Delete ${a.name} and the positions and figures that depend on them`} onClick={() => edit({ type: 'delete', kind: 'actor', id: a.id })}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <SelectionEvidence dataset={dataset} texts={saved.texts} edit={edit} />
    </section>
  );
}
