import { useId } from 'react';
import { DataText } from '../../components/DataText';
import { kindLabel, type QueueItem, ruleCounts } from './reviewQueue';
import { queueKinds, type QueueOrder, type ReviewState } from './reviewState';

const orderLabel: Record<QueueOrder, string> = { article: 'Order in the article', 'least-sure': 'Least sure first', surest: 'Surest first' };

/** The queue's order and its filters by kind and by rule; each change goes into the URL. */
export function QueueFilters({ items, state, update }: { items: QueueItem[]; state: ReviewState; update: (change: Partial<ReviewState>) => void }) {
  const ids = useId();
  const rules = ruleCounts(state.kinds.length ? items.filter((i) => state.kinds.includes(i.kind)) : items);
  const toggleKind = (kind: QueueItem['kind'], on: boolean) => update({ kinds: on ? [...state.kinds, kind] : state.kinds.filter((k) => k !== kind) });
  return (
    <div className="queue-filters">
      <fieldset>
        <legend>Kinds (none ticked: all)</legend>
        {queueKinds.map((kind) => (
          <label key={kind} className="queue-filters__kind">
            <input type="checkbox" checked={state.kinds.includes(kind)} onChange={(e) => toggleKind(kind, e.target.checked)} />
            {kindLabel[kind]}s ({items.filter((i) => i.kind === kind).length})
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${ids}-rule`}>
        Rule
        <select id={`${ids}-rule`} value={state.rule ?? ''} onChange={(e) => update({ rule: e.target.value || null })}>
          <option value="">Every rule</option>
          {state.rule && !rules.some((r) => r.rule === state.rule) && <option value={state.rule}>{state.rule} (0)</option>}
          {rules.map(({ rule, count }) => (
            <option key={rule} value={rule}>
              {rule} ({count})
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={`${ids}-order`}>
        Order
        <select id={`${ids}-order`} value={state.order} onChange={(e) => update({ order: e.target.value as QueueOrder })}>
          {(Object.keys(orderLabel) as QueueOrder[]).map((order) => (
            <option key={order} value={order}>
              {orderLabel[order]}
            </option>
          ))}
        </select>
      </label>
      {(state.kinds.length > 0 || state.rule) && (
        <button type="button" className="button-quiet" onClick={() => update({ kinds: [], rule: null })}>
          Clear filters
        </button>
      )}
      {state.rule && (
        <p className="queue-filters__note">
          Showing what the rule <code><DataText text={state.rule} /></code> drafted.
        </p>
      )}
    </div>
  );
}
