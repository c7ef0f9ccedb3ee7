import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { readableQuery, type DroppedParam } from './params';

type Parse<S, K> = (params: URLSearchParams, known: K) => { state: S; dropped: DroppedParam[] };
type Write<S> = (state: S, base: URLSearchParams) => URLSearchParams;

/**
 * A view's shareable state as it stands in the URL, read and written by the view's own tested pure
 * parse/write pair. `update` pushes a history entry (Back undoes it) and keeps other params.
 */
export function useUrlState<S, K>(known: K, parse: Parse<S, K>, write: Write<S>) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { state, dropped } = useMemo(() => parse(params, known), [params, known, parse]);
  // Two updates before the next render (a quick second pick) must build on each other, not on the
  // last rendered URL, or the first would be lost.
  const latest = useRef(params);
  useLayoutEffect(() => {
    latest.current = params;
  }, [params]);
  const update = useCallback(
    (change: Partial<S>, options?: { replace?: boolean }) => {
      const base = latest.current;
      const next = write({ ...parse(base, known).state, ...change }, base);
      latest.current = next;
      // Drawn at once, not as a transition: the router's default startTransition renders in slices
      // between frames, so a filter change would appear several frames late.
      navigate({ search: readableQuery(next) }, { replace: options?.replace, flushSync: true });
    },
    [navigate, write, parse, known],
  );
  return { state, dropped, update };
}
