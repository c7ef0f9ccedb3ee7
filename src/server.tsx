/**
 * The build's server entry (`vite build --ssr src/server.tsx`): what build/prerender.ts needs to write a
 * static page per address of the built-in dataset.
 */
import { matchRoutes } from 'react-router';
import { appRoutes } from './app/appRoutes';
import { prerenderPaths, renderPath } from './app/prerender';
import { headTags, pageMeta, type HeadTag } from './app/routeMeta';
import { viewRoutes } from './app/routes';
import { builtinIndex } from './data/builtinDataset';

export interface PrerenderedPage {
  path: string;
  title: string;
  tags: HeadTag[];
  body: string;
  /** The source module of the page's lazily loaded view (src/views/…), whose chunks the page fetches from the start. */
  viewModule: string | null;
}

export const paths = (): string[] => prerenderPaths(builtinIndex);

/** One page: its markup and its head, with absolute addresses on `origin`. */
export async function renderPage(path: string, origin: string): Promise<PrerenderedPage> {
  const meta = pageMeta(path, builtinIndex, { builtin: true });
  const view = viewRoutes.find((route) => matchRoutes([{ path: route.path }], path));
  return {
    path,
    title: meta.title,
    tags: headTags(meta, `${origin}${path}`),
    body: await renderPath(appRoutes(viewRoutes), path),
    viewModule: view ? `src/views/${view.page}.tsx` : null,
  };
}
