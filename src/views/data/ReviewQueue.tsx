import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { DataText } from '../../components/DataText';
import type { Dataset } from '../../model/schema';
import { useAppStore } from '../../store/appStore';
import { articleHref } from '../../url/articleLink';
import { useUrlState } from '../../url/useUrlState';
import { KeyLegend } from './KeyLegend';
import { QueueFilters } from './QueueFilters';
import { acceptAllCommand, acceptCommand, confidenceText, cursorAfter, kindLabel, queueItems, rejectCommand, shownItems, type QueueItem } from './reviewQueue';
import { parseReviewParams, writeReviewParams } from './reviewState';
import { handleQueueKey } from './queueKeys';

const parse = (params: URLSearchParams) => parseReviewParams(params);

/**
 * Every unconfirmed machine draft, one row each with its words, rule and confidence, to accept or reject
 * from the keyboard. The cursor is one row (roving focus); after an accept or a reject it stays at the
 * same place in the list, on the row that moved up, and a status line says what happened.
 */
export function ReviewQueue({ dataset }: { dataset: Dataset }) {
  const ids = useId();
  const edit = useAppStore((s) => s.edit);
  const undo = useAppStore((s) => s.undo);
  const { state, update } = useUrlState(null, parse, writeReviewParams);
  const items = useMemo(() => queueItems(dataset), [dataset]);
  const shown = useMemo(() => shownItems(items, state), [items, state]);
  const [cursor, setCursor] = useState<{ key: string; index: number } | null>(null);
  const [said, setSaid] = useState('');
  const acted = useRef<string[]>([]);
  const list = useRef<HTMLOListElement>(null);
  const section = useRef<HTMLElement>(null);
  const focusWanted = useRef(false);
  const activeKey = cursorAfter(shown, cursor);
  const activeIndex = shown.findIndex((i) => i.key === activeKey);
  const active = shown[activeIndex];

  useEffect(() => {
    if (!focusWanted.current) return;
    focusWanted.current = false;
    const row = activeIndex >= 0 ? list.current?.children[activeIndex] : undefined;
    if (row instanceof HTMLElement) row.focus();
    else section.current?.focus();
  }, [activeIndex, shown, cursor]);

  const inList = () => list.current?.contains(document.activeElement) ?? false;
  const moveTo = (index: number) => {
    const item = shown[Math.max(0, Math.min(index, shown.length - 1))];
    if (!item) return;
    focusWanted.current = true;
    setCursor({ key: item.key, index: shown.indexOf(item) });
  };
  const decide = (item: QueueItem | undefined, verb: 'Accepted' | 'Rejected') => {
    if (!item) return;
    edit(verb === 'Accepted' ? acceptCommand(item) : rejectCommand(item));
    acted.current.push(item.key);
    focusWanted.current = true;
    setCursor({ key: item.key, index: shown.indexOf(item) });
    const rest = verb === 'Rejected' && item.kind === 'actor' ? ', with what rested on them' : '';
    setSaid(`${verb} ${kindLabel[item.kind].toLowerCase()} “${item.title}”${rest}. ${shown.length - 1} shown left.`);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) =>
    handleQueueKey(event, {
      // From elsewhere in the queue, the first move puts focus on the row under the cursor.
      next: () => moveTo(inList() ? activeIndex + 1 : activeIndex),
      previous: () => moveTo(inList() ? activeIndex - 1 : activeIndex),
      accept: () => decide(active, 'Accepted'),
      reject: () => decide(active, 'Rejected'),
      undo: () => {
        undo();
        const key = acted.current.pop();
        if (key) {
          focusWanted.current = true;
          setCursor({ key, index: activeIndex });
        }
        setSaid('Undone: the last change is taken back.');
      },
      acceptAllShown: () => acceptAll(),
    });
  const acceptAll = () => {
    if (!shown.length || !window.confirm(`Accept all ${shown.length} drafts shown? One undo takes them all back.`)) return;
    edit(acceptAllCommand(shown));
    focusWanted.current = true;
    setCursor(null);
    setSaid(`Accepted ${shown.length} drafts. Press u to undo.`);
  };

  return (
    <section className="data-card data-card--wide review-queue" aria-labelledby={`${ids}-title`} tabIndex={-1} onKeyDown={onKeyDown} ref={section}>
      <div className="review-header">
        <h2 id={`${ids}-title`}>Review queue: {items.length} unconfirmed {items.length === 1 ? 'draft' : 'drafts'}</h2>
        <button type="button" className="button-quiet" onClick={acceptAll} disabled={!shown.length} aria-keyshortcuts="Shift+A">
          Accept all {shown.length} shown
        </button>
      </div>
      <p className="data-card__hint">
        What the extractor drafted stays marked unconfirmed, with a dashed outline, in every view until a person accepts it here. Rejecting removes it.
      </p>
      <QueueFilters items={items} state={state} update={update} />
      <KeyLegend />
      <p className="review-queue__said" role="status" aria-live="polite">
        {said}
      </p>
      {shown.length ? (
        <ol className="review-queue__list" ref={list} aria-label="Unconfirmed drafts">
          {shown.map((item, index) => {
            const isActive = item.key === activeKey;
            const tab = isActive ? 0 : -1;
            return (
              <li
                key={item.key}
                className={isActive ? 'queue-row is-active' : 'queue-row'}
                tabIndex={tab}
                aria-current={isActive || undefined}
                aria-label={`${kindLabel[item.kind]} ${index + 1} of ${shown.length}, unconfirmed: ${item.title}. Rule ${item.draft?.rule ?? 'not recorded'}, ${confidenceText(item.draft)}.`}
                onFocus={() => !isActive && setCursor({ key: item.key, index })}
              >
                <p className="queue-row__head">
                  <span className="tag tag--drafted">{kindLabel[item.kind]}</span> <DataText text={item.title} />
                </p>
                {item.words && (
                  <blockquote className="queue-row__words">
                    <DataText text={item.words} />
                  </blockquote>
                )}
                <p className="queue-row__draft">
                  Rule <code>{item.draft?.rule ?? 'not recorded'}</code> · <span className="queue-row__confidence">{confidenceText(item.draft)}</span>
                  {item.draft && <span className="confidence-bar" aria-hidden="true"><span style={{ width: `${Math.round(item.draft.confidence * 100)}%` }} /></span>}
                </p>
                <div className="queue-row__actions">
                  <button type="button" className="button-quiet" tabIndex={tab} aria-keyshortcuts="A Enter" onClick={() => decide(item, 'Accepted')}>
                    Accept <kbd>a</kbd>
                  </button>
                  <button type="button" className="button-quiet button-danger" tabIndex={tab} aria-keyshortcuts="X Delete" onClick={() => decide(item, 'Rejected')}>
                    Reject <kbd>x</kbd>
                  </button>
                  <Link to={articleHref(item.kind, item.id)} tabIndex={tab}>
                    Show in article
                  </Link>
                </div>
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="empty">{items.length ? 'No draft matches these filters.' : 'Nothing left to review: every datum is confirmed by a person.'}</p>
      )}
    </section>
  );
}
