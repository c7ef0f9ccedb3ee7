import { useSyncExternalStore } from 'react';

const never = () => () => undefined;

/**
 * False while a page drawn at build is taken over (and in that build), true from then on: a style the
 * Content-Security-Policy would refuse as markup (`style="…"`) is set only once React owns the page.
 */
export const useHydrated = (): boolean =>
  useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
