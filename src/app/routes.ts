import type { ComponentType } from 'react';

/** A top-level view: its path, its name in the navigation, and its lazily loaded page. */
export interface ViewRoute {
  path: string;
  label: string;
  /** Shown in the navigation; routes with parameters (actor pages) are reached by links instead. */
  inNav: boolean;
  load: () => Promise<{ default: ComponentType }>;
}

export const viewRoutes: ViewRoute[] = [
  { path: 'matrix', label: 'Positions', inNav: true, load: () => import('../views/matrix/MatrixPage') },
  { path: 'over-time', label: 'Over time', inNav: true, load: () => import('../views/overTime/OverTimePage') },
  { path: 'spending', label: 'Figures', inNav: true, load: () => import('../views/spending/SpendingPage') },
  { path: 'minerals', label: 'Deal terms', inNav: true, load: () => import('../views/minerals/MineralsPage') },
  { path: 'article', label: 'Article', inNav: true, load: () => import('../views/article/ArticlePage') },
  { path: 'compare', label: 'Compare', inNav: true, load: () => import('../views/compare/ComparePage') },
  { path: 'network', label: 'Relations', inNav: true, load: () => import('../views/network/NetworkPage') },
  { path: 'events', label: 'Timeline', inNav: true, load: () => import('../views/events/EventsPage') },
  { path: 'method', label: 'Method', inNav: true, load: () => import('../views/method/MethodPage') },
  { path: 'data', label: 'Your data', inNav: true, load: () => import('../views/data/DataPage') },
  { path: 'actors/:id', label: 'Actor', inNav: false, load: () => import('../views/actors/ActorPage') },
  { path: 'topics/:id', label: 'Topic', inNav: false, load: () => import('../views/topics/TopicPage') },
];
