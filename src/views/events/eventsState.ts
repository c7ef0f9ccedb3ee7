import { viewHref, type DroppedParam, type IdSet } from '../../url/params';

/** What a timeline link shares: the event scrolled to and highlighted. */
export interface EventsState {
  event: string | null;
}

const defaultEventsState: EventsState = { event: null };

/** Reads the event param; an id that names no event is dropped and reported. */
export function parseEventsParams(params: URLSearchParams, events: IdSet): { state: EventsState; dropped: DroppedParam[] } {
  const event = params.get('event');
  if (event === null || events.has(event)) return { state: { event }, dropped: [] };
  return { state: defaultEventsState, dropped: [{ param: 'event', value: event }] };
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
