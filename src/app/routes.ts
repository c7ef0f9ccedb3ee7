import type { ComponentType } from 'react';
import { views, type ViewInfo } from './views';

/** A view with its lazily loaded page. */
export interface ViewRoute extends ViewInfo {
  load: () => Promise<{ default: ComponentType }>;
}

/** Each view's page, loaded when first shown (the overview ships with the app). */
const pages = import.meta.glob<{ default: ComponentType }>(['../views/*/*Page.tsx', '!../views/overview/*']);

export const viewRoutes: ViewRoute[] = views.map((info) => {
  const load = pages[`../views/${info.page}.tsx`];
  if (!load) throw new Error(`No page module src/views/${info.page}.tsx for /${info.path}`);
  return { ...info, load };
});
