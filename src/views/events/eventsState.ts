import { knownIdParam, viewHref, type DroppedParam, type IdSet } from '../../url/params';

/** What a timeline link shares: the event scrolled to and highlighted. */
export interface EventsState {
  event: string | null;
}

/** Reads the event param; an id that names no event is dropped and reported. */
export function parseEventsParams(params: URLSearchParams, events: IdSet): { state: EventsState; dropped: DroppedParam[] } {
  const dropped: DroppedParam[] = [];
  return { state: { event: knownIdParam(params, 'event', events, dropped) }, dropped };
}

/** Writes the selected event, keeping other params. */
export function writeEventsParams(state: EventsState, base = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  params.delete('event');
  if (state.event) params.set('event', state.event);
  return params;
}

/** A link to the timeline with one event selected. */
export const eventsHref = (event: string) => viewHref('/events', writeEventsParams({ event }));
