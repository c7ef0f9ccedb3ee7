import { useSyncExternalStore } from 'react';

export type Theme = 'light' | 'dark';

/** Where the header's toggle remembers the reader's choice: a display preference, not user data. */
const STORAGE_KEY = 'stance-explorer:theme';

export const parseTheme = (value: string | null | undefined): Theme | null => (value === 'light' || value === 'dark' ? value : null);

/**
 * The theme fixed for this visit, or null to follow the system: `?theme=` wins over the stored choice, so an
 * embed can match its host page whatever its reader picked on the site.
 */
export const chosenTheme = (search: string, stored: string | null): Theme | null =>
  parseTheme(new URLSearchParams(search).get('theme')) ?? parseTheme(stored);

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

const listeners = new Set<() => void>();
const systemQuery = () => (typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null);

function applyTheme(theme: Theme | null) {
  if (theme) document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
  for (const listener of listeners) listener();
}

/** Sets the page's theme from the URL or the stored choice before the first render. */
export function startTheme() {
  applyTheme(chosenTheme(window.location.search, readStored()));
}

function currentTheme(): Theme {
  return parseTheme(document.documentElement.dataset.theme) ?? (systemQuery()?.matches ? 'dark' : 'light');
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const query = systemQuery();
  query?.addEventListener('change', listener);
  return () => {
    listeners.delete(listener);
    query?.removeEventListener('change', listener);
  };
}

/** The theme on show (chosen, or the system's) and a way to choose one, remembered in this browser. */
export function useTheme(): [Theme, (theme: Theme) => void] {
  const theme = useSyncExternalStore(subscribe, currentTheme, () => 'light' as const);
  const choose = (next: Theme) => {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage may be refused (private mode, an embed's partitioned storage): the choice then lasts this visit.
    }
    applyTheme(next);
  };
  return [theme, choose];
}
