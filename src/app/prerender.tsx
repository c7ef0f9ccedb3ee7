import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider, type RouteObject } from 'react-router';
import type { DatasetIndex } from '../model/indexDataset';
import { actorHref } from '../views/actors/actorState';
import { topicHref } from '../views/topics/topicState';
import { viewRoutes } from './routes';

/** Every address of the dataset worth a page of its own: each view, and each actor's and topic's page. */
export function prerenderPaths(index: DatasetIndex): string[] {
  const views = viewRoutes.filter((route) => !route.path.includes(':')).map((route) => `/${route.path}`);
  return ['/', ...views, ...[...index.actors.keys()].map((id) => actorHref(id)), ...[...index.topics.keys()].map((id) => topicHref(id))];
}

/**
 * The markup of the page at `path` as a first visit draws it, lazy views loaded: the browser hydrates it
 * (src/app/start.tsx), so both must be drawn from the same tree and the same state.
 */
export async function renderPath(routes: RouteObject[], path: string): Promise<string> {
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request(new URL(path, 'http://prerender.invalid')));
  if (context instanceof Response) throw new Error(`${path} answered with a redirect (${context.status}), not a page`);
  const router = createStaticRouter(handler.dataRoutes, context);
  return renderToString(
    <StrictMode>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </StrictMode>,
  );
}
