import type { ComponentType } from 'react';

/** A top-level view: its path, its name in the navigation, and its lazily loaded page. */
export interface ViewRoute {
  path: string;
  label: string;
  /** Shown in the navigation; routes with parameters (actor pages) are reached by links instead. */
  inNav: boolean;
  load: () => Promise<{ default: ComponentType }>;
  /** The page's module (src/views/<page>.tsx): the build links its styles from the page drawn for it. */
  page: string;
}

/** Each view's page, loaded when first shown (the overview ships with the app). */
const pages = import.meta.glob<{ default: ComponentType }>(['../views/*/*Page.tsx', '!../views/overview/*']);

function view(path: string, label: string, page: string, inNav = true): ViewRoute {
  const load = pages[`../views/${page}.tsx`];
  if (!load) throw new Error(`No page module src/views/${page}.tsx for /${path}`);
  return { path, label, inNav, page, load };
}

export const viewRoutes: ViewRoute[] = [
  view('matrix', 'Positions', 'matrix/MatrixPage'),
  view('over-time', 'Over time', 'overTime/OverTimePage'),
  view('spending', 'Figures', 'spending/SpendingPage'),
  view('minerals', 'Deal terms', 'minerals/MineralsPage'),
  view('article', 'Article', 'article/ArticlePage'),
  view('compare', 'Compare', 'compare/ComparePage'),
  view('network', 'Relations', 'network/NetworkPage'),
  view('events', 'Timeline', 'events/EventsPage'),
  view('method', 'Method', 'method/MethodPage'),
  view('data', 'Your data', 'data/DataPage'),
  // Routes with parameters are reached by links, not from the navigation.
  view('actors/:id', 'Actor', 'actors/ActorPage', false),
  view('topics/:id', 'Topic', 'topics/TopicPage', false),
];


