import { listParam, type DroppedParam } from '../../url/params';
import type { DraftableKind } from '../../store/datasetEdits';

export const queueKinds = ['actor', 'position', 'figure', 'event'] as const satisfies readonly DraftableKind[];
export const queueOrders = ['article', 'least-sure', 'surest'] as const;
export type QueueOrder = (typeof queueOrders)[number];

/** What the review queue shares in the URL: its order and filters. Defaults are left out of the URL. */
export interface ReviewState {
  /** Default 'article': in the order of the article. */
  order: QueueOrder;
  /** Kinds shown; empty shows every kind. */
  kinds: DraftableKind[];
  /** The rule shown, or null for every rule. A rule no item has (any more) shows none, rather than being dropped. */
  rule: string | null;
}

const isKind = (value: string): value is DraftableKind => (queueKinds as readonly string[]).includes(value);
const isOrder = (value: string): value is QueueOrder => (queueOrders as readonly string[]).includes(value);

/** Reads `order`, `kind` and `rule`; an order or kind we do not know is dropped and reported. */
export function parseReviewParams(params: URLSearchParams): { state: ReviewState; dropped: DroppedParam[] } {
  const dropped: DroppedParam[] = [];
  const orderParam = params.get('order');
  const order = orderParam !== null && isOrder(orderParam) ? orderParam : 'article';
  if (orderParam !== null && order !== orderParam) dropped.push({ param: 'order', value: orderParam });
  const kinds = listParam(params, 'kind').filter((value) => isKind(value) || (dropped.push({ param: 'kind', value }), false)) as DraftableKind[];
  return { state: { order, kinds, rule: params.get('rule') || null }, dropped };
}

/** Writes the queue's order and filters, keeping other params. */
export function writeReviewParams(state: ReviewState, base = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const name of ['order', 'kind', 'rule']) params.delete(name);
  if (state.order !== 'article') params.set('order', state.order);
  if (state.kinds.length) params.set('kind', queueKinds.filter((k) => state.kinds.includes(k)).join(','));
  if (state.rule) params.set('rule', state.rule);
  return params;
}
