/** A top-level view: its path, its name in the navigation, and the module of its page. */
export interface ViewInfo {
  path: string;
  label: string;
  /** Shown in the navigation; routes with parameters (actor pages) are reached by links instead. */
  inNav: boolean;
  /** The page's module, src/views/<page>.tsx: loaded when first shown, and linked (with its styles) from the page drawn for it at build. */
  page: string;
}

const view = (path: string, label: string, page: string, inNav = true): ViewInfo => ({ path, label, inNav, page });

/** Every view but the overview, in the navigation's order. Plain data, so build scripts read it too. */
export const views: ViewInfo[] = [
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
  view('actors/:id', 'Actor', 'actors/ActorPage', false),
  view('topics/:id', 'Topic', 'topics/TopicPage', false),
];
