import type { DatumTarget } from '../../model/datums';
import { actorHref } from '../actors/actorState';
import { eventsHref } from '../events/eventsState';
import { matrixHref } from '../matrix/matrixState';
import { mineralsHref } from '../minerals/mineralsState';
import { networkHref } from '../network/networkState';
import { spendingHref } from '../spending/spendingState';

/** The link to where a datum lives, built by its view's own link builder. */
export function datumHref(target: DatumTarget): string {
  switch (target.view) {
    case 'matrix':
      return matrixHref({ cell: { actor: target.actor, topic: target.topic } });
    case 'spending':
      return spendingHref(target.figure);
    case 'minerals':
      return mineralsHref({ deal: target.deal, term: target.term ?? null });
    case 'events':
      return eventsHref(target.event);
    case 'network':
      return networkHref(target.relation);
    case 'actor':
      return actorHref(target.actor, target.anchor);
  }
}
