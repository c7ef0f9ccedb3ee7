import { describe, expect, it } from 'vitest';
import { knownIdParam, listParam, readableQuery, viewHref, type DroppedParam } from '../../src/url/params';
import { parseEventsParams, writeEventsParams } from '../../src/views/events/eventsState';
import { parseNetworkParams } from '../../src/views/network/networkState';

describe('URL parameters', () => {
  it('reads a comma list trimmed, without blanks or repeats, in order', () => {
    expect(listParam(new URLSearchParams('actors= b ,a,,b,%20'), 'actors')).toEqual(['b', 'a']);
    expect(listParam(new URLSearchParams(''), 'actors')).toEqual([]);
  });

  it('keeps a known id and reports an unknown one as dropped', () => {
    const dropped: DroppedParam[] = [];
    const params = new URLSearchParams('deal=d1&term=nope');
    expect(knownIdParam(params, 'deal', new Set(['d1']), dropped)).toBe('d1');
    expect(knownIdParam(params, 'term', new Set(['t1']), dropped)).toBeNull();
    expect(knownIdParam(params, 'other', new Set(['t1']), dropped)).toBeNull();
    expect(dropped).toEqual([{ param: 'term', value: 'nope' }]);
  });

  it('leaves list and cell separators readable, and writes no "?" for an empty query', () => {
    expect(readableQuery(new URLSearchParams({ actors: 'a,b', cell: 'a~t', q: 'x y' }))).toBe('actors=a,b&cell=a~t&q=x+y');
    expect(viewHref('/events', new URLSearchParams())).toBe('/events');
  });

  it('drops an event or relation that names nothing, keeping other views’ params when writing', () => {
    expect(parseEventsParams(new URLSearchParams('event=gone'), new Set(['e1']))).toEqual({ state: { event: null }, dropped: [{ param: 'event', value: 'gone' }] });
    expect(parseNetworkParams(new URLSearchParams('relation=r1'), new Set(['r1']))).toEqual({ state: { relation: 'r1' }, dropped: [] });
    expect(writeEventsParams({ event: null }, new URLSearchParams('event=e1&colour=actor')).toString()).toBe('colour=actor');
  });
});
