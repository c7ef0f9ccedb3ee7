import { matchRoutes, type RouteObject } from 'react-router';

/**
 * Loads the lazy views an address shows into their routes, so the first render draws the page (what a
 * prerendered page holds) rather than a loading line: hydration must match the markup from the start.
 */
export async function loadMatchedViews(routes: RouteObject[], pathname: string, basename?: string) {
  const matches = matchRoutes(routes, pathname, basename) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      Object.assign(route, await route.lazy(), { lazy: undefined });
    }),
  );
}
